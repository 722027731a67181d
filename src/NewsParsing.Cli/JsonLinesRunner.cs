using System.Text.Json;

namespace NewsParsing.Cli;

/// <summary>
/// <c>newsparse --jsonl</c>: reads <c>{"id", "text"}</c> or <c>{"id", "html", "url"?}</c> lines, parses them
/// in parallel across cores, and writes one line per input in input order. A bad line gets an output line with
/// an <c>error</c> field; the run goes on.
/// </summary>
internal static class JsonLinesRunner
{
    public static int Run(INewsParser parser, TextReader input, Stream output)
    {
        var failed = 0;
        var results = ReadLines(input)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(line => Process(parser, line));
        foreach (var bytes in results)
        {
            if (bytes.Failed)
                Interlocked.Increment(ref failed);
            output.Write(bytes.Json);
            output.WriteByte((byte)'\n');
        }
        output.Flush();
        return failed == 0 ? CommandLine.ExitOk : CommandLine.ExitSomeFailed;
    }

    private static IEnumerable<string> ReadLines(TextReader input)
    {
        while (input.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
                yield return line;
        }
    }

    internal readonly record struct Output(byte[] Json, bool Failed);

    internal static Output Process(INewsParser parser, string line)
    {
        var buffer = new MemoryStream();
        using var json = new Utf8JsonWriter(buffer, CommandLine.CompactJson);
        var id = InputId.None;
        var failed = false;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new FormatException("The line is not a JSON object.");
            if (root.TryGetProperty("id", out var idElement))
                id = new InputId(idElement);
            var url = root.TryGetProperty("url", out var urlElement) && urlElement.ValueKind == JsonValueKind.String
                && Uri.TryCreate(urlElement.GetString(), UriKind.Absolute, out var parsed) ? parsed : null;
            var article = root.TryGetProperty("html", out var html) && html.ValueKind == JsonValueKind.String
                ? parser.ParseHtml(html.GetString()!, url)
                : root.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
                    ? parser.Parse(text.GetString()!)
                    : throw new FormatException("The line has no string \"text\" or \"html\" field.");
            ArticleJsonWriter.Write(json, id, article);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failed = true;
            json.Reset();
            buffer.SetLength(0);
            ArticleJsonWriter.WriteError(json, id, e.Message);
        }
        json.Flush();
        return new Output(buffer.ToArray(), failed);
    }
}
