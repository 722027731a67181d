using NewsParsing.Metadata.Dates;

namespace NewsParsing.Tests.Metadata;

public sealed class RelativeDateResolverTests
{
    [Fact]
    public void DayOfMonthTakesTheLatestOneNotAfterTheReference()
    {
        Assert.Equal(new DateOnly(2025, 3, 14), RelativeDateResolver.DayOfMonth(new DateOnly(2025, 3, 20), 3, 14));
        Assert.Equal(new DateOnly(2024, 12, 24), RelativeDateResolver.DayOfMonth(new DateOnly(2025, 3, 20), 12, 24));
    }

    [Fact]
    public void DayOfMonthWithAReferenceInYearOneHasNoYearBefore()
    {
        // A page whose metadata gives year 1 made this throw (year 0) and failed the whole parse.
        Assert.Null(RelativeDateResolver.DayOfMonth(new DateOnly(1, 1, 5), 3, 14));
        Assert.Equal(new DateOnly(1, 1, 2), RelativeDateResolver.DayOfMonth(new DateOnly(1, 1, 5), 1, 2));
    }
}
