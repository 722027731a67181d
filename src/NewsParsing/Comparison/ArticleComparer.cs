using System.Collections.Immutable;
using System.Globalization;
using NewsParsing.Claims;
using NewsParsing.Lexicons;
using NewsParsing.Metadata.Dates;
using NewsParsing.Model;

namespace NewsParsing;

/// <summary>
/// Compares parsed articles about one event: the same quotation across outlets, claims that conflict, and
/// dates or numbers that disagree. General rules only: quotations are compared after folding quote marks,
/// apostrophes, case and punctuation; claims conflict when their stances are opposed and their contents share
/// most content words (words of one class in the <c>comparison</c> lexicon count as one, "troops" and
/// "forces"); dates disagree when sentences about the same event (shared content words) name the same month
/// or day with different resolved values. Thread-safe; keeps no state.
/// </summary>
public static class ArticleComparer
{
    private const double SameQuoteThreshold = 0.8;
    private const int MinQuoteWords = 4;
    private const double ConflictThreshold = 0.5;
    private const int MinSharedEventWords = 2;
    private const int MaxAnaphoraChars = 600;

    /// <summary>Compares <paramref name="articles"/> pairwise (and each with itself, for conflicting claims).</summary>
    /// <param name="articles">Articles parsed by a <see cref="NewsParser"/>, ideally with claims extracted.</param>
    /// <param name="lexicons">The word lists to use; <see langword="null"/> for <see cref="LexiconSet.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> or one of its items is null.</exception>
    public static ComparisonReport Compare(IReadOnlyList<Article> articles, LexiconSet? lexicons = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        for (var i = 0; i < articles.Count; i++)
            ArgumentNullException.ThrowIfNull(articles[i], $"{nameof(articles)}[{i}]");
        var words = new ComparisonWords((lexicons ?? LexiconSet.Default).Get("comparison"));
        var claimLexicons = ClaimLexicons.For(lexicons ?? LexiconSet.Default);
        // The scanners are stateless: one pair serves every article of the call.
        var dates = new DateExpressionScanner(claimLexicons.Months, claimLexicons.Weekdays, claimLexicons.TimeWords);
        var numbers = new NumberScanner(claimLexicons.Numbers, claimLexicons);
        var facts = articles.Select(a => FactSentences(a, claimLexicons, dates, numbers, words)).ToArray();

        var findings = new List<ComparisonFinding>();
        for (var a = 0; a < articles.Count; a++)
        {
            for (var b = a + 1; b < articles.Count; b++)
                SameQuotes(articles, a, b, findings);
        }
        for (var a = 0; a < articles.Count; a++)
        {
            for (var b = a; b < articles.Count; b++)
                ConflictingClaims(articles, a, b, words, findings);
        }
        for (var a = 0; a < articles.Count; a++)
        {
            for (var b = a + 1; b < articles.Count; b++)
                Mismatches(articles, facts, a, b, findings);
        }
        var ordered = findings
            .OrderBy(static f => f.Kind)
            .ThenBy(static f => f.First.Article).ThenBy(static f => f.First.Span.Start)
            .ThenBy(static f => f.Second.Article).ThenBy(static f => f.Second.Span.Start);
        return new ComparisonReport(articles.Count, [.. ordered]);
    }

    // ---- same quotation -------------------------------------------------------------------------------

