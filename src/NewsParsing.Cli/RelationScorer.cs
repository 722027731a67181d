using System.Text.Json;

namespace NewsParsing.Cli;

/// <summary>
/// The overlap@0.5 measures of <c>../shared/tools/eval_quotes.py</c>, the reference scorer: word tokens covered by each
/// span, score = shared / max(gold, predicted), greedy one-to-one matching by descending score with in-scope gold
/// relations first, then speaker and cue accuracy and quote+speaker pairs on the matches. One port, for the summary
/// that <c>eval claims</c> prints and for the measurement tests' floors; the Python scorer decides the published figures.
/// </summary>
internal static class RelationScorer
{
    private const double Threshold = 0.5;

    private static readonly HashSet<string> s_ignoredNameTokens = [.. ("mr mrs ms miss dr sen senator rep representative gov governor president "
        + "pres gen general sir dame lord lady prof professor rev judge justice secretary minister herr frau jr sr ii iii iv").Split(' ')];

    /// <summary>One attribution relation in the scorer's schema (gold or predicted).</summary>
    public sealed record Relation(
        IReadOnlyList<(int Start, int End)> Spans, string? Kind,
        string? Speaker, int? SpeakerStart, int? SpeakerEnd,
        string? Cue, int? CueStart, int? CueEnd);

