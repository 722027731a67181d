using BenchmarkDotNet.Reports;
using NewsParsing.Benchmarks.Columns;

namespace NewsParsing.Benchmarks.Running;

/// <summary>
/// One measured case as committed in results/*.json. <see cref="MinRatioToFloor"/> (fastest iteration over the
/// baseline's fastest) is what the regression check compares: on a shared machine other work only ever adds time,
/// so minimums are far steadier than means.
/// </summary>
internal sealed record ResultRow(
    string Suite,
    string Method,
    string Benchmark,
    string Input,
    double MeanNs,
    double MedianNs,
    double MinNs,
    double StdDevNs,
    double? MBPerSecond,
    double? ArticlesPerSecond,
    double? AllocatedBytesPerArticle,
    double? AllocatedPerModel,
    double? RatioToFloor,
    double? MinRatioToFloor,
    bool IsBaseline)
{
    public string Key => $"{Suite}.{Method} [{Input}]";

    public static List<ResultRow> From(IEnumerable<Summary> summaries)
    {
        List<ResultRow> rows = [];
        foreach (var summary in summaries)
        {
            foreach (var benchmarkCase in summary.BenchmarksCases)
            {
                if (summary[benchmarkCase]?.ResultStatistics is not { } stats || CaseStatistics.Of(summary, benchmarkCase) is not { } info)
                    continue;
                var baseline = summary.BenchmarksCases.FirstOrDefault(c => c.Descriptor.Baseline
                    && c.Descriptor.Type == benchmarkCase.Descriptor.Type && c.Parameters.DisplayInfo == benchmarkCase.Parameters.DisplayInfo);
                var baselineStats = baseline is null ? null : summary[baseline]?.ResultStatistics;
                rows.Add(new ResultRow(
                    benchmarkCase.Descriptor.Type.Name,
                    benchmarkCase.Descriptor.WorkloadMethod.Name,
                    benchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
                    info.Input,
                    stats.Mean,
                    stats.Median,
                    stats.Min,
                    stats.StandardDeviation,
                    InputColumn.MBPerSecond.Value(summary, benchmarkCase),
                    InputColumn.ArticlesPerSecond.Value(summary, benchmarkCase),
                    InputColumn.AllocatedPerArticle.Value(summary, benchmarkCase) * 1024,
                    InputColumn.AllocatedPerModel.Value(summary, benchmarkCase),
                    baselineStats is { Mean: > 0 } ? stats.Mean / baselineStats.Mean : null,
                    baselineStats is { Min: > 0 } ? stats.Min / baselineStats.Min : null,
                    benchmarkCase.Descriptor.Baseline));
            }
        }
        // Seeds first, then long articles by size, then the other suites; methods in declared order.
        return [.. rows.Select((row, index) => (row, index)).OrderBy(r => SuiteRank(r.row.Suite)).ThenBy(r => InputRank(r.row.Input))
            .ThenBy(r => r.index).Select(r => r.row)];
    }

    private static int SuiteRank(string suite) => suite switch
    {
        nameof(ParseTextBench) => 0,
        nameof(StageBench) => 1,
        nameof(DateBench) => 2,
        _ => 3,
    };

    private static int InputRank(string input) =>
        input.StartsWith("long ", StringComparison.Ordinal) && int.TryParse(input[5..^2], out var kb) ? 1000 + kb : 0;
}
