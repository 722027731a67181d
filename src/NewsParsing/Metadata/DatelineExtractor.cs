using System.Buffers;

namespace NewsParsing.Metadata;

/// <summary>
/// Finds the dateline a wire story opens with: "KYIV, Ukraine (AP) — ", "LONDON, March 14 (Reuters) - ",
/// "(Reuters) - ", "WASHINGTON — ". The place is in capitals or the line opens with the agency in parentheses.
/// </summary>
internal static class DatelineExtractor
{
    /// <summary>Datelines are short; a dash further in is part of a sentence.</summary>
    private const int MaxDatelineChars = 90;

    /// <summary>The characters that end the search or may be the dateline's dash.</summary>
    private static readonly SearchValues<char> s_stopsAndDashes = SearchValues.Create(".!?;:\"\u201C\n\u2014\u2013\u2015-");

    /// <summary>Reads a dateline at the start of a paragraph.</summary>
    /// <param name="paragraph">The paragraph text.</param>
    /// <param name="datelineLength">The length of the dateline without its dash ("KYIV, Ukraine (AP)").</param>
    /// <param name="contentStart">Where the paragraph's own text starts after the dateline and dash.</param>
    public static bool TryRead(ReadOnlySpan<char> paragraph, out int datelineLength, out int contentStart)
    {
        datelineLength = contentStart = 0;
        // A place or agency never opens in lower case; the headline search asks this of every word of a line.
        if (paragraph.IsEmpty || char.IsLower(paragraph[0]))
            return false;
        var limit = Math.Min(paragraph.Length, MaxDatelineChars);
        for (var i = 1; i < limit; i++)
        {
            var next = paragraph[i..limit].IndexOfAny(s_stopsAndDashes);
            if (next < 0)
                return false;
            i += next;
            var c = paragraph[i];
            if (c is '.' or '!' or '?' or ';' or ':' or '"' or '\u201C' or '\n')
            {
                // Abbreviations in places and dates ("ST. LOUIS", "D.C.", "Ill.", "Dec. 14") are fine; other sentence marks end the search.
                if (c == '.' && IsAbbreviation(paragraph[..i]))
                    continue;
                return false;
            }
            var dashLength = DashAt(paragraph, i);
            if (dashLength == 0)
                continue;
            var prefix = paragraph[..i].TrimEnd();
            if (!IsDatelinePrefix(prefix))
                return false;
            var after = i + dashLength;
            while (after < paragraph.Length && paragraph[after] == ' ')
                after++;
            if (after >= paragraph.Length || !(char.IsUpper(paragraph[after]) || char.IsDigit(paragraph[after]) || paragraph[after] is '"' or '\u201C' or '\u2018' or '\''))
                return false;
            datelineLength = prefix.Length;
            contentStart = after;
            return true;
        }
        return false;
    }

    // " — ", " – ", " - ", " -- ", or an em dash without spaces after a closing parenthesis.
    private static int DashAt(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c is not ('\u2014' or '\u2013' or '\u2015' or '-'))
            return 0;
        var length = 1;
        if (c == '-' && i + 1 < text.Length && text[i + 1] == '-')
            length = 2;
        var spacedBefore = text[i - 1] == ' ';
        var spacedAfter = i + length < text.Length && text[i + length] == ' ';
        if (spacedBefore && spacedAfter)
            return length;
        return c is '\u2014' or '\u2015' && (spacedBefore || text[i - 1] == ')') ? length : 0;
    }

    // "D.C", "ST", "Ill", "Dec": a short word that starts with a capital, just before the full stop.
    private static bool IsAbbreviation(ReadOnlySpan<char> before)
    {
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
            start--;
        var word = before[start..];
        return word.Length is > 0 and <= 5 && char.IsUpper(word[0]);
    }

    private static bool IsDatelinePrefix(ReadOnlySpan<char> prefix)
    {
        if (prefix.IsEmpty)
            return false;
        if (prefix[0] == '(')
            return prefix[^1] == ')' && prefix.IndexOf(')') == prefix.Length - 1 && prefix.Length <= 40;
        // The first word is the place in capitals: at least two letters, no lower case. Before an agency in
        // parentheses, one capitalised word will do ("Cleveland (AFP) –", "Springfield, Ill. (AP) —").
        var firstEnd = prefix.IndexOfAny(',', '(');
        var place = (firstEnd < 0 ? prefix : prefix[..firstEnd]).Trim();
        if (prefix[^1] == ')' && prefix.Contains('(') && place.Length > 1 && char.IsUpper(place[0]) && !place.Contains(' ') && !place[1..].ContainsAnyInRange('A', 'Z'))
            return true;
        var letters = 0;
        foreach (var ch in place)
        {
            if (char.IsLower(ch))
                return false;
            if (char.IsLetter(ch))
                letters++;
        }
        return letters >= 2;
    }
}
