using NewsParsing.Model;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Body;

/// <summary>The plain-text conventions real dumps use, beyond the seed format.</summary>
public class PlainTextConventionsTests
{
    private static Article Parse(string text)
    {
        var article = NewsParser.Default.Parse(text);
        SpanInvariants.AssertAll(article);
        SpanInvariants.AssertNoSilentLoss(article);
        return article;
    }

    [Fact]
    public void YamlFrontMatter_GivesHeadlineDateAuthorsAndIsDropped()
    {
        var article = Parse("""
            ---
            title: "Storm closes ports"
            date: 2024-11-02T08:30:00+01:00
            authors:
              - Jane Doe
              - John Roe
            tags: [weather, shipping]
            ---
            Ports along the coast closed on Saturday as the storm arrived.

            Officials said they would reopen on Monday.
            """);

        Assert.Equal("Storm closes ports", article.Headline);
        Assert.Equal("2024-11-02T08:30:00+01:00", article.Published.ToString());
        Assert.Equal(["Jane Doe", "John Roe"], article.Authors.AsEnumerable());
        Assert.Equal(["weather", "shipping"], article.Metadata.Tags.AsEnumerable());
        Assert.Equal(2, article.Body.Length);
        Assert.Contains(article.Dropped, d => d.Reason == DropReason.Metadata && d.Text.StartsWith("---", StringComparison.Ordinal));
    }

    [Fact]
    public void ReaderDump_FieldsAreRead()
    {
        var article = Parse("""
            Title: Markets rally after rate cut

            URL Source: https://example.com/markets/rally

            Published Time: 2025-01-15T14:00:00Z

            Markdown Content:
            Stocks rose sharply on Wednesday after the central bank cut rates.

            Analysts expect more cuts this year.
            """);

        Assert.Equal("Markets rally after rate cut", article.Headline);
        Assert.Equal(new DateOnly(2025, 1, 15), article.Published?.Date);
        Assert.Equal(TimeSpan.Zero, article.Published?.Offset);
        Assert.Equal(new Uri("https://example.com/markets/rally"), article.Metadata.CanonicalUrl);
        Assert.Equal(2, article.Body.Length);
    }

    [Fact]
    public void Byline_IsReadIntoAuthorsAndDropped()
    {
        var article = Parse("""
            Council approves new budget

            By Jane Doe and John Roe

            The city council approved a new budget on Tuesday after months of debate.
            """);

        Assert.Equal("Council approves new budget", article.Headline);
        Assert.Equal(["Jane Doe", "John Roe"], article.Authors.AsEnumerable());
        Assert.Single(article.Body);
        Assert.Contains(article.Dropped, d => d.Reason == DropReason.Byline);
    }

    [Theory]
    [InlineData("KYIV, Ukraine (AP) \u2014 Russian forces shelled the city overnight, officials said.", "KYIV, Ukraine (AP)")]
    [InlineData("(Reuters) - Oil prices fell on Monday as supply worries eased.", "(Reuters)")]
    [InlineData("WASHINGTON \u2014 The Senate passed the bill late on Thursday.", "WASHINGTON")]
    [InlineData("LONDON, March 14 (Reuters) - British inflation slowed more than expected.", "LONDON, March 14 (Reuters)")]
    public void Dateline_IsStrippedFromTheLedeAndKept(string lede, string dateline)
    {
        var article = Parse("Headline of the story here\n\n" + lede + "\n\nSecond paragraph follows here.");

        Assert.Equal(dateline, article.Dateline);
        Assert.DoesNotContain(dateline, article.Lede!.Text, StringComparison.Ordinal);
        Assert.True(char.IsUpper(article.Lede.Text[0]));
        Assert.Contains(article.Dropped, d => d.Reason == DropReason.Dateline);
    }

    [Fact]
    public void SentenceWithDash_IsNotADateline()
    {
        var article = Parse("Officials said the plan - which was long delayed - would start soon.\n\nMore text here.");
        Assert.Null(article.Dateline);
    }

    [Fact]
    public void WireTrailersAndBoilerplate_AreDroppedWithAReason()
    {
        var article = Parse("""
            Oil prices fall on supply hopes

            Oil prices fell on Monday as supply worries eased.

            Advertisement

            Read more: Why oil matters

            Traders said demand remained weak.

            Reporting by Jane Doe; Editing by John Roe

            John Smith contributed to this report.
            """);

        Assert.Equal(["Oil prices fell on Monday as supply worries eased.", "Traders said demand remained weak."], article.Body.Select(b => b.Text));
        Assert.Contains(article.Dropped, d => d.Reason == DropReason.Advertisement && d.Text == "Advertisement");
        Assert.Contains(article.Dropped, d => d.Reason == DropReason.Related);
        Assert.Equal(2, article.Dropped.Count(d => d.Reason == DropReason.Trailer));
    }

    [Fact]
    public void ListItemsAndOneLineParagraphs_AreNotSubheadings()
    {
        var article = Parse("""
            Lead paragraph of the story, which is long enough to be a lede.

            Three things to know:

            - first point
            - second point

            It ended well.

            Last paragraph here.
            """);

        Assert.DoesNotContain(article.Body, b => b.Kind == BodyBlockKind.Subheading);
        Assert.Equal(2, article.Body.Count(b => b.Kind == BodyBlockKind.ListItem));
    }

    [Fact]
    public void HardWrappedLines_AreJoinedIntoOneParagraph()
    {
        var article = Parse("The committee met on Tuesday to discuss the proposal, which has been\nunder review for several months, and voted to approve it with minor\nchanges.\n\nA second paragraph.");
        Assert.Equal(2, article.Body.Length);
        Assert.Contains("\n", article.Body[0].Text, StringComparison.Ordinal);
    }
}
