using System.Text.Json;
using NewsParsing.Cli;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Quotes;

/// <summary>
/// Quote extraction against the annotated dev data, scored as <c>../shared/tools/eval_quotes.py --kinds direct,mixed</c>
/// does (overlap@0.5 on word tokens, speaker by span overlap or name). The floors are the targets, which the
/// README figures meet: a change that falls below one fails here.
/// </summary>
public class QuoteMeasurementTests
{
    [SharedDataFact]
    public void PolNeAR_DirectAndMixed_MeetTheFloors()
    {
        var result = OverlapScorer.Score(Path.Combine(RepoPaths.Shared!, "data", "quotes", "polnear", "dev.jsonl"));

        Assert.True(result.Gold > 2000, $"only {result.Gold} gold quotes read");
        Assert.True(result.F1 >= 0.90, $"overlap F1 {result.F1:F3}");
        Assert.True(result.SpeakerAccuracy >= 0.90, $"speaker accuracy {result.SpeakerAccuracy:F3}");
        Assert.True(result.EndToEndF1 >= 0.85, $"quote+speaker F1 {result.EndToEndF1:F3}");
    }

    [SharedDataFact]
    public void WikinewsGerman_DirectAndMixed_MeetTheFloors()
    {
        var result = OverlapScorer.Score(Path.Combine(RepoPaths.Shared!, "data", "quotes", "wikinews-de", "dev.jsonl"), nested: true);

        Assert.True(result.Gold > 400, $"only {result.Gold} gold quotes read");
        Assert.True(result.F1 >= 0.80, $"overlap F1 {result.F1:F3}");
        Assert.True(result.SpeakerAccuracy >= 0.83, $"speaker accuracy {result.SpeakerAccuracy:F3}");
    }
}

/// <summary>Quote predictions as <c>eval quotes</c> writes them, scored by the CLI's port of eval_quotes.py on direct and mixed gold quotes.</summary>
internal static class OverlapScorer
{
    public static RelationScorer.Counts Score(string goldPath, bool nested = false)
    {
        var lines = File.ReadLines(goldPath).Where(l => l.Length > 0).ToList();
        var predictions = lines.AsParallel().AsOrdered().Select(l => QuoteEvaluation.Predict(NewsParser.Default, l, nested).Json).ToList();
        var total = default(RelationScorer.Counts);
        for (var i = 0; i < lines.Count; i++)
        {
            using var goldDocument = JsonDocument.Parse(lines[i]);
            using var predDocument = JsonDocument.Parse(predictions[i]);
            total += RelationScorer.Score(
                goldDocument.RootElement.GetProperty("text").GetString()!,
                RelationScorer.Read(goldDocument.RootElement.GetProperty("quotes")),
                RelationScorer.Read(predDocument.RootElement.GetProperty("quotes")),
                static kind => kind is "direct" or "mixed");
        }
        return total;
    }
}
