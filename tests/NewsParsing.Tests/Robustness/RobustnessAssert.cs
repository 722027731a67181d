using NewsParsing.Model;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Robustness;

/// <summary>What every robustness test asserts about a result, whatever the input.</summary>
internal static class RobustnessAssert
{
    /// <summary>The span contract, and for plain text that no character went missing.</summary>
    public static void Contract(Article article)
    {
        SpanInvariants.AssertAll(article);
        if (article.Format == ArticleFormat.PlainText)
            SpanInvariants.AssertNoSilentLoss(article);
        foreach (var diagnostic in article.Diagnostics)
        {
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message), $"diagnostic {diagnostic.Code} has no message");
            if (diagnostic.Span is { } span)
                Assert.True(span.Start >= 0 && span.End <= article.Text.Length, $"diagnostic {diagnostic.Code} span {span} is outside the text");
        }
        foreach (var quote in article.Quotes)
            Assert.True(quote.Text.Length <= NewsParserDefaults.MaxQuoteChars, $"a quote of {quote.Text.Length} chars is over the limit");
    }

    /// <summary>The article carries one of <paramref name="codes"/>.</summary>
    public static void HasDiagnostic(Article article, params DiagnosticCode[] codes) =>
        Assert.True(article.Diagnostics.Any(d => codes.Contains(d.Code)),
            $"expected a diagnostic {string.Join(" or ", codes)}; got [{string.Join(", ", article.Diagnostics.Select(d => d.Code))}]");
}
