using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsParsing.Segmentation;

/// <summary>A word of a line (characters between white space): its bounds, and whether every character of it is ASCII.</summary>
internal readonly record struct LineWord(int Start, int End, bool Ascii);

/// <summary>
/// Splits a line into words at white space (what <see cref="char.IsWhiteSpace(char)"/> says), 64 characters at a time:
/// vector compares mark the spaces and the characters that need a test of their own (below space or beyond ASCII), and
/// bit scans read the bounds. A loop over the characters paid a mispredicted branch at the end of every word.
/// </summary>
internal static class LineWords
{
    private const int Chunk = 64;

    /// <summary>Fills <paramref name="words"/> with the first words of <paramref name="line"/>, in order; returns how many.</summary>
    public static int Split(ReadOnlySpan<char> line, Span<LineWord> words)
    {
        var count = 0;
        var open = -1;               // where the word still open at the chunk's start began, or -1
        var openBeyondAscii = false; // whether that word holds a character beyond ASCII in an earlier chunk
        Span<char> padded = stackalloc char[Chunk];
        for (var at = 0; at < line.Length && count < words.Length; at += Chunk)
        {
            scoped var chunk = line[at..Math.Min(line.Length, at + Chunk)];
            if (chunk.Length < Chunk)
            {
                // The last, short chunk: padded with spaces, which end its last word where the line ends.
                padded.Fill(' ');
                chunk.CopyTo(padded);
                chunk = padded;
            }
            var (space, beyondAscii) = Marks(chunk);
            var text = ~space;
            // Bit i of 'after' is set when character i - 1 is inside a word (for bit 0: a word runs on from the chunk before).
            var after = (text << 1) | (open >= 0 ? 1UL : 0);
            var starts = text & ~after;
            var ends = space & after;
            while (true)
            {
                if (open < 0)
                {
                    if (starts == 0)
                        break;
                    open = at + BitOperations.TrailingZeroCount(starts);
                    starts &= starts - 1;
                    openBeyondAscii = false;
                }
                var from = Math.Max(0, open - at);
                if (ends == 0)
                {
                    // The word runs on into the next chunk.
                    openBeyondAscii |= (beyondAscii & (ulong.MaxValue << from)) != 0;
                    break;
                }
                var end = BitOperations.TrailingZeroCount(ends);
                ends &= ends - 1;
                var ascii = !openBeyondAscii && (beyondAscii & ((1UL << end) - 1) & (ulong.MaxValue << from)) == 0;
                words[count++] = new LineWord(open, at + end, ascii);
                open = -1;
                if (count == words.Length)
                    return count;
            }
        }
        if (open >= 0)
            words[count++] = new LineWord(open, line.Length, !openBeyondAscii);
        return count;
    }

    /// <summary>
    /// Per character of a 64-character chunk, a bit: white space, and (for the rest) beyond ASCII. Spaces and printable
    /// ASCII are told by vector compares; a character below space or beyond ASCII is asked one at a time.
    /// </summary>
    private static (ulong Space, ulong BeyondAscii) Marks(ReadOnlySpan<char> chunk)
    {
        ulong space = 0, other = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var first = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(chunk));
            var blank = Vector128.Create((ushort)' ');
            var lastAscii = Vector128.Create((ushort)0x7F);
            for (var i = 0; i < Chunk; i += 2 * Vector128<ushort>.Count)
            {
                var low = Vector128.LoadUnsafe(ref first, (nuint)i);
                var high = Vector128.LoadUnsafe(ref first, (nuint)(i + Vector128<ushort>.Count));
                var isSpace = Vector128.Narrow(Vector128.Equals(low, blank), Vector128.Equals(high, blank));
                var isOther = Vector128.Narrow(
                    Vector128.LessThan(low, blank) | Vector128.GreaterThan(low, lastAscii),
                    Vector128.LessThan(high, blank) | Vector128.GreaterThan(high, lastAscii));
                space |= (ulong)isSpace.ExtractMostSignificantBits() << i;
                other |= (ulong)isOther.ExtractMostSignificantBits() << i;
            }
        }
        else
        {
            for (var i = 0; i < Chunk; i++)
            {
                var c = chunk[i];
                if (c == ' ')
                    space |= 1UL << i;
                else if (c is < ' ' or > '\x7F')
                    other |= 1UL << i;
            }
        }
        var beyondAscii = 0UL;
        for (; other != 0; other &= other - 1)
        {
            var i = BitOperations.TrailingZeroCount(other);
            var c = chunk[i];
            if (char.IsWhiteSpace(c))
                space |= 1UL << i;
            else if (c > '\x7F')
                beyondAscii |= 1UL << i;
        }
        return (space, beyondAscii);
    }
}
