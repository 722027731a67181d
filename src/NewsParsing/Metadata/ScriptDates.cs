namespace NewsParsing.Metadata;

/// <summary>
/// Finds a publication date written as a key in inline script data (<c>"publishedDate":"2016-11-04T20:37:27Z"</c>,
/// <c>pubDate: '2020-05-01'</c>, <c>\"published_at\":\"…\"</c>), for pages whose only dates live in scripts.
/// </summary>
internal static class ScriptDates
{
    /// <summary>Key names that mean "first published"; compared case-insensitively, '_' and '-' ignored.</summary>
    private static readonly string[] s_publishedKeys =
    [
        "datepublished", "publisheddate", "publishedat", "pubdate", "publishdate", "publicationdate",
        "datepublish", "firstpublished", "firstpublishedat", "publishedtime", "publishtime",
    ];

    /// <summary>Returns the ISO date value of the first published-date key in <paramref name="code"/>, or null.</summary>
    public static string? FindPublished(ReadOnlySpan<char> code)
    {
        var text = code;
        for (var i = 0; i < text.Length; i++)
        {
            // Keys start after a quote: jump to the next one (vectorised) rather than test every character.
            var quote = text[i..].IndexOfAny('"', '\'');
            if (quote < 0)
                break;
            i += quote;
            // Read a quoted key: letters, digits, '_' and '-'.
            var start = i + 1;
            var end = start;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '-'))
                end++;
            if (end == start || end >= text.Length || end - start > 24 || !IsPublishedKey(text[start..end]))
                continue;
            var position = end;
            // The closing quote of the key, possibly escaped (\" inside a JSON string).
            while (position < text.Length && text[position] is '"' or '\'' or '\\')
                position++;
            while (position < text.Length && text[position] is ' ')
                position++;
            if (position >= text.Length || text[position] is not (':' or '='))
                continue;
            position++;
            while (position < text.Length && text[position] is ' ' or '"' or '\'' or '\\')
                position++;
            var valueEnd = position;
            while (valueEnd < text.Length && valueEnd - position < 35 && (char.IsAsciiDigit(text[valueEnd]) || text[valueEnd] is '-' or ':' or 'T' or 'Z' or '+' or '.'))
                valueEnd++;
            if (valueEnd - position >= 10 && Dates.DateParser.TryParseIso(text[position..valueEnd], out var date, out _)
                && date.Date.Year >= 1995)
                return text[position..valueEnd].ToString();
            i = end;
        }
        return null;
    }

    private static bool IsPublishedKey(ReadOnlySpan<char> key)
    {
        Span<char> folded = stackalloc char[key.Length];
        var length = 0;
        foreach (var c in key)
        {
            if (c is not ('_' or '-'))
                folded[length++] = char.ToLowerInvariant(c);
        }
        foreach (var candidate in s_publishedKeys)
        {
            if (folded[..length].SequenceEqual(candidate))
                return true;
        }
        return false;
    }
}
