using NewsParsing.Lexicons;

namespace NewsParsing.Quotes;

/// <summary>
/// Day numbers written as ordinals with a dot ("am 12. Oktober", "vom 3. Mai 2009"), as German and other languages
/// write dates: the dot ends the number, not the sentence. Month names come from <c>months.txt</c>.
/// </summary>
internal static class OrdinalDates
{
    /// <summary>The most digits of a day number.</summary>
    private const int MaxDayDigits = 2;

    /// <summary>
    /// Whether the '.' at <paramref name="dot"/> follows a day number of one or two digits (a word of its own) and the
    /// word at <paramref name="next"/> is a month name.
    /// </summary>
    public static bool IsOrdinalDay(ReadOnlySpan<char> text, int floor, int dot, int next, Lexicon months)
    {
        var digits = 0;
        while (dot - digits - 1 >= floor && char.IsAsciiDigit(text[dot - digits - 1]))
            digits++;
        if (digits is 0 or > MaxDayDigits || dot - digits - 1 >= floor && !char.IsWhiteSpace(text[dot - digits - 1]))
            return false;
        var end = next;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        return end > next && months.Contains(text[next..end]);
    }
}
