using System.Text.Json;
using NewsParsing.Cli;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Quotes;

/// <summary>
/// Quote extraction against the annotated dev data, scored as <c>../shared/tools/eval_quotes.py --kinds direct,mixed</c>
/// does (overlap@0.5 on word tokens, speaker by span overlap or name): floors a little below the README figures.
/// </summary>
public class QuoteMeasurementTests
{
    [SharedDataFact]
    public void PolNeAR_DirectAndMixed_MeetTheFloors()
    {
        var result = OverlapScorer.Score(Path.Combine(RepoPaths.Shared!, "data", "quotes", "polnear", "dev.jsonl"));

        Assert.True(result.Gold > 2000, $"only {result.Gold} gold quotes read");
        Assert.True(result.F1 >= 0.86, $"overlap F1 {result.F1:F3}");
        Assert.True(result.SpeakerAccuracy >= 0.90, $"speaker accuracy {result.SpeakerAccuracy:F3}");
        Assert.True(result.EndToEndF1 >= 0.77, $"quote+speaker F1 {result.EndToEndF1:F3}");
    }

    [SharedDataFact]
    public void WikinewsGerman_DirectAndMixed_MeetTheFloors()
    {
        var result = OverlapScorer.Score(Path.Combine(RepoPaths.Shared!, "data", "quotes", "wikinews-de", "dev.jsonl"), nested: true);

        Assert.True(result.Gold > 400, $"only {result.Gold} gold quotes read");
        Assert.True(result.F1 >= 0.70, $"overlap F1 {result.F1:F3}");
        Assert.True(result.SpeakerAccuracy >= 0.69, $"speaker accuracy {result.SpeakerAccuracy:F3}");
    }
}

/// <summary>The overlap@0.5 and speaker measures of eval_quotes.py, for the floors above (the Python scorer is the reference).</summary>
internal static class OverlapScorer
{
    private static readonly HashSet<string> Honorifics = [.. "mr mrs ms miss dr sen senator rep representative gov governor president pres gen general sir dame lord lady prof professor rev judge justice secretary minister herr frau jr sr ii iii iv".Split(' ')];

    public sealed record Result(int Gold, int Predicted, int Matched, int SpeakerTotal, int SpeakerCorrect, int EndToEnd)
    {
        public double F1 => Harmonic(Matched);
        public double SpeakerAccuracy => SpeakerTotal == 0 ? 0 : (double)SpeakerCorrect / SpeakerTotal;
        public double EndToEndF1 => Harmonic(EndToEnd);

