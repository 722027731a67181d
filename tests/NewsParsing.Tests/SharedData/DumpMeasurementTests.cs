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
        // Measured: headline and boundary exact 103/177 (58.2%), paragraph F1 0.983, headlines invented on 14/177 title-less dumps.
        Assert.True(result.HeadlineExact >= result.Articles * 0.56, $"headline exact {result.HeadlineExact}/{result.Articles}");
        Assert.True(result.BoundaryExact >= result.Articles * 0.56, $"boundary exact {result.BoundaryExact}/{result.Articles}");
        Assert.True(result.F1 >= 0.975, $"paragraph F1 {result.F1:F3}");
        // Precision: the same dumps without their title must mostly come out with no headline.
        Assert.True(result.InventedHeadlines <= result.Articles * 0.09, $"headline invented on {result.InventedHeadlines}/{result.Articles} title-less dumps");
    }
}
