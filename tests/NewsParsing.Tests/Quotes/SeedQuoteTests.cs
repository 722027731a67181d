using NewsParsing.Model;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Quotes;

/// <summary>Every quotation of the two seed articles, with its speaker and the outlet it came through.</summary>
public class SeedQuoteTests
{
    private static Article Seed(string prefix)
    {
        var article = NewsParser.Default.Parse(RepoPaths.ReadSeed(prefix));
        SpanInvariants.AssertAll(article);
        return article;
    }

    private static Quote Find(Article article, string words) =>
        Assert.Single(article.Quotes, q => q.Text.Contains(words, StringComparison.Ordinal));

    [Theory]
    [InlineData("We are sympathetic to President Trump's call", QuoteKind.Direct, "Vladimir Putin", "Putin")]
    [InlineData("If they lay down their arms", QuoteKind.Direct, "Vladimir Putin", "he")]
    [InlineData("surrender or die", null, "Vladimir Putin", "Putin")]
    [InlineData("productive discussions", QuoteKind.Partial, "Donald Trump", "Trump")]
    [InlineData("There is a very good chance", QuoteKind.Direct, "Donald Trump", "Trump")]
    [InlineData("I have strongly requested President Putin", QuoteKind.Direct, "Donald Trump", "Trump")]
    public void Seed000(string words, QuoteKind? kind, string speaker, string mention)
    {
        var quote = Find(Seed("000"), words);

        if (kind is { } expected)
            Assert.Equal(expected, quote.Kind);
        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.Equal(mention, quote.SpeakerMention?.Text);
        Assert.Null(quote.Via);
    }

    [Fact]
    public void Seed000_PutinCarriesHisRoleAndTheHeadlineQuotesNoSpeaker()
    {
        var article = Seed("000");

        Assert.Equal("Russian President", Find(article, "We are sympathetic").Speaker?.Role);
        foreach (var words in new[] { "'strong'", "'massacre not seen since WWII'" })
        {
            var quote = Find(article, words);
            Assert.Equal(QuoteKind.Headline, quote.Kind);
            Assert.Null(quote.Speaker);
        }
    }

    [Theory]
    [InlineData("\u201Ceffectively implement\u201D", "Vladimir Putin", "TASS")]
    [InlineData("\u201Cspare\u201D", "Vladimir Putin", "TASS")]
    [InlineData("an appropriate order is needed", "Vladimir Putin", "TASS")]
    [InlineData("We are sympathetic to President Trump", "Vladimir Putin", "DailyMail.com")]
    [InlineData("If they lay down their arms", "Vladimir Putin", "DailyMail.com")]
    [InlineData("thousands of Ukrainian troops", "Donald Trump", null)]
    [InlineData("I have strongly requested to President Putin", "Donald Trump", null)]
    [InlineData("very difficult", "Volodymyr Zelenskyy", "DailyMail.com")]
    [InlineData("We had very good and productive discussions", "Donald Trump", null)]
    [InlineData("nothing will work out at all", "Volodymyr Zelenskyy", null)]
    public void Seed002(string words, string speaker, string? via)
    {
        var quote = Find(Seed("002"), words);

        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.Equal(via, quote.Via);
    }

    [Fact]
    public void Seed002_TheAddedQuoteIsFoundThroughThePronoun()
    {
        var quote = Find(Seed("002"), "I have strongly requested to President Putin");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("He", quote.SpeakerMention?.Text);
        Assert.Equal("add", quote.Cue?.Lemma);
    }

    [Fact]
    public void ApostrophesAreNeverQuotes()
    {
        foreach (var prefix in new[] { "000", "002" })
        {
            Assert.DoesNotContain(Seed(prefix).Quotes, q => q.Text.StartsWith("\u2019", StringComparison.Ordinal)
                || q.Text.Contains("Noven'ke", StringComparison.Ordinal) && q.Kind == QuoteKind.Scare);
        }
    }
}
