using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsParsing.Model;

namespace NewsParsing.Cli;

/// <summary>
/// <c>newsparse eval html</c> and <c>newsparse eval dates</c>: parse the shared pages (from their bytes, with
/// their URL as a caller would pass it) and write prediction files for the reference scorers in
/// <c>../shared/tools</c>, then print the commands that score them. Nothing is written into the repository.
/// </summary>
internal static class HtmlEvaluation
{
    /// <summary>Bodies of the extraction benchmark pages and of the dates set's <c>naeb</c> rows.</summary>
    public static int RunHtml(string data, string outputDirectory, TextWriter output)
    {
        var dev = Path.Combine(data, "html-extraction", "dev");
        var truth = Path.Combine(dev, "ground-truth.json");
        if (!File.Exists(truth))
        {
            output.WriteLine($"eval html: {truth} not found.");
            return CommandLine.ExitUsage;
        }
        Directory.CreateDirectory(outputDirectory);
        using var truthDocument = JsonDocument.Parse(File.ReadAllText(truth));
        var pages = new List<(string Id, string File, string? Url)>();
        foreach (var page in truthDocument.RootElement.EnumerateObject())
        {
            var file = Path.Combine(dev, page.Name + ".html");
            if (File.Exists(file))
                pages.Add((page.Name, file, page.Value.TryGetProperty("url", out var url) ? url.GetString() : null));
        }
        var predictions = Path.Combine(outputDirectory, "html-preds.jsonl");
        var elapsed = WriteBodies(pages, predictions);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pages.Count} pages parsed in {elapsed.TotalSeconds:F1} s; predictions: {predictions}"));
        output.WriteLine($"  python3 ../shared/tools/eval_html_extraction.py --gold {dev} --pred {predictions}");

        // The naeb rows of the dates set carry a gold body: a second, independent body check.
        var datesDev = Path.Combine(data, "dates", "dev");
        var gold = Path.Combine(datesDev, "gold.jsonl");
        if (File.Exists(gold))
        {
            var naeb = new List<(string Id, string File, string? Url)>();
            var naebGold = new Dictionary<string, Dictionary<string, string>>();
            foreach (var line in File.ReadLines(gold))
            {
                using var row = JsonDocument.Parse(line);
                var root = row.RootElement;
                if (root.GetProperty("source").GetString() != "naeb" || !root.TryGetProperty("body", out var body))
                    continue;
                var id = root.GetProperty("id").GetString()!;
                naeb.Add((id, Path.Combine(datesDev, id + ".html"), root.TryGetProperty("url", out var url) ? url.GetString() : null));
                naebGold[id] = new Dictionary<string, string> { ["articleBody"] = body.GetString() ?? "" };
            }
            var naebTruth = Path.Combine(outputDirectory, "naeb-ground-truth.json");
            File.WriteAllText(naebTruth, GroundTruthJson(naebGold));
            var naebPredictions = Path.Combine(outputDirectory, "naeb-preds.jsonl");
            WriteBodies(naeb, naebPredictions);
            output.WriteLine($"{naeb.Count} naeb pages; gold bodies copied to {naebTruth} (outside the repository)");
            output.WriteLine($"  python3 ../shared/tools/eval_html_extraction.py --gold {naebTruth} --pred {naebPredictions}");
        }
        return CommandLine.ExitOk;
    }

    /// <summary>Dates, titles and authors of every page of the dates set.</summary>
    public static int RunDates(string data, string outputDirectory, TextWriter output)
    {
        var dev = Path.Combine(data, "dates", "dev");
        var gold = Path.Combine(dev, "gold.jsonl");
        if (!File.Exists(gold))
        {
            output.WriteLine($"eval dates: {gold} not found.");
            return CommandLine.ExitUsage;
        }
        Directory.CreateDirectory(outputDirectory);
        var pages = new List<(string Id, string File, string? Url)>();
        foreach (var line in File.ReadLines(gold))
        {
            using var row = JsonDocument.Parse(line);
            var root = row.RootElement;
            var id = root.GetProperty("id").GetString()!;
            pages.Add((id, Path.Combine(dev, id + ".html"), root.TryGetProperty("url", out var url) ? url.GetString() : null));
        }
        var results = new ConcurrentDictionary<string, string>();
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = 2 }, page =>
        {
            var article = ParsePage(page.File, page.Url);
            results[page.Id] = JsonObject(
                ("id", page.Id),
                ("date", article?.Published?.ToString()),
                ("modified", article?.Metadata.Modified?.ToString()),
                ("title", article?.Headline),
                ("author", article is null ? null : string.Join(", ", article.Authors)));
        });
        var predictions = Path.Combine(outputDirectory, "dates-preds.jsonl");
        File.WriteAllLines(predictions, pages.Select(p => results[p.Id]));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pages.Count} pages parsed in {clock.Elapsed.TotalSeconds:F1} s; predictions: {predictions}"));
        output.WriteLine($"  python3 ../shared/tools/eval_dates.py --gold {dev} --pred {predictions}");
        return CommandLine.ExitOk;
    }

    private static TimeSpan WriteBodies(List<(string Id, string File, string? Url)> pages, string path)
    {
        var results = new ConcurrentDictionary<string, string>();
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = 2 }, page =>
        {
            var article = ParsePage(page.File, page.Url);
            results[page.Id] = JsonObject(("id", page.Id), ("text", article?.Text ?? ""));
        });
        var elapsed = clock.Elapsed;
        File.WriteAllLines(path, pages.Select(p => results[p.Id]), new UTF8Encoding(false));
        return elapsed;
    }

    // Written by hand with Utf8JsonWriter: the CLI is AOT-compatible, so no reflection-based serialisation.
    private static string JsonObject(params (string Name, string? Value)[] fields) => WriteJson(json =>
    {
        json.WriteStartObject();
        foreach (var (name, value) in fields)
        {
            if (value is null)
                json.WriteNull(name);
            else
                json.WriteString(name, value);
        }
        json.WriteEndObject();
    });

    private static string GroundTruthJson(Dictionary<string, Dictionary<string, string>> gold) => WriteJson(json =>
    {
        json.WriteStartObject();
        foreach (var (id, fields) in gold)
        {
            json.WriteStartObject(id);
            foreach (var (name, value) in fields)
                json.WriteString(name, value);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    });

    private static string WriteJson(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, CommandLine.CompactJson))
            write(json);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static Article? ParsePage(string file, string? url)
    {
        if (!File.Exists(file))
            return null;
        using var stream = File.OpenRead(file);
        return NewsParser.Default.ParseHtml(stream, Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null);
    }
}
