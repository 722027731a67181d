using NewsParsing.Model;

namespace NewsParsing.Internal;

/// <summary>Ascending keys read by index, for <see cref="AscendingSearch.FirstAbove{TKeys}"/>.</summary>
internal interface IAscendingKeys
{
    int Count { get; }

    int this[int index] { get; }
}

/// <summary>Searches in ascending keys that callers ask about mostly in order.</summary>
internal static class AscendingSearch
{
    /// <summary>
    /// The first index whose key exceeds <paramref name="value"/>, or the count. Searched for from the last answer
    /// (<paramref name="hint"/>, updated), in steps that double, and only then by halving: callers ask mostly in text
    /// order, and a binary search over a long article's list costs a dozen mispredicted steps each time. The keys are a
    /// struct, so the search is compiled for each kind with no call through the interface.
    /// </summary>
    public static int FirstAbove<TKeys>(TKeys keys, int value, ref int hint) where TKeys : struct, IAscendingKeys, allows ref struct
    {
        var count = keys.Count;
        var from = Math.Min(hint, count);
        int low, high;
        if (from < count && keys[from] <= value)
        {
            low = from + 1;
            var step = 1;
            while (low + step - 1 < count && keys[low + step - 1] <= value)
            {
                low += step;
                step *= 2;
            }
            high = Math.Min(count, low + step - 1);
        }
        else if (from == 0 || keys[from - 1] <= value)
        {
            low = high = from;
        }
        else
        {
            low = 0;
            high = from - 1;
        }
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (keys[middle] > value)
                high = middle;
            else
                low = middle + 1;
        }
        hint = low;
        return low;
    }

    /// <summary>The ends of spans in text order, not overlapping (so ascending), as <see cref="IAscendingKeys"/>.</summary>
    public readonly ref struct Ends(ReadOnlySpan<TextSpan> spans) : IAscendingKeys
    {
        private readonly ReadOnlySpan<TextSpan> _spans = spans;

        public int Count => _spans.Length;

        public int this[int index] => _spans[index].End;
    }

    /// <summary>An ascending array as <see cref="IAscendingKeys"/>.</summary>
    public readonly struct Array(int[] values) : IAscendingKeys
    {
        public int Count => values.Length;

        public int this[int index] => values[index];
    }
}
