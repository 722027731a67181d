using System.Buffers;
using System.Globalization;
using System.Text;
using NewsParsing.Model;

namespace NewsParsing.Input;

/// <summary>
/// Stage 0 for plain text: line breaks to <c>\n</c>, no BOM or zero-width characters, tabs and no-break
/// spaces to spaces, control characters to spaces, and NFC, with an exact map back to the input.
/// </summary>
internal static class TextNormalizer
{
    // Characters that need any work; text without them (and already NFC) is returned as it is.
    internal const string Special =
        "\r\t\u00A0\u2007\u202F\uFEFF\u200B\u200C\u200D\u2028\u2029\u000B\u000C\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\u0085";

    private static readonly SearchValues<char> s_special = SearchValues.Create(Special);

    // The ASCII part of Special has a vectorised search of its own; the set as a whole, mixing ASCII with U+2007 and
    // U+FEFF, only a probabilistic one, several times slower on text that holds none of them (nearly all text).
    private static readonly SearchValues<char> s_asciiSpecial = SearchValues.Create(Special.Where(char.IsAscii).ToArray());
    private static readonly SearchValues<char> s_specialBeyondAscii = SearchValues.Create(Special.Where(c => !char.IsAscii(c)).ToArray());

    /// <summary>
    /// After this many characters beyond ASCII, <see cref="HasSpecial"/> searches the rest with the whole set: text in
    /// another script is mostly such characters, and testing them one at a time would cost more than that search.
    /// </summary>
    private const int MaxBeyondAsciiTests = 64;

    public readonly record struct Result(string Text, OffsetMap Map, int ControlCharacters);

    public static Result Normalize(string input, CancellationToken cancellationToken = default)
    {
        var span = input.AsSpan();
        if (IsPlain(span))
            return new Result(input, OffsetMap.Identity, 0);
        var needsNfc = !IsNfcQuick(span);
        if (!needsNfc && !HasSpecial(span))
            return new Result(input, OffsetMap.Identity, 0);

        var builder = new StringBuilder(input.Length);
        var map = new List<int>(input.Length + 1);
        var controls = 0;
        var changedLength = false;
        for (var i = 0; i < span.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var c = span[i];
            switch (c)
            {
                case '\r':
                    // CRLF becomes one '\n' that maps to the '\r', so a span ending before it ends before both.
                    Append('\n', i);
                    if (i + 1 < span.Length && span[i + 1] == '\n')
                    {
                        changedLength = true;
                        i++;
                    }
                    break;
                case '\u2028' or '\u2029' or '\u0085' or '\u000B' or '\u000C':
                    Append('\n', i);
                    break;
                case '\uFEFF' or '\u200B' or '\u200C' or '\u200D':
                    changedLength = true; // invisible: dropped
                    break;
                case '\t' or '\u00A0' or '\u2007' or '\u202F':
                    Append(' ', i);
                    break;
                default:
                    if (c < ' ' && c != '\n' || c == '\u007F')
                    {
                        controls++;
                        Append(' ', i);
                    }
                    else if (needsNfc && (!char.IsAscii(c) || i + 1 < span.Length && IsCombining(span[i + 1])))
                    {
                        // Normalise one starter and its combining marks at a time so each piece maps to its source run.
                        var end = i + 1;
                        while (end < span.Length && IsCombining(span[end]))
                            end++;
                        if (char.IsHighSurrogate(c) && end < span.Length && char.IsLowSurrogate(span[end]))
                        {
                            end++;
                            while (end < span.Length && IsCombining(span[end]))
                                end++;
                        }
                        var run = span[i..end];
                        string piece;
                        try
                        {
                            piece = run.ToString().Normalize(NormalizationForm.FormC);
                        }
                        catch (ArgumentException)
                        {
                            piece = run.ToString(); // lone surrogates: keep as they are
                        }
                        if (piece.Length != run.Length)
                            changedLength = true;
                        foreach (var p in piece)
                            Append(p, i);
                        i = end - 1;
                    }
                    else
                    {
                        Append(c, i);
                    }
                    break;
            }
        }
        map.Add(span.Length);
        var text = builder.ToString();
        return new Result(text, changedLength ? new OffsetMap([.. map]) : OffsetMap.Identity, controls);

        void Append(char ch, int source)
        {
            builder.Append(ch);
            map.Add(source);
        }
    }

