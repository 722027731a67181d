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
    /// <summary>Headline figures: overlap@0.5 P/R/F1 on content, source and cue accuracy on the matched pairs.</summary>
    public sealed record Result(int Documents, int Gold, int Predicted, int Matched, int SourceCorrect, int SourceTotal, int CueCorrect, int CueTotal)
    {
        public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
        public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
        public double SourceAccuracy => SourceTotal == 0 ? 0 : (double)SourceCorrect / SourceTotal;
        public double CueAccuracy => CueTotal == 0 ? 0 : (double)CueCorrect / CueTotal;
    }

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
            output.WriteLine($"predictions written to {outPath}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"docs {result.Documents}; gold {result.Gold}; predicted {result.Predicted}; content overlap@0.5 P/R/F1 {result.Precision:F3}/{result.Recall:F3}/{result.F1:F3}; source accuracy {result.SourceAccuracy:F3} (n={result.SourceTotal}); cue accuracy {result.CueAccuracy:F3} (n={result.CueTotal})"));
        }
        output.WriteLine($"score with: python3 ../shared/tools/eval_quotes.py --gold {gold} --pred {outPath}");
        return CommandLine.ExitOk;
    }

    /// <summary>Parses every gold document, writes the predictions as JSON lines (if a stream is given) and scores them.</summary>
    public static Result Measure(IEnumerable<string> goldLines, Stream? predictions = null)
    {
        int documents = 0, gold = 0, predicted = 0, matched = 0, sourceOk = 0, sourceN = 0, cueOk = 0, cueN = 0;
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

            var goldQuotes = root.GetProperty("quotes").EnumerateArray().ToList();
            gold += goldQuotes.Count;
            predicted += preds.Count;
            var score = Score(text, goldQuotes, preds);
            matched += score.Matched;
            sourceOk += score.SourceCorrect;
            sourceN += score.SourceTotal;
            cueOk += score.CueCorrect;
            cueN += score.CueTotal;
        }
        return new Result(documents, gold, predicted, matched, sourceOk, sourceN, cueOk, cueN);
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

    private readonly record struct DocumentScore(int Matched, int SourceCorrect, int SourceTotal, int CueCorrect, int CueTotal);

    /// <summary>The scorer's overlap@0.5: word tokens shared / max(gold, predicted) ≥ 0.5, greedy one-to-one by score.</summary>
    private static DocumentScore Score(string text, List<JsonElement> gold, List<Prediction> predictions)
    {
        var wordStarts = new List<int>();
        var wordEnds = new List<int>();
        for (var i = 0; i < text.Length;)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var j = i;
            while (j < text.Length && IsWordChar(text[j]))
                j++;
            wordStarts.Add(i);
            wordEnds.Add(j);
            i = j;
        }
        HashSet<int> Cover(IEnumerable<(int Start, int End)> fragments)
        {
            var set = new HashSet<int>();
            foreach (var (s, e) in fragments)
            {
                var k = wordEnds.BinarySearch(s + 1);
                if (k < 0)
                    k = ~k;
                for (; k < wordStarts.Count && wordStarts[k] < e; k++)
                {
                    if (wordEnds[k] > s)
                        set.Add(k);
                }
            }
            return set;
        }
        var goldTokens = gold.Select(g => Cover(GoldFragments(g))).ToList();
        var predTokens = predictions.Select(p => Cover(p.Spans)).ToList();
        var pairs = new List<(double Score, int Gold, int Pred)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predictions.Count; p++)
            {
                if (goldTokens[g].Count == 0 || predTokens[p].Count == 0)
                    continue;
                var shared = goldTokens[g].Count(predTokens[p].Contains);
                var score = (double)shared / Math.Max(goldTokens[g].Count, predTokens[p].Count);
                if (shared > 0 && score >= 0.5)
                    pairs.Add((score, g, p));
            }
        }
        var usedGold = new HashSet<int>();
        var usedPred = new HashSet<int>();
        int matched = 0, sourceOk = 0, sourceN = 0, cueOk = 0, cueN = 0;
        foreach (var (_, g, p) in pairs.OrderByDescending(static x => x.Score).ThenBy(static x => x.Gold).ThenBy(static x => x.Pred))
        {
            if (!usedGold.Add(g))
                continue;
            if (!usedPred.Add(p))
            {
                usedGold.Remove(g);
                continue;
            }
            matched++;
            var goldQuote = gold[g];
            var prediction = predictions[p];
            if (Str(goldQuote, "speaker") is { } speaker)
            {
                sourceN++;
                if (Overlaps(Int(goldQuote, "speaker_start"), Int(goldQuote, "speaker_end"), prediction.SpeakerStart, prediction.SpeakerEnd)
                    || NamesMatch(speaker, prediction.Speaker))
                    sourceOk++;
            }
            if (Str(goldQuote, "cue") is { } cue)
            {
                cueN++;
                var a = cue.ToLowerInvariant().Trim();
                var b = (prediction.Cue ?? "").ToLowerInvariant().Trim();
                if (Overlaps(Int(goldQuote, "cue_start"), Int(goldQuote, "cue_end"), prediction.CueStart, prediction.CueEnd)
                    || a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)))
                    cueOk++;
            }
        }
        return new DocumentScore(matched, sourceOk, sourceN, cueOk, cueN);
    }

    private static IEnumerable<(int, int)> GoldFragments(JsonElement quote)
    {
        if (quote.TryGetProperty("spans", out var spans) && spans.ValueKind == JsonValueKind.Array && spans.GetArrayLength() > 0)
            return spans.EnumerateArray().Select(static s => (s[0].GetInt32(), s[1].GetInt32())).ToList();
        return [(quote.GetProperty("start").GetInt32(), quote.GetProperty("end").GetInt32())];
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static bool Overlaps(int? a0, int? a1, int? b0, int? b1) =>
        a0 is { } x0 && a1 is { } x1 && b0 is { } y0 && b1 is { } y1 && Math.Max(x0, y0) < Math.Min(x1, y1);

    /// <summary>The scorer's name match: equal token lists, or the last token of one among the other's.</summary>
    private static bool NamesMatch(string a, string? b)
    {
        var ta = NameTokens(a);
        var tb = NameTokens(b ?? "");
        if (ta.Count == 0 || tb.Count == 0)
            return false;
        return ta.SequenceEqual(tb) || tb.Contains(ta[^1]) || ta.Contains(tb[^1]);
    }

    private static readonly HashSet<string> s_honorifics = ["mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov", "governor",
        "president", "pres", "gen", "general", "sir", "dame", "lord", "lady", "prof", "professor", "rev", "judge", "justice", "secretary", "minister",
        "herr", "frau", "jr", "sr", "ii", "iii", "iv"];

    private static List<string> NameTokens(string name)
    {
        var lower = name.ToLowerInvariant().Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal);
        var tokens = new List<string>();
        for (var i = 0; i < lower.Length;)
        {
            if (!IsWordChar(lower[i]))
            {
                i++;
                continue;
            }
            var j = i;
            while (j < lower.Length && IsWordChar(lower[j]))
                j++;
            var token = lower[i..j];
            if (!s_honorifics.Contains(token))
                tokens.Add(token);
            i = j;
        }
        return tokens;
    }
}
