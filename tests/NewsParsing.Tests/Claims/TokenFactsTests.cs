using NewsParsing.Claims;
using NewsParsing.Lexicons;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Claims;

/// <summary>
/// The facts a token carries (one combined lookup when its block is tokenised) must answer exactly as the separate
/// lexicon lookups they replace: a differential test over every key of the tables involved and the seeds' words.
/// </summary>
public class TokenFactsTests
{
    private static readonly ClaimLexicons s_lexicons = ClaimLexicons.For(LexiconSet.Default);

    private static SortedSet<string> Words()
    {
        var set = LexiconSet.Default;
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in new[] { "claim-words", "cue-stance", "weekdays", "abbreviations", "hedges" })
        {
            foreach (var key in set.Get(name).Keys)
            {
                words.Add(key);
                words.Add(key.ToUpperInvariant());
                words.Add(key.Replace('\'', '’'));
            }
        }
        foreach (var forms in set.Get("cue-stance").Keys.Select(k => set.Get("cue-stance").TryGet(k, out var f) && f.Length > 2 ? f[2] : ""))
        {
            foreach (var form in forms.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                words.UnionWith(form.Split(' '));
        }
        foreach (var path in Directory.GetFiles(Path.Combine(RepoPaths.Root, "seeds"), "*.txt"))
        {
            var text = File.ReadAllText(path);
            var tokens = new List<Token>();
            SentenceTokenizer.Tokenize(text, 0, text.Length, s_lexicons, tokens);
            foreach (var token in tokens)
                words.Add(text.Substring(token.Start, token.Length));
        }
        words.RemoveWhere(w => w.Length == 0 || w.Contains(' '));
        return words;
    }

    [Fact]
    public void FactsAnswerAsTheSeparateLookups()
    {
        var cueStance = LexiconSet.Default.Get("cue-stance");
        var longerCueFirstWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var lemma in cueStance.Keys)
        {
            if (!cueStance.TryGet(lemma, out var fields) || fields.Length < 3)
                continue;
            foreach (var form in fields[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (form.Contains(' '))
                    longerCueFirstWords.Add(form[..form.IndexOf(' ')]);
            }
        }
        var hedgeFirstWords = new HashSet<string>(s_lexicons.Hedges.Keys.Select(HedgeScanner.FirstWord), StringComparer.OrdinalIgnoreCase);
        var words = Words();
        Assert.True(words.Count > 1000);
        foreach (var word in words)
            AssertFacts(word, longerCueFirstWords, hedgeFirstWords);
    }

    private static void AssertFacts(string word, HashSet<string> longerCueFirstWords, HashSet<string> hedgeFirstWords)
    {
        var facts = s_lexicons.Facts(word, word.Contains('’'));
        Assert.True(s_lexicons.Classify(word) == facts.Classes, word);
        Assert.True(s_lexicons.TryGetCue(word, out var cue) == (facts.CueId != 0), word);
        if (facts.CueId != 0)
            Assert.Same(cue, s_lexicons.CueById(facts.CueId));
        var timeWord = s_lexicons.Weekdays.Contains(word) && word.Length > 3
            || word.Equals("yesterday", StringComparison.OrdinalIgnoreCase) || word.Equals("today", StringComparison.OrdinalIgnoreCase)
            || word.Equals("tonight", StringComparison.OrdinalIgnoreCase);
        Assert.True(timeWord == ((facts.Facts & TokenFacts.TimeWord) != 0), word);
        Assert.True(s_lexicons.Abbreviations.Contains(word) == ((facts.Facts & TokenFacts.Abbreviation) != 0), word);
        Assert.True(longerCueFirstWords.Contains(word) == ((facts.Facts & TokenFacts.OpensLongerCue) != 0), word);
        Assert.True(hedgeFirstWords.Contains(word) == ((facts.Facts & TokenFacts.OpensHedge) != 0), word);
    }

    [Theory]
    [InlineData("Trump’s aides said", 0, true)]
    [InlineData("a so-called deal", 1, true)]
    [InlineData("a 30-day truce", 1, true)]
    [InlineData("in 2025 alone", 1, false)]
    [InlineData("reportedly held", 0, false)]
    public void TokensMixingLettersWithOtherMarksAreMarked(string text, int index, bool mayHide)
    {
        var tokens = new List<Token>();
        SentenceTokenizer.Tokenize(text, 0, text.Length, s_lexicons, tokens);
        Assert.Equal(mayHide, tokens[index].Is(TokenFacts.MixesLettersAndMarks));
    }

    [Theory]
    [InlineData("Trump’s", 0)]
    [InlineData("March’s", (int)TokenFacts.HidesDate)] // letter runs without digits or hyphens: one lookup serves dates and hedges
    [InlineData("reportedly’s", (int)TokenFacts.HidesHedge)]
    [InlineData("U.S.", 0)]
    [InlineData("so-called", (int)TokenFacts.HidesHedge)]
    [InlineData("mid-March", (int)TokenFacts.HidesDate)]
    [InlineData("30-day", (int)(TokenFacts.HidesDate | TokenFacts.HidesNumber))]
    [InlineData("two-thirds", 0)]
    [InlineData("page.twelve", (int)TokenFacts.HidesNumber)] // the number scanner splits letters at a dot
    public void AMixedTokenTellsWhichScannersMayFindSomethingInside(string word, int hiddenFacts)
    {
        var hidden = (TokenFacts)hiddenFacts;
        var tokens = new List<Token>();
        SentenceTokenizer.Tokenize(word, 0, word.Length, s_lexicons, tokens);
        Assert.Single(tokens);
        Assert.True(tokens[0].Is(TokenFacts.MixesLettersAndMarks));
        Assert.Equal(hidden, tokens[0].Lexicon.Facts & (TokenFacts.HidesHedge | TokenFacts.HidesDate | TokenFacts.HidesNumber));
    }

    [Theory]
    [InlineData("The minister reportedly held talks.", true)]
    [InlineData("Trump’s aides met on Friday.", false)]  // the hedge scanner's words in "Trump’s" are "Trump" and "s"
    [InlineData("The so-called deal fell through.", true)]
    [InlineData("The minister held talks on Friday.", false)]
    public void SentenceWithoutAHedgeOpenerNeedsNoHedgeScan(string text, bool mayHold)
    {
        var tokens = new List<Token>();
        SentenceTokenizer.Tokenize(text, 0, text.Length, s_lexicons, tokens);
        using var hints = new ScanHints();
        hints.AddBlock(new NewsParsing.Model.TextSpan(0, text.Length), tokens);
        Assert.True(hints.TryGetHedgeCandidates(text, new NewsParsing.Model.TextSpan(0, text.Length), out var candidates));
        Assert.Equal(mayHold, !candidates.IsEmpty);
        if (!mayHold)
        {
            var found = new List<NewsParsing.Model.Hedge>();
            new HedgeScanner(s_lexicons.Hedges).Scan(text, new NewsParsing.Model.TextSpan(0, text.Length), found);
            Assert.Empty(found);
        }
    }
}
