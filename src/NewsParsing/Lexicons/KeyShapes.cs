namespace NewsParsing.Lexicons;

/// <summary>
/// A first test for case-insensitive (<see cref="StringComparer.OrdinalIgnoreCase"/>) key lookups: for each ASCII
/// first character and length, the last characters of the keys of that shape. Most words of running text share no
/// first character, length and last character with any key of a word list, so two table reads rule them out before
/// any hashing (a first-character-and-length test alone passes most words of a table with a few hundred keys).
/// Never wrong the other way: a key that may match is always looked up.
/// </summary>
internal sealed class KeyShapes
{
    /// <summary>Lengths from this on share one slot.</summary>
    private const int LongLength = 31;

    /// <summary>Last-character classes: 'a'..'z' (either case) are 0..25, ASCII digits 26, other ASCII 27.</summary>
    private const int DigitClass = 26;
    private const int OtherAsciiClass = 27;

    /// <summary>Per (first character, length) slot, a bit per last-character class of the keys of that shape.</summary>
    private readonly uint[] _lastClasses = new uint[128 * (LongLength + 1)];

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
            // A non-ASCII last character may equal an ASCII one ignoring case: such a key lets every last character pass.
            var last = key[^1];
            var bits = last < 128 ? 1u << LastClass(last) : uint.MaxValue;
            _lastClasses[Slot(char.ToLowerInvariant(c), key.Length)] |= bits;
            _lastClasses[Slot(char.ToUpperInvariant(c), key.Length)] |= bits;
        }
    }

    private static int Slot(char first, int length) => first * (LongLength + 1) + Math.Min(length, LongLength);

    private static int LastClass(char c) =>
        char.IsAsciiLetter(c) ? (c | 0x20) - 'a' : char.IsAsciiDigit(c) ? DigitClass : OtherAsciiClass;

    /// <summary>False when no key can equal <paramref name="word"/> ignoring case; true when one may.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (_passAll || word.IsEmpty || word[0] >= 128)
            return true;
        var bits = _lastClasses[Slot(word[0], word.Length)];
        var last = word[^1];
        // A non-ASCII last character may fold to an ASCII one ('ı' to 'I'): it passes any slot that has keys.
        return last >= 128 ? bits != 0 : (bits & (1u << LastClass(last))) != 0;
    }
}
