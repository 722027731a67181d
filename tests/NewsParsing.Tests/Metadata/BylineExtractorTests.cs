using NewsParsing.Lexicons;
using NewsParsing.Metadata;

namespace NewsParsing.Tests.Metadata;

public class BylineExtractorTests
{
    private static readonly Lexicon s_agencies = LexiconSet.Default.Get("agencies");

    [Theory]
    [InlineData("By Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("BY JANE DOE, Reuters", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe, John Roe & Ann Poe", new[] { "Jane Doe", "John Roe", "Ann Poe" })]
    [InlineData("By Ann Poe | Updated 3 min ago", new[] { "Ann Poe" })]
    [InlineData("By Maria de la Cruz, Staff Writer", new[] { "Maria de la Cruz" })]
    [InlineData("Author: Sam Lee", new[] { "Sam Lee" })]
    [InlineData("By The Associated Press", new string[0])]
    public void ReadsTheNames(string line, string[] names) => Assert.Equal(names, BylineExtractor.TryRead(line, s_agencies));

    [Theory]
    [InlineData("By Tuesday morning, the storm had moved out to sea and the roads were open again.")]
    [InlineData("by the river")]
    [InlineData("Jane Doe and John Roe")]
    [InlineData("By 2030 emissions must fall by half")]
    public void ProseIsNoByline(string line) => Assert.Null(BylineExtractor.TryRead(line, s_agencies));
}
