using BenchmarkDotNet.Attributes;
using NewsParsing.Benchmarks.Inputs;

namespace NewsParsing.Benchmarks;

/// <summary>
/// HTML pages of ../shared/data/html-extraction/dev (read in place), all pages per operation: our full parse, our
/// parse without quotes and claims, and SmartReader (a Readability port) on the same pages in the same run.
/// The baseline is one <c>IndexOfAny</c> pass for markup characters over the same pages.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(4)] // the first case runs code no case has run yet: tiered compilation needs a few operations to settle
[IterationCount(5)] // one operation parses every page (seconds): fewer, longer iterations keep the full run under an hour
public class ParseHtmlBench
{
    private static readonly System.Buffers.SearchValues<char> s_markup = System.Buffers.SearchValues.Create("<>&");
    private static readonly NewsParser s_full = NewsParser.Default;
    private static readonly NewsParser s_bodyOnly = NewsParser.Create(o => o with { ExtractQuotes = false, ExtractClaims = false });

    private IReadOnlyList<HtmlPage> _pages = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "";

    public static IEnumerable<string> Inputs() => BenchInputs.HtmlInputNames();

    [GlobalSetup]
    public void Setup() => _pages = BenchInputs.Pages(Input);

    [Benchmark(Baseline = true, Description = "IndexOfAny floor")]
    public int IndexOfAnyScan()
    {
        var count = 0;
        foreach (var page in _pages)
        {
            var text = page.Html.AsSpan();
            for (var next = text.IndexOfAny(s_markup); next >= 0; next = text.IndexOfAny(s_markup))
            {
                count++;
                text = text[(next + 1)..];
            }
        }
        return count;
    }

    [Benchmark(Description = "NewsParsing full")]
    public int NewsParsingFull()
    {
        var chars = 0;
        foreach (var page in _pages)
            chars += s_full.ParseHtml(page.Html, page.Url).Text.Length;
        return chars;
    }

    [Benchmark(Description = "NewsParsing, no quotes/claims")]
    public int NewsParsingBody()
    {
        var chars = 0;
        foreach (var page in _pages)
            chars += s_bodyOnly.ParseHtml(page.Html, page.Url).Text.Length;
        return chars;
    }

    [Benchmark(Description = "SmartReader 0.11.1")]
    public int SmartReaderParse()
    {
        var chars = 0;
        foreach (var page in _pages)
        {
            // TextContent is what our Article.Text holds: the extracted body as plain text.
            var article = new SmartReader.Reader(page.Url?.ToString() ?? "https://example.invalid/", page.Html).GetArticle();
            chars += article.TextContent?.Length ?? 0;
        }
        return chars;
    }
}
