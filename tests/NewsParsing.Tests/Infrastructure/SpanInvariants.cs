using NewsParsing.Model;

namespace NewsParsing.Tests.Infrastructure;

/// <summary>Asserts the model's span contract: every span lies inside Article.Text and slices back to its text.</summary>
public static class SpanInvariants
{
    public static void AssertAll(Article article)
    {
        var text = article.Text;
        foreach (var block in article.Body)
            AssertSlice(text, block.Span, block.Text, "block");
        foreach (var dropped in article.Dropped)
        {
            if (dropped.Span is { } span)
                AssertSlice(text, span, dropped.Text, "dropped");
        }
        foreach (var quote in article.Quotes)
        {
            AssertSlice(text, quote.Span, quote.Text, "quote");
            foreach (var quoted in quote.Quoted)
                Assert.True(quoted.Start >= quote.Span.Start && quoted.End <= quote.Span.End, $"quoted words {quoted} outside their quote {quote.Span}");
            if (quote.SpeakerMention is { } mention)
                AssertSlice(text, mention.Span, mention.Text, "speaker mention");
            if (quote.Cue is { } cue)
                AssertSlice(text, cue.Span, cue.Text, "cue");
        }
        foreach (var claim in article.Claims)
        {
            AssertSlice(text, claim.Span, claim.Content, "claim");
            if (claim.SourceMention is { } mention)
                AssertSlice(text, mention.Span, mention.Text, "source mention");
            if (claim.Cue is { } cue)
                AssertSlice(text, cue.Span, cue.Text, "cue");
            foreach (var hedge in claim.Hedges)
                AssertSlice(text, hedge.Span, hedge.Text, "hedge");
            foreach (var date in claim.Dates)
                AssertSlice(text, date.Span, date.Text, "date");
            foreach (var number in claim.Numbers)
                AssertSlice(text, number.Span, number.Text, "number");
        }
        // Blocks are in order and do not overlap.
        for (var i = 1; i < article.Body.Length; i++)
            Assert.True(article.Body[i - 1].Span.End <= article.Body[i].Span.Start, $"blocks {i - 1} and {i} overlap or are out of order");
    }

    /// <summary>
    /// No silent loss (plain text): every letter or digit of the text is in exactly one block or dropped span.
    /// White space and markup punctuation between blocks are formatting, not content.
    /// </summary>
    public static void AssertNoSilentLoss(Article article)
    {
        var covered = new int[article.Text.Length];
        foreach (var block in article.Body)
            Mark(covered, block.Span);
        foreach (var dropped in article.Dropped)
        {
            if (dropped.Span is { } span)
                Mark(covered, span);
        }
        for (var i = 0; i < covered.Length; i++)
        {
            if (char.IsLetterOrDigit(article.Text[i]))
                Assert.True(covered[i] == 1, $"character {i} ('{article.Text[i]}') is covered {covered[i]} times, in \"{Context(article.Text, i)}\"");
        }
    }

    private static void Mark(int[] covered, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
            covered[i]++;
    }

    private static string Context(string text, int i) => text.Substring(Math.Max(0, i - 30), Math.Min(60, text.Length - Math.Max(0, i - 30)));

    private static void AssertSlice(string text, TextSpan span, string expected, string what)
    {
        Assert.True(span.Start >= 0 && span.End <= text.Length && span.Length >= 0, $"{what} span {span} is outside the text (length {text.Length})");
        Assert.Equal(expected, text.Substring(span.Start, span.Length));
    }
}
