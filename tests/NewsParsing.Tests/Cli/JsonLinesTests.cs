using System.Text;
using System.Text.Json;
using NewsParsing.Cli;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Cli;

/// <summary>The <c>newsparse --jsonl</c> contract that every measurement goes through.</summary>
public class JsonLinesTests
{
    private static List<JsonElement> RunJsonl(string input, out int exitCode)
    {
        using var stdout = new MemoryStream();
        exitCode = CommandLine.Run(["--jsonl"], new StringReader(input), stdout, TextWriter.Null);
        return Encoding.UTF8.GetString(stdout.ToArray())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
    }

    [Fact]
    public void OutputsOneLinePerInputInOrderWithIdFirst()
    {
        var lines = new StringBuilder();
        for (var i = 0; i < 40; i++)
            lines.AppendLine(JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = "a" + i, ["text"] = $"Headline number {i} here\n\nThe paragraph of article {i} says something." }));
        var output = RunJsonl(lines.ToString(), out var exitCode);

        Assert.Equal(0, exitCode);
        Assert.Equal(40, output.Count);
        for (var i = 0; i < 40; i++)
        {
            Assert.Equal("a" + i, output[i].GetProperty("id").GetString());
            Assert.Equal("id", output[i].EnumerateObject().First().Name);
            Assert.Equal($"Headline number {i} here", output[i].GetProperty("headline").GetString());
        }
    }

    [Fact]
    public void BadLineGetsAnErrorAndTheRunGoesOn()
    {
        var output = RunJsonl("{\"id\": 1, \"text\": \"First article text.\"}\nnot json\n{\"id\": 3}\n{\"id\": 4, \"text\": \"Last one.\"}\n", out var exitCode);

        Assert.Equal(CommandLine.ExitSomeFailed, exitCode);
        Assert.Equal(4, output.Count);
        Assert.Equal(1, output[0].GetProperty("id").GetInt32());
        Assert.True(output[1].TryGetProperty("error", out _));
        Assert.True(output[2].TryGetProperty("error", out _));
        Assert.Equal(3, output[2].GetProperty("id").GetInt32());
        Assert.False(output[3].TryGetProperty("error", out _));
    }

    [Fact]
    public void OffsetsIndexTheGivenTextEvenAfterNormalisation()
    {
        var text = File.ReadAllText(RepoPaths.SeedFiles.First()).Replace("\n", "\r\n", StringComparison.Ordinal);
        var input = JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = "crlf", ["text"] = text });
        var article = RunJsonl(input + "\n", out _).Single();

        foreach (var block in article.GetProperty("blocks").EnumerateArray())
        {
            var start = block.GetProperty("start").GetInt32();
            var end = block.GetProperty("end").GetInt32();
            Assert.Equal(block.GetProperty("text").GetString()!.Replace("\n", "\r\n", StringComparison.Ordinal), text[start..end]);
        }
    }

    [Fact]
    public void HtmlInputGivesAResultNotACrash()
    {
        var output = RunJsonl("{\"id\": \"h\", \"html\": \"<html><body><p>Hello world.</p></body></html>\", \"url\": \"https://example.com/a\"}\n", out _);
        Assert.Equal("h", output.Single().GetProperty("id").GetString());
        Assert.Equal("html", output.Single().GetProperty("format").GetString());
    }

    [Fact]
    public void FileModeParsesTheSeedsWhenGivenNoInput()
    {
        using var stdout = new MemoryStream();
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(RepoPaths.Root);
            Assert.Equal(0, CommandLine.Run([], TextReader.Null, stdout, TextWriter.Null));
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
        var lines = Encoding.UTF8.GetString(stdout.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(RepoPaths.SeedFiles.Count(), lines.Length);
    }
}
