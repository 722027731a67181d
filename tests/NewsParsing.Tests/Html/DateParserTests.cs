using NewsParsing.Lexicons;
using NewsParsing.Metadata.Dates;
using NewsParsing.Model;

namespace NewsParsing.Tests.Html;

/// <summary>Dates in the formats and languages pages write them in.</summary>
public class DateParserTests
{
    private static readonly Lexicon s_months = LexiconSet.Default.Get("months");

    [Theory]
    [InlineData("2025-03-14", 2025, 3, 14)]
    [InlineData("Fri, 14 Mar 2025 09:30:00 GMT", 2025, 3, 14)]
    [InlineData("March 14, 2025", 2025, 3, 14)]
    [InlineData("Published Mar. 14th 2025", 2025, 3, 14)]
    [InlineData("14 mars 2025", 2025, 3, 14)]
    [InlineData("14. März 2025", 2025, 3, 14)]
    [InlineData("14 de marzo de 2025", 2025, 3, 14)]
    [InlineData("2025年3月14日", 2025, 3, 14)]
    [InlineData("duminică, 20 septembrie 2020", 2020, 9, 20)]
    [InlineData("الأربعاء، 07 أكتوبر 2020 - 12:09 م", 2020, 10, 7)]
    [InlineData("14. března 2025", 2025, 3, 14)]
    [InlineData("2025년 3월 14일", 2025, 3, 14)]
    [InlineData("Stand: 14.03.2025, 10:05 Uhr", 2025, 3, 14)]
    [InlineData("14 марта 2025", 2025, 3, 14)]
    public void FindsTheDate(string text, int year, int month, int day)
    {
        Assert.True(DateParser.TryParseAny(text, s_months, monthFirst: false, out var date));
        Assert.Equal(new DateOnly(year, month, day), date.Date);
    }

    [Fact]
    public void TimeZones_AreKept()
    {
        Assert.True(DateParser.TryParse("2025-03-14T09:30:00-04:00", out var iso));
        Assert.Equal(TimeSpan.FromHours(-4), iso.Offset);
        Assert.True(DateParser.TryParseAny("March 14, 2025 at 9:30 p.m. EST", s_months, monthFirst: true, out var text));
        Assert.Equal(new TimeOnly(21, 30), text.Time);
        Assert.Equal(TimeSpan.FromHours(-5), text.Offset);
    }

    [Theory]
    [InlineData(true, 3, 4)]
    [InlineData(false, 4, 3)]
    public void AmbiguousSlashDates_FollowTheConvention(bool monthFirst, int month, int day)
    {
        Assert.True(DateParser.TryFind("03/04/2025", s_months, monthFirst, out var date, out _, out _));
        Assert.Equal(new DateOnly(2025, month, day), date.Date);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("The 31 February 2025 meeting")]
    [InlineData("Call 555-1234 now")]
    [InlineData("In 1850 the town was founded")]
    public void ImpossibleOrAbsentDates_AreNotFound(string text) =>
        Assert.False(DateParser.TryParseAny(text, s_months, monthFirst: false, out _));

    [Fact]
    public void TryFind_ReportsWhereTheDateIs()
    {
        const string text = "Updated: 5 June 2024 - by staff";
        Assert.True(DateParser.TryFind(text, s_months, monthFirst: false, out var date, out var start, out var length));
        Assert.Equal("5 June 2024", text.Substring(start, length));
        Assert.Equal(new ArticleDate(new DateOnly(2024, 6, 5)), date);
    }
}