    /// <summary>Printable ASCII and '\n': characters that never need any work.</summary>
    private static readonly SearchValues<char> s_plainAscii = SearchValues.Create(
        Enumerable.Range(' ', '\x7F' - ' ').Select(static c => (char)c).Append('\n').ToArray());

    /// <summary>
    /// Whether <paramref name="span"/> is sure to need no work: printable ASCII but for a few characters beyond it, each
    /// NFC by itself (<see cref="IsNfcQuick"/>) and not in <see cref="Special"/>. One pass answers for nearly all text,
    /// where <see cref="IsNfcQuick"/> and <see cref="HasSpecial"/> would take one each; false leaves it to them.
    /// </summary>
    private static bool IsPlain(ReadOnlySpan<char> span)
    {
        var rest = span;
        for (var tested = 1; ; tested++)
        {
            var next = rest.IndexOfAnyExcept(s_plainAscii);
            if (next < 0)
                return true;
            var c = rest[next];
            if (char.IsAscii(c) || s_specialBeyondAscii.Contains(c) || !IsNfcAlone(c))
                return false;
            rest = rest[(next + 1)..];
            // Past the first tests, go on only while such characters stay rare: a long article in English has a curly
            // quote or dash every line or so, and the searches that take over would read it all again, the last one
            // several times slower; text in another script, mostly such characters, stops here soon.
            if (tested >= MaxBeyondAsciiTests && tested * SparseBeyondAscii > span.Length - rest.Length)
                return false;
        }
    }

    /// <summary>Past <see cref="MaxBeyondAsciiTests"/>, <see cref="IsPlain"/> tests on while a character beyond ASCII comes at most once in this many.</summary>
    private const int SparseBeyondAscii = 16;

    /// <summary>
    /// Whether <paramref name="span"/> holds a character of <see cref="Special"/>: its ASCII characters by one vectorised
    /// search, then each character beyond ASCII (news text in English has a few: curly quotes, dashes) by itself.
    /// </summary>
    internal static bool HasSpecial(ReadOnlySpan<char> span)
    {
        if (span.ContainsAny(s_asciiSpecial))
            return true;
        for (var tested = 0; tested < MaxBeyondAsciiTests; tested++)
        {
            var next = span.IndexOfAnyExceptInRange('\0', '\x7F');
            if (next < 0)
                return false;
            if (s_specialBeyondAscii.Contains(span[next]))
                return true;
            span = span[(next + 1)..];
        }
        return span.ContainsAny(s_special);
    }

    /// <summary>
    /// Whether a character beyond U+02FF is NFC whatever stands around it: general punctuation from U+2002 (curly quotes,
    /// dashes: common in news; only U+2000 and U+2001 decompose). Every character up to U+02FF (ASCII and Latin letters
    /// without combining marks) is too.
    /// </summary>
    private static bool IsNfcAlone(char c) => c is <= '\u02FF' or (>= '\u2002' and <= '\u206F');

    private static bool IsNfcQuick(ReadOnlySpan<char> span)
    {
        // Only characters that are not NFC by themselves need the normalisation check.
        var rest = span;
        for (var next = rest.IndexOfAnyExceptInRange('\0', '\u02FF'); ; next = rest.IndexOfAnyExceptInRange('\0', '\u02FF'))
        {
            if (next < 0)
                return true;
            if (!IsNfcAlone(rest[next]))
                break;
            rest = rest[(next + 1)..];
        }
        try
        {
            return span.IsNormalized(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return true; // invalid surrogates: leave as is
        }
    }

    private static bool IsCombining(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
