using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsParsing.Cli;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Html;

/// <summary>
/// Floors a little below the figures measured with the reference scorers (README "HTML input"), computed here
/// with the same metrics so a regression fails the build: body F1 over 4-token shingles, date accuracy on the
/// htmldate rows, title token F1 and author normalised-exact.
/// </summary>
public class HtmlMeasurementTests
{
    private static readonly Regex s_word = new(@"\w+", RegexOptions.None, TimeSpan.FromSeconds(5));

    [SharedDataFact]
    public void BodyExtraction_OnTheDevPages_MeetsTheFloor()
    {
        var dev = Path.Combine(RepoPaths.Shared!, "data", "html-extraction", "dev");
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(dev, "ground-truth.json")));
        var pages = truth.RootElement.EnumerateObject()
            .Select(p => (Id: p.Name, Gold: p.Value.GetProperty("articleBody").GetString() ?? "", Url: p.Value.TryGetProperty("url", out var u) ? u.GetString() : null))
            .ToList();
        var predictions = new ConcurrentDictionary<string, string>();
        Parallel.ForEach(pages, page => predictions[page.Id] = HtmlEvaluation.ParsePage(Path.Combine(dev, page.Id + ".html"), page.Url)?.Text ?? "");

        var f1 = ShingleF1(pages.Select(p => (p.Gold, predictions[p.Id])));

        Assert.True(pages.Count > 80, $"only {pages.Count} pages read");
        Assert.True(f1 >= 0.970, string.Create(CultureInfo.InvariantCulture, $"body F1 {f1:F3}"));
    }

    [SharedDataFact]
    public void DatesTitlesAuthors_OnTheDatesSet_MeetTheFloors()
    {
        var dev = Path.Combine(RepoPaths.Shared!, "data", "dates", "dev");
        var rows = File.ReadLines(Path.Combine(dev, "gold.jsonl")).Select(static l => JsonDocument.Parse(l).RootElement).ToList();
        var articles = new ConcurrentDictionary<string, Model.Article?>();
        Parallel.ForEach(rows, row =>
        {
            var id = row.GetProperty("id").GetString()!;
            articles[id] = HtmlEvaluation.ParsePage(Path.Combine(dev, id + ".html"), row.TryGetProperty("url", out var u) ? u.GetString() : null);
        });

        int dated = 0, right = 0, titled = 0, authored = 0, authorsRight = 0;
        double titleF1 = 0;
        foreach (var row in rows)
        {
            var article = articles[row.GetProperty("id").GetString()!];
            if (row.GetProperty("source").GetString() == "htmldate" && row.TryGetProperty("date", out var date))
            {
                dated++;
                var predicted = article?.Published?.ToString();
                if (predicted is not null && date.ValueKind == JsonValueKind.String && predicted[..10] == date.GetString())
                    right++;
            }
            if (row.TryGetProperty("title", out var title) && title.GetString() is { Length: > 0 } goldTitle)
            {
                titled++;
                titleF1 += TokenF1(article?.Headline ?? "", goldTitle);
            }
            if (row.TryGetProperty("author", out var author) && author.GetString() is { Length: > 0 } goldAuthor)
            {
                authored++;
                if (Normalise(string.Join(", ", article?.Authors ?? [])) == Normalise(goldAuthor))
                    authorsRight++;
            }
        }

        var accuracy = (double)right / dated;
        var meanTitleF1 = titleF1 / titled;
        var authorExact = (double)authorsRight / authored;
        Assert.True(accuracy >= 0.915, string.Create(CultureInfo.InvariantCulture, $"htmldate date accuracy {accuracy:F3}"));
        Assert.True(meanTitleF1 >= 0.92, string.Create(CultureInfo.InvariantCulture, $"title token F1 {meanTitleF1:F3}"));
        Assert.True(authorExact >= 0.74, string.Create(CultureInfo.InvariantCulture, $"author normalised exact {authorExact:F3}"));
    }

    // The metric of eval_html_extraction.py: mean per-page precision and recall over 4-token shingles.
    private static double ShingleF1(IEnumerable<(string Gold, string Predicted)> pages)
    {
        var precisions = new List<double>();
        var recalls = new List<double>();
        foreach (var (gold, predicted) in pages)
        {
            var g = Shingles(gold);
            var p = Shingles(predicted);
            var tp = 0;
            foreach (var (shingle, count) in p)
                tp += Math.Min(count, g.GetValueOrDefault(shingle));
            var pTotal = p.Values.Sum();
            var gTotal = g.Values.Sum();
            if (pTotal > 0)
                precisions.Add((double)tp / pTotal);
            if (gTotal > 0)
                recalls.Add((double)tp / gTotal);
        }
        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = recalls.Count == 0 ? 0 : recalls.Average();
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = s_word.Matches(text).Select(static m => m.Value).ToList();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count is > 0 and < 4)
            shingles[string.Join('\u0001', tokens)] = 1;
        for (var i = 0; i + 4 <= tokens.Count; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(4));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }

    // norm() and token_f1() of eval_dates.py.
    private static string Normalise(string text)
    {
        var s = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        s = string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return s.Trim(" \t-–—|:;,.\"'“”«»".ToCharArray());
    }

    private static double TokenF1(string predicted, string gold)
    {
        var a = s_word.Matches(Normalise(predicted)).GroupBy(static m => m.Value).ToDictionary(static g => g.Key, static g => g.Count());
        var b = s_word.Matches(Normalise(gold)).GroupBy(static m => m.Value).ToDictionary(static g => g.Key, static g => g.Count());
        if (a.Count == 0 && b.Count == 0)
            return 1;
        var common = a.Sum(kv => Math.Min(kv.Value, b.GetValueOrDefault(kv.Key)));
        if (common == 0)
            return 0;
        double p = (double)common / a.Values.Sum(), r = (double)common / b.Values.Sum();
        return 2 * p * r / (p + r);
    }
}
