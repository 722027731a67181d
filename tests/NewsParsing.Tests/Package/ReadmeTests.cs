using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsParsing.Tests.Infrastructure;
// README: quick start usings
using NewsParsing;
using NewsParsing.Model;
// README: end

namespace NewsParsing.Tests.Package;

/// <summary>
/// Keeps the README's C# true without compiling anything at run time (Sep's approach): each sample is a region
/// of this file between <c>// README: name</c> and <c>// README: end</c>, which the tests run; the README must hold
/// the same code, byte for byte, as one of its <c>```csharp</c> blocks. To change a sample, change it here, run
/// the tests, and copy the region into the README (the failure message shows the expected block).
/// </summary>
public class ReadmeTests
{
    private static readonly string s_source = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "NewsParsing.Tests", "Package", "ReadmeTests.cs"));

    [Fact]
    public void QuickStart()
    {
        var output = CaptureConsole(() =>
        {
            // README: quick start
            var article = NewsParser.Default.Parse(File.ReadAllText("seeds/000_54a025cc487ed870.txt"));

            Console.WriteLine(article.Headline);           // Putin acts on Trump’s 'strong' appeal to spare lives, ...
            Console.WriteLine(article.Published);          // 2025-03-14
            foreach (var block in article.Body)
                Console.WriteLine(block.Kind == BodyBlockKind.Subheading ? $"## {block.Text}" : block.Text);
            // README: end
        });

        var lines = output.Split('\n');
        Assert.StartsWith("Putin acts on Trump’s 'strong' appeal to spare lives, ", lines[0], StringComparison.Ordinal);
        Assert.Equal("2025-03-14", lines[1]);
        Assert.Contains("## Putin's ultimatum: Surrender or face death", lines);
        Assert.StartsWith("Russian President Vladimir Putin has urged", lines[2], StringComparison.Ordinal);
        AssertInReadme(Region("quick start usings") + "\n\n" + Region("quick start"));
    }

    [Fact]
    public void Options()
    {
        // README: options
        var parser = NewsParser.Create(o => o with { MaxInputChars = 1_000_000, IncludeDroppedText = false });
        // README: end

        Assert.Equal(1_000_000, parser.Options.MaxInputChars);
        Assert.Empty(parser.Parse(RepoPaths.ReadSeed("000")).Dropped);
        AssertInReadme(Region("options"));
    }

    [Fact]
    public void DependencyInjection()
    {
        // README: dependency injection
        var services = new ServiceCollection();
        services.AddNewsParsing(o => o with { MaxQuoteChars = 2000 });                   // INewsParser, one shared singleton
        services.AddKeyedNewsParsing("strict", o => o with { MaxInputChars = 100_000 }); // [FromKeyedServices("strict")]
        using var provider = services.BuildServiceProvider();

        var parser = provider.GetRequiredService<INewsParser>();
        var strict = provider.GetRequiredKeyedService<INewsParser>("strict");
        // README: end

        Assert.Equal(2000, parser.Options.MaxQuoteChars);
        Assert.Equal(100_000, strict.Options.MaxInputChars);
        Assert.Equal(NewsParserDefaults.MaxInputChars, parser.Options.MaxInputChars);
        AssertInReadme(Region("dependency injection"));
    }

    [Fact]
    public void EveryRegionIsFoundOnce()
    {
        var names = s_source.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("// README: ", StringComparison.Ordinal) && l != "// README: end").ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Equal(names.Count, s_source.Split('\n').Count(l => l.Trim() == "// README: end"));
    }

    /// <summary>The lines between <c>// README: name</c> and the next <c>// README: end</c>, dedented.</summary>
    private static string Region(string name)
    {
        var lines = s_source.ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.Trim() == "// README: " + name);
        Assert.True(start >= 0, $"no region '{name}' in ReadmeTests.cs");
        var end = Array.FindIndex(lines, start + 1, l => l.Trim() == "// README: end");
        var body = lines[(start + 1)..end];
        var indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    private static void AssertInReadme(string code)
    {
        var blocks = CSharpBlocks(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")));
        Assert.True(blocks.Contains(code),
            $"README.md has no ```csharp block equal to this sample from ReadmeTests.cs; copy it into the README:\n```csharp\n{code}\n```");
    }

    internal static List<string> CSharpBlocks(string markdown)
    {
        var blocks = new List<string>();
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "```csharp")
                continue;
            var end = Array.IndexOf(lines, "```", i + 1);
            if (end < 0)
                break;
            blocks.Add(string.Join('\n', lines[(i + 1)..end]));
            i = end;
        }
        return blocks;
    }

    /// <summary>Runs a sample from the repository root (its paths are relative to it) and returns what it printed.</summary>
    private static string CaptureConsole(Action sample)
    {
        var previousOut = Console.Out;
        var previousFolder = Directory.GetCurrentDirectory();
        var captured = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        try
        {
            Console.SetOut(captured);
            Directory.SetCurrentDirectory(RepoPaths.Root);
            sample();
        }
        finally
        {
            Console.SetOut(previousOut);
            Directory.SetCurrentDirectory(previousFolder);
        }
        return captured.ToString();
    }
}