        private double Harmonic(int hits)
        {
            var p = Predicted == 0 ? 0 : (double)hits / Predicted;
            var r = Gold == 0 ? 0 : (double)hits / Gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private sealed record Relation(List<(int Start, int End)> Spans, string? Kind, string? Speaker, int? SpeakerStart, int? SpeakerEnd);

    public static Result Score(string goldPath, bool nested = false)
    {
        int gold = 0, predicted = 0, matched = 0, speakerTotal = 0, speakerCorrect = 0, endToEnd = 0;
        var lines = File.ReadLines(goldPath).Where(l => l.Length > 0).ToList();
        var predictions = lines.AsParallel().AsOrdered().Select(l => QuoteEvaluation.Predict(NewsParser.Default, l, nested).Json).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            using var goldDocument = JsonDocument.Parse(lines[i]);
            using var predDocument = JsonDocument.Parse(predictions[i]);
            var text = goldDocument.RootElement.GetProperty("text").GetString()!;
            var tokens = WordTokens(text);
            var golds = Read(goldDocument.RootElement.GetProperty("quotes"));
            var preds = Read(predDocument.RootElement.GetProperty("quotes"));
            var inScope = golds.Select(g => g.Kind is "direct" or "mixed").ToArray();
            var goldCover = golds.Select(g => Cover(tokens, g.Spans)).ToArray();
            var predCover = preds.Select(p => Cover(tokens, p.Spans)).ToArray();
            var pairs = new List<(double Score, int G, int P)>();
            for (var g = 0; g < golds.Count; g++)
            {
                for (var p = 0; p < preds.Count; p++)
                {
                    if (goldCover[g].Count == 0 || predCover[p].Count == 0)
                        continue;
                    var shared = goldCover[g].Count(predCover[p].Contains);
                    var score = (double)shared / Math.Max(goldCover[g].Count, predCover[p].Count);
                    if (shared > 0 && score >= 0.5)
                        pairs.Add((score, g, p));
                }
            }
            var usedGold = new HashSet<int>();
            var usedPred = new HashSet<int>();
            var ignored = 0;
            foreach (var (_, g, p) in pairs.OrderBy(x => !inScope[x.G]).ThenByDescending(x => x.Score).ThenBy(x => x.G).ThenBy(x => x.P))
            {
                if (!usedGold.Add(g) || !usedPred.Add(p))
                    continue;
                if (!inScope[g])
                {
                    ignored++;
                    continue;
                }
                matched++;
                if (golds[g].Speaker is null)
                {
                    endToEnd += string.IsNullOrEmpty(preds[p].Speaker) ? 1 : 0;
                    continue;
                }
                speakerTotal++;
                if (SpeakerCorrect(golds[g], preds[p]))
                {
                    speakerCorrect++;
                    endToEnd++;
                }
            }
            gold += inScope.Count(x => x);
            predicted += preds.Count - ignored;
        }
        return new Result(gold, predicted, matched, speakerTotal, speakerCorrect, endToEnd);
    }

    private static List<Relation> Read(JsonElement quotes)
    {
        var relations = new List<Relation>();
        foreach (var q in quotes.EnumerateArray())
        {
            var spans = new List<(int, int)>();
            if (q.TryGetProperty("spans", out var fragments) && fragments.ValueKind == JsonValueKind.Array && fragments.GetArrayLength() > 0)
                spans.AddRange(fragments.EnumerateArray().Select(f => (f[0].GetInt32(), f[1].GetInt32())));
            else
                spans.Add((q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32()));
            relations.Add(new Relation(spans, String(q, "kind"), String(q, "speaker"), Int(q, "speaker_start"), Int(q, "speaker_end")));
        }
        return relations;
    }

    private static string? String(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static List<(int Start, int End)> WordTokens(string text)
    {
        var tokens = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWord(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsWord(text[i]))
                i++;
            tokens.Add((start, i));
        }
        return tokens;
    }

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    private static HashSet<int> Cover(List<(int Start, int End)> tokens, List<(int Start, int End)> spans)
    {
        var covered = new HashSet<int>();
        foreach (var (start, end) in spans)
        {
            for (var t = 0; t < tokens.Count; t++)
            {
                if (tokens[t].End > start && tokens[t].Start < end)
                    covered.Add(t);
            }
        }
        return covered;
    }

    private static bool SpeakerCorrect(Relation gold, Relation predicted)
    {
        if (gold is { SpeakerStart: { } gs, SpeakerEnd: { } ge } && predicted is { SpeakerStart: { } ps, SpeakerEnd: { } pe } && Math.Max(gs, ps) < Math.Min(ge, pe))
            return true;
        var a = NameTokens(gold.Speaker);
        var b = NameTokens(predicted.Speaker);
        return a.Count > 0 && b.Count > 0 && (a.SequenceEqual(b) || b.Contains(a[^1]) || a.Contains(b[^1]));
    }

    private static List<string> NameTokens(string? name)
    {
        if (string.IsNullOrEmpty(name))
            return [];
        name = System.Text.RegularExpressions.Regex.Replace(name.ToLowerInvariant(), @"\([^)]*\)", " ", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        name = name.Replace("'s", "", StringComparison.Ordinal).Replace("\u2019s", "", StringComparison.Ordinal);
        return [.. WordTokens(name).Select(t => name[t.Start..t.End]).Where(t => !Honorifics.Contains(t))];
    }
}
