using NewsParsing.Cli;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.SharedData;

/// <summary>Headline/lede boundary and paragraphs on dumps rendered from the gold rows (source naeb).</summary>
public class DumpMeasurementTests
{
    [SharedDataFact]
    public void HeadlineBoundaryAndParagraphs_MeetTheFloor()
    {
        var gold = Path.Combine(RepoPaths.Shared!, "data", "dates", "dev", "gold.jsonl");
        var result = DumpEvaluation.Measure(File.ReadLines(gold), NewsParser.Default);

        Assert.True(result.Articles > 100, $"only {result.Articles} rows read");
        // Floors below the measured figures (README), so a regression fails the build.
        Assert.True(result.BoundaryExact >= result.Articles * 0.20, $"boundary exact {result.BoundaryExact}/{result.Articles}");
        Assert.True(result.F1 >= 0.95, $"paragraph F1 {result.F1:F3}");
    }
}
