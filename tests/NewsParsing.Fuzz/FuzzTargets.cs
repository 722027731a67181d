using System.Text;
using NewsParsing.Model;

namespace NewsParsing.Fuzz;

/// <summary>
/// What the fuzzers run, shared with the test project (linked there), so CI replays the corpus through exactly
/// the code AFL++ exercised. A target fails by throwing: any exception other than the documented
/// <see cref="NewsParsingException"/>, or a span in the result that does not slice back from the text.
/// </summary>
internal static class FuzzTargets
{
    /// <summary>
    /// A small input limit, so inputs the fuzzer grows reach the <see cref="NewsParsingException"/> path too,
    /// and small HTML limits so the depth and element guards run on the short inputs AFL++ prefers.
    /// </summary>
    private static readonly NewsParser s_parser = NewsParser.Create(o => o with
    {
        MaxInputChars = 64 * 1024,
        MaxHtmlDepth = 32,
        MaxHtmlElements = 2_000,
        MaxJsonLdChars = 4 * 1024,
        MaxQuoteChars = 500,
    });

    /// <summary>The plain-text parser: the bytes decoded by the parser itself, and as a UTF-8 string.</summary>
    public static void Text(byte[] input)
    {
        using (var stream = new MemoryStream(input, writable: false))
            Check(() => s_parser.Parse(stream));
        Check(() => s_parser.Parse(Encoding.UTF8.GetString(input)));
    }

    /// <summary>The HTML parser: the bytes decoded by charset sniffing, and as a UTF-8 string.</summary>
    public static void Html(byte[] input)
    {
        using (var stream = new MemoryStream(input, writable: false))
            Check(() => s_parser.ParseHtml(stream, new Uri("https://example.org/news/article.html")));
        Check(() => s_parser.ParseHtml(Encoding.UTF8.GetString(input)));
    }

    private static void Check(Func<Article> parse)
    {
        Article article;
        try
        {
            article = parse();
        }
        catch (NewsParsingException)
        {
            return; // the documented outcome for an input over a hard limit
        }
        if (ArticleInvariants.FirstViolation(article) is { } violation)
            throw new InvalidOperationException("Span contract broken: " + violation);
    }
}

/// <summary>The model's span contract, checked without a test framework so the fuzzers can crash on it.</summary>
internal static class ArticleInvariants
{
    /// <summary>A description of the first span that does not slice back from the text, or null.</summary>
    public static string? FirstViolation(Article article)
    {
        var text = article.Text;
        var previousEnd = 0;
        foreach (var block in article.Body)
        {
            if (Slice(text, block.Span, block.Text, "block") is { } error)
                return error;
            if (block.Span.Start < previousEnd)
                return $"block {block.Span} overlaps or precedes the one before";
            previousEnd = block.Span.End;
        }
        foreach (var dropped in article.Dropped)
        {
            if (dropped.Span is { } span && Slice(text, span, dropped.Text, "dropped") is { } error)
                return error;
        }
        foreach (var quote in article.Quotes)
        {
            if ((Slice(text, quote.Span, quote.Text, "quote") ?? Slice(text, quote.SpeakerMention?.Span, quote.SpeakerMention?.Text, "speaker")
                ?? Slice(text, quote.Cue?.Span, quote.Cue?.Text, "cue")) is { } error)
                return error;
        }
        foreach (var claim in article.Claims)
        {
            if ((Slice(text, claim.Span, claim.Content, "claim") ?? Slice(text, claim.SourceMention?.Span, claim.SourceMention?.Text, "source")
                ?? Slice(text, claim.Cue?.Span, claim.Cue?.Text, "cue")) is { } error)
                return error;
            if (claim.QuoteIndex is { } index && (index < 0 || index >= article.Quotes.Length))
                return $"claim quote index {index} is not a quote";
            foreach (var hedge in claim.Hedges)
            {
                if (Slice(text, hedge.Span, hedge.Text, "hedge") is { } hedgeError)
                    return hedgeError;
            }
            foreach (var date in claim.Dates)
            {
                if (Slice(text, date.Span, date.Text, "date") is { } dateError)
                    return dateError;
            }
            foreach (var number in claim.Numbers)
            {
                if (Slice(text, number.Span, number.Text, "number") is { } numberError)
                    return numberError;
            }
        }
        foreach (var diagnostic in article.Diagnostics)
        {
            if (diagnostic.Span is { } span && (span.Start < 0 || span.Length < 0 || span.End > text.Length))
                return $"diagnostic {diagnostic.Code} span {span} is outside the text ({text.Length})";
        }
        return null;
    }

    private static string? Slice(string text, TextSpan? span, string? expected, string what)
    {
        if (span is not { } s)
            return null;
        if (s.Start < 0 || s.Length < 0 || s.End > text.Length)
            return $"{what} span {s} is outside the text ({text.Length})";
        return text.AsSpan(s.Start, s.Length).SequenceEqual(expected) ? null : $"{what} span {s} does not slice back to its text";
    }
}
