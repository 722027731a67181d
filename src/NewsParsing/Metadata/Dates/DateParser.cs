using System.Globalization;
using NewsParsing.Lexicons;
using NewsParsing.Model;

namespace NewsParsing.Metadata.Dates;

/// <summary>
/// Parses dates: machine-written ones (ISO 8601 with or without time and offset, RFC 1123) and the ways people
/// write them in page text ("March 14, 2025", "14 mars 2025", "14. März 2025", "2025年3月14日", "14.03.2025"),
/// with month names from the <c>months</c> lexicon.
/// </summary>
internal static class DateParser
{
    private static readonly string[] s_rfcFormats =
    [
        "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
        "ddd, dd MMM yyyy HH:mm:ss 'UTC'", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "dd MMM yyyy HH:mm:ss zzz",
    ];

    /// <summary>
    /// Parses <c>yyyy-MM-dd</c>, optionally followed by <c>T</c> or a space and <c>HH:mm[:ss[.fff]]</c> and
    /// <c>Z</c> or <c>±hh[:]mm</c>; then RFC 1123. Impossible dates (2025-02-30) fail.
    /// </summary>
    /// <param name="text">The text, trimmed or not.</param>
    /// <param name="date">The date read.</param>
    /// <param name="consumed">How many characters of <paramref name="text"/> (after leading white space) were read.</param>
    public static bool TryParseIso(ReadOnlySpan<char> text, out ArticleDate date, out int consumed)
    {
        date = default;
        consumed = 0;
        var lead = text.Length - text.TrimStart().Length;
        text = text[lead..];
        if (text.Length < 10 || !Digits(text[..4], out var year) || text[4] is not ('-' or '/' or '.')
            || !Digits(text.Slice(5, 2), out var month) || text[7] != text[4] || !Digits(text.Slice(8, 2), out var day))
            return false;
        if (text.Length > 10 && char.IsAsciiDigit(text[10]))
            return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        var position = 10;
        TimeOnly? time = null;
        TimeSpan? offset = null;
        if (text.Length >= position + 6 && text[position] is 'T' or ' ' && Digits(text.Slice(position + 1, 2), out var hour)
            && text[position + 3] == ':' && Digits(text.Slice(position + 4, 2), out var minute) && hour < 24 && minute < 60)
        {
            position += 6;
            var second = 0;
            if (text.Length >= position + 3 && text[position] == ':' && Digits(text.Slice(position + 1, 2), out second) && second < 60)
                position += 3;
            else
                second = 0;
            if (position < text.Length && text[position] is '.' or ',')
            {
                position++;
                while (position < text.Length && char.IsAsciiDigit(text[position]))
                    position++;
            }
            time = new TimeOnly(hour, minute, second);
            if (position < text.Length && text[position] == 'Z')
            {
                offset = TimeSpan.Zero;
                position++;
            }
            else if (position + 3 <= text.Length && text[position] is '+' or '-' && Digits(text.Slice(position + 1, 2), out var offsetHours))
            {
                var sign = text[position] == '-' ? -1 : 1;
                position += 3;
                var offsetMinutes = 0;
                if (position + 3 <= text.Length && text[position] == ':' && Digits(text.Slice(position + 1, 2), out offsetMinutes))
                    position += 3;
                else if (position + 2 <= text.Length && Digits(text.Slice(position, 2), out offsetMinutes))
                    position += 2;
                if (offsetHours <= 14 && offsetMinutes < 60)
                    offset = sign * new TimeSpan(offsetHours, offsetMinutes, 0);
            }
        }
        date = new ArticleDate(new DateOnly(year, month, day), time, offset);
        consumed = lead + position;
        return true;
    }

