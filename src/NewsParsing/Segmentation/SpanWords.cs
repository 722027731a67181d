using System.Buffers;
using NewsParsing.Model;

namespace NewsParsing.Segmentation;

/// <summary>A word of the article text, by its bounds.</summary>
internal readonly record struct SpanWord(int Start, int End)
{
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}

/// <summary>Which characters continue a word, for <see cref="SpanWords{TJoin}"/>: each scanner joins its own tokens.</summary>
internal interface IWordJoin
{
    /// <summary>Whether <c>text[at]</c> continues the word that opened at <paramref name="start"/> (<c>text[..end]</c> may be read).</summary>
    static abstract bool Continues(string text, int start, int at, int end);
}

/// <summary>
/// The words of a span, on the stack for a sentence's worth and in a rented array beyond: a word opens at a letter
/// or digit and runs while <typeparamref name="TJoin"/> says the next character continues it. Dispose returns the array.
/// </summary>
internal ref struct SpanWords<TJoin> where TJoin : IWordJoin
{
    /// <summary>Words kept on the stack by callers: a sentence's worth.</summary>
    public const int StackWords = 128;

    private SpanWord[]? _rented;

    /// <param name="text">The article text.</param>
    /// <param name="span">The span to split.</param>
    /// <param name="stack">A caller's stack buffer of <see cref="StackWords"/> words, used when the span fits.</param>
    public SpanWords(string text, TextSpan span, Span<SpanWord> stack)
    {
        // A word takes at least two characters with its separator: half the span bounds the count.
        var most = span.Length / 2 + 1;
        var buffer = most <= stack.Length ? stack : (_rented = ArrayPool<SpanWord>.Shared.Rent(most));
        var count = 0;
        var i = span.Start;
        while (i < span.End)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var j = i + 1;
            while (j < span.End && TJoin.Continues(text, i, j, span.End))
                j++;
            buffer[count++] = new SpanWord(i, j);
            i = j;
        }
        Words = buffer[..count];
    }

    /// <summary>The words, in text order.</summary>
    public ReadOnlySpan<SpanWord> Words { get; }

    public void Dispose()
    {
        if (_rented is not null)
            ArrayPool<SpanWord>.Shared.Return(_rented);
        _rented = null;
    }
}
