using NewsParsing.Cli;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Claims;

/// <summary>Claims against PolNeAR dev (all attribution kinds), the scorer's overlap@0.5 computed in C#.</summary>
public class ClaimMeasurementTests
{
    [SharedDataFact]
    public void PolNearDev_MeetsTheFloors()
    {
        var gold = Path.Combine(RepoPaths.Shared!, "data", "quotes", "polnear", "dev.jsonl");
        var result = ClaimEvaluation.Measure(File.ReadLines(gold));

        Assert.Equal(424, result.Documents);
        // Floors a little below the measured figures (README), so a regression fails.
        Assert.True(result.Scores.F1 >= 0.63, $"content overlap F1 {result.Scores.F1:F3}");
        Assert.True(result.Scores.SpeakerAccuracy >= 0.86, $"source accuracy {result.Scores.SpeakerAccuracy:F3}");
        Assert.True(result.Scores.CueAccuracy >= 0.89, $"cue accuracy {result.Scores.CueAccuracy:F3}");
    }
}
