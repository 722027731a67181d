using System.Buffers;
using System.Runtime.CompilerServices;

namespace NewsParsing.Internal;

/// <summary>
/// A growable list of per-parse temporaries whose backing array is rented from <see cref="ArrayPool{T}.Shared"/> and
/// returned by <see cref="Dispose"/>. On a long article a <see cref="List{T}"/> of quotes, claims or mentions outgrows
/// the large-object-heap threshold (85,000 bytes), and every such allocation counts towards a full gen2 collection;
/// a rented array is reused across parses instead. Not thread-safe: one owner, one parse. Elements are read by
/// reference, so large records are not copied.
/// </summary>
internal sealed class PooledList<T> : IDisposable
{
    /// <summary>The first array rented when the list grows from empty.</summary>
    private const int MinimumCapacity = 16;

    private T[] _items;
    private int _count;

    /// <summary>An empty list with room for <paramref name="capacity"/> items (nothing is rented for 0).</summary>
    public PooledList(int capacity = 0) => _items = capacity > 0 ? ArrayPool<T>.Shared.Rent(capacity) : [];

    /// <summary>A list of <paramref name="count"/> default items (a rented replacement for <c>new T[count]</c>).</summary>
    public static PooledList<T> OfDefaults(int count)
    {
        var list = new PooledList<T>(count) { _count = count };
        list.AsSpan().Clear();
        return list;
    }

    public int Count => _count;

    public ref T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
            return ref _items[index];
        }
    }

    public void Add(T item)
    {
        if (_count == _items.Length)
            Grow();
        _items[_count++] = item;
    }

    public Span<T> AsSpan() => _items.AsSpan(0, _count);

    /// <summary>Empties the list and keeps its array (for a list reused by the next parse).</summary>
    public void Clear()
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
            AsSpan().Clear();
        _count = 0;
    }

    /// <summary>Sorts with <see cref="List{T}.Sort(Comparison{T})"/>'s algorithm, so ties end in the same order.</summary>
    public void Sort(Comparison<T> comparison) => AsSpan().Sort(comparison);

    public void Dispose()
    {
        var items = _items;
        if (items.Length == 0)
            return;
        // Drop the references the items hold, so the pooled array keeps no part of this parse alive.
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
            items.AsSpan(0, _count).Clear();
        _items = [];
        _count = 0;
        ArrayPool<T>.Shared.Return(items);
    }

    private void Grow()
    {
        var old = _items;
        var grown = ArrayPool<T>.Shared.Rent(Math.Max(MinimumCapacity, old.Length * 2));
        old.AsSpan(0, _count).CopyTo(grown);
        _items = grown;
        if (old.Length > 0)
        {
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
                old.AsSpan(0, _count).Clear();
            ArrayPool<T>.Shared.Return(old);
        }
    }
}
