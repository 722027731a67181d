using System.Runtime.InteropServices;
using NewsParsing.Lexicons;

namespace NewsParsing.Tests.Lexicons;

/// <summary>
/// The ASCII table must answer every ASCII word as an ordinal ignore-case dictionary of the same keys does, and hand
/// every other word back to that dictionary; the word table built on it must answer every word so. Differential over
/// all lexicon keys in several casings and near misses.
/// </summary>
public class AsciiWordTableTests
{
    [Fact]
    public void AnswersAsAnOrdinalIgnoreCaseDictionary()
    {
        var (keys, queries) = KeysAndQueries();
        var table = new AsciiWordTable<int>(keys);
        var asked = 0;
        foreach (var query in queries)
        {
            var expected = keys.GetValueOrDefault(query);
            if (table.TryGetValue(query, out var value))
            {
                asked++;
                Assert.True(expected == value, $"'{query}': {value}, expected {expected}");
            }
            else
                Assert.Contains(query, q => q > '\x7F');
        }
        Assert.True(asked > queries.Count / 2, $"{asked} of {queries.Count} answered by the table");
    }

    [Fact]
    public void WordTableAnswersEveryWordAsTheDictionary()
    {
        var (keys, queries) = KeysAndQueries();
        var table = new WordTable<int>(keys);
        foreach (var query in queries)
        {
            var expected = keys.GetValueOrDefault(query);
            Assert.True(expected == table.Get(query), $"'{query}': {table.Get(query)}, expected {expected}");
            if (!query.Any(static q => q > '\x7F'))
                Assert.Equal(expected, table.GetAscii(query));
        }
    }

    [Fact]
    public void LowerFoldsOnlyAsciiCapitals_InEveryLane()
    {
        Span<char> chars = stackalloc char[4];
        for (var c = (char)0; c < 128; c++)
        {
            for (var lane = 0; lane < 4; lane++)
            {
                "M@[z".CopyTo(chars);
                chars[lane] = c;
                var lowered = AsciiWordTable.Lower(MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes((ReadOnlySpan<char>)chars)));
                for (var k = 0; k < 4; k++)
                {
                    var expected = char.IsAsciiLetterUpper(chars[k]) ? (char)(chars[k] | 0x20) : chars[k];
                    Assert.True(expected == (char)(lowered >> (16 * k)), $"U+{(int)c:X4} in lane {lane}: lane {k} is U+{(ushort)(lowered >> (16 * k)):X4}");
                }
            }
        }
    }

    private static (Dictionary<string, int> Keys, HashSet<string> Queries) KeysAndQueries()
    {
        var keys = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in LexiconSet.Default.FileNames)
        {
            var lexiconName = name.Split('.')[0];
            foreach (var key in LexiconSet.Default.Get(lexiconName).Keys)
                keys.TryAdd(key, keys.Count + 1);
        }
        // Keys beyond ASCII, one of which equals an ASCII word ignoring case only through its upper-case form.
        keys.TryAdd("didn’t", keys.Count + 1);
        keys.TryAdd("Zürich", keys.Count + 1);
        keys.TryAdd("\u212Aelvin", keys.Count + 1); // Kelvin sign
        var queries = new HashSet<string>(StringComparer.Ordinal) { "", "x", "kelvin", "KELVIN", "didn't", "zurich", "ZÜRICH", "DIDN’T", new string('a', 200) };
        foreach (var key in keys.Keys)
        {
            queries.Add(key);
            queries.Add(key.ToUpperInvariant());
            queries.Add(key.ToLowerInvariant());
            queries.Add(key + "s");
            queries.Add(key[..^1]);
            // A mark with its 0x20 bit flipped ("U.S." → "U\u000ES."): equal to the key only under a wrong case fold.
            for (var i = 0; i < key.Length; i++)
            {
                if (key[i] < '\x80' && !char.IsAsciiLetter(key[i]))
                    queries.Add(string.Concat(key.AsSpan(0, i), [(char)(key[i] ^ 0x20)], key.AsSpan(i + 1)));
            }
        }
        return (keys, queries);
    }
}
