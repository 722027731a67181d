using System.Text.Json;
using NewsParsing.Model;

namespace NewsParsing.Cli;

/// <summary>
/// <c>newsparse eval quotes [--gold FILE] [--out FILE] [--nested]</c>: parses each gold text (<c>{"id", "text", ...}</c>
/// lines, default <c>quotes/polnear/dev.jsonl</c> of the shared data) through the same path as <c>--jsonl</c>
/// plain-text input and writes predictions in the schema of <c>../shared/tools/eval_quotes.py</c>, to score with
/// <c>python3 ../shared/tools/eval_quotes.py --gold GOLD --pred FILE --kinds direct,mixed</c>.
/// </summary>
/// <remarks>
/// One prediction is one attribution relation, as in the gold data: the quotes that share a cue (a quote
/// continued after its attribution) are written as one relation with a fragment per quote. Scare and headline
/// quotes have no source and are not attributions, so they are not written; a partial quote is scored as the
/// corpus's <c>mixed</c>. Offsets are mapped back to the input text with <see cref="Article.ToSourceSpan"/>.
/// <c>--nested</c> selects the scheme of corpora that annotate a quoted phrase inside reported speech twice, as the
/// reported clause (<c>mixed</c>) and as the quoted words alone (<c>direct</c>), one relation per quotation (the
/// German Wikinews corpus): each partial or mixed quote is then also written as its quoted words, and quotes that
/// share a cue are not joined.
/// </remarks>
internal static class QuoteEvaluation
{
    public static int Run(string data, string[] args, TextWriter output)
    {
        var gold = Evaluation.OptionValue(args, "--gold") ?? Path.Combine(data, "quotes", "polnear", "dev.jsonl");
        if (!File.Exists(gold))
        {
            output.WriteLine($"eval quotes: {gold} not found.");
            return CommandLine.ExitUsage;
        }
        var outPath = Evaluation.OptionValue(args, "--out");
        var parser = NewsParser.Default;
        // The caller names the corpus's scheme; the gold annotations are never read to choose how to predict.
        var nested = Array.IndexOf(args, "--nested") >= 0;
        var lines = File.ReadLines(gold)
            .Where(static line => !string.IsNullOrWhiteSpace(line))
            .AsParallel()
            .AsOrdered()
            .Select(line => Predict(parser, line, nested));
        var count = 0;
        var relations = 0;
        using (var target = outPath is null ? null : new StreamWriter(outPath))
        {
            var writer = target ?? output;
            foreach (var (json, n) in lines)
            {
                writer.WriteLine(json);
                count++;
                relations += n;
            }
        }
        if (outPath is not null)
        {
            output.WriteLine($"eval quotes: {count} articles, {relations} predicted relations written to {outPath}.");
            output.WriteLine($"score: python3 ../shared/tools/eval_quotes.py --gold {gold} --pred {outPath} --kinds direct,mixed");
        }
        return CommandLine.ExitOk;
    }

    internal static (string Json, int Relations) Predict(NewsParser parser, string line, bool nested = false)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var text = root.GetProperty("text").GetString() ?? "";
        var article = parser.Parse(text);
        using var buffer = new MemoryStream();
        var relations = 0;
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WritePropertyName("id");
            root.GetProperty("id").WriteTo(json);
            json.WriteStartArray("quotes");
            var quotes = article.Quotes;
            for (var i = 0; i < quotes.Length; i++)
            {
                var quote = quotes[i];
                if (quote.Kind is QuoteKind.Scare or QuoteKind.Headline)
                    continue;
                // The quotes after this one that continue it (same cue) join it as fragments.
                var last = i;
                while (!nested && last + 1 < quotes.Length && quote.Cue is { } cue && quotes[last + 1].Cue?.Span == cue.Span)
                    last++;
                WriteRelation(json, article, quotes.AsSpan(i, last - i + 1));
                relations++;
                if (nested && quote.Kind is QuoteKind.Partial or QuoteKind.Mixed)
                    relations += WriteQuotedWords(json, article, quote);
                i = last;
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return (System.Text.Encoding.UTF8.GetString(buffer.ToArray()), relations);
    }

    /// <summary>Writes each quotation inside a partial or mixed quote's clause as a direct relation of its speaker.</summary>
    private static int WriteQuotedWords(Utf8JsonWriter json, Article article, Quote quote)
    {
        foreach (var span in quote.Quoted)
            WriteRelation(json, article, [quote with { Span = span, Kind = QuoteKind.Direct }]);
        return quote.Quoted.Length;
    }

    private static void WriteRelation(Utf8JsonWriter json, Article article, ReadOnlySpan<Quote> parts)
    {
        var first = parts[0];
        var start = article.ToSourceSpan(first.Span).Start;
        var end = article.ToSourceSpan(parts[^1].Span).End;
        json.WriteStartObject();
        json.WriteNumber("start", start);
        json.WriteNumber("end", end);
        json.WriteString("kind", first.Kind == QuoteKind.Direct ? "direct" : "mixed");
        json.WriteStartArray("spans");
        foreach (var part in parts)
        {
            var span = article.ToSourceSpan(part.Span);
            json.WriteStartArray();
            json.WriteNumberValue(span.Start);
            json.WriteNumberValue(span.End);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        if (first.Speaker is { } speaker)
            json.WriteString("speaker", speaker.Name);
        else
            json.WriteNull("speaker");
        WriteSpan(json, article, first.SpeakerMention?.Span, "speaker_start", "speaker_end");
        if (first.Cue is { } cue)
            json.WriteString("cue", cue.Text);
        else
            json.WriteNull("cue");
        WriteSpan(json, article, first.Cue?.Span, "cue_start", "cue_end");
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, Article article, TextSpan? span, string startName, string endName)
    {
        if (span is { } value)
        {
            var source = article.ToSourceSpan(value);
            json.WriteNumber(startName, source.Start);
            json.WriteNumber(endName, source.End);
        }
        else
        {
            json.WriteNull(startName);
            json.WriteNull(endName);
        }
    }
}
