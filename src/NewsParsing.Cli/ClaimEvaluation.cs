using System.Globalization;
using System.Text.Json;
using NewsParsing.Model;

namespace NewsParsing.Cli;

/// <summary>
/// <c>newsparse eval claims [--gold FILE] [--out FILE]</c>: parses the texts of an attribution corpus
/// (default <c>quotes/polnear/dev.jsonl</c>) and writes the claims as predictions for
/// <c>tools/eval_quotes.py</c> (content → <c>start</c>/<c>end</c>, source → <c>speaker*</c>, cue → <c>cue*</c>);
/// it also prints the headline figures computed the same way (token overlap ≥ 0.5 one-to-one, source and cue accuracy).
/// </summary>
internal static class ClaimEvaluation
{
    /// <summary>Headline figures: overlap@0.5 P/R/F1 on content, source (speaker) and cue accuracy on the matched pairs.</summary>
    public sealed record Result(int Documents, RelationScorer.Counts Scores);

    /// <summary>One predicted relation in the scorer's terms; fragments when a quotation runs on after its attribution.</summary>
    public sealed record Prediction(int Start, int End, List<(int Start, int End)> Spans, string? Speaker, int? SpeakerStart, int? SpeakerEnd, string? Cue, int? CueStart, int? CueEnd, string Kind);

    public static int Run(string data, string[] args, TextWriter output)
    {
        var gold = Evaluation.OptionValue(args, "--gold") ?? Path.Combine(data, "quotes", "polnear", "dev.jsonl");
        if (!File.Exists(gold))
        {
            output.WriteLine($"eval claims: {gold} not found.");
            return CommandLine.ExitUsage;
        }
        var outPath = Evaluation.OptionValue(args, "--out") ?? "claims-preds.jsonl";
        using (var stream = File.Create(outPath))
        {
            var result = Measure(File.ReadLines(gold), stream);
            var scores = result.Scores;
            output.WriteLine($"predictions written to {outPath}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"docs {result.Documents}; gold {scores.Gold}; predicted {scores.Predicted}; content overlap@0.5 P/R/F1 {scores.Precision:F3}/{scores.Recall:F3}/{scores.F1:F3}; source accuracy {scores.SpeakerAccuracy:F3} (n={scores.SpeakerTotal}); cue accuracy {scores.CueAccuracy:F3} (n={scores.CueTotal})"));
        }
        output.WriteLine($"score with: python3 ../shared/tools/eval_quotes.py --gold {gold} --pred {outPath}");
        return CommandLine.ExitOk;
    }

    /// <summary>Parses every gold document, writes the predictions as JSON lines (if a stream is given) and scores them.</summary>
    public static Result Measure(IEnumerable<string> goldLines, Stream? predictions = null)
    {
        var documents = 0;
        var scores = default(RelationScorer.Counts);
        using var json = predictions is null ? null : new Utf8JsonWriter(predictions, CommandLine.CompactJson);
        foreach (var line in goldLines)
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using var row = JsonDocument.Parse(line);
            var root = row.RootElement;
            var id = root.GetProperty("id").GetString()!;
            var text = root.GetProperty("text").GetString()!;
            DateTimeOffset? reference = root.TryGetProperty("meta", out var meta) && meta.TryGetProperty("publication_date", out var date)
                && DateTimeOffset.TryParse(date.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
            var parser = reference is null ? NewsParser.Default : NewsParser.Create(o => o with { ReferenceDate = reference });
            var article = parser.Parse(text);
            var preds = Predict(article);
            documents++;

            if (json is not null)
            {
                WritePredictions(json, id, preds);
                json.Flush();
                predictions!.WriteByte((byte)'\n');
                json.Reset();
            }

            var relations = preds.Select(static p => new RelationScorer.Relation(p.Spans, p.Kind, p.Speaker, p.SpeakerStart, p.SpeakerEnd, p.Cue, p.CueStart, p.CueEnd)).ToList();
            scores += RelationScorer.Score(text, RelationScorer.Read(root.GetProperty("quotes")), relations);
        }
        return new Result(documents, scores);
    }

    /// <summary>The article's claims as scorer relations, offsets mapped back to the input; claims sharing a cue are one relation.</summary>
    public static List<Prediction> Predict(Article article)
    {
        var byCue = new Dictionary<TextSpan, Prediction>();
        var list = new List<Prediction>();
        foreach (var claim in article.Claims)
        {
            var span = article.ToSourceSpan(claim.Span);
            TextSpan? cue = claim.Cue is { } c ? article.ToSourceSpan(c.Span) : null;
            if (cue is { } key && byCue.TryGetValue(key, out var existing))
            {
                existing.Spans.Add((span.Start, span.End));
                var merged = existing with { Start = Math.Min(existing.Start, span.Start), End = Math.Max(existing.End, span.End) };
                list[list.IndexOf(existing)] = merged;
                byCue[key] = merged;
                continue;
            }
            TextSpan? mention = claim.SourceMention is { } m ? article.ToSourceSpan(m.Span) : null;
            var kind = claim.QuoteIndex is { } q ? article.Quotes[q].Kind == QuoteKind.Direct ? "direct" : "mixed" : "indirect";
            var prediction = new Prediction(span.Start, span.End, [(span.Start, span.End)], claim.Source?.Name ?? claim.SourceMention?.Text,
                mention?.Start, mention?.End, claim.Cue?.Text, cue?.Start, cue?.End, kind);
            list.Add(prediction);
            if (cue is { } k)
                byCue[k] = prediction;
        }
        return list;
    }

    private static void WritePredictions(Utf8JsonWriter json, string id, List<Prediction> predictions)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteStartArray("quotes");
        foreach (var p in predictions)
        {
            json.WriteStartObject();
            json.WriteNumber("start", p.Start);
            json.WriteNumber("end", p.End);
            json.WriteStartArray("spans");
            foreach (var (start, end) in p.Spans)
            {
                json.WriteStartArray();
                json.WriteNumberValue(start);
                json.WriteNumberValue(end);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            WriteNullable(json, "speaker", p.Speaker);
            WriteNullable(json, "speaker_start", p.SpeakerStart);
            WriteNullable(json, "speaker_end", p.SpeakerEnd);
            WriteNullable(json, "cue", p.Cue);
            WriteNullable(json, "cue_start", p.CueStart);
            WriteNullable(json, "cue_end", p.CueEnd);
            json.WriteString("kind", p.Kind);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteString(name, value);
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
            json.WriteNumber(name, v);
        else
            json.WriteNull(name);
    }
}
