namespace NewsParsing.Lexicons;

/// <summary>
/// A first test for case-insensitive (<see cref="StringComparer.OrdinalIgnoreCase"/>) key lookups: for each ASCII
/// first character, the lengths of the keys that start with it. Most words of running text share a first character
/// and a length with no key of a word list, so one table read rules them out before any hashing. Never wrong the
/// other way: a key that may match is always looked up.
/// </summary>
internal sealed class KeyShapes
{
    /// <summary>Lengths from this on share one bit.</summary>
    private const int LongBit = 31;

    private readonly uint[] _lengths = new uint[128];

    /// <summary>Whether the table cannot rule anything out (an empty key, or a first character it cannot file).</summary>
    private readonly bool _passAll;

    public KeyShapes(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (key.Length == 0)
            {
                _passAll = true;
                continue;
            }
            var c = key[0];
            if (c >= 128)
            {
                // A non-ASCII character that ignoring case equates with an ASCII one ('ı' and 'I', 'ſ' and 'S') could
                // match a word the table files under the ASCII one; any other can only match non-ASCII words, which pass.
                if (char.ToUpperInvariant(c) < 128 || char.ToLowerInvariant(c) < 128)
                    _passAll = true;
                continue;
            }
            var bit = 1u << Math.Min(key.Length, LongBit);
            _lengths[char.ToLowerInvariant(c)] |= bit;
            _lengths[char.ToUpperInvariant(c)] |= bit;
        }
    }

    /// <summary>False when no key can equal <paramref name="word"/> ignoring case; true when one may.</summary>
    public bool MayContain(ReadOnlySpan<char> word) =>
        _passAll || word.IsEmpty || word[0] >= 128 || (_lengths[word[0]] & (1u << Math.Min(word.Length, LongBit))) != 0;
}
