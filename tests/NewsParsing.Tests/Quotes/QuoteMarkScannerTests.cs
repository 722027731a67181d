using NewsParsing.Quotes;

namespace NewsParsing.Tests.Quotes;

public class QuoteMarkScannerTests
{
    private static List<(string Text, bool Closed)> Scan(string text)
    {
        var found = new List<(string, bool)>();
        var scanner = new QuoteMarkScanner(text, 0, text.Length);
        while (scanner.MoveNext())
            found.Add((text[scanner.Current.Start..scanner.Current.End], scanner.Current.Closed));
        return found;
    }

    [Theory]
    [InlineData("He said \"we are here\" today.", "\"we are here\"")]
    [InlineData("He said \u201Cwe are here\u201D today.", "\u201Cwe are here\u201D")]
    [InlineData("He said \"we are here\u201D today.", "\"we are here\u201D")] // seed 002: opens straight, closes curly
    [InlineData("Er sagte \u201Ewir sind hier\u201C heute.", "\u201Ewir sind hier\u201C")]
    [InlineData("Er sagte \u00BBwir sind hier\u00AB heute.", "\u00BBwir sind hier\u00AB")]
    [InlineData("Il a dit \u00AB nous sommes l\u00E0 \u00BB hier.", "\u00AB nous sommes l\u00E0 \u00BB")]
    [InlineData("Trump\u2019s 'strong' appeal", "'strong'")]
    [InlineData("a \u2018strong\u2019 appeal", "\u2018strong\u2019")]
    [InlineData("He said ''we are here'' today.", "''we are here''")]
    public void FindsEveryMarkStyle(string text, string quote)
    {
        var found = Scan(text);

        Assert.Equal([(quote, true)], found);
    }

    [Theory]
    [InlineData("Trump\u2019s call and Noven'ke village, don't, the '90s.")]
    [InlineData("The voters' choice was clear.")]
    [InlineData("A 12\" pipe.")]
    public void ApostrophesAreNotMarks(string text) => Assert.Empty(Scan(text));

    [Fact]
    public void NestedQuoteOfTheOtherStyleStaysInside()
    {
        const string text = "\"The department isn\u2019t about \u201CEqual Justice\u201D anymore,\" she said.";

        var found = Scan(text);

        Assert.Equal([("\"The department isn\u2019t about \u201CEqual Justice\u201D anymore,\"", true)], found);
    }

    [Fact]
    public void UnbalancedMarkRunsToTheBlockEndOnly()
    {
        const string text = "First \"open and never closed.\n\nNext paragraph \"quoted\" here.";
        var firstEnd = text.IndexOf('\n', StringComparison.Ordinal);

        var scanner = new QuoteMarkScanner(text, 0, firstEnd);
        Assert.True(scanner.MoveNext());
        Assert.False(scanner.Current.Closed);
        Assert.Equal(firstEnd, scanner.Current.End);
        Assert.False(scanner.MoveNext());
    }

    [Fact]
    public void SeveralQuotesInOneBlock()
    {
        var found = Scan("\"We are sympathetic,\" Putin said. \"If they lay down their arms,\" he said.");

        Assert.Equal(["\"We are sympathetic,\"", "\"If they lay down their arms,\""], found.Select(f => f.Text));
    }
}
