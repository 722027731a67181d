using NewsParsing.Model;
using NewsParsing.Segmentation;

namespace NewsParsing.Tests.Segmentation;

public class ParagraphSplitterTests
{
    private static string[] Split(string text)
    {
        var blocks = new List<TextSpan>();
        ParagraphSplitter.Split(text, 0, blocks, CancellationToken.None);
        return [.. blocks.Select(b => text.Substring(b.Start, b.Length))];
    }

    [Fact]
    public void BlankLinesSeparate() => Assert.Equal(["One.", "Two."], Split("One.\n\n\n  \nTwo.\n"));

    [Fact]
    public void WrappedProseJoins() =>
        Assert.Equal(["A long line of prose that runs on past the usual width of a\nterminal and ends here."], Split("A long line of prose that runs on past the usual width of a\nterminal and ends here.\n"));

    [Fact]
    public void ShortTitleLineStandsAlone() => Assert.Equal(["What comes next", "Analysts expect a cut."], Split("What comes next\nAnalysts expect a cut.\n"));

    [Fact]
    public void ListItemsStandAlone() => Assert.Equal(["Three things:", "- one", "- two", "1. three"], Split("Three things:\n- one\n- two\n1. three\n"));

    [Fact]
    public void MarkdownHeadingStandsAlone() => Assert.Equal(["## Heading", "Text after it."], Split("## Heading\nText after it.\n"));

    [Theory]
    [InlineData("- item", true)]
    [InlineData("\u2022 item", true)]
    [InlineData("12) item", true)]
    [InlineData("2024 was a year", false)]
    [InlineData("-5 degrees", false)]
    public void ListItems(string line, bool expected) => Assert.Equal(expected, ParagraphSplitter.IsListItem(line));

    [Theory]
    [InlineData("It ended.", true)]
    [InlineData("\u201CWe won,\u201D", true)]
    [InlineData("Three things to know:", true)]
    [InlineData("What comes next", false)]
    public void SentenceEnds(string line, bool expected) => Assert.Equal(expected, ParagraphSplitter.EndsSentence(line));
}
