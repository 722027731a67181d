using System.Runtime.InteropServices;
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

        Assert.True(MemoryMarshal.TryGetString(shallow.Html, out var unchanged, out _, out _));
        Assert.Same(html, unchanged);
        Assert.False(shallow.Flattened);
        Assert.True(cut.Flattened);
        var flattened = cut.Html.ToString();
        cut.ReturnBuffer();
        Assert.Equal(4, CountOf(flattened, "<div>"));
        Assert.Equal(4, CountOf(flattened, "</div>"));
        Assert.Contains("deep text", flattened, StringComparison.Ordinal);
    }

    [Fact]
    public void PreScan_IgnoresTagsInScriptsAndComments()
    {
        const string html = "<div><script>var s = '<div><div><div>';</script><!-- <div><div> --></div>";
        var result = HtmlPreScanner.Scan(html, maxDepth: 1, maxElements: 1000, CancellationToken.None);
        Assert.False(result.Flattened);
        Assert.Equal("<div><script></script><!-- <div><div> --></div>", Scanned(result));
    }

    [Theory]
    [InlineData("<style>p { color: red }</style><p>Text</p>", "<style></style><p>Text</p>")]
    [InlineData("<SCRIPT type=\"text/javascript\">a = 1;</SCRIPT >", "<SCRIPT type=\"text/javascript\"></SCRIPT >")]
    [InlineData("<script>s = '</scripts>';</script>", "<script></script>")]
    // JSON-LD is read from the DOM, so it stays.
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>")]
    // "<!--" puts the tokenizer in escaped states where "</script>" may not end the script: left to AngleSharp.
    [InlineData("<script><!-- document.write('<script>x</script>'); --></script>", "<script><!-- document.write('<script>x</script>'); --></script>")]
    // A '>' inside a quoted attribute value: the start tag's end is not certain, so the body stays.
    [InlineData("<script data-x=\"a>b\">c = 1;</script>", "<script data-x=\"a>b\">c = 1;</script>")]
    // An icon's drawing is emptied; an SVG holding an HTML tag keeps it (the tag breaks out of SVG and its text shows).
    [InlineData("<h1>Floods<svg viewBox=\"0 0 9 9\"><title>Logo</title><g><path d=\"M0 0h9\"/></g><svg><rect/></svg></svg></h1>", "<h1>Floods<svg viewBox=\"0 0 9 9\"></svg></h1>")]
    [InlineData("<svg><path d=\"M0 0\"/><p>Visible</p></svg>", "<svg><path d=\"M0 0\"/><p>Visible</p></svg>")]
    [InlineData("<svg><text>a < b</text></svg>", "<svg><text>a < b</text></svg>")]
    // No end tag: the rest of the page is the script's text either way.
    [InlineData("<p>Text</p><script>var unfinished = 1;", "<p>Text</p><script>var unfinished = 1;")]
    public void PreScan_EmptiesCodeBodies_OnlyWhereTheirEndIsCertain(string html, string expected)
    {
        var result = HtmlPreScanner.Scan(html, maxDepth: 100, maxElements: 1000, CancellationToken.None);
        Assert.Equal(expected, Scanned(result));
    }

    [Fact]
    public void PreScan_ReadsTheFirstScriptDate_OutsideNoscriptTemplateAndSvg()
    {
        const string html = """
            <noscript><script>var a = {"datePublished":"2001-01-01"};</script></noscript>
            <svg><script>var b = {"datePublished":"2002-02-02"};</script></svg>
            <script>var c = {"publishedAt":"2019-03-02T06:22:28+01:00"};</script>
            <script>var d = {"datePublished":"2020-01-01"};</script>
            """;
        var result = HtmlPreScanner.Scan(html, maxDepth: 100, maxElements: 1000, CancellationToken.None);
        Assert.Equal("2019-03-02T06:22:28+01:00", result.ScriptPublished);
        Assert.DoesNotContain("publishedAt", Scanned(result), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("class", true)]
    [InlineData("ID", true)]
    [InlineData("itemprop", true)]
    [InlineData("href", true)]
    [InlineData("data-testid", true)]
    [InlineData("style", true)]
    [InlineData("data-src", false)]
    [InlineData("srcset", false)]
    [InlineData("onclick", false)]
    [InlineData("aria-label", false)]
    public void AttributesNothingReads_AreNotBuilt(string name, bool built)
    {
        var token = default(AngleSharp.Html.Parser.Tokens.Struct.StructHtmlToken);
        Assert.Equal(built, HtmlTags.IsReadAttribute(ref token, name.AsMemory()));
    }

    [Fact]
    public void UnreadAttributes_DoNotChangeWhatIsRead()
    {
        const string html = """<html><body><article class="story"><h1 data-track="h" title="tip">Floods</h1><p data-x="1" onclick="f()">Rivers rose across the valley overnight, and towns were evacuated.</p></article></body></html>""";
        var article = NewsParser.Default.ParseHtml(html);
        Assert.Equal("Floods", article.Headline);
        Assert.Contains("Rivers rose across the valley overnight", article.Text, StringComparison.Ordinal);
    }

    private static string Scanned(HtmlPreScanner.Result result)
    {
        var text = result.Html.ToString();
        result.ReturnBuffer();
        return text;
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
