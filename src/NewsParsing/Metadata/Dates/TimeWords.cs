using System.Globalization;
using NewsParsing.Lexicons;

namespace NewsParsing.Metadata.Dates;

/// <summary>The roles a word has in the <c>time-words</c> lexicon (its header explains each).</summary>
[Flags]
internal enum TimeWordRoles : byte
{
    None = 0,
    /// <summary>A day by itself, some days from the reference ("yesterday"); the offset is in <see cref="TimeWord.DayOffset"/>.</summary>
    Day = 1,
    /// <summary>A day word that may stand between a source and its cue ("said yesterday").</summary>
    Frame = 2,
    /// <summary>Before a unit, weekday or month name ("last week"); the direction is in <see cref="TimeWord.Direction"/>.</summary>
    Direction = 4,
    /// <summary>After an <see cref="Article"/>, a stretch ending at the reference ("the past week").</summary>
    Span = 8,
    /// <summary>Opens "the past week".</summary>
    Article = 16,
    /// <summary>A preposition that is part of the expression it opens ("since August 2023", "on Friday").</summary>
    Joins = 32,
    /// <summary>Makes a bare year or full month name after it a date ("in 2023", "until August").</summary>
    Marker = 64,
    /// <summary>A unit after a direction or span word ("last week", "the past month"); which one is in <see cref="TimeWord.Unit"/>.</summary>
    Unit = 128,
}

/// <summary>
/// The units of "last week", "the past month", "next year", "last night": each resolves its own way
/// (see <see cref="RelativeDateResolver"/>), so the unit words map to these, not to numbers of days.
/// </summary>
internal enum TimeUnit : byte
{
    None,
    Week,
    Month,
    Year,
    Night,
}

/// <summary>One entry of the <c>time-words</c> lexicon.</summary>
/// <param name="Roles">The word's roles.</param>
/// <param name="Direction">With <see cref="TimeWordRoles.Direction"/>: last, this or next.</param>
/// <param name="DayOffset">With <see cref="TimeWordRoles.Day"/>: days from the reference date.</param>
/// <param name="Unit">With <see cref="TimeWordRoles.Unit"/>: the unit the word names.</param>
internal readonly record struct TimeWord(TimeWordRoles Roles, DateDirection Direction, int DayOffset, TimeUnit Unit = TimeUnit.None)
{
    /// <summary>
    /// The roles of a word that can make up a date expression with no digit, month or weekday name ("yesterday",
    /// "last week", "the past month"): a text with none of these words and no digit, month or weekday holds no date.
    /// </summary>
    public const TimeWordRoles DateRoles = TimeWordRoles.Day | TimeWordRoles.Direction | TimeWordRoles.Span;
}

/// <summary>
/// Reads the <c>time-words</c> lexicon: <c>word&lt;TAB&gt;role&lt;TAB&gt;role…</c>, a role being a name or
/// <c>name=value</c> (<c>day=-1</c>, <c>direction=last</c>, <c>unit=week</c>). Best effort: an unknown role or a value that does not
/// parse is skipped, so a bad line costs that role, never the parser.
/// </summary>
internal static class TimeWords
{
    /// <summary>The entries of the lexicon with at least one role, keyed by word.</summary>
    public static IEnumerable<KeyValuePair<string, TimeWord>> Read(Lexicon timeWords)
    {
        foreach (var word in timeWords.Keys)
        {
            timeWords.TryGet(word, out var fields);
            var entry = Parse(fields.AsSpan());
            if (entry.Roles != TimeWordRoles.None)
                yield return new(word, entry);
        }
    }

    /// <summary>The words with any of <paramref name="roles"/>.</summary>
    public static IEnumerable<string> WithRole(Lexicon timeWords, TimeWordRoles roles) =>
        Read(timeWords).Where(e => (e.Value.Roles & roles) != 0).Select(static e => e.Key);

    private static TimeWord Parse(ReadOnlySpan<string> fields)
    {
        var roles = TimeWordRoles.None;
        var direction = DateDirection.Default;
        var dayOffset = 0;
        var unit = TimeUnit.None;
        foreach (var field in fields)
        {
            var equals = field.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? field.AsSpan() : field.AsSpan(0, equals);
            var value = equals < 0 ? [] : field.AsSpan(equals + 1);
            // A day offset stays within a week: the scanner's reference years (2 to 9998) keep it inside the calendar.
            switch (name)
            {
                case "day" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days) && days is >= -7 and <= 7:
                    roles |= TimeWordRoles.Day;
                    dayOffset = days;
                    break;
                case "frame":
                    roles |= TimeWordRoles.Frame;
                    break;
                case "direction" when ParseDirection(value) is { } d:
                    roles |= TimeWordRoles.Direction;
                    direction = d;
                    break;
                case "span":
                    roles |= TimeWordRoles.Span;
                    break;
                case "article":
                    roles |= TimeWordRoles.Article;
                    break;
                case "joins":
                    roles |= TimeWordRoles.Joins;
                    break;
                case "marker":
                    roles |= TimeWordRoles.Marker;
                    break;
                case "unit" when ParseUnit(value) is { } u:
                    roles |= TimeWordRoles.Unit;
                    unit = u;
                    break;
            }
        }
        return new TimeWord(roles, direction, dayOffset, unit);
    }

    private static TimeUnit? ParseUnit(ReadOnlySpan<char> value) =>
        value.Equals("week", StringComparison.OrdinalIgnoreCase) ? TimeUnit.Week
        : value.Equals("month", StringComparison.OrdinalIgnoreCase) ? TimeUnit.Month
        : value.Equals("year", StringComparison.OrdinalIgnoreCase) ? TimeUnit.Year
        : value.Equals("night", StringComparison.OrdinalIgnoreCase) ? TimeUnit.Night
        : null;

    private static DateDirection? ParseDirection(ReadOnlySpan<char> value) =>
        value.Equals("last", StringComparison.OrdinalIgnoreCase) ? DateDirection.Last
        : value.Equals("this", StringComparison.OrdinalIgnoreCase) ? DateDirection.This
        : value.Equals("next", StringComparison.OrdinalIgnoreCase) ? DateDirection.Next
        : null;
}
