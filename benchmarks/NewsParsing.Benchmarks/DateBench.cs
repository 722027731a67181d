using BenchmarkDotNet.Attributes;
using NewsParsing.Benchmarks.Inputs;
using NewsParsing.Lexicons;
using NewsParsing.Metadata.Dates;
using NewsParsing.Model;

namespace NewsParsing.Benchmarks;

/// <summary>
/// The date stage alone. "dates": the values headers and page metadata carry (ISO 8601, RFC 1123), read by
/// <c>DateParser</c>. "seed text": the seeds' running text, where <c>DateExpressionScanner</c> finds and resolves
/// "on Friday", "last August", "since August 2023" against the publication date.
/// </summary>
[MemoryDiagnoser]
public class DateBench
{
    private static readonly DateOnly s_reference = new(2025, 3, 14);
    private static readonly DateExpressionScanner s_scanner = new(LexiconSet.Default.Get("months"), LexiconSet.Default.Get("weekdays"), LexiconSet.Default.Get("time-words"));

    private readonly List<DateMention> _found = [];
    private string[] _values = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "";

    public static IEnumerable<string> Inputs() => ["dates", "seed text"];

    [GlobalSetup]
    public void Setup() => _values = BenchInputs.DateInputValues(Input);

    [Benchmark(Baseline = true, Description = "IndexOfAny floor")]
    public int IndexOfAnyScan()
    {
        var count = 0;
        foreach (var value in _values)
            count += ParseTextBench.CountFloor(value);
        return count;
    }

    [Benchmark(Description = "DateParser.TryParse")]
    public int ParseDates()
    {
        var days = 0;
        foreach (var value in _values)
        {
            if (DateParser.TryParse(value, out var date))
                days += date.Date.Day;
        }
        return days;
    }

    [Benchmark(Description = "DateExpressionScanner")]
    public int ScanExpressions()
    {
        _found.Clear();
        foreach (var value in _values)
            s_scanner.Scan(value, new TextSpan(0, value.Length), s_reference, _found);
        return _found.Count;
    }
}
