using NewsParsing.Model;

namespace NewsParsing.Tests.Metadata;

/// <summary>HeaderReader through the parser: its results are the article's metadata and a dropped header.</summary>
public class HeaderReaderTests
{
    [Fact]
    public void FrontMatter_ListsAndInlineArrays()
    {
        var article = NewsParser.Default.Parse("---\ntitle: 'Quoted title'\ndate: 2024-11-02\nauthor: [Jane Doe, John Roe]\nkeywords: a, b\nlang: en\n---\nBody text of the story follows here.\n");
        Assert.Equal("Quoted title", article.Headline);
        Assert.Equal(new DateOnly(2024, 11, 2), article.Published?.Date);
        Assert.Equal(["Jane Doe", "John Roe"], article.Authors.AsEnumerable());
        Assert.Equal(["a", "b"], article.Metadata.Tags.AsEnumerable());
        Assert.Equal("en", article.Metadata.Language);
        Assert.Equal(DropReason.Metadata, article.Dropped[0].Reason);
    }

    [Fact]
    public void FrontMatter_WithoutClosingFence_IsText()
    {
        var article = NewsParser.Default.Parse("---\ntitle: Not closed\n\nBody text of the story follows here.\n");
        Assert.Null(article.Published);
        Assert.DoesNotContain(article.Dropped, d => d.Reason == DropReason.Metadata);
    }

    [Fact]
    public void ReaderFields_StopAtTheFirstProseLine()
    {
        var article = NewsParser.Default.Parse("Title: Bakery wins prize\nPublished Time: 2025-04-11T08:15:00+01:00\n\nNote: this line is prose, not a field.\n\nA second paragraph.\n");
        Assert.Equal("Bakery wins prize", article.Headline);
        Assert.Equal("2025-04-11T08:15:00+01:00", article.Published?.ToString());
        Assert.Equal("Note: this line is prose, not a field.", article.Body[0].Text);
    }

    [Fact]
    public void InvalidHeaderDate_IsADiagnosticNotACrash()
    {
        var article = NewsParser.Default.Parse("Title: Something\nDate: not a date\n\nBody text of the story follows here.\n");
        Assert.Null(article.Published);
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCode.InvalidDate);
    }

    [Fact]
    public void DatePrefix_IsReadAndDropped()
    {
        var article = NewsParser.Default.Parse("date 2025-03-14\n\nBody text of the story follows here.\n");
        Assert.Equal(new DateOnly(2025, 3, 14), article.Published?.Date);
        Assert.Contains(article.Dropped, d => d.Reason == DropReason.Metadata && d.Text == "date 2025-03-14");
    }
}
