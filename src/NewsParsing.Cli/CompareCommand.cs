using System.Text.Json;
using NewsParsing.Model;

namespace NewsParsing.Cli;

/// <summary>
/// <c>newsparse compare [--pretty] A B [C...]</c>: parses two or more articles about one event and writes the
/// comparison report as one JSON object: the same quotations across outlets, conflicting claims, and dates or
/// numbers that disagree, each finding with its span (offsets into each input file) in both articles.
/// </summary>
internal static class CompareCommand
{
    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        var pretty = args.Contains("--pretty");
        var files = args.Where(static a => a != "--pretty").ToList();
        if (files.Count < 2 || files.Any(static f => f.StartsWith('-')))
        {
            stderr.WriteLine("newsparse compare: give two or more article files: newsparse compare [--pretty] A B [C...]");
            return CommandLine.ExitUsage;
        }
        var articles = new List<Article>();
        foreach (var file in files)
        {
            try
            {
                using var stream = File.OpenRead(file);
                articles.Add(NewsParser.Default.Parse(stream));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NewsParsingException)
            {
                stderr.WriteLine($"newsparse compare: '{file}': {e.Message}");
                return CommandLine.ExitSomeFailed;
            }
        }
        var report = ArticleComparer.Compare(articles);
        using (var json = new Utf8JsonWriter(stdout, pretty ? CommandLine.IndentedJson : CommandLine.CompactJson))
            Write(json, files, articles, report);
        stdout.WriteByte((byte)'\n');
        stdout.Flush();
        return CommandLine.ExitOk;
    }

    /// <summary>The report as JSON: <c>articles</c> (the file names) and <c>findings</c>.</summary>
    public static void Write(Utf8JsonWriter json, IReadOnlyList<string> names, IReadOnlyList<Article> articles, ComparisonReport report)
    {
        json.WriteStartObject();
        json.WriteStartArray("articles");
        foreach (var name in names)
            json.WriteStringValue(Path.GetFileName(name));
        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(finding.Kind.ToString()));
            json.WriteNumber("score", finding.Score);
            json.WriteString("description", finding.Description);
            WritePlace(json, "first", articles, finding.First);
            WritePlace(json, "second", articles, finding.Second);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePlace(Utf8JsonWriter json, string name, IReadOnlyList<Article> articles, ArticleSpan place)
    {
        var source = articles[place.Article].ToSourceSpan(place.Span);
        json.WriteStartObject(name);
        json.WriteNumber("article", place.Article);
        json.WriteNumber("start", source.Start);
        json.WriteNumber("end", source.End);
        json.WriteString("text", place.Text);
        json.WriteEndObject();
    }
}
