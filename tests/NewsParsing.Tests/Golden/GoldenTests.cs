using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsParsing.Cli;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Golden;

/// <summary>
/// Golden directories: <c>Golden/&lt;case&gt;/input.txt</c> parsed and written as the CLI's JSON contract
/// (<see cref="ArticleJsonWriter"/>), compared as JSON with <c>expected.json</c>. Quotes and claims are left out:
/// their stages have golden files of their own. <c>NEWSPARSING_UPDATE_GOLDEN=1</c> rewrites the expected files.
/// </summary>
public class GoldenTests
{
    private static string GoldenRoot => Path.Combine(RepoPaths.Root, "tests", "NewsParsing.Tests", "Golden");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(GoldenRoot).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(dir, "input.txt")))
                data.Add(Path.GetFileName(dir));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string name)
    {
        var dir = Path.Combine(GoldenRoot, name);
        using var input = File.OpenRead(Path.Combine(dir, "input.txt"));
        var article = NewsParser.Default.Parse(input);
        SpanInvariants.AssertAll(article);
        SpanInvariants.AssertNoSilentLoss(article);
        var actual = ToJson(name, article);

        var expectedPath = Path.Combine(dir, "expected.json");
        if (Environment.GetEnvironmentVariable("NEWSPARSING_UPDATE_GOLDEN") == "1")
            File.WriteAllText(expectedPath, actual.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run with NEWSPARSING_UPDATE_GOLDEN=1 to create it");
        var expected = JsonNode.Parse(File.ReadAllText(expectedPath))!;
        Assert.True(JsonNode.DeepEquals(expected, actual),
            $"{name}: the output differs from expected.json.\n--- actual\n{actual.ToJsonString(new JsonSerializerOptions { WriteIndented = true })}");
    }

    [Fact]
    public void GoldenRoot_HasCases() => Assert.True(Cases().Count >= 5);

    private static JsonNode ToJson(string name, Model.Article article)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            ArticleJsonWriter.Write(writer, new InputId(name), article);
        var node = JsonNode.Parse(Encoding.UTF8.GetString(buffer.ToArray()))!.AsObject();
        node.Remove("quotes");
        node.Remove("claims");
        return node;
    }
}
