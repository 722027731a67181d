using System.Globalization;
using System.Text;
using NewsParsing.Model;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Specs;

/// <summary>
/// Runs the examples of <c>Specs/plaintext.md</c> (Markdig's spec format, read at run time: no generated C#).
/// Each example is an input, a line holding only <c>.</c>, and the expected reading: headline, published,
/// authors, dateline, one line per body block and one per dropped text. In inputs, <c>→</c> is a tab,
/// <c>␍</c> a carriage return and <c>\uXXXX</c> any other character.
/// </summary>
public class PlainTextSpecTests
{
    private const string Fence = "```````````````````````````````` example";
    private const string FenceEnd = "````````````````````````````````";

    public static TheoryData<string, int, string, string> Examples()
    {
        var data = new TheoryData<string, int, string, string>();
        var path = Path.Combine(RepoPaths.Root, "tests", "NewsParsing.Tests", "Specs", "plaintext.md");
        var lines = File.ReadAllLines(path);
        var section = "";
        var number = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
                section = lines[i][3..];
            if (lines[i] != Fence)
                continue;
            var input = new StringBuilder();
            var expected = new StringBuilder();
            var target = input;
            for (i++; i < lines.Length && lines[i] != FenceEnd; i++)
            {
                if (lines[i] == "." && target == input)
                {
                    target = expected;
                    continue;
                }
                target.Append(lines[i]).Append('\n');
            }
            number++;
            data.Add(section, number, Unescape(input.ToString()), expected.ToString().TrimEnd('\n'));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example(string section, int number, string input, string expected)
    {
        var article = NewsParser.Default.Parse(input);
        SpanInvariants.AssertAll(article);
        SpanInvariants.AssertNoSilentLoss(article);
        Assert.True(expected == Render(article), $"{section}, example {number}:\n--- expected\n{expected}\n--- actual\n{Render(article)}");
    }

    [Fact]
    public void SpecFile_HasExamples() => Assert.True(Examples().Count >= 20);

    private static string Render(Article article)
    {
        var text = new StringBuilder();
        text.Append("headline: ").Append(article.Headline ?? "null").Append('\n');
        text.Append("published: ").Append(article.Published?.ToString() ?? "null").Append('\n');
        text.Append("authors: ").Append(string.Join("; ", article.Authors)).Append('\n');
        text.Append("dateline: ").Append(article.Dateline ?? "null").Append('\n');
        foreach (var block in article.Body)
            text.Append(Camel(block.Kind.ToString())).Append(": ").Append(Escape(block.Text)).Append('\n');
        foreach (var dropped in article.Dropped)
            text.Append("dropped ").Append(Camel(dropped.Reason.ToString())).Append(": ").Append(Escape(dropped.Text)).Append('\n');
        return text.ToString().TrimEnd('\n').Replace("authors: \n", "authors:\n", StringComparison.Ordinal);
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Escape(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Unescape(string text)
    {
        text = text.Replace('→', '\t').Replace("␍\n", "\r\n", StringComparison.Ordinal);
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 5 < text.Length && text[i + 1] == 'u'
                && int.TryParse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                result.Append((char)code);
                i += 5;
            }
            else
            {
                result.Append(text[i]);
            }
        }
        return result.ToString();
    }
}