    /// <summary>Counts summed over documents, with the scorer's ratios.</summary>
    public readonly record struct Counts(
        int Gold, int Predicted, int Matched, int SpeakerTotal, int SpeakerCorrect, int EndToEnd, int CueTotal, int CueCorrect)
    {
        public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
        public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
        public double F1 => Harmonic(Matched);
        public double SpeakerAccuracy => SpeakerTotal == 0 ? 0 : (double)SpeakerCorrect / SpeakerTotal;
        public double CueAccuracy => CueTotal == 0 ? 0 : (double)CueCorrect / CueTotal;
        public double EndToEndF1 => Harmonic(EndToEnd);

        public static Counts operator +(Counts a, Counts b) => new(
            a.Gold + b.Gold, a.Predicted + b.Predicted, a.Matched + b.Matched, a.SpeakerTotal + b.SpeakerTotal,
            a.SpeakerCorrect + b.SpeakerCorrect, a.EndToEnd + b.EndToEnd, a.CueTotal + b.CueTotal, a.CueCorrect + b.CueCorrect);

        private double Harmonic(int hits)
        {
            var p = Predicted == 0 ? 0 : (double)hits / Predicted;
            var r = Gold == 0 ? 0 : (double)hits / Gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /// <summary>The relations of a <c>"quotes"</c> array; <c>spans</c> fragments when given, else <c>start</c>/<c>end</c>.</summary>
    public static List<Relation> Read(JsonElement quotes)
    {
        var relations = new List<Relation>();
        foreach (var q in quotes.EnumerateArray())
        {
            var spans = new List<(int, int)>();
            if (q.TryGetProperty("spans", out var fragments) && fragments.ValueKind == JsonValueKind.Array && fragments.GetArrayLength() > 0)
            {
                foreach (var f in fragments.EnumerateArray())
                    spans.Add((f[0].GetInt32(), f[1].GetInt32()));
            }
            else
            {
                spans.Add((q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32()));
            }
            relations.Add(new Relation(spans, String(q, "kind"), String(q, "speaker"), Int(q, "speaker_start"), Int(q, "speaker_end"),
                String(q, "cue"), Int(q, "cue_start"), Int(q, "cue_end")));
        }
        return relations;
    }

    /// <summary>
    /// Scores one document. <paramref name="inScope"/> selects the gold kinds scored (the scorer's <c>--kinds</c>;
    /// null: all): out-of-scope gold relations only take leftover predictions, which then count neither way.
    /// </summary>
    public static Counts Score(string text, IReadOnlyList<Relation> gold, IReadOnlyList<Relation> predicted, Func<string?, bool>? inScope = null)
    {
        var tokens = new WordTokens(text);
        var scoped = gold.Select(g => inScope?.Invoke(g.Kind) ?? true).ToArray();
        var goldCover = gold.Select(g => tokens.Cover(g.Spans)).ToArray();
        var predCover = predicted.Select(p => tokens.Cover(p.Spans)).ToArray();
        var pairs = new List<(double Score, int Gold, int Pred)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                if (goldCover[g].Count == 0 || predCover[p].Count == 0)
                    continue;
                var shared = goldCover[g].Count(predCover[p].Contains);
                var score = (double)shared / Math.Max(goldCover[g].Count, predCover[p].Count);
                if (shared > 0 && score >= Threshold)
                    pairs.Add((score, g, p));
            }
        }
        var usedGold = new HashSet<int>();
        var usedPred = new HashSet<int>();
        int matched = 0, ignored = 0, speakerTotal = 0, speakerCorrect = 0, endToEnd = 0, cueTotal = 0, cueCorrect = 0;
        foreach (var (_, g, p) in pairs.OrderBy(x => !scoped[x.Gold]).ThenByDescending(static x => x.Score).ThenBy(static x => x.Gold).ThenBy(static x => x.Pred))
        {
            if (usedGold.Contains(g) || usedPred.Contains(p))
                continue;
            usedGold.Add(g);
            usedPred.Add(p);
            if (!scoped[g])
            {
                ignored++;
                continue;
            }
            matched++;
            var (goldRelation, prediction) = (gold[g], predicted[p]);
            if (goldRelation.Speaker is null)
            {
                endToEnd += string.IsNullOrEmpty(prediction.Speaker) ? 1 : 0;
            }
            else
            {
                speakerTotal++;
                if (Overlaps(goldRelation.SpeakerStart, goldRelation.SpeakerEnd, prediction.SpeakerStart, prediction.SpeakerEnd)
                    || NamesMatch(goldRelation.Speaker, prediction.Speaker))
                {
                    speakerCorrect++;
                    endToEnd++;
                }
            }
            if (goldRelation.Cue is { } cue)
            {
                cueTotal++;
                var a = cue.ToLowerInvariant().Trim();
                var b = (prediction.Cue ?? "").ToLowerInvariant().Trim();
                if (Overlaps(goldRelation.CueStart, goldRelation.CueEnd, prediction.CueStart, prediction.CueEnd)
                    || a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)))
                    cueCorrect++;
            }
        }
        return new Counts(scoped.Count(static s => s), predicted.Count - ignored, matched, speakerTotal, speakerCorrect, endToEnd, cueTotal, cueCorrect);
    }

    /// <summary>The scorer's name match: equal token lists, or the last token of one among the other's.</summary>
    private static bool NamesMatch(string a, string? b)
    {
        var ta = NameTokens(a);
        var tb = NameTokens(b ?? "");
        return ta.Count > 0 && tb.Count > 0 && (ta.SequenceEqual(tb) || tb.Contains(ta[^1]) || ta.Contains(tb[^1]));
    }

    /// <summary>Lower case, parenthesised text and possessive 's dropped, honorifics and suffixes ignored.</summary>
    private static List<string> NameTokens(string name)
    {
        var lower = name.ToLowerInvariant();
        var tokens = new List<string>();
        for (var i = 0; i < lower.Length;)
        {
            // A parenthesised part ("(R-Texas)") is dropped when it closes.
            if (lower[i] == '(' && lower.IndexOf(')', i + 1) is var close and > 0)
            {
                i = close + 1;
                continue;
            }
            if (!IsWordChar(lower[i]))
            {
                i++;
                continue;
            }
            var j = i;
            while (j < lower.Length && IsWordChar(lower[j]))
                j++;
            var token = lower[i..j];
            // "Trump's" → "trump": an 's after an apostrophe is a possessive, not a token.
            var possessive = token == "s" && i > 0 && lower[i - 1] is '\'' or '\u2019';
            if (!possessive && !s_ignoredNameTokens.Contains(token))
                tokens.Add(token);
            i = j;
        }
        return tokens;
    }

    private static bool Overlaps(int? a0, int? a1, int? b0, int? b1) =>
        a0 is { } x0 && a1 is { } x1 && b0 is { } y0 && b1 is { } y1 && Math.Max(x0, y0) < Math.Min(x1, y1);

    /// <summary>Python's <c>\w</c>: letters, digits, connector punctuation and combining marks.</summary>
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.ConnectorPunctuation
            or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static string? String(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    /// <summary>The word tokens of a text, for the indices a span covers.</summary>
    private sealed class WordTokens
    {
        private readonly List<int> _starts = [];
        private readonly List<int> _ends = [];

        public WordTokens(string text)
        {
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
                _starts.Add(i);
                _ends.Add(j);
                i = j;
            }
        }

        public HashSet<int> Cover(IReadOnlyList<(int Start, int End)> spans)
        {
            var covered = new HashSet<int>();
            foreach (var (start, end) in spans)
            {
                // The first token ending after the span's start, as the scorer's bisect_right.
                var k = _ends.BinarySearch(start + 1);
                if (k < 0)
                    k = ~k;
                for (; k < _starts.Count && _starts[k] < end; k++)
                    covered.Add(k);
            }
            return covered;
        }
    }
}
