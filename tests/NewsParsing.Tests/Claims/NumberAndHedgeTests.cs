using NewsParsing.Claims;
using NewsParsing.Lexicons;
using NewsParsing.Model;

namespace NewsParsing.Tests.Claims;

/// <summary>Numbers with units and hedges, scanned from prose.</summary>
public class NumberAndHedgeTests
{
    private static readonly ClaimLexicons s_lexicons = ClaimLexicons.For(LexiconSet.Default);

    private static List<NumberMention> Numbers(string text)
    {
        var found = new List<NumberMention>();
        new NumberScanner(s_lexicons.Numbers, s_lexicons).Scan(text, new TextSpan(0, text.Length), found);
        foreach (var n in found)
            Assert.Equal(n.Text, text.Substring(n.Span.Start, n.Span.Length));
        return found;
    }

    [Theory]
    [InlineData("Russia recaptured 28 settlements in", "28 settlements", 28, "settlements", false)]
    [InlineData("a proposal for a 30-day ceasefire", "30-day", 30, "day", false)]
    [InlineData("took control of about 100 settlements", "about 100 settlements", 100, "settlements", true)]
    [InlineData("more than 1,200 people fled", "more than 1,200 people", 1200, "people", true)]
    [InlineData("a loan of $1.5 million was", "$1.5 million", 1500000, "$", false)]
    [InlineData("turnout was 64% in", "64%", 64, "%", false)]
    [InlineData("only two choices remain", "two choices", 2, "choices", false)]
    [InlineData("thousands of troops are", "thousands of troops", 1000, "troops", false)]
    public void FindsNumberWithUnit(string text, string expected, double value, string unit, bool approximate)
    {
        var number = Assert.Single(Numbers(text));
        Assert.Equal(expected, number.Text);
        Assert.Equal((decimal)value, number.Value);
        Assert.Equal(unit, number.Unit);
        Assert.Equal(approximate, number.IsApproximate);
    }

    [Theory]
    [InlineData("a horrible massacre, one not seen since")]
    [InlineData("since August 2023 the area")]
    [InlineData("no numbers at all")]
    public void IgnoresPronounsAndYears(string text) => Assert.Empty(Numbers(text));

    [Theory]
    [InlineData("troops had reportedly held the region", "reportedly")]
    [InlineData("the allegedly stolen car", "allegedly")]
    [InlineData("a meeting, according to TASS", "according to")]
    [InlineData("the minister is said to have resigned", "is said to")]
    public void FindsHedges(string text, string hedge)
    {
        var found = new List<Hedge>();
        new HedgeScanner(s_lexicons.Hedges).Scan(text, new TextSpan(0, text.Length), found);
        var single = Assert.Single(found);
        Assert.Equal(hedge, single.Text);
        Assert.Equal(hedge, text.Substring(single.Span.Start, single.Span.Length));
    }

    [Fact]
    public void NoHedge_InPlainStatement()
    {
        var found = new List<Hedge>();
        const string text = "The reporter wrote a story about the bridge.";
        new HedgeScanner(s_lexicons.Hedges).Scan(text, new TextSpan(0, text.Length), found);
        Assert.Empty(found);
    }
}
