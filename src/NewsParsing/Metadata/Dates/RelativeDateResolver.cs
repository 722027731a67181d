using NewsParsing.Model;

namespace NewsParsing.Metadata.Dates;

/// <summary>Which way a relative date points from the reference date.</summary>
internal enum DateDirection
{
    /// <summary>No modifier: news reports the past, so the latest such date on or before the reference ("on Friday").</summary>
    Default,
    /// <summary>"last Friday", "last August": strictly before the reference's week, month or year.</summary>
    Last,
    /// <summary>"this week", "this year": the period holding the reference.</summary>
    This,
    /// <summary>"next Monday", "next year".</summary>
    Next,
}

/// <summary>
/// Resolves relative date expressions against a reference date (the publication date): weekdays, months
/// without a year, "yesterday", "the past week". Pure functions; the rules follow news usage, where an
/// unmodified weekday or month names the latest one not after the reference ("said Friday" in a Friday
/// article is that day; "in August" in a March article is last year's August).
/// </summary>
internal static class RelativeDateResolver
{
    /// <summary>A weekday (ISO 1 = Monday ... 7 = Sunday).</summary>
    public static DateOnly Weekday(DateOnly reference, int isoDay, DateDirection direction)
    {
        var today = IsoDay(reference);
        var back = (today - isoDay + 7) % 7;
        return direction switch
        {
            DateDirection.Next => reference.AddDays((isoDay - today + 7) % 7 is 0 ? 7 : (isoDay - today + 7) % 7),
            // "last Friday" on a Friday is a week ago; on a Saturday it is yesterday.
            DateDirection.Last => reference.AddDays(-(back == 0 ? 7 : back)),
            DateDirection.This => reference.AddDays(isoDay - today),
            _ => reference.AddDays(-back),
        };
    }

    /// <summary>A month without a year: returns its first day.</summary>
    public static DateOnly Month(DateOnly reference, int month, DateDirection direction)
    {
        var year = direction switch
        {
            DateDirection.Last => month < reference.Month ? reference.Year : reference.Year - 1,
            DateDirection.Next => month > reference.Month ? reference.Year : reference.Year + 1,
            DateDirection.This => reference.Year,
            _ => month <= reference.Month ? reference.Year : reference.Year - 1,
        };
        return new DateOnly(year, month, 1);
    }

    /// <summary>A day of a month without a year ("March 14"): the latest one not after the reference, else this year's.</summary>
    public static DateOnly? DayOfMonth(DateOnly reference, int month, int day)
    {
        foreach (var year in (ReadOnlySpan<int>)[reference.Year, reference.Year - 1])
        {
            // Year 0 does not exist: a reference in year 1 (a bad metadata date) has no year before it.
            if (year >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                var date = new DateOnly(year, month, day);
                if (date <= reference.AddDays(1) || year < reference.Year)
                    return date;
            }
        }
        return null;
    }

    /// <summary>"the past week" (the seven days up to the reference), "last week", "this week", "next week" (ISO weeks).</summary>
    public static (DateOnly Start, DateOnly End) Week(DateOnly reference, DateDirection direction, bool past)
    {
        if (past)
            return (reference.AddDays(-6), reference);
        var monday = reference.AddDays(1 - IsoDay(reference));
        monday = direction switch
        {
            DateDirection.Last => monday.AddDays(-7),
            DateDirection.Next => monday.AddDays(7),
            _ => monday,
        };
        return (monday, monday.AddDays(6));
    }

    /// <summary>"last month", "this month", "next month": the first and last day.</summary>
    public static (DateOnly Start, DateOnly End) RelativeMonth(DateOnly reference, DateDirection direction)
    {
        var first = new DateOnly(reference.Year, reference.Month, 1).AddMonths(direction switch
        {
            DateDirection.Last => -1,
            DateDirection.Next => 1,
            _ => 0,
        });
        return (first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>"last year", "this year", "next year".</summary>
    public static int RelativeYear(DateOnly reference, DateDirection direction) => reference.Year + direction switch
    {
        DateDirection.Last => -1,
        DateDirection.Next => 1,
        _ => 0,
    };

    /// <summary>The last day of a period starting at <paramref name="start"/> with <paramref name="precision"/>.</summary>
    public static DateOnly EndOf(DateOnly start, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => start.AddMonths(1).AddDays(-1),
        DatePrecision.Year => new DateOnly(start.Year, 12, 31),
        DatePrecision.Week => start.AddDays(6),
        _ => start,
    };

    private static int IsoDay(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;
}
