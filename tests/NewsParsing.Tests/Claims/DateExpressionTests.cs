using NewsParsing.Lexicons;
using NewsParsing.Metadata.Dates;
using NewsParsing.Model;

namespace NewsParsing.Tests.Claims;

/// <summary>Date expressions in prose, resolved against a reference date (2025-03-14 is a Friday).</summary>
public class DateExpressionTests
{
    private static readonly DateExpressionScanner s_scanner = new(LexiconSet.Default.Get("months"), LexiconSet.Default.Get("weekdays"), LexiconSet.Default.Get("time-words"));
    private static readonly DateOnly s_friday = new(2025, 3, 14);

    private static List<DateMention> Scan(string text, DateOnly? reference)
    {
        var found = new List<DateMention>();
        s_scanner.Scan(text, new TextSpan(0, text.Length), reference, found);
        foreach (var mention in found)
            Assert.Equal(mention.Text, text.Substring(mention.Span.Start, mention.Span.Length));
        return found;
    }

    [Theory]
    [InlineData("Putin on Friday urged the troops", "on Friday", "2025-03-14")]
    [InlineData("On Thursday, Putin had also expressed support", "On Thursday", "2025-03-13")]
    [InlineData("the Russian Defense Ministry said Friday.", "Friday", "2025-03-14")]
    [InlineData("an incursion into Russia last August.", "last August", "2024-08")]
    [InlineData("troops had reportedly held since August 2023.", "since August 2023", "2023-08")]
    [InlineData("in a counteroffensive the past week and", "the past week", "2025-03-08/2025-03-14")]
    [InlineData("discussions with Putin yesterday", "yesterday", "2025-03-13")]
    [InlineData("the summit last Friday", "last Friday", "2025-03-07")]
    [InlineData("talks will resume next Monday", "next Monday", "2025-03-17")]
    [InlineData("prices rose in January", "January", "2025-01")]
    [InlineData("the election in November", "November", "2024-11")]
    [InlineData("signed on March 3, 2022 in Kyiv", "on March 3, 2022", "2022-03-03")]
    [InlineData("published on 12 February", "on 12 February", "2025-02-12")]
    [InlineData("unemployment fell last month", "last month", "2025-02")]
    [InlineData("growth was weak last year", "last year", "2024")]
    [InlineData("the law passed in 2019", "2019", "2019")]
    [InlineData("the talks this week", "this week", "2025-03-10/2025-03-16")]
    public void Resolves(string text, string expression, string value)
    {
        var mention = Assert.Single(Scan(text, s_friday));
        Assert.Equal(expression, mention.Text);
        Assert.Equal(value, mention.ToString());
    }

    [Theory]
    [InlineData("You may go now.")]
    [InlineData("We sat in the sun on the sat phone.")]
    [InlineData("They march on.")]
    [InlineData("He won 2019 votes.")]
    public void AmbiguousWords_NeedDateContext(string text) => Assert.Empty(Scan(text, s_friday));

    [Fact]
    public void WithoutReference_OnlyAbsoluteDatesResolve()
    {
        var found = Scan("on Friday and on March 3, 2022", null);
        var mention = Assert.Single(found);
        Assert.Equal(new DateOnly(2022, 3, 3), mention.Start);
    }

    [Theory]
    [InlineData(1, 1, 5)]
    [InlineData(9999, 12, 30)]
    public void ReferenceAtTheEndsOfTheCalendar_ResolvesOnlyAbsoluteDates(int year, int month, int day)
    {
        // "last year" and "next week" would fall outside DateOnly: they are left unresolved, not a crash.
        var found = Scan("last year, the past month, next week, last Friday, in May and on March 3, 2022", new DateOnly(year, month, day));
        var mention = Assert.Single(found);
        Assert.Equal(new DateOnly(2022, 3, 3), mention.Start);
    }

    [Fact]
    public void Resolver_WeekdaysAndMonths()
    {
        Assert.Equal(s_friday, RelativeDateResolver.Weekday(s_friday, 5, DateDirection.Default));
        Assert.Equal(new DateOnly(2025, 3, 7), RelativeDateResolver.Weekday(s_friday, 5, DateDirection.Last));
        Assert.Equal(new DateOnly(2024, 8, 1), RelativeDateResolver.Month(s_friday, 8, DateDirection.Last));
        Assert.Equal(new DateOnly(2025, 2, 1), RelativeDateResolver.Month(s_friday, 2, DateDirection.Last));
        Assert.Equal(new DateOnly(2025, 3, 1), RelativeDateResolver.Month(s_friday, 3, DateDirection.Default));
    }
}
