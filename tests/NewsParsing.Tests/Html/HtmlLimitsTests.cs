using System.Text;
using NewsParsing.Html;
using NewsParsing.Model;

namespace NewsParsing.Tests.Html;

/// <summary>Pathological markup ends with a diagnostic, never a hang; cancellation is honoured.</summary>
public class HtmlLimitsTests
{
    [Fact]
    public void HundredThousandUnclosedDivs_FinishWithHtmlTooDeep()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>x ", 100_000)) + "</body></html>";

        var article = NewsParser.Default.ParseHtml(html);

        Assert.Contains(article.Diagnostics, static d => d.Code == DiagnosticCode.HtmlTooDeep);
    }

    [Fact]
    public void TooManyElements_AreCutWithHtmlTooLarge()
    {
        var parser = NewsParser.Create(static o => o with { MaxHtmlElements = 100 });
        var html = "<html><body>" + string.Concat(Enumerable.Range(0, 500).Select(static i => $"<p>Paragraph {i} of a long page.</p>")) + "</body></html>";

        var article = parser.ParseHtml(html);

        Assert.Contains(article.Diagnostics, static d => d.Code == DiagnosticCode.HtmlTooLarge);
        Assert.DoesNotContain("Paragraph 400", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PreScan_FlattensOnlyBeyondTheDepth_AndKeepsText()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 10)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 10));

        var shallow = HtmlPreScanner.Scan(html, maxDepth: 20, maxElements: 1000, CancellationToken.None);
        var cut = HtmlPreScanner.Scan(html, maxDepth: 4, maxElements: 1000, CancellationToken.None);

        Assert.Same(html, shallow.Html);
        Assert.False(shallow.Flattened);
        Assert.True(cut.Flattened);
        Assert.Equal(4, CountOf(cut.Html, "<div>"));
        Assert.Equal(4, CountOf(cut.Html, "</div>"));
        Assert.Contains("deep text", cut.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void PreScan_IgnoresTagsInScriptsAndComments()
    {
        const string html = "<div><script>var s = '<div><div><div>';</script><!-- <div><div> --></div>";
        var result = HtmlPreScanner.Scan(html, maxDepth: 1, maxElements: 1000, CancellationToken.None);
        Assert.False(result.Flattened);
        Assert.Same(html, result.Html);
    }

    [Fact]
    public void Cancellation_IsHonoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => NewsParser.Default.ParseHtml("<html><body><p>Text.</p></body></html>", null, cancelled.Token));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("<html><body><p>Text.</p></body></html>"));
        Assert.Throws<OperationCanceledException>(() => NewsParser.Default.ParseHtml(stream, null, cancelled.Token));
    }

    [Fact]
    public void ParallelParses_ShareOneParserSafely()
    {
        var pages = Enumerable.Range(0, 32).Select(static i =>
            $"<html><head><title>Story {i}</title></head><body><article><p>Story number {i} says the town council met on Monday to vote on the budget.</p></article></body></html>").ToArray();
        var expected = pages.Select(static p => NewsParser.Default.ParseHtml(p).Text).ToArray();

        var actual = new string[pages.Length];
        Parallel.For(0, pages.Length, i => actual[i] = NewsParser.Default.ParseHtml(pages[i]).Text);

        Assert.Equal(expected, actual);
        Assert.All(actual, static t => Assert.StartsWith("Story number", t, StringComparison.Ordinal));
    }

    private static int CountOf(string text, string value)
    {
        var n = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
            n++;
        return n;
    }
}