    /// <summary>Parses a whole field value as ISO 8601 or RFC 1123.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out ArticleDate date)
    {
        text = text.Trim();
        if (TryParseIso(text, out date, out _))
            return true;
        if (DateTimeOffset.TryParseExact(text, s_rfcFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var rfc))
        {
            date = new ArticleDate(DateOnly.FromDateTime(rfc.DateTime), TimeOnly.FromDateTime(rfc.DateTime), rfc.Offset);
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>Years outside this range in page text are more likely numbers than dates.</summary>
    private const int MinTextYear = 1990, MaxTextYear = 2100;

    /// <summary>
    /// Parses a field value: ISO 8601 or RFC 1123 first, then the first date written out in it.
    /// </summary>
    /// <param name="text">The value.</param>
    /// <param name="months">The <c>months</c> lexicon.</param>
    /// <param name="monthFirst">Whether "03/04/2025" is March 4 (US usage) rather than 3 April.</param>
    /// <param name="date">The date read.</param>
    public static bool TryParseAny(ReadOnlySpan<char> text, Lexicon months, bool monthFirst, out ArticleDate date)
    {
        if (TryParse(text, out date))
            return true;
        return TryFind(text, months, monthFirst, out date, out _, out _);
    }

    /// <summary>
    /// Finds the first date written in free text: day-month-year or month-day-year with a month name in any
    /// language of the lexicon, numeric dates (<c>14.03.2025</c>, <c>03/14/2025</c>, <c>2025-03-14</c>),
    /// and CJK dates (<c>2025年3月14日</c>, <c>2025년 3월 14일</c>); a time of day right after it is kept.
    /// </summary>
    /// <param name="text">The text to scan.</param>
    /// <param name="months">The <c>months</c> lexicon.</param>
    /// <param name="monthFirst">Whether an ambiguous numeric date puts the month first.</param>
    /// <param name="date">The date found.</param>
    /// <param name="start">Where it starts in <paramref name="text"/>.</param>
    /// <param name="length">How many characters it takes.</param>
    public static bool TryFind(ReadOnlySpan<char> text, Lexicon months, bool monthFirst, out ArticleDate date, out int start, out int length)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
                continue;
            int end;
            if (char.IsAsciiDigit(c))
            {
                if (TryNumericAt(text, i, months, monthFirst, out date, out end))
                {
                    end = ReadTime(text, end, ref date);
                    start = i;
                    length = end - i;
                    return true;
                }
            }
            else if (char.IsLetter(c) && TryMonthFirstAt(text, i, months, out date, out end))
            {
                end = ReadTime(text, end, ref date);
                start = i;
                length = end - i;
                return true;
            }
        }
        date = default;
        start = length = 0;
        return false;
    }

    // "March 14, 2025", "Mar. 14th 2025", "Sept 3, 2024".
    private static bool TryMonthFirstAt(ReadOnlySpan<char> text, int i, Lexicon months, out ArticleDate date, out int end)
    {
        date = default;
        end = i;
        if (!ReadMonth(text, ref end, months, out var month))
            return false;
        var p = SkipSeparators(text, end, allowComma: false);
        if (!ReadNumber(text, ref p, 2, out var day) || day is < 1 or > 31)
            return false;
        p = SkipOrdinal(text, p);
        p = SkipSeparators(text, p, allowComma: true);
        if (!ReadNumber(text, ref p, 4, out var year, exact: true))
            return false;
        return Make(year, month, day, out date, p, out end);
    }

    private static bool TryNumericAt(ReadOnlySpan<char> text, int i, Lexicon months, bool monthFirst, out ArticleDate date, out int end)
    {
        date = default;
        end = i;
        var p = i;
        if (!ReadNumber(text, ref p, 4, out var first))
            return false;
        var digits = p - i;
        if (digits == 4)
        {
            if (TryParseIso(text[i..], out date, out var consumed) && date.Date.Year is >= MinTextYear and <= MaxTextYear)
            {
                end = i + consumed;
                return true;
            }
            return TryCjk(text, p, first, out date, out end);
        }
        if (digits > 2 || first is < 1 or > 31)
            return false;
        // 14.03.2025, 03/14/2025, 14-03-2025
        if (p < text.Length && text[p] is '.' or '/' or '-')
        {
            var separator = text[p];
            var q = p + 1;
            while (separator == '.' && q < text.Length && text[q] == ' ')
                q++;
            if (ReadNumber(text, ref q, 2, out var second) && q < text.Length && text[q] == separator)
            {
                var r = q + 1;
                while (separator == '.' && r < text.Length && text[r] == ' ')
                    r++;
                if (ReadNumber(text, ref r, 4, out var year, exact: true))
                {
                    int day, month;
                    if (separator == '.' || first > 12 || (!monthFirst && second <= 12))
                        (day, month) = (first, second);
                    else
                        (day, month) = (second, first);
                    return Make(year, month, day, out date, r, out end);
                }
            }
        }
        // 14 March 2025, 14. März 2025, 14 de marzo de 2025, 14th March, 2025
        var m = SkipOrdinal(text, p);
        if (m < text.Length && text[m] == '.')
            m++;
        m = SkipSeparators(text, m, allowComma: false);
        m = SkipWord(text, m, "de");
        if (!ReadMonth(text, ref m, months, out var namedMonth))
            return false;
        m = SkipSeparators(text, m, allowComma: true);
        m = SkipWord(text, m, "de");
        m = SkipWord(text, m, "del");
        if (!ReadNumber(text, ref m, 4, out var namedYear, exact: true))
            return false;
        return Make(namedYear, namedMonth, first, out date, m, out end);
    }

    // 2025年3月14日 and 2025년 3월 14일.
    private static bool TryCjk(ReadOnlySpan<char> text, int p, int year, out ArticleDate date, out int end)
    {
        date = default;
        end = p;
        if (p >= text.Length || text[p] is not ('年' or '년'))
            return false;
        var korean = text[p] == '년';
        p = SkipSpaces(text, p + 1);
        if (!ReadNumber(text, ref p, 2, out var month) || p >= text.Length || text[p] != (korean ? '월' : '月'))
            return false;
        p = SkipSpaces(text, p + 1);
        if (!ReadNumber(text, ref p, 2, out var day) || p >= text.Length || text[p] is not ('日' or '일'))
            return false;
        return Make(year, month, day, out date, p + 1, out end);
    }

