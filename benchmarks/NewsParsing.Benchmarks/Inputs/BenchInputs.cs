using System.Text;

namespace NewsParsing.Benchmarks.Inputs;

/// <summary>
/// The inputs every benchmark reads, keyed by a short name that is also the <c>Input</c> parameter shown in the
/// results: the seeds, the seeds concatenated to a target size, and the HTML pages of ../shared. Inputs come only
/// from files (never the network); the repository root is found by walking up to NewsParsing.sln.
/// </summary>
internal static class BenchInputs
{
    /// <summary>Long-article sizes in KB: costs at 10, 100 and 1,000 KB show whether parsing is linear.</summary>
    public static readonly int[] LongSizesKb = [10, 100, 1000];

    /// <summary>HTML pages measured in short mode: the first pages by id, enough to compare with SmartReader.</summary>
    public const int ShortHtmlPages = 6;

    private static readonly Lazy<string> s_root = new(FindRoot);
    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> s_seeds = new(ReadSeeds);
    private static readonly Lazy<IReadOnlyList<HtmlPage>> s_pages = new(ReadPages);

    public static string Root => s_root.Value;

    /// <summary>Where the HTML pages are read from (third-party data: read in place, never copied).</summary>
    public static string HtmlDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "html-extraction", "dev"));

    public static bool HasHtmlPages => File.Exists(Path.Combine(HtmlDirectory, "ground-truth.json"));

    /// <summary>Set by the runner: short mode measures fewer HTML pages.</summary>
    public static bool ShortMode { get; set; }

    public static IReadOnlyList<(string Name, string Text)> Seeds => s_seeds.Value;

    /// <summary>
    /// Plain-text inputs: "seed 000", "seed 002", ..., then "long 10KB", "long 100KB", "long 1000KB" (short mode skips
    /// 100 KB: 10 and 1,000 KB are enough to see whether cost is linear).
    /// </summary>
    public static IEnumerable<string> TextInputNames() =>
        Seeds.Select(s => "seed " + s.Name).Concat(LongSizesKb.Where(kb => !ShortMode || kb != 100).Select(kb => $"long {kb}KB"));

    public static string Text(string name)
    {
        if (name.StartsWith("seed ", StringComparison.Ordinal))
            return Seeds.Single(s => s.Name == name[5..]).Text;
        if (name.StartsWith("long ", StringComparison.Ordinal) && name.EndsWith("KB", StringComparison.Ordinal))
            return Long(int.Parse(name[5..^2], System.Globalization.CultureInfo.InvariantCulture) * 1024);
        throw new ArgumentException("Unknown text input: " + name, nameof(name));
    }

    /// <summary>The seeds repeated, each copy a new paragraph, until the UTF-8 size reaches the target.</summary>
    public static string Long(int targetBytes)
    {
        var builder = new StringBuilder(targetBytes + 8192);
        var bytes = 0;
        for (var i = 0; bytes < targetBytes; i++)
        {
            var seed = Seeds[i % Seeds.Count].Text.Trim();
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
                bytes += 2;
            }
            builder.Append(seed);
            bytes += Encoding.UTF8.GetByteCount(seed);
        }
        return builder.ToString();
    }

    /// <summary>The HTML page set for a name: "html dev" (every page) or "html dev-N" (the first N by id).</summary>
    public static IReadOnlyList<HtmlPage> Pages(string name)
    {
        if (name == "html dev")
            return s_pages.Value;
        if (name.StartsWith("html dev-", StringComparison.Ordinal))
            return [.. s_pages.Value.Take(int.Parse(name[9..], System.Globalization.CultureInfo.InvariantCulture))];
        throw new ArgumentException("Unknown HTML input: " + name, nameof(name));
    }

    public static IEnumerable<string> HtmlInputNames()
    {
        if (!HasHtmlPages)
            return [];
        return ShortMode ? [$"html dev-{ShortHtmlPages}"] : ["html dev"];
    }

    /// <summary>The input's size in UTF-8 bytes, for the MB/s column.</summary>
    public static long Bytes(string name) => name switch
    {
        "dates" or "seed text" => DateInputValues(name).Sum(v => (long)Encoding.UTF8.GetByteCount(v)),
        _ when name.StartsWith("html ", StringComparison.Ordinal) => Pages(name).Sum(p => (long)p.Bytes),
        _ => Encoding.UTF8.GetByteCount(Text(name)),
    };

    /// <summary>The strings the date benchmarks read: <see cref="DateValues"/>, or the seeds' texts.</summary>
    public static string[] DateInputValues(string name) => name == "dates" ? DateValues : [.. Seeds.Select(s => s.Text)];

    /// <summary>Date values in the shapes headers and page metadata carry, one date parsed per value.</summary>
    public static readonly string[] DateValues =
    [
        "2025-03-14", " 2025-03-14 ", "2025-03-14T09:30:00Z", "2025-03-14T09:30:00+02:00", "2025-03-14T09:30:00.123-0500",
        "2025-03-14 09:30", "2024/08/06", "2025-02-30", "Fri, 14 Mar 2025 09:30:00 GMT", "Fri, 14 Mar 2025 09:30:00 +0100",
        "14 Mar 2025 09:30:00 +0000", "not a date", "2025-03-14T25:00", "1999-12-31T23:59:59+14:00",
    ];

    /// <summary>How many articles one operation parses, for the per-article columns.</summary>
    public static int Articles(string name) => name switch
    {
        "dates" or "seed text" => DateInputValues(name).Length,
        _ when name.StartsWith("html ", StringComparison.Ordinal) => Pages(name).Count,
        _ => 1,
    };

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NewsParsing.sln")))
                    return dir.FullName;
            }
        }
        throw new InvalidOperationException("NewsParsing.sln not found above " + AppContext.BaseDirectory);
    }

    private static IReadOnlyList<(string, string)> ReadSeeds() =>
        [.. Directory.EnumerateFiles(Path.Combine(Root, "seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f)[..3], File.ReadAllText(f)))];

    private static IReadOnlyList<HtmlPage> ReadPages()
    {
        if (!HasHtmlPages)
            return [];
        using var truth = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(HtmlDirectory, "ground-truth.json")));
        return [.. Directory.EnumerateFiles(HtmlDirectory, "*.html")
            .Order(StringComparer.Ordinal)
            .Select(f =>
            {
                var id = Path.GetFileNameWithoutExtension(f);
                var bytes = File.ReadAllBytes(f);
                var url = truth.RootElement.TryGetProperty(id, out var row) && row.TryGetProperty("url", out var u) ? u.GetString() : null;
                return new HtmlPage(id, Encoding.UTF8.GetString(bytes), bytes.Length, url is null ? null : new Uri(url));
            })];
    }
}

/// <summary>One HTML page: its text (the files are UTF-8), size on disk and address (never fetched).</summary>
internal sealed record HtmlPage(string Id, string Html, int Bytes, Uri? Url);
