using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsParsing.Lexicons;

/// <summary>The hash and key comparison of <see cref="AsciiWordTable{TValue}"/>.</summary>
internal static class AsciiWordTable
{
    private const ulong Lanes = 0x0001_0001_0001_0001;

    /// <summary>
    /// A word's first and last four characters (overlapping in a short word; a word under four characters packed into
    /// <c>Head</c>, <c>Tail</c> 0), read as one 64-bit value each and lower-cased: with the length they are the whole
    /// word up to eight characters, so such a word is hashed and compared with a table key without a loop over its characters.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (ulong Head, ulong Tail) Ends(ReadOnlySpan<char> word)
    {
        if (word.Length >= 4)
        {
            var bytes = MemoryMarshal.AsBytes(word);
            return (Lower(MemoryMarshal.Read<ulong>(bytes)), Lower(MemoryMarshal.Read<ulong>(bytes[^8..])));
        }
        ulong head = 0;
        foreach (var c in word)
            head = (head << 16) | c;
        return (Lower(head), 0);
    }

    /// <summary>The hash of a word from its <see cref="Ends"/> and length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(ulong head, ulong tail, int length)
    {
        var mixed = (head * 0x9E3779B97F4A7C15) ^ ((tail + (ulong)length) * 0xC2B2AE3D27D4EB4F);
        return (uint)(mixed >> 32) ^ (uint)mixed;
    }

    /// <summary>
    /// Four ASCII characters (16 bits each) with A-Z lower-cased, all at once: a lane's 0x80 bit is set after adding 0x3F
    /// when it is at least 'A' and after adding 0x25 when it is past 'Z'; an ASCII lane never carries into the next.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Lower(ulong chars)
    {
        var upper = (chars + 0x3F * Lanes) & ~(chars + 0x25 * Lanes) & (0x80 * Lanes);
        return chars | (upper >> 2);
    }
}

/// <summary>
/// The ASCII keys of a case-insensitive word table in one open-addressing array, for the one lookup per word a
/// tokenizer makes: hashing and comparing a short ASCII word inline costs a fraction of a general case-insensitive dictionary
/// lookup, and nearly every token of English news is ASCII. Words with any other character are left to the caller's
/// general table (<see cref="TryGetValue"/> says so), so answers are those of an ordinal ignore-case dictionary.
/// Immutable after construction.
/// </summary>
internal sealed class AsciiWordTable<TValue> where TValue : struct
{
    /// <summary>Entry index + 1 per slot, 0 for empty; a power of two at most half full, so probes stay short.</summary>
    private readonly int[] _slots;
    private readonly int _mask;
    private readonly Entry[] _entries;
    /// <summary>The keys, lower-cased, back to back: read only for the middle of a key longer than eight characters.</summary>
    private readonly char[] _chars;
    private readonly int _longestKey;

    /// <summary>A key's <see cref="AsciiWordTable.Ends"/>, where the rest of it starts in <see cref="_chars"/>, and its value: one read confirms a short word.</summary>
    private readonly record struct Entry(ulong Head, ulong Tail, int Length, int Start, TValue Value);

