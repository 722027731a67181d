using System.Collections.Immutable;

namespace NewsParsing.Lexicons;

/// <summary>
/// One word list read from a lexicon file: one entry a line, fields separated by tabs, <c>#</c> comments.
/// The first field is the key; lookups are case-insensitive and take spans, so the hot path allocates nothing.
/// </summary>
internal sealed class Lexicon
{
    private readonly SpanLookup<ImmutableArray<string>> _entries;

    public Lexicon(IEnumerable<(string Key, ImmutableArray<string> Fields)> entries)
    {
        var dictionary = new Dictionary<string, ImmutableArray<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, fields) in entries)
            dictionary.TryAdd(key, fields); // first file, first line wins
        _entries = new SpanLookup<ImmutableArray<string>>(dictionary);
        var longest = 0;
        foreach (var key in _entries.Keys)
            longest = Math.Max(longest, key.Length);
        LongestKey = longest;
    }

    public static Lexicon Empty { get; } = new([]);

    /// <summary>The number of entries.</summary>
    public int Count => _entries.Count;

    /// <summary>The length of the longest key, to bound multi-word lookups.</summary>
    public int LongestKey { get; }

    /// <summary>All keys.</summary>
    public IEnumerable<string> Keys => _entries.Keys;

    public bool Contains(ReadOnlySpan<char> key) => _entries.ContainsKey(key);

    /// <summary>The fields after the key, or <see langword="false"/> when the key is absent.</summary>
    public bool TryGet(ReadOnlySpan<char> key, out ImmutableArray<string> fields) => _entries.TryGetValue(key, out fields);

    /// <summary>Parses lexicon file text into entries.</summary>
    public static IEnumerable<(string Key, ImmutableArray<string> Fields)> ParseLines(string content)
    {
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            // '#' starts a comment only at the line start or after white space, so "C#" stays a word.
            if (hash == 0 || hash > 0 && char.IsWhiteSpace(line[hash - 1]))
                line = line[..hash];
            line = line.Trim();
            if (line.Length == 0)
                continue;
            var parts = line.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            yield return (parts[0], [.. parts.Skip(1)]);
        }
    }
}
