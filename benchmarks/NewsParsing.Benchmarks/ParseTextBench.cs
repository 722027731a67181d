using System.Buffers;
using BenchmarkDotNet.Attributes;
using NewsParsing.Benchmarks.Inputs;
using NewsParsing.Input;
using NewsParsing.Model;
using NewsParsing.Segmentation;

namespace NewsParsing.Benchmarks;

/// <summary>
/// Plain-text parsing of each seed and of the seeds concatenated to 10, 100 and 1,000 KB, stage by stage:
/// segmentation alone, the parse without quotes and claims, with quotes, and the full parse. The baseline is one
/// <c>IndexOfAny</c> pass over the same text for the characters the parser must find (the physical floor).
/// </summary>
[MemoryDiagnoser]
public class ParseTextBench
{
    /// <summary>Line breaks and every quote mark: what any parse of the text has to look at.</summary>
    internal static readonly SearchValues<char> FloorCharacters = SearchValues.Create("\n\"'\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB");

    private static readonly NewsParser s_full = NewsParser.Default;
    private static readonly NewsParser s_quotesOnly = NewsParser.Create(o => o with { ExtractClaims = false });
    private static readonly NewsParser s_bodyOnly = NewsParser.Create(o => o with { ExtractQuotes = false, ExtractClaims = false });

    private readonly List<TextSpan> _blocks = [];
    private string _text = "";

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "";

    public static IEnumerable<string> Inputs() => BenchInputs.TextInputNames();

    [GlobalSetup]
    public void Setup() => _text = BenchInputs.Text(Input);

    [Benchmark(Baseline = true, Description = "IndexOfAny floor")]
    public int IndexOfAnyScan() => CountFloor(_text);

    [Benchmark(Description = "Segmentation")]
    public int Segmentation()
    {
        var normalized = TextNormalizer.Normalize(_text);
        _blocks.Clear();
        ParagraphSplitter.Split(normalized.Text, 0, _blocks, CancellationToken.None);
        return _blocks.Count;
    }

    [Benchmark(Description = "Parse, no quotes/claims")]
    public Article ParseBody() => s_bodyOnly.Parse(_text);

    [Benchmark(Description = "Parse + quotes")]
    public Article ParseWithQuotes() => s_quotesOnly.Parse(_text);

    [Benchmark(Description = "Parse full")]
    public Article ParseFull() => s_full.Parse(_text);

    internal static int CountFloor(ReadOnlySpan<char> text)
    {
        var count = 0;
        while (true)
        {
            var next = text.IndexOfAny(FloorCharacters);
            if (next < 0)
                return count;
            count++;
            text = text[(next + 1)..];
        }
    }
}
