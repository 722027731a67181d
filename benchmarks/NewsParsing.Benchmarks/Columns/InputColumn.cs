using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NewsParsing.Benchmarks.Inputs;

namespace NewsParsing.Benchmarks.Columns;

/// <summary>
/// A column computed from a case's mean time or allocation and the size of its <c>Input</c> parameter
/// (see <see cref="BenchInputs"/>): MB/s, articles/s, bytes allocated per article.
/// </summary>
internal sealed class InputColumn : IColumn
{
    public static readonly InputColumn MBPerSecond = new("MB/s", "Input UTF-8 bytes per second, in 10^6 bytes (one thread)",
        (stats, input) => stats.Mean is { } mean ? BenchInputs.Bytes(input) / mean * 1e9 / 1e6 : null, "F1");

    public static readonly InputColumn ArticlesPerSecond = new("Articles/s", "Articles (or pages, or date values) parsed per second (one thread)",
        (stats, input) => stats.Mean is { } mean ? BenchInputs.Articles(input) / mean * 1e9 : null, "N0");

    public static readonly InputColumn AllocatedPerArticle = new("Alloc/article", "Bytes allocated per article (or page, or date value), in KB",
        (stats, input) => stats.Allocated is { } allocated ? allocated / (double)BenchInputs.Articles(input) / 1024 : null, "N1");

    public static readonly InputColumn AllocatedPerModel = new("Alloc/model", "Bytes allocated per parse over the size of the Article it returns (full parse)",
        (stats, input) => stats.Allocated is { } allocated && stats.IsParse && ModelSize.BytesPerArticle(input) is > 0 and var model
            ? allocated / (double)BenchInputs.Articles(input) / model : null, "F2");

    private readonly Func<CaseStatistics, string, double?> _value;
    private readonly string _format;

    private InputColumn(string name, string legend, Func<CaseStatistics, string, double?> value, string format)
    {
        ColumnName = name;
        Legend = legend;
        _value = value;
        _format = format;
    }

    public static IReadOnlyList<InputColumn> All { get; } = [MBPerSecond, ArticlesPerSecond, AllocatedPerArticle, AllocatedPerModel];

    public string Id => nameof(InputColumn) + "." + ColumnName;
    public string ColumnName { get; }
    public string Legend { get; }
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;

    public double? Value(Summary summary, BenchmarkCase benchmarkCase) =>
        CaseStatistics.Of(summary, benchmarkCase) is { } stats ? _value(stats, stats.Input) : null;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        Value(summary, benchmarkCase) is { } value ? value.ToString(_format, System.Globalization.CultureInfo.InvariantCulture) : "-";

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>What the columns need from one case's report.</summary>
internal sealed record CaseStatistics(string Input, double? Mean, long? Allocated, bool IsParse)
{
    public static CaseStatistics? Of(Summary summary, BenchmarkCase benchmarkCase)
    {
        if (benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Input")?.Value is not string input)
            return null;
        var report = summary[benchmarkCase];
        double? mean = report?.ResultStatistics?.Mean;
        long? allocated = report is { Success: true } ? report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) : null;
        var method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        var isParse = method is nameof(ParseTextBench.ParseFull) or nameof(ParseHtmlBench.NewsParsingFull);
        return new CaseStatistics(input, mean, allocated, isParse);
    }
}
