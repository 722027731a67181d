using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsParsing.Model;

namespace NewsParsing.Cli;

/// <summary>
/// Renders the gold rows that have a title, date and body (source <c>naeb</c> of the dates data) as dumps in
/// the seed format, <c> date YYYY-MM-DD &lt;title&gt; &lt;first paragraph&gt;</c> then the other paragraphs
/// after blank lines, parses them, and reports how often the headline/lede boundary and the paragraphs come out right.
/// </summary>
internal static class DumpEvaluation
{
    public sealed record Result(int Articles, int HeadlineExact, int BoundaryExact, int ParagraphsExact, int GoldParagraphs, int PredictedParagraphs, int MatchedParagraphs, int InventedHeadlines)
    {
        public double Precision => PredictedParagraphs == 0 ? 0 : (double)MatchedParagraphs / PredictedParagraphs;
        public double Recall => GoldParagraphs == 0 ? 0 : (double)MatchedParagraphs / GoldParagraphs;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    public static int Run(string data, TextWriter output)
    {
        var gold = Path.Combine(data, "dates", "dev", "gold.jsonl");
        if (!File.Exists(gold))
        {
            output.WriteLine($"eval dumps: {gold} not found.");
            return CommandLine.ExitUsage;
        }
        var result = Measure(File.ReadLines(gold), NewsParser.Default, output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"articles {result.Articles}; headline exact {Pct(result.HeadlineExact, result.Articles)}; headline+lede boundary exact {Pct(result.BoundaryExact, result.Articles)}; all paragraphs exact {Pct(result.ParagraphsExact, result.Articles)}; paragraph P/R/F1 {result.Precision:F3}/{result.Recall:F3}/{result.F1:F3}; headline invented on the same dumps without a title {Pct(result.InventedHeadlines, result.Articles)}"));
        return CommandLine.ExitOk;
    }

    public static Result Measure(IEnumerable<string> goldLines, NewsParser parser, TextWriter? misses = null)
    {
        int articles = 0, invented = 0, headlineExact = 0, boundaryExact = 0, paragraphsExact = 0, gold = 0, predicted = 0, matched = 0;
        foreach (var line in goldLines)
        {
            using var row = JsonDocument.Parse(line);
            var root = row.RootElement;
            if (!root.TryGetProperty("source", out var source) || source.GetString() != "naeb"
                || !root.TryGetProperty("body", out var bodyElement) || bodyElement.GetString() is not { Length: > 0 } body
                || !root.TryGetProperty("title", out var titleElement) || titleElement.GetString() is not { Length: > 0 } title
                || !root.TryGetProperty("date", out var dateElement) || dateElement.GetString() is not { } date)
                continue;
            var paragraphs = body.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (paragraphs.Length == 0)
                continue;
            articles++;
            var dump = new StringBuilder().Append(" date ").Append(date).Append(' ').Append(Collapse(title)).Append(' ').Append(paragraphs[0]);
            foreach (var paragraph in paragraphs.Skip(1))
                dump.Append("\n\n").Append(paragraph);
            var article = parser.Parse(dump.ToString());

            // The same dump without its title must come out with no headline: one is never invented.
            var untitled = parser.Parse(" date " + date + " " + dump.ToString()[(6 + date.Length + 1 + Collapse(title).Length + 1)..]);
            if (untitled.Headline is not null)
            {
                invented++;
                misses?.WriteLine($"  invented {root.GetProperty("id").GetString()}: [{untitled.Headline}]");
            }

            var headlineOk = article.Headline is { } headline && Collapse(headline) == Collapse(title);
            // The lede matches its gold paragraph, less a dateline the parser strips by design ("WASHINGTON (AP) — ").
            var ledeOk = article.Body.Length > 0 && (article.Body[0].Text == paragraphs[0]
                || article.Dateline is { } dateline && paragraphs[0].StartsWith(dateline, StringComparison.Ordinal) && paragraphs[0].EndsWith(article.Body[0].Text, StringComparison.Ordinal));
            if (headlineOk)
                headlineExact++;
            if (headlineOk && ledeOk)
                boundaryExact++;
            else
                misses?.WriteLine($"  miss {root.GetProperty("id").GetString()}: headline [{article.Headline}] gold [{title}]");

            var blocks = article.Body.Select(static b => b.Text).ToList();
            if (blocks.SequenceEqual(paragraphs))
                paragraphsExact++;
            gold += paragraphs.Length;
            predicted += blocks.Count;
            var pool = paragraphs.GroupBy(static p => p).ToDictionary(static g => g.Key, static g => g.Count());
            foreach (var block in blocks)
            {
                if (pool.TryGetValue(block, out var n) && n > 0)
                {
                    matched++;
                    pool[block] = n - 1;
                }
            }
        }
        return new Result(articles, headlineExact, boundaryExact, paragraphsExact, gold, predicted, matched, invented);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Pct(int part, int whole) =>
        whole == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{part}/{whole} ({100.0 * part / whole:F1}%)");
}
