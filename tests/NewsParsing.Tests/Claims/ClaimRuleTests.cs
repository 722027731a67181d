using NewsParsing.Model;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Claims;

/// <summary>The attribution rules beyond speech verbs, on made-up sentences (not taken from any corpus).</summary>
public class ClaimRuleTests
{
    private static Article Parse(string body) => TestArticles.Parse("A made-up headline about the council", body);

    private static Claim WithCue(Article article, string cue) => Assert.Single(article.Claims, c => c.Cue?.Text == cue);

    [Fact]
    public void ObjectCue_TakesTheObjectAsContent()
    {
        var claim = WithCue(Parse("The mayor praised the new budget as a fair compromise."), "praised");
        Assert.Equal("the new budget as a fair compromise", claim.Content);
        Assert.Equal("The mayor", claim.SourceMention?.Text);
    }

    [Fact]
    public void RaisingVerb_HasAnUnnamedSourceAndKeepsTheSubjectInTheContent()
    {
        var claim = WithCue(Parse("The talks appeared to stall on Tuesday."), "appeared");
        Assert.Equal(SourceKind.Implicit, claim.SourceKind);
        Assert.Equal("The talks appeared to stall on Tuesday", claim.Content);
        Assert.DoesNotContain(Parse("The minister appeared on television.").Claims, static c => c.Cue?.Text == "appeared");
    }

    [Fact]
    public void Complementizer_BelongsToTheContent_ButNotADemonstrative()
    {
        Assert.Equal("that the bridge would close", WithCue(Parse("Officials said on Monday that the bridge would close."), "said").Content);
        Assert.Equal("the storm could change that", WithCue(Parse("Forecasters said the storm could change that."), "said").Content);
    }

    [Fact]
    public void AttributionInsideAnotherContent_IsPartOfTheOuterClaim()
    {
        var article = Parse("The senator said that voters believe the plan will fail.");
        var claim = Assert.Single(article.Claims);
        Assert.Equal("said", claim.Cue?.Text);
        Assert.Equal("that voters believe the plan will fail", claim.Content);
    }

    [Fact]
    public void ClauseWithItsOwnSourceAfterAnd_EndsTheEarlierContent()
    {
        var article = Parse("Most residents said the park was safe, and nearly a third said it needed more lights.");
        Assert.Contains(article.Claims, static c => c.Content == "the park was safe");
        Assert.Contains(article.Claims, static c => c.Content == "it needed more lights");
    }

    [Fact]
    public void AppositiveSource_IsTheNameBeforeIt()
    {
        var claim = WithCue(Parse("Maria Lopez, the council treasurer, said the accounts were balanced."), "said");
        Assert.Equal("Maria Lopez", claim.SourceMention?.Text);
        Assert.Equal("the accounts were balanced", claim.Content);
    }

    [Fact]
    public void ColonAfterAShortName_AttributesTheClause()
    {
        var claim = WithCue(Parse("Report: Council spent twice its budget on repairs."), ":");
        Assert.Equal("Report", claim.SourceMention?.Text);
        Assert.Equal("Council spent twice its budget on repairs", claim.Content);
        Assert.DoesNotContain(Parse("Here is what we know: the road is closed.").Claims, static c => c.Cue?.Text == ":");
    }

    [Fact]
    public void TitleCaseHeadline_IsScanned()
    {
        var article = NewsParser.Default.Parse("Mayor Says Bridge Will Reopen In May\n\nThe bridge has been closed since March.");
        SpanInvariants.AssertAll(article);
        var claim = Assert.Single(article.Claims, static c => c.Cue?.Text == "Says");
        Assert.Equal("Bridge Will Reopen In May", claim.Content);
        Assert.Equal("say", claim.Cue!.Lemma);
    }

    [Fact]
    public void DeclinedTo_IsNotAttributed_WithTheInfinitiveAsContent()
    {
        var claim = WithCue(Parse("The company declined to discuss the lawsuit."), "declined");
        Assert.Equal(Stance.NotAttributed, claim.Stance);
        Assert.Equal("to discuss the lawsuit", claim.Content);
    }

    [Fact]
    public void BaseFormAfterANumberOrSubordinator_IsANoun()
    {
        Assert.Empty(Parse("The fund includes 32 state committees.").Claims);
        Assert.DoesNotContain(Parse("Taxes rise if state revenue falls.").Claims, static c => c.Cue?.Lemma == "state");
    }
}
