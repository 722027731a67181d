using System.Globalization;
using NewsParsing.Model;

namespace NewsParsing.Metadata.Dates;

/// <summary>Parses machine-written dates: ISO 8601 (with or without time and offset) and RFC 1123.</summary>
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
