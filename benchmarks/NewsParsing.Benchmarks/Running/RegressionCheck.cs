using System.Globalization;

namespace NewsParsing.Benchmarks.Running;

/// <summary>
/// Compares a fresh short run with the committed one. Machines differ, so it compares each case's time relative to
/// its IndexOfAny baseline measured in the same run: a case regresses when that relative throughput falls by more
/// than the allowed fraction. Returns the number of regressions, or -1 when there is nothing to compare against.
/// </summary>
internal static class RegressionCheck
{
    public static int Run(string committedPath, List<ResultRow> fresh, double maxDrop)
    {
        if (ResultFiles.Read(committedPath) is not { } committed)
        {
            Console.WriteLine($"bench check: no committed results at {committedPath}; run `benchmarks/run --short` and commit them.");
            return -1;
        }
        var regressions = 0;
        var compared = 0;
        Console.WriteLine($"bench check: relative throughput (committed fastest-time-vs-floor / fresh fastest-time-vs-floor); fails below {1 - maxDrop:F2}");
        foreach (var row in fresh.Where(r => !r.IsBaseline && r.MinRatioToFloor is > 0))
        {
            var before = committed.Rows.FirstOrDefault(r => r.Key == row.Key && r.MinRatioToFloor is > 0);
            if (before is null)
            {
                Console.WriteLine($"  new       {row.Key}");
                continue;
            }
            compared++;
            var relative = before.MinRatioToFloor!.Value / row.MinRatioToFloor!.Value;
            var verdict = relative < 1 - maxDrop ? "REGRESSED" : "ok";
            if (verdict != "ok")
                regressions++;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {verdict,-9} {relative,6:F2}  {row.Key}"));
        }
        Console.WriteLine($"bench check: {compared} compared, {regressions} regressed (committed: {committed.Date}, {committed.Machine})");
        return regressions;
    }
}
