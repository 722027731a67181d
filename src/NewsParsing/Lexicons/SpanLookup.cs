using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace NewsParsing.Lexicons;

/// <summary>
/// A case-insensitive (<see cref="StringComparer.OrdinalIgnoreCase"/>) word table looked up by span, so the hot path
/// allocates nothing; a <see cref="KeyShapes"/> test rules out most words of running text before any hashing.
/// </summary>
internal sealed class SpanLookup<TValue>
{
    private readonly FrozenDictionary<string, TValue> _entries;
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly KeyShapes _shapes;

    /// <param name="entries">The entries; keys must be unique ignoring case.</param>
    public SpanLookup(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        _entries = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new KeyShapes(_entries.Keys);
    }

    public int Count => _entries.Count;

    public IEnumerable<string> Keys => _entries.Keys;

    public bool ContainsKey(ReadOnlySpan<char> key) => _shapes.MayContain(key) && _lookup.ContainsKey(key);

    public bool TryGetValue(ReadOnlySpan<char> key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_shapes.MayContain(key))
            return _lookup.TryGetValue(key, out value);
        value = default;
        return false;
    }
}
