using System.Globalization;

namespace NewsParsing.Model;

/// <summary>
/// A calendar date with the time of day and UTC offset when the source gives them.
/// </summary>
/// <param name="Date">The calendar day.</param>
/// <param name="Time">The time of day, or <see langword="null"/> when the source gives only a day.</param>
/// <param name="Offset">The UTC offset of <paramref name="Time"/>, or <see langword="null"/> when unknown.</param>
public readonly record struct ArticleDate(DateOnly Date, TimeOnly? Time = null, TimeSpan? Offset = null)
{
    /// <summary>
    /// The date as ISO 8601: <c>yyyy-MM-dd</c>, or <c>yyyy-MM-ddTHH:mm:ss</c> with <c>+hh:mm</c>/<c>Z</c> when known.
    /// </summary>
    public override string ToString()
    {
        var day = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Time is not { } time)
            return day;
        var text = day + "T" + time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (Offset is not { } offset)
            return text;
        if (offset == TimeSpan.Zero)
            return text + "Z";
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return text + sign + abs.Hours.ToString("00", CultureInfo.InvariantCulture) + ":" + abs.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>The date as a <see cref="DateTimeOffset"/>, midnight and UTC where time or offset are unknown.</summary>
    public DateTimeOffset ToDateTimeOffset() =>
        new(Date.ToDateTime(Time ?? TimeOnly.MinValue), Offset ?? TimeSpan.Zero);
}
