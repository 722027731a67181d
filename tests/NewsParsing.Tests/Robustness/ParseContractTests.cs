using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Robustness;

/// <summary>
/// The error contract: <c>Parse</c> throws only <see cref="ArgumentNullException"/>, <see cref="OperationCanceledException"/>
/// and <see cref="NewsParsingException"/> (with its kind and offset) for an exceeded hard limit; the limits are options
/// whose defaults live in <see cref="NewsParserDefaults"/> and are listed in the README.
/// </summary>
public class ParseContractTests
{
    private const int Limit = 1000;

    private static readonly NewsParser s_small = NewsParser.Create(o => o with { MaxInputChars = Limit });

    [Fact]
    public void NullInput_ThrowsArgumentNullException()
    {
        var parser = NewsParser.Default;
        Assert.Throws<ArgumentNullException>(() => parser.Parse((string)null!));
        Assert.Throws<ArgumentNullException>(() => parser.Parse((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => parser.ParseHtml((string)null!));
        Assert.Throws<ArgumentNullException>(() => parser.ParseHtml((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => NewsParser.Create((NewsParserOptions)null!));
    }

    public static TheoryData<string> EntryPoints => ["string", "memory", "html string", "stream", "unseekable stream", "html stream"];

    private static void ParseVia(string entryPoint, string input)
    {
        var bytes = Encoding.UTF8.GetBytes(input);
        _ = entryPoint switch
        {
            "string" => s_small.Parse(input),
            "memory" => s_small.Parse(input.AsMemory()),
            "html string" => s_small.ParseHtml(input),
            "stream" => s_small.Parse(new MemoryStream(bytes)),
            "unseekable stream" => s_small.Parse(new UnseekableStream(bytes)),
            _ => s_small.ParseHtml(new MemoryStream(bytes)),
        };
    }

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void InputOverTheLimit_ThrowsNewsParsingExceptionWithKindAndOffset(string entryPoint)
    {
        var error = Assert.Throws<NewsParsingException>(() => ParseVia(entryPoint, new string('a', Limit + 1)));

        Assert.Equal(NewsParsingErrorKind.InputTooLarge, error.Kind);
        Assert.Equal(Limit, error.Offset);
        Assert.Contains(nameof(NewsParserOptions.MaxInputChars), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void InputAtTheLimit_IsParsed(string entryPoint) => ParseVia(entryPoint, new string('a', Limit));

    [Fact]
    public void StreamOverTheByteLimit_ThrowsBeforeReadingItAll()
    {
        // Four bytes per character is the most UTF-8 needs; a stream beyond that is refused as it is read.
        var bytes = new byte[Limit * 4 + 1];
        bytes.AsSpan().Fill((byte)'a');
        var error = Assert.Throws<NewsParsingException>(() => s_small.Parse(new UnseekableStream(bytes)));

        Assert.Equal(NewsParsingErrorKind.InputTooLarge, error.Kind);
        Assert.Equal(Limit * 4, error.Offset);
    }

    [Fact]
    public void EveryOtherProblem_GivesAnArticle_NotAnException()
    {
        string[] inputs =
        [
            "", "\0", "\uFFFF", "<", "<html", "---", "---\n", "Title:", "date 9999-99-99", " date 2025-02-30 x",
            "By", "By \n", "#", "# ", "- ", "1. ", "\"", "\u201C\u201D\u201C", "(Reuters) -", "KYIV \u2014", "\r\r\r", "\uD800",
        ];
        foreach (var input in inputs)
        {
            RobustnessAssert.Contract(NewsParser.Default.Parse(input));
            RobustnessAssert.Contract(NewsParser.Default.ParseHtml(input));
            RobustnessAssert.Contract(NewsParser.Default.Parse(new MemoryStream(Encoding.UTF8.GetBytes(input))));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void NonPositiveLimits_AreRejectedWhenSet(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NewsParserOptions.Default with { MaxInputChars = value });
        Assert.Throws<ArgumentOutOfRangeException>(() => NewsParserOptions.Default with { MaxHtmlDepth = value });
        Assert.Throws<ArgumentOutOfRangeException>(() => NewsParserOptions.Default with { MaxHtmlElements = value });
        Assert.Throws<ArgumentOutOfRangeException>(() => NewsParserOptions.Default with { MaxJsonLdChars = value });
        Assert.Throws<ArgumentOutOfRangeException>(() => NewsParserOptions.Default with { MaxQuoteChars = value });
    }

    /// <summary>The <c>Max*</c> options: each defaults to the <see cref="NewsParserDefaults"/> constant of its name.</summary>
    private static List<(string Name, int Default)> LimitOptions() =>
        [.. typeof(NewsParserOptions).GetProperties()
            .Where(p => p.Name.StartsWith("Max", StringComparison.Ordinal) && p.PropertyType == typeof(int))
            .Select(p => (p.Name, (int)p.GetValue(NewsParserOptions.Default)!))];

    [Fact]
    public void EveryLimitOption_DefaultsToItsNewsParserDefaultsConstant()
    {
        var options = LimitOptions();
        Assert.True(options.Count >= 5);
        foreach (var (name, value) in options)
        {
            var constant = typeof(NewsParserDefaults).GetField(name, BindingFlags.Public | BindingFlags.Static);
            Assert.True(constant is not null, $"NewsParserOptions.{name} has no NewsParserDefaults.{name}");
            Assert.Equal(constant.GetValue(null), value);
        }
    }

    [Fact]
    public void ReadmeLimitsTable_ListsEveryLimitWithItsDefault()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var start = readme.IndexOf("## Limits", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no Limits section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? readme[start..] : readme[start..end];

        var rows = Regex.Matches(section, @"^\| `(\w+)` \| ([^|]+) \|", RegexOptions.Multiline, TimeSpan.FromSeconds(1))
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());
        foreach (var (name, value) in LimitOptions())
        {
            Assert.True(rows.TryGetValue(name, out var documented), $"README Limits has no row for {name}");
            Assert.Equal(value, ReadmeNumber(documented));
        }
    }

    // "32 Mi characters" → 33,554,432; "400,000" → 400000; "4,000 characters" → 4000.
    private static long ReadmeNumber(string cell)
    {
        var match = Regex.Match(cell, @"^([\d,]+)\s*(Ki|Mi)?", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.True(match.Success, $"README value '{cell}' is not a number");
        var number = long.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "Ki" => number * 1024, "Mi" => number * 1024 * 1024, _ => number };
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    }
}
