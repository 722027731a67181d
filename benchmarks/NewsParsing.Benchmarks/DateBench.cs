using BenchmarkDotNet.Attributes;
using NewsParsing.Benchmarks.Inputs;
using NewsParsing.Metadata.Dates;

namespace NewsParsing.Benchmarks;

/// <summary>The date stage alone: the date values a parse reads from headers and metadata, ISO 8601 and RFC 1123.</summary>
[MemoryDiagnoser]
public class DateBench
{
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "";

    public static IEnumerable<string> Inputs() => ["dates"];

    [Benchmark(Baseline = true, Description = "IndexOfAny floor")]
    public int IndexOfAnyScan()
    {
        var count = 0;
        foreach (var value in BenchInputs.DateValues)
            count += ParseTextBench.CountFloor(value);
        return count;
    }

    [Benchmark(Description = "DateParser.TryParse")]
    public int ParseDates()
    {
        var days = 0;
        foreach (var value in BenchInputs.DateValues)
        {
            if (DateParser.TryParse(value, out var date))
                days += date.Date.Day;
        }
        return days;
    }
}
