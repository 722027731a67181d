using System.Buffers;
using NewsParsing.Internal;

namespace NewsParsing.Tests.Internal;

public class PooledListTests
{
    [Fact]
    public void GrowsPastManyRentalsAndKeepsItemsInOrder()
    {
        using var list = new PooledList<(int Key, string Name)>();
        for (var i = 0; i < 10_000; i++)
            list.Add((i, "item " + i));
        Assert.Equal(10_000, list.Count);
        Assert.Equal((0, "item 0"), list[0]);
        Assert.Equal((9_999, "item 9999"), list[^1]);
        Assert.Equal(Enumerable.Range(0, 10_000), list.AsSpan().ToArray().Select(item => item.Key));
    }

    [Fact]
    public void ItemsAreReadAndWrittenByReference()
    {
        using var list = new PooledList<(int Key, int Value)>(4);
        list.Add((1, 10));
        list[0].Value = 20;
        Assert.Equal((1, 20), list[0]);
    }

    [Fact]
    public void IndexOutsideTheItemsThrows()
    {
        using var list = new PooledList<int>(64);
        list.Add(1);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
    }

    [Fact]
    public void SortLeavesTiesInTheOrderListSortDoes()
    {
        // The stages' output depends on the order of equal keys after an unstable sort: it must not change.
        var random = new Random(6);
        var items = Enumerable.Range(0, 5_000).Select(i => (Key: random.Next(40), Index: i)).ToList();
        using var pooled = new PooledList<(int Key, int Index)>();
        foreach (var item in items)
            pooled.Add(item);
        Comparison<(int Key, int Index)> byKey = static (a, b) => a.Key.CompareTo(b.Key);
        items.Sort(byKey);
        pooled.Sort(byKey);
        Assert.Equal(items, pooled.AsSpan().ToArray());
    }

    [Fact]
    public void OfDefaultsClearsARentedArrayThatWasUsedBefore()
    {
        var dirty = ArrayPool<int>.Shared.Rent(300);
        Array.Fill(dirty, 7);
        ArrayPool<int>.Shared.Return(dirty);
        using var list = PooledList<int>.OfDefaults(300);
        Assert.Equal(300, list.Count);
        Assert.All(list.AsSpan().ToArray(), value => Assert.Equal(0, value));
    }

    [Fact]
    public void DisposeEmptiesTheList()
    {
        var list = new PooledList<string>();
        list.Add("a");
        list.Dispose();
        Assert.Equal(0, list.Count);
        list.Dispose();
        Assert.Equal(0, list.Count);
    }
}
