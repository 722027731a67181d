using NewsParsing.Metadata;

namespace NewsParsing.Tests.Metadata;

public class DatelineExtractorTests
{
    [Theory]
    [InlineData("KYIV, Ukraine (AP) \u2014 Russian forces shelled the city.", "KYIV, Ukraine (AP)", "Russian")]
    [InlineData("(Reuters) - Oil prices fell on Monday.", "(Reuters)", "Oil")]
    [InlineData("WASHINGTON \u2014 The Senate passed the bill.", "WASHINGTON", "The")]
    [InlineData("LONDON, March 14 (Reuters) - British inflation slowed.", "LONDON, March 14 (Reuters)", "British")]
    [InlineData("NEW YORK, Dec. 14 (UPI) \u2014 In hypothetical match-ups, Clinton leads.", "NEW YORK, Dec. 14 (UPI)", "In")]
    [InlineData("SPRINGFIELD, Ill. (AP) \u2014 It was the dog that forced his hand.", "SPRINGFIELD, Ill. (AP)", "It")]
    [InlineData("Cleveland (AFP) \u2013 The convention began on Tuesday.", "Cleveland (AFP)", "The")]
    [InlineData("PHILADELPHIA \u2015 Felicia Sanders spoke on Tuesday.", "PHILADELPHIA", "Felicia")]
    [InlineData("JEDDAH, Saudi Arabia -- If there was any doubt, there is none now.", "JEDDAH, Saudi Arabia", "If")]
    public void ReadsTheDateline(string paragraph, string dateline, string firstWord)
    {
        Assert.True(DatelineExtractor.TryRead(paragraph, out var length, out var contentStart));
        Assert.Equal(dateline, paragraph[..length]);
        Assert.StartsWith(firstWord + " ", paragraph[contentStart..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Officials said the plan - which was long delayed - would start soon.")]
    [InlineData("The vote was close. WASHINGTON \u2014 reacted quickly.")]
    [InlineData("New York City \u2014 the largest in the country \u2014 voted.")]
    [InlineData("US officials - who spoke on condition of anonymity - said talks stalled.")]
    public void ProseIsNoDateline(string paragraph) => Assert.False(DatelineExtractor.TryRead(paragraph, out _, out _));
}