    /// <param name="entries">Keys unique ignoring case (as in an ordinal ignore-case dictionary).</param>
    public AsciiWordTable(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var keys = new List<string>();
        var values = new List<TValue>();
        foreach (var (key, value) in entries)
        {
            // A key with other characters can still equal an ASCII word ignoring case when each of its characters
            // upper-cases to ASCII (ordinal ignore-case compares upper-cased characters): such a key is kept in that form.
            var ascii = IsAscii(key) ? key : UpperIfAscii(key);
            if (ascii is null || ascii.Length == 0)
                continue;
            keys.Add(ascii.ToLowerInvariant());
            values.Add(value);
        }
        _slots = new int[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Count * 2))];
        _mask = _slots.Length - 1;
        _chars = new char[keys.Sum(static k => k.Length)];
        _entries = new Entry[keys.Count];
        var at = 0;
        for (var k = 0; k < keys.Count; k++)
        {
            var key = keys[k];
            key.CopyTo(_chars.AsSpan(at));
            var (head, tail) = AsciiWordTable.Ends(key);
            _entries[k] = new Entry(head, tail, key.Length, at, values[k]);
            at += key.Length;
            _longestKey = Math.Max(_longestKey, key.Length);
            var slot = (int)AsciiWordTable.Hash(head, tail, key.Length) & _mask;
            while (_slots[slot] != 0)
                slot = (slot + 1) & _mask;
            _slots[slot] = k + 1;
        }
    }

    /// <summary>
    /// False when <paramref name="word"/> holds a character beyond ASCII (ask the general table); else true, with the
    /// value of the key equal to the word ignoring case, or the default value when there is none.
    /// </summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        if (!System.Text.Ascii.IsValid(word))
        {
            value = default;
            return false;
        }
        value = GetAsciiValue(word);
        return true;
    }

    /// <summary>
    /// The value of the key equal to an ASCII <paramref name="word"/> ignoring case, or the default value.
    /// </summary>
    public TValue GetAsciiValue(ReadOnlySpan<char> word)
    {
        if (word.Length > _longestKey || word.IsEmpty)
            return default;
        var (head, tail) = AsciiWordTable.Ends(word);
        var slot = (int)AsciiWordTable.Hash(head, tail, word.Length) & _mask;
        while (_slots[slot] is var index and not 0)
        {
            ref readonly var entry = ref _entries[index - 1];
            if (entry.Head == head && entry.Tail == tail && entry.Length == word.Length
                && (word.Length <= 8 || MiddleEquals(word, _chars.AsSpan(entry.Start, word.Length))))
                return entry.Value;
            slot = (slot + 1) & _mask;
        }
        return default;
    }

    /// <summary>Whether the characters of a word longer than eight between its first and last four equal the key's (lower-cased).</summary>
    private static bool MiddleEquals(ReadOnlySpan<char> word, ReadOnlySpan<char> key)
    {
        var words = MemoryMarshal.AsBytes(word);
        var keys = MemoryMarshal.AsBytes(key);
        for (var k = 8; k < words.Length - 8; k += 8)
        {
            if (AsciiWordTable.Lower(MemoryMarshal.Read<ulong>(words[k..])) != MemoryMarshal.Read<ulong>(keys[k..]))
                return false;
        }
        return true;
    }

    private static bool IsAscii(string key) => !key.AsSpan().ContainsAnyExceptInRange('\0', '\x7F');

    private static string? UpperIfAscii(string key)
    {
        var upper = string.Create(key.Length, key, static (chars, k) =>
        {
            for (var i = 0; i < k.Length; i++)
                chars[i] = char.ToUpperInvariant(k[i]);
        });
        return IsAscii(upper) && string.Equals(upper, key, StringComparison.OrdinalIgnoreCase) ? upper : null;
    }
}

/// <summary>
/// A case-insensitive word table for a lookup per word of running text: ASCII words (nearly every word of English
/// news) from an <see cref="AsciiWordTable{TValue}"/>, every other word from a <see cref="SpanLookup{TValue}"/> of
/// the same entries. Answers are those of an ordinal ignore-case dictionary; a word it lacks gets the default value.
/// Immutable after construction.
/// </summary>
internal sealed class WordTable<TValue> where TValue : struct
{
    private readonly AsciiWordTable<TValue> _ascii;
    private readonly SpanLookup<TValue> _other;

    /// <param name="entries">Keys unique ignoring case.</param>
    public WordTable(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var list = entries as IReadOnlyCollection<KeyValuePair<string, TValue>> ?? [.. entries];
        _ascii = new AsciiWordTable<TValue>(list);
        _other = new SpanLookup<TValue>(list);
    }

    /// <summary>The value of the key equal to <paramref name="word"/> ignoring case, or the default value.</summary>
    public TValue Get(ReadOnlySpan<char> word)
    {
        if (!_ascii.TryGetValue(word, out var value))
            _other.TryGetValue(word, out value);
        return value;
    }

    /// <summary><see cref="Get"/> of a word the caller knows is ASCII: no test of its characters.</summary>
    public TValue GetAscii(ReadOnlySpan<char> word) => _ascii.GetAsciiValue(word);
}
