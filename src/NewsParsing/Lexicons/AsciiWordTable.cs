using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsParsing.Lexicons;

/// <summary>The hash of <see cref="AsciiWordTable{TValue}"/>.</summary>
internal static class AsciiWordTable
{
    /// <summary>
    /// The hash of an ASCII word ignoring case, from its length and its first and last four characters (read as one
    /// 64-bit value each, overlapping in a short word), not from every character: a word's characters are then read only
    /// by the comparison that confirms a match. Setting the 0x20 bit folds ASCII case (other characters may merge, which
    /// costs a collision now and then, never a wrong answer).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(ReadOnlySpan<char> word)
    {
        const ulong CaseBits = 0x0020_0020_0020_0020;
        ulong head, tail;
        if (word.Length >= 4)
        {
            var bytes = MemoryMarshal.AsBytes(word);
            head = MemoryMarshal.Read<ulong>(bytes);
            tail = MemoryMarshal.Read<ulong>(bytes[^8..]);
        }
        else
        {
            head = 0;
            foreach (var c in word)
                head = (head << 16) | c;
            tail = 0;
        }
        var mixed = ((head | CaseBits) * 0x9E3779B97F4A7C15) ^ (((tail | CaseBits) + (ulong)word.Length) * 0xC2B2AE3D27D4EB4F);
        return (uint)(mixed >> 32) ^ (uint)mixed;
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
    /// <summary>The keys, lower-cased, back to back.</summary>
    private readonly char[] _chars;
    private readonly int[] _keyStarts;
    private readonly int[] _keyLengths;
    private readonly TValue[] _values;
    private readonly int _longestKey;

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
        _keyStarts = new int[keys.Count];
        _keyLengths = new int[keys.Count];
        _values = [.. values];
        var at = 0;
        for (var k = 0; k < keys.Count; k++)
        {
            var key = keys[k];
            key.CopyTo(_chars.AsSpan(at));
            _keyStarts[k] = at;
            _keyLengths[k] = key.Length;
            at += key.Length;
            _longestKey = Math.Max(_longestKey, key.Length);
            var slot = (int)AsciiWordTable.Hash(key) & _mask;
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
        var slot = (int)AsciiWordTable.Hash(word) & _mask;
        while (_slots[slot] is var entry and not 0)
        {
            if (_keyLengths[entry - 1] == word.Length && EqualsLowered(word, _chars.AsSpan(_keyStarts[entry - 1], word.Length)))
                return _values[entry - 1];
            slot = (slot + 1) & _mask;
        }
        return default;
    }

    private static bool EqualsLowered(ReadOnlySpan<char> word, ReadOnlySpan<char> key)
    {
        for (var k = 0; k < word.Length; k++)
        {
            if (Lower(word[k]) != key[k])
                return false;
        }
        return true;
    }

    /// <summary>ASCII upper-case letters to lower case; every other character as it is.</summary>
    private static char Lower(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

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
