using System.Text;
using System.Text.Json;
using NewsParsing.Cli;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Package;

/// <summary>The <c>newsparse</c> tool as a user meets it: formats, inputs, progress, exit codes.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsparse-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed record Result(int ExitCode, string Output, string Error);

    private static Result Run(string[] args, string stdin = "", CliConsole? console = null)
    {
        using var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var exitCode = CommandLine.Run(args, new StringReader(stdin), stdout, stderr, console ?? CliConsole.Redirected);
        return new Result(exitCode, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Article(string headline) => $"{headline}\n\nThe first paragraph of the article says what happened.\n";

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void DefaultFormatIsOneCompactJsonObjectPerLine()
    {
        var result = Run([RepoPaths.Seeds]);

        Assert.Equal(CommandLine.ExitOk, result.ExitCode);
        var lines = Lines(result.Output);
        Assert.Equal(RepoPaths.SeedFiles.Count(), lines.Length);
        Assert.All(lines, line => Assert.Equal("id", JsonDocument.Parse(line).RootElement.EnumerateObject().First().Name));
        Assert.Equal(result.Output, Run(["--format", "jsonl", RepoPaths.Seeds]).Output);
    }

    [Fact]
    public void JsonFormatIsOneArrayOfTheSameObjects()
    {
        var lines = Lines(Run([RepoPaths.Seeds]).Output);
        var result = Run(["--format=json", RepoPaths.Seeds]);

        using var array = JsonDocument.Parse(result.Output);
        Assert.Equal(JsonValueKind.Array, array.RootElement.ValueKind);
        Assert.Equal(lines.Length, array.RootElement.GetArrayLength());
        for (var i = 0; i < lines.Length; i++)
        {
            using var line = JsonDocument.Parse(lines[i]);
            Assert.True(JsonElement.DeepEquals(line.RootElement, array.RootElement[i]));
        }
    }

    [Fact]
    public void MarkdownFormatShowsHeadlineSubheadingsAndParagraphs()
    {
        var seed = RepoPaths.SeedFiles.First();
        var article = NewsParser.Default.Parse(File.ReadAllText(seed));
        var markdown = Run(["-f", "markdown", seed]).Output;

        Assert.StartsWith("# " + article.Headline, markdown, StringComparison.Ordinal);
        Assert.Contains($"*{article.Published}*", markdown, StringComparison.Ordinal);
        foreach (var block in article.Body.Where(b => b.Kind == Model.BodyBlockKind.Subheading))
            Assert.Contains("\n## " + block.Text + "\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n" + article.Lede!.Text.Replace("\n", " ", StringComparison.Ordinal) + "\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void TextFormatIsHeadlineDateAndBodyWithARuleBetweenArticles()
    {
        var one = Write("a.txt", Article("First headline of the day"));
        var two = Write("b.txt", Article("Second headline of the day"));

        var text = Run(["--format", "text", one, two]).Output;

        Assert.StartsWith("First headline of the day\n\nThe first paragraph of the article says what happened.\n", text, StringComparison.Ordinal);
        Assert.Contains("\n" + new string('=', 72) + "\n\nSecond headline of the day\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# Not a heading", "\\# Not a heading")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("  > not a quote", "  \\> not a quote")]
    [InlineData("a - b # c", "a - b # c")]
    [InlineData("a *star*, <b> and [link](x)", "a \\*star\\*, \\<b> and \\[link\\](x)")]
    [InlineData("two\n- lines", "two - lines")]
    public void MarkdownEscapesWhatWouldChangeTheText(string text, string expected) =>
        Assert.Equal(expected, ArticleOutput.MarkdownInline(text));

    [Fact]
    public void MarkdownOfAParagraphIsEscaped()
    {
        var file = Write("m.txt", "A headline for the test here\n\nThe *starred* word and a [bracket].\n");
        var markdown = Run(["-f", "md", file]).Output;
        Assert.Contains("\nThe \\*starred\\* word and a \\[bracket\\].\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void DashReadsStandardInput()
    {
        var result = Run(["-"], stdin: Article("Headline read from standard input"));

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("-", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("Headline read from standard input", json.RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void WithNoInputPipedStandardInputIsRead()
    {
        var piped = CliConsole.Redirected with { InputIsPiped = true };
        var result = Run([], stdin: Article("Headline piped in"), console: piped);

        Assert.Equal("Headline piped in", JsonDocument.Parse(result.Output).RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void WithNoInputAndNothingPipedTheSeedsAreParsed()
    {
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(RepoPaths.Root);
            var result = Run([], stdin: Article("Never read"));
            Assert.Equal(RepoPaths.SeedFiles.Count(), Lines(result.Output).Length);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    [Fact]
    public void GlobsMatchNamesAndFoldersAndSkipHiddenFiles()
    {
        Write("in/a.txt", Article("Alpha headline is here"));
        Write("in/b.html", "<html><body><p>Hello.</p></body></html>");
        Write("in/.hidden.txt", Article("Hidden headline is here"));
        Write("in/deep/er/c.txt", Article("Gamma headline is here"));
        var root = _folder.Replace('\\', '/');

        Assert.Equal([$"{root}/in/a.txt"], InputFiles.ExpandGlob($"{root}/in/*.txt"));
        Assert.Equal([$"{root}/in/a.txt", $"{root}/in/b.html"], InputFiles.ExpandGlob($"{root}/in/?.*"));
        Assert.Equal([$"{root}/in/a.txt", $"{root}/in/deep/er/c.txt"], InputFiles.ExpandGlob($"{root}/in/**/*.txt"));
        Assert.Equal([$"{root}/in/deep/er/c.txt"], InputFiles.ExpandGlob($"{root}/*/d*/**/c.txt"));

        var ids = Lines(Run([$"{root}/in/**/*.txt"]).Output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.Equal(["a.txt", "c.txt"], ids);
    }

    [Fact]
    public void AFolderGivesItsVisibleFilesInOrder()
    {
        Write("f/2.txt", Article("Second headline is here"));
        Write("f/1.txt", Article("First headline is here"));
        Write("f/.DS_Store", "binary junk");

        var ids = Lines(Run([Path.Combine(_folder, "f")]).Output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.Equal(["1.txt", "2.txt"], ids);
    }

    [Fact]
    public void ManyFilesAreWrittenInInputOrder()
    {
        var files = Enumerable.Range(0, 40).Select(i => Write($"many/{i:D2}.txt", Article($"Headline number {i} of many"))).ToArray();
        var headlines = Lines(Run([.. files.Reverse()]).Output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("headline").GetString());
        Assert.Equal(Enumerable.Range(0, 40).Reverse().Select(i => $"Headline number {i} of many"), headlines);
    }

    [Theory]
    [InlineData("--no-such-option")]
    [InlineData("--format")]
    [InlineData("--format", "xml")]
    [InlineData("/no/such/file.txt")]
    [InlineData("/no/such/*.txt")]
    [InlineData("--jsonl", "--format", "markdown")]
    public void BadUsageExitsWithTwoAndAMessage(params string[] args)
    {
        var result = Run(args);
        Assert.Equal(CommandLine.ExitUsage, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith("newsparse: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpAndVersionGoToStandardOutput()
    {
        var help = Run(["--help"]);
        Assert.Equal(CommandLine.ExitOk, help.ExitCode);
        Assert.Contains("Exit codes:", help.Output, StringComparison.Ordinal);
        Assert.Contains("--format", help.Output, StringComparison.Ordinal);

        var version = Run(["--version"]);
        Assert.Equal(CommandLine.ExitOk, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\n$", version.Output);
    }

    [Fact]
    public void ProgressIsDrawnOnlyOnATerminalWhileTheOutputGoesElsewhere()
    {
        var files = Enumerable.Range(0, 5).Select(i => Write($"p/{i}.txt", Article($"Headline number {i} of five"))).ToArray();
        var terminal = CliConsole.Redirected with { ErrorIsTerminal = true, Width = 100 };

        var drawn = Run(files, console: terminal);
        Assert.Contains("\r[", drawn.Error, StringComparison.Ordinal);
        Assert.Contains("] 5/5 ", drawn.Error, StringComparison.Ordinal);
        Assert.EndsWith("\r", drawn.Error, StringComparison.Ordinal);    // erased at the end
        Assert.DoesNotContain('\n', drawn.Error);
        Assert.All(drawn.Error.Split('\r'), frame => Assert.True(frame.Length < 100, frame));

        Assert.Equal("", Run(files, console: terminal with { OutputIsTerminal = true }).Error);
        Assert.Equal("", Run(["--quiet", .. files], console: terminal).Error);
        Assert.Equal("", Run(files).Error);
        Assert.Equal(Run(files).Output, drawn.Output);
    }
}
