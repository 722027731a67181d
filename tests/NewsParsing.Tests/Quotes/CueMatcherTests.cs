using NewsParsing.Lexicons;
using NewsParsing.Model;
using NewsParsing.Quotes;

namespace NewsParsing.Tests.Quotes;

public class CueMatcherTests
{
    private static readonly QuoteLexicons Lexicons = QuoteLexicons.For(LexiconSet.Default);

    internal static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        WordScanner.Tokenize(text, new TextSpan(0, text.Length), [], Lexicons, tokens);
        return tokens;
    }

    [Theory]
    [InlineData("Putin said", 1, "say")]
    [InlineData("Trump wrote", 1, "write")]
    [InlineData("he reiterated", 1, "reiterate")]
    [InlineData("Zelenskyy added", 1, "add")]
    [InlineData("Merkel sagte", 1, "sagen")]
    [InlineData("Holloway is questioning", 2, "question")]
    [InlineData("Holloway encouraged", 1, "encourage")]
    [InlineData("she encourages", 1, "encourage")]
    public void MatchesInflectedFormsToLemmas(string text, int index, string lemma)
    {
        var tokens = Tokenize(text);

        Assert.True(CueMatcher.TryMatch(text, tokens, index, Lexicons, out var cue));
        Assert.Equal(lemma, cue.Lemma);
    }

    [Fact]
    public void MatchesTwoWordCuesWithTheirFlags()
    {
        const string text = "according to TASS";
        var tokens = Tokenize(text);

        Assert.True(CueMatcher.TryMatch(text, tokens, 0, Lexicons, out var cue));
        Assert.Equal((0, 1), (cue.First, cue.Last));
        Assert.True(cue.SourceAfter);
        Assert.Equal("according to", text[CueMatcher.SpanOf(tokens, cue).Start..CueMatcher.SpanOf(tokens, cue).End]);
    }

    [Theory]
    [InlineData("the State Department")]
    [InlineData("a post on Truth Social")]
    [InlineData("the report")]
    public void NounsThatShareAVerbsSpellingAreNotCues(string text)
    {
        var tokens = Tokenize(text);

        Assert.All(Enumerable.Range(0, tokens.Count), i => Assert.False(CueMatcher.TryMatch(text, tokens, i, Lexicons, out _)));
    }

    [Fact]
    public void ParticiplesAreFlagged()
    {
        const string text = "saying";

        Assert.True(CueMatcher.TryMatch(text, Tokenize(text), 0, Lexicons, out var cue));
        Assert.True(cue.Participle);
    }
}
