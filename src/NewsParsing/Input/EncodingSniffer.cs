using System.Collections.Immutable;
using System.Text;
using NewsParsing.Model;

namespace NewsParsing.Input;

/// <summary>
/// Chooses the encoding of input bytes: a BOM first, then (for HTML) a declared charset, then detection.
/// Whatever was guessed or replaced is reported, so nothing is mis-decoded silently.
/// </summary>
internal static class EncodingSniffer
{
    public readonly record struct Decoded(string Text, Encoding Encoding, ImmutableArray<ParseDiagnostic> Diagnostics);

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static EncodingSniffer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Decoded Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return DecodeWith(bytes, 3, Encoding.UTF8, declared: true);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return DecodeWith(bytes, 2, Encoding.Unicode, declared: true);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return DecodeWith(bytes, 2, Encoding.BigEndianUnicode, declared: true);

        if (LooksLikeUtf16(span, out var bigEndian))
        {
            var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
            var decoded = DecodeWith(bytes, 0, encoding, declared: false);
            return decoded with { Diagnostics = [.. decoded.Diagnostics, Detected(encoding)] };
        }

        if (DeclaredHtmlCharset(span) is { } declared && !IsUtf8(declared))
            return DecodeWith(bytes, 0, WebEquivalent(declared), declared: true);

        try
        {
            return new Decoded(s_strictUtf8.GetString(bytes), Encoding.UTF8, []);
        }
        catch (DecoderFallbackException)
        {
        }

        // Not valid UTF-8. Mostly valid UTF-8 sequences with a few stray bytes is a UTF-8 page with damage: keep
        // UTF-8 and say so. Mostly ASCII with lone high bytes is a legacy single-byte page: Windows-1252 reads
        // every byte; otherwise keep UTF-8 with replacement characters and say so.
        var (valid, invalid) = Utf8Sequences(span);
        if (valid > invalid && HighByteShare(span) < 0.3)
        {
            return new Decoded(Encoding.UTF8.GetString(bytes), Encoding.UTF8,
                [new ParseDiagnostic(DiagnosticCode.InvalidEncoding, DiagnosticSeverity.Warning,
                    $"The input is UTF-8 with {invalid} invalid byte sequences; they were replaced with U+FFFD.")]);
        }
        if (HighByteShare(span) < 0.3)
        {
            var cp1252 = Encoding.GetEncoding(1252);
            return new Decoded(cp1252.GetString(bytes), cp1252, [Detected(cp1252)]);
        }
        return new Decoded(Encoding.UTF8.GetString(bytes), Encoding.UTF8,
            [new ParseDiagnostic(DiagnosticCode.InvalidEncoding, DiagnosticSeverity.Warning,
                "The input is not valid UTF-8; invalid bytes were replaced with U+FFFD.")]);
    }

    private static Decoded DecodeWith(byte[] bytes, int skip, Encoding encoding, bool declared)
    {
        var text = encoding.GetString(bytes, skip, bytes.Length - skip);
        if (text.Contains('\uFFFD', StringComparison.Ordinal) && declared)
        {
            return new Decoded(text, encoding,
                [new ParseDiagnostic(DiagnosticCode.InvalidEncoding, DiagnosticSeverity.Warning,
                    $"Some bytes were not valid {encoding.WebName} and were replaced with U+FFFD.")]);
        }
        return new Decoded(text, encoding, []);
    }

    private static ParseDiagnostic Detected(Encoding encoding) =>
        new(DiagnosticCode.EncodingDetected, DiagnosticSeverity.Info, $"No encoding was declared; the bytes were read as {encoding.WebName}.");

    private static bool IsUtf8(Encoding encoding) => encoding.CodePage == Encoding.UTF8.CodePage;

    // UTF-16 without a BOM: text in Latin scripts has a zero byte in every other position.
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.Length < 4 || sample.Length % 2 != 0 && sample.Length < 16)
            return false;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }
        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05)
            return true;
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05)
        {
            bigEndian = true;
            return true;
        }
        return false;
    }

    /// <summary>
    /// The web reads ISO-8859-1 and ASCII labels as Windows-1252 (WHATWG Encoding): pages so labelled use
    /// curly quotes and dashes from 0x80-0x9F, which Latin-1 would turn into control characters.
    /// </summary>
    private static Encoding WebEquivalent(Encoding declared) =>
        declared.CodePage is 28591 or 20127 ? Encoding.GetEncoding(1252) : declared;

    /// <summary>Counts well-formed multi-byte UTF-8 sequences and bytes that start no valid sequence.</summary>
    private static (int Valid, int Invalid) Utf8Sequences(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }
            var length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0;
            var ok = length > 0 && i + length <= bytes.Length;
            for (var k = 1; ok && k < length; k++)
                ok = (bytes[i + k] & 0xC0) == 0x80;
            if (ok)
            {
                valid++;
                i += length;
            }
            else
            {
                invalid++;
                i++;
            }
        }
        return (valid, invalid);
    }

    private static double HighByteShare(ReadOnlySpan<byte> bytes)
    {
        var high = 0;
        foreach (var b in bytes)
        {
            if (b >= 0x80) high++;
        }
        return bytes.Length == 0 ? 0 : (double)high / bytes.Length;
    }

    /// <summary>
    /// The charset an HTML page declares in its first 4 KB (<c>&lt;meta charset&gt;</c> or <c>http-equiv</c>),
    /// as the HTML standard's prescan does.
    /// </summary>
    internal static Encoding? DeclaredHtmlCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var at = 0;
        while ((at = head.IndexOf("charset", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            at += "charset".Length;
            var i = at;
            while (i < head.Length && (head[i] is ' ' or '=' or '"' or '\''))
                i++;
            var start = i;
            while (i < head.Length && (char.IsAsciiLetterOrDigit(head[i]) || head[i] is '-' or '_' or ':' or '.'))
                i++;
            if (i == start)
                continue;
            var name = head[start..i];
            try
            {
                return Encoding.GetEncoding(name);
            }
            catch (ArgumentException)
            {
                // unknown name: keep looking
            }
        }
        return null;
    }
}