    private static bool Make(int year, int month, int day, out ArticleDate date, int position, out int end)
    {
        date = default;
        end = position;
        if (year is < MinTextYear or > MaxTextYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new ArticleDate(new DateOnly(year, month, day));
        return true;
    }

    private static bool ReadMonth(ReadOnlySpan<char> text, ref int p, Lexicon months, out int month)
    {
        month = 0;
        var start = p;
        var q = p;
        while (q < text.Length && char.IsLetter(text[q]))
            q++;
        if (q == start || q - start > 12 || !months.TryGet(text[start..q], out var fields) || fields.Length == 0
            || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out month))
            return false;
        if (q < text.Length && text[q] == '.')
            q++;
        p = q;
        return true;
    }

    private static bool ReadNumber(ReadOnlySpan<char> text, ref int p, int maxDigits, out int value, bool exact = false)
    {
        value = 0;
        var q = p;
        while (q < text.Length && char.IsAsciiDigit(text[q]) && q - p < maxDigits + 1)
        {
            value = value * 10 + (text[q] - '0');
            q++;
        }
        var digits = q - p;
        if (digits == 0 || digits > maxDigits || exact && digits != maxDigits)
            return false;
        p = q;
        return true;
    }

    private static int SkipOrdinal(ReadOnlySpan<char> text, int p)
    {
        if (p + 2 <= text.Length)
        {
            var suffix = text.Slice(p, 2);
            if ((suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
                && (p + 2 == text.Length || !char.IsLetter(text[p + 2])))
                return p + 2;
        }
        return p;
    }

    private static int SkipSeparators(ReadOnlySpan<char> text, int p, bool allowComma)
    {
        while (p < text.Length && (text[p] is ' ' or '\u00A0' or '\t' || allowComma && text[p] == ','))
            p++;
        return p;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int p)
    {
        while (p < text.Length && text[p] == ' ')
            p++;
        return p;
    }

    private static int SkipWord(ReadOnlySpan<char> text, int p, string word)
    {
        if (p + word.Length < text.Length && text.Slice(p, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase) && text[p + word.Length] == ' ')
            return SkipSeparators(text, p + word.Length, allowComma: false);
        return p;
    }

    // "..., 10:30", "at 10:30 a.m. EST", "um 14:05 Uhr": a time of day within a few characters after the date.
    private static int ReadTime(ReadOnlySpan<char> text, int p, ref ArticleDate date)
    {
        if (date.Time is not null)
            return p;
        var q = p;
        var limit = Math.Min(text.Length, p + 8);
        while (q < limit && !char.IsAsciiDigit(text[q]) && text[q] != '\n')
            q++;
        var h = q;
        if (!ReadNumber(text, ref h, 2, out var hour) || h >= text.Length || text[h] is not (':' or 'h' or '.') || hour > 23)
            return p;
        var m = h + 1;
        if (!ReadNumber(text, ref m, 2, out var minute, exact: true) || minute > 59)
            return p;
        var after = SkipSpaces(text, m);
        var rest = text[after..];
        if (rest.StartsWith("pm", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("p.m.", StringComparison.OrdinalIgnoreCase))
        {
            if (hour < 12)
                hour += 12;
            m = after + (rest[1] == '.' ? 4 : 2);
        }
        else if (rest.StartsWith("am", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("a.m.", StringComparison.OrdinalIgnoreCase))
        {
            if (hour == 12)
                hour = 0;
            m = after + (rest[1] == '.' ? 4 : 2);
        }
        TimeSpan? offset = null;
        after = SkipSpaces(text, m);
        rest = text[after..];
        foreach (var (zone, hours) in s_zones)
        {
            if (rest.StartsWith(zone, StringComparison.Ordinal) && (rest.Length == zone.Length || !char.IsLetter(rest[zone.Length])))
            {
                offset = TimeSpan.FromHours(hours);
                m = after + zone.Length;
                break;
            }
        }
        date = date with { Time = new TimeOnly(hour, minute), Offset = offset };
        return m;
    }

    private static readonly (string Zone, double Hours)[] s_zones =
    [
        ("UTC", 0), ("GMT", 0), ("EST", -5), ("EDT", -4), ("CST", -6), ("CDT", -5), ("MST", -7), ("MDT", -6),
        ("PST", -8), ("PDT", -7), ("CEST", 2), ("CET", 1), ("BST", 1), ("MESZ", 2), ("MEZ", 1), ("JST", 9), ("KST", 9),
    ];

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
                return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