    private static void SameQuotes(IReadOnlyList<Article> articles, int a, int b, List<ComparisonFinding> findings)
    {
        var first = QuotedTexts(articles[a]);
        var second = QuotedTexts(articles[b]);
        var used = new HashSet<int>();
        foreach (var (spanA, wordsA) in first)
        {
            var best = -1;
            var bestScore = 0.0;
            for (var j = 0; j < second.Count; j++)
            {
                if (used.Contains(j))
                    continue;
                var score = Containment(wordsA, second[j].Words);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = j;
                }
            }
            if (best < 0 || bestScore < SameQuoteThreshold)
                continue;
            used.Add(best);
            var spanB = second[best].Span;
            findings.Add(new ComparisonFinding(FindingKind.SameQuote, At(articles, a, spanA), At(articles, b, spanB), Math.Round(bestScore, 3),
                bestScore >= 0.999 ? "The same quotation, with different quote marks or trimming." : "Nearly the same quotation, worded a little differently."));
        }
    }

    /// <summary>
    /// The quotations of an article, each as folded words: every quote of at least <see cref="MinQuoteWords"/> words
    /// outside the headline (a long "scare" quote is a quotation whose speaker was not found).
    /// </summary>
    private static List<(TextSpan Span, string[] Words)> QuotedTexts(Article article)
    {
        var list = new List<(TextSpan, string[])>();
        foreach (var quote in article.Quotes)
        {
            if (quote.Kind is QuoteKind.Headline)
                continue;
            var inner = InnerQuotation(article.Text, quote.Span);
            var words = FoldWords(article.Text.AsSpan(inner.Start, inner.Length));
            if (words.Length >= MinQuoteWords)
                list.Add((inner, words));
        }
        return list;
    }

    /// <summary>The quoted words of a quote span: from its first opening mark to its last closing mark.</summary>
    private static TextSpan InnerQuotation(string text, TextSpan span)
    {
        var slice = text.AsSpan(span.Start, span.Length);
        var open = slice.IndexOfAny("\"“„«»'‘");
        var close = slice.LastIndexOfAny("\"”“»«'’");
        if (open >= 0 && close > open + 1 && (open > 0 || close < slice.Length - 1))
            return new TextSpan(span.Start + open, close - open + 1);
        return span;
    }

    /// <summary>Lower-case words with quote marks, apostrophes and punctuation folded away: "Trump’s" and "Trump's" are "trump's".</summary>
    internal static string[] FoldWords(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        var buffer = new System.Text.StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
                buffer.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '’' && buffer.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                buffer.Append('\'');
            else if (buffer.Length > 0)
            {
                words.Add(buffer.ToString());
                buffer.Clear();
            }
        }
        return [.. words];
    }

    /// <summary>Shared words (as a multiset) over the shorter text's words: 1 when one quotation contains the other's words.</summary>
    private static double Containment(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0)
            return 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in a)
            counts[w] = counts.GetValueOrDefault(w) + 1;
        var shared = 0;
        foreach (var w in b)
        {
            if (counts.TryGetValue(w, out var n) && n > 0)
            {
                counts[w] = n - 1;
                shared++;
            }
        }
        return (double)shared / Math.Min(a.Length, b.Length);
    }

    // ---- conflicting claims ---------------------------------------------------------------------------

    /// <summary>
    /// For every denying or doubting claim, the asserting claim of the other article (or of its own) that it
    /// answers best: opposed stances, different sources, content words shared. A denial of a bare "this"
    /// answers only the claim it points back to.
    /// </summary>
    private static void ConflictingClaims(IReadOnlyList<Article> articles, int a, int b, ComparisonWords words, List<ComparisonFinding> findings)
    {
        (int Denied, int Asserted)[] directions = a == b ? [(a, a)] : [(a, b), (b, a)];
        foreach (var (deniedIn, assertedIn) in directions)
        {
            var denying = articles[deniedIn];
            var asserting = articles[assertedIn];
            foreach (var denial in denying.Claims)
            {
                if (denial.Stance is not (Stance.Denies or Stance.Doubts))
                    continue;
                Claim? answered = null;
                if (words.IsAnaphoric(denial.Content))
                {
                    // "Ukraine denies this": the latest earlier asserting claim by another source, close by.
                    if (deniedIn == assertedIn)
                        answered = denying.Claims.LastOrDefault(c => c.Span.End <= denial.Span.Start && denial.Span.Start - c.Span.End < MaxAnaphoraChars
                            && IsAsserting(c.Stance) && !SameSource(c, denial));
                    if (answered is not null)
                        AddConflict(articles, assertedIn, answered, deniedIn, denial, 1.0, findings);
                    continue;
                }
                var own = words.ContentClasses(denial.Content);
                var best = 0.0;
                foreach (var claim in asserting.Claims)
                {
                    if (!IsAsserting(claim.Stance) || SameSource(claim, denial) || deniedIn == assertedIn && claim.Span.Overlaps(denial.Span))
                        continue;
                    var other = words.ContentClasses(claim.Content);
                    var shared = own.Count(other.Contains);
                    if (shared == 0 || shared < Math.Min(2, Math.Min(own.Count, other.Count)))
                        continue;
                    var score = (double)shared / Math.Min(own.Count, other.Count);
                    if (score >= ConflictThreshold && score > best)
                    {
                        best = score;
                        answered = claim;
                    }
                }
                if (answered is not null)
                    AddConflict(articles, assertedIn, answered, deniedIn, denial, best, findings);
            }
        }
    }

    private static void AddConflict(IReadOnlyList<Article> articles, int assertedIn, Claim asserted, int deniedIn, Claim denial, double score, List<ComparisonFinding> findings)
    {
        var assertedAt = At(articles, assertedIn, asserted.Span);
        var deniedAt = At(articles, deniedIn, denial.Span);
        var assertedFirst = assertedIn < deniedIn || assertedIn == deniedIn && asserted.Span.Start <= denial.Span.Start;
        findings.Add(new ComparisonFinding(FindingKind.ConflictingClaims, assertedFirst ? assertedAt : deniedAt, assertedFirst ? deniedAt : assertedAt,
            Math.Round(score, 3), $"{SourceName(asserted)} {Verb(asserted.Stance)} what {SourceName(denial)} {Verb(denial.Stance)}."));
    }

    private static bool IsAsserting(Stance stance) => stance is Stance.Asserts or Stance.Predicts;

    private static bool SameSource(Claim x, Claim y) =>
        x.Source is { } s && y.Source is { } t && string.Equals(s.Name, t.Name, StringComparison.OrdinalIgnoreCase);

    private static string SourceName(Claim claim) => claim.Source?.Name ?? "an unnamed source";

    private static string Verb(Stance stance) => stance switch
    {
        Stance.Denies => "denies",
        Stance.Doubts => "doubts",
        Stance.Predicts => "predicts",
        _ => "asserts",
    };

    // ---- dates and numbers ----------------------------------------------------------------------------

    /// <summary>A sentence of an article with its content words, dates and numbers.</summary>
    private sealed record Fact(TextSpan Sentence, HashSet<string> Words, List<DateMention> Dates, List<NumberMention> Numbers);

    private static List<Fact> FactSentences(Article article, ClaimLexicons lexicons, DateExpressionScanner dates, NumberScanner numbers,
        ComparisonWords words)
    {
        var facts = new List<Fact>();
        var reference = article.Published?.Date;
        var tokens = new List<Token>();
        var sentences = new List<(int First, int End)>();
        foreach (var block in article.Body)
        {
            tokens.Clear();
            sentences.Clear();
            SentenceTokenizer.Tokenize(article.Text, block.Span.Start, block.Span.End, lexicons, tokens);
            SentenceTokenizer.Split(article.Text, tokens, sentences);
            foreach (var (first, end) in sentences)
            {
                if (end <= first)
                    continue;
                var span = TextSpan.FromBounds(tokens[first].Start, tokens[end - 1].End);
                var found = new List<DateMention>();
                dates.Scan(article.Text, span, reference, found);
                var counted = new List<NumberMention>();
                numbers.Scan(article.Text, span, counted);
                counted.RemoveAll(n => n.Unit is null || found.Any(d => d.Span.Overlaps(n.Span)));
                if (found.Count > 0 || counted.Count > 0)
                    facts.Add(new Fact(span, words.ContentClasses(article.Text.Substring(span.Start, span.Length)), found, counted));
            }
        }
        return facts;
    }

    private static void Mismatches(IReadOnlyList<Article> articles, List<Fact>[] facts, int a, int b, List<ComparisonFinding> findings)
    {
        foreach (var x in facts[a])
        {
            foreach (var y in facts[b])
            {
                var shared = x.Words.Count(y.Words.Contains);
                if (shared < MinSharedEventWords)
                    continue;
                var score = Math.Round((double)shared / Math.Max(1, Math.Min(x.Words.Count, y.Words.Count)), 3);
                foreach (var dx in x.Dates)
                {
                    foreach (var dy in y.Dates)
                    {
                        if (SameCalendarName(dx, dy) && dx.Start != dy.Start)
                        {
                            findings.Add(new ComparisonFinding(FindingKind.DateMismatch, At(articles, a, dx.Span), At(articles, b, dy.Span), score,
                                $"The same event dated {dx} (\"{dx.Text}\") and {dy} (\"{dy.Text}\")."));
                        }
                    }
                }
                if (score < ConflictThreshold)
                    continue;
                foreach (var nx in x.Numbers)
                {
                    foreach (var ny in y.Numbers)
                    {
                        if (string.Equals(nx.Unit, ny.Unit, StringComparison.OrdinalIgnoreCase) && nx.Value != ny.Value && !nx.IsApproximate && !ny.IsApproximate)
                        {
                            findings.Add(new ComparisonFinding(FindingKind.NumberMismatch, At(articles, a, nx.Span), At(articles, b, ny.Span), score,
                                string.Create(CultureInfo.InvariantCulture, $"The same count given as {nx.Value} and {ny.Value} {nx.Unit}.")));
                        }
                    }
                }
            }
        }
    }

    /// <summary>Two dates that name the same month (or weekday of a month) at the same precision: "August 2023" and "last August".</summary>
    private static bool SameCalendarName(DateMention x, DateMention y) =>
        x.Precision == y.Precision && x.Precision switch
        {
            DatePrecision.Month => x.Start.Month == y.Start.Month,
            DatePrecision.Day => x.Start.Month == y.Start.Month && x.Start.Day == y.Start.Day,
            _ => false,
        };

    private static ArticleSpan At(IReadOnlyList<Article> articles, int index, TextSpan span) =>
        new(index, span, articles[index].Text.Substring(span.Start, span.Length));

    /// <summary>The <c>comparison</c> lexicon: word classes and stop words.</summary>
    private sealed class ComparisonWords(Lexicon lexicon)
    {
        public HashSet<string> ContentClasses(string text)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in FoldWords(text))
            {
                var key = word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
                if (lexicon.TryGet(key, out var fields) && fields.Length > 0)
                {
                    if (fields[0] != "stop")
                        set.Add(fields[0]);
                    continue;
                }
                if (key.Length > 2 && !key.All(char.IsDigit))
                    set.Add(Stem(key));
            }
            return set;
        }

        /// <summary>"this", "that", "it", "the claims", "the reports": content that points back to another claim.</summary>
        public bool IsAnaphoric(string content)
        {
            var folded = FoldWords(content);
            // Only stop words and words like "claims", "reports": nothing of its own to compare.
            return folded.Length <= 4 && folded.All(w => lexicon.TryGet(w, out var f) && f.Length > 0 && f[0] == "stop"
                || w.StartsWith("claim", StringComparison.Ordinal) || w.StartsWith("report", StringComparison.Ordinal)
                || w.StartsWith("allegation", StringComparison.Ordinal));
        }

        private static string Stem(string word)
        {
            foreach (var suffix in (ReadOnlySpan<string>)["ing", "ed", "es", "s"])
            {
                if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
                    return word[..^suffix.Length];
            }
            return word;
        }
    }
}
