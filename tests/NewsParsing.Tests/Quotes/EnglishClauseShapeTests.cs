using NewsParsing.Model;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Quotes;

/// <summary>English clause shapes around a cue: apposition subjects, adverbial participle cues, titles in the outer clause, cue nouns, opening adverbials and subordinate clauses (sentences written for these tests).</summary>
public class EnglishClauseShapeTests
{
    // A closing paragraph after the body, so no quote under test ends the article.
    private static Article Parse(string body) => TestArticles.Parse("A headline for the test", body + "\n\nThe council meets again next week.");

    private static Quote Single(Article article, string containing) => TestArticles.SingleQuote(article, containing);

    [Fact]
    public void ASubjectSetOffByACommaAppositionSpeaksThroughAParticipleCue()
    {
        var quote = Single(Parse("Lopez, a retired surgeon, poked fun at the plan during the debate, tweeting, \"It will never pass the budget committee.\""), "budget");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Lopez", quote.Speaker?.Name);
        Assert.Equal("tweeting", quote.Cue?.Text);
    }

    [Fact]
    public void ASubjectSetOffByADashAppositionSpeaksThroughItsCue()
    {
        var quote = Single(Parse("Maria Lopez \u2014 a nurse from Springfield \u2014 says the clinic has been \u201Ca lifeline for the whole town.\u201D"), "lifeline");

        Assert.Equal("Maria Lopez", quote.Speaker?.Name);
        Assert.Equal("says", quote.Cue?.Text);
    }

    [Fact]
    public void AListOfNamesIsNoApposition()
    {
        var article = Parse("Lopez, Okafor, and the mayor toured the site, saying, \"The bridge will reopen in spring.\"");

        Assert.NotEqual("Lopez", Single(article, "bridge").Speaker?.Name);
    }

    [Fact]
    public void AParticipleCueAfterAnAdverbialPrepositionHangsOnTheClauseSubject()
    {
        var quote = Single(Parse("The mayor began by saying he would \"never\" raise property taxes."), "never");

        // Without the rule the phrase before the cue runs into the clause's verb ("mayor began").
        Assert.Equal("mayor", quote.Speaker?.Name);
        Assert.Equal("saying", quote.Cue?.Text);
    }

    [Theory]
    [InlineData("\"This is a wonderful day for the team!\" beamed Julia Wexler, the club's captain.", "beamed", "Julia Wexler")]
    [InlineData("\"That deal was dead before it reached the floor,\" Rivera shot back.", "shot back", "Rivera")]
    [InlineData("\"The numbers simply do not add up for the county,\" Rivera chimed in.", "chimed in", "Rivera")]
    [InlineData("\"Nobody in the office knew about the audit,\" Rivera confided.", "confided", "Rivera")]
    [InlineData("\"Voters will forgive a late budget but never a tax hike,\" Rivera reasoned.", "reasoned", "Rivera")]
    public void MannerAndReplyVerbsAreCues(string body, string cue, string speaker)
    {
        var quote = Assert.Single(Parse(body).Quotes);

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal(cue, quote.Cue?.Text);
        Assert.Equal(speaker, quote.Speaker?.Name);
    }

    [Fact]
    public void AGestureVerbIsACueOnlyRightAfterTheQuote()
    {
        var article = Parse("Rivera smiled and waved at the fans holding \"Go Tigers\" signs outside the stadium.");

        Assert.DoesNotContain(article.Quotes, q => q.Cue?.Text == "smiled");
    }

    [Fact]
    public void ANameInQuoteMarksInTheOuterClauseKeepsTheOuterCue()
    {
        var quote = Single(Parse("Rivera told NBC's \"Meet The Press\" that he believes the tax plan is \"a total disaster for working families.\""), "disaster");

        Assert.Equal("told", quote.Cue?.Text);
        Assert.StartsWith("that he believes", quote.Text, StringComparison.Ordinal);
        Assert.Equal("Rivera", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("Rivera said in a written statement on Monday that the allegations had \"no substance at all.\"", "said")]
    [InlineData("Rivera later defended his comments as being \"purely sarcastic, nothing more.\"", "defended")]
    public void ACueWordAfterAnArticleOrPossessiveIsANoun(string body, string cue)
    {
        var quote = Assert.Single(Parse(body).Quotes);

        Assert.Equal(cue, quote.Cue?.Text);
        Assert.Equal("Rivera", quote.Speaker?.Name);
    }

    [Fact]
    public void AnOpeningAdverbialMayEndOnADayAndItsSubjectOnABracket()
    {
        var quote = Single(Parse("In a statement released Thursday, Rep. Ana Ruiz (D-Calif.) reacted to the ruling, saying: \"It is a dark day for the court.\""), "dark day");

        Assert.Equal("Ana Ruiz", quote.Speaker?.Name);
        Assert.Equal("saying", quote.Cue?.Text);
    }

    [Fact]
    public void TheSubjectOfASentenceFollowsAnOpeningSubordinateClause()
    {
        var quote = Single(Parse("Although the council rejected the plan, Rivera went further: \"We will build the bridge anyway, with or without them.\""), "bridge");

        Assert.Equal("Rivera", quote.Speaker?.Name);
    }

    [Fact]
    public void ExpressingAnAttitudeReportsTheClauseAfterIt()
    {
        var quote = Single(Parse("Rivera expressed confidence that the new budget would not become \"a problem for the town or for my office.\""), "problem");

        Assert.Equal("expressed", quote.Cue?.Text);
        Assert.Equal("Rivera", quote.Speaker?.Name);
    }

    [Fact]
    public void SoBeforeTheSubjectIsNoFrontedWord()
    {
        // The word lists of all languages share one entry a word: German's "so" must not make English "So X told Y" Y's.
        var quote = Single(Parse("So Clinton told CNN: \"We will win this state.\""), "win");

        Assert.Equal("Clinton", quote.Speaker?.Name);
    }

    [Fact]
    public void AQuoteAfterReportedSpeechTakesTheSubjectBeforeAnApposition()
    {
        var quote = Single(Parse("Perry, a party activist, says Morgan lost the debate badly.\n\n\"He was never prepared for it.\""), "prepared");

        Assert.Equal("Perry", quote.Speaker?.Name);
    }
}
