using NewsParsing.Model;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Claims;

/// <summary>The claims the issue lists for the two seed articles.</summary>
public class SeedClaimTests
{
    private static readonly Article s_seed000 = NewsParser.Default.Parse(RepoPaths.ReadSeed("000"));
    private static readonly Article s_seed002 = NewsParser.Default.Parse(RepoPaths.ReadSeed("002"));

    private static Claim ClaimWithCue(Article article, string cueText, string contentStart) =>
        Assert.Single(article.Claims, c => c.Cue?.Text == cueText && c.Content.StartsWith(contentStart, StringComparison.Ordinal));

    [Fact]
    public void Seeds_KeepTheSpanContract()
    {
        SpanInvariants.AssertAll(s_seed000);
        SpanInvariants.AssertAll(s_seed002);
    }

    [Fact]
    public void ReportedSpeech_HasSourceCueLemmaAndStance()
    {
        var claimed = ClaimWithCue(s_seed000, "claimed", "that Ukrainian troops had been cut off");
        Assert.Equal("Vladimir Putin", claimed.Source?.Name);
        Assert.Equal("claim", claimed.Cue!.Lemma);
        Assert.Equal(Stance.Asserts, claimed.Stance);

        var reiterated = ClaimWithCue(s_seed000, "reiterated", "that Russian forces were in full control");
        Assert.Equal("reiterate", reiterated.Cue!.Lemma);
        Assert.Equal("Vladimir Putin", reiterated.Source?.Name); // "He" resolved
        Assert.Equal("He", reiterated.SourceMention?.Text);
    }

    [Fact]
    public void DeniesThisAndSays_IsTwoClaims_OneDenialOneAssertion()
    {
        var denies = ClaimWithCue(s_seed000, "denies", "this");
        var says = ClaimWithCue(s_seed000, "says", "its troops are only repositioning");
        Assert.Equal(Stance.Denies, denies.Stance);
        Assert.Equal(Stance.Asserts, says.Stance);
        Assert.Equal("Ukraine", denies.Source?.Name);
        Assert.Equal("Ukraine", says.Source?.Name);
    }

    [Fact]
    public void ParticipleCue_TakesTheClauseSubject_AndItsDate()
    {
        var insisting = ClaimWithCue(s_seed000, "insisting", "that any halt in fighting");
        Assert.Equal("Vladimir Putin", insisting.Source?.Name);
        var date = Assert.Single(insisting.Dates, d => d.Text == "On Thursday");
        Assert.Equal(new DateOnly(2025, 3, 13), date.Start);
        Assert.Equal(DatePrecision.Day, date.Precision);
    }

    [Fact]
    public void HedgedStatement_IsAnImplicitClaim_WithItsDate()
    {
        var hedged = Assert.Single(s_seed000.Claims, c => c.Hedges.Any(static h => h.Text == "reportedly"));
        Assert.Equal(SourceKind.Implicit, hedged.SourceKind);
        Assert.Null(hedged.Source);
        var since = Assert.Single(hedged.Dates);
        Assert.Equal("since August 2023", since.Text);
        Assert.Equal("2023-08", since.ToString());
    }

    [Fact]
    public void TrailingAttribution_WithDatesAndNumbers()
    {
        var ministry = Assert.Single(s_seed002.Claims, c => c.Source?.Name.Contains("Defense Ministry", StringComparison.Ordinal) == true);
        Assert.StartsWith("Russia recaptured 28 settlements", ministry.Content, StringComparison.Ordinal);
        Assert.Equal("say", ministry.Cue!.Lemma);
        Assert.Contains(ministry.Dates, static d => d.Text == "Friday" && d.Start == new DateOnly(2025, 3, 14));
        Assert.Contains(ministry.Dates, static d => d.Text == "the past week" && d.Precision == DatePrecision.Week && d.End == new DateOnly(2025, 3, 14));
        var settlements = Assert.Single(ministry.Numbers, static n => n.Unit == "settlements");
        Assert.Equal(28m, settlements.Value);
        Assert.False(settlements.IsApproximate);
    }

    [Fact]
    public void AccordingTo_And_WarnedThat()
    {
        var according = Assert.Single(s_seed002.Claims, c => c.Cue?.Lemma == "according to" && c.Source?.Name == "DailyMail.com");
        Assert.Contains(according.Hedges, static h => h.Text == "according to");

        var warned = ClaimWithCue(s_seed002, "warned", "that Putin will drag out");
        Assert.Equal("Volodymyr Zelenskyy", warned.Source?.Name);
        Assert.Equal(Stance.Predicts, warned.Stance);
        Assert.Contains(warned.Dates, static d => d.Text == "on Thursday" && d.Start == new DateOnly(2025, 3, 13));

        var denied = ClaimWithCue(s_seed002, "denied", "that his military forces were surrounded");
        Assert.Equal(Stance.Denies, denied.Stance);
        Assert.Equal("Volodymyr Zelenskyy", denied.Source?.Name);
    }

    [Fact]
    public void DirectQuotes_AreClaimsLinkedToTheirQuote_WithTheQuoteSpeaker()
    {
        foreach (var article in new[] { s_seed000, s_seed002 })
        {
            var claim = Assert.Single(article.Claims, c => c.Content.Contains("We are sympathetic", StringComparison.Ordinal));
            Assert.NotNull(claim.QuoteIndex);
            var quote = article.Quotes[claim.QuoteIndex!.Value];
            Assert.True(quote.Span.Overlaps(claim.Span));
            Assert.Equal(quote.Speaker?.Name, claim.Source?.Name);
            Assert.Equal("Vladimir Putin", claim.Source?.Name);
        }
        // Every linked quote is linked once.
        var links = s_seed002.Claims.Where(static c => c.QuoteIndex is not null).Select(static c => c.QuoteIndex).ToList();
        Assert.Equal(links.Count, links.Distinct().Count());
    }

    [Fact]
    public void YesterdayInsideAQuote_ResolvesAgainstThePublicationDate()
    {
        var claim = Assert.Single(s_seed002.Claims, c => c.Dates.Any(static d => d.Text == "yesterday"));
        Assert.Equal(new DateOnly(2025, 3, 13), claim.Dates.Single(static d => d.Text == "yesterday").Start);
    }

    [Fact]
    public void ExtractClaimsFalse_SkipsTheStage()
    {
        var parser = NewsParser.Create(o => o with { ExtractClaims = false });
        var article = parser.Parse(RepoPaths.ReadSeed("000"));
        Assert.Empty(article.Claims);
        Assert.NotEmpty(article.Quotes);
    }

    [Fact]
    public void PassiveWithoutAgent_IsImplicit_AndNegatedCueIsNotAttributed()
    {
        var article = NewsParser.Default.Parse("It was reported that the border had been closed. The minister did not say when it would reopen.");
        SpanInvariants.AssertAll(article);
        var reported = Assert.Single(article.Claims, static c => c.Cue?.Lemma == "report");
        Assert.Equal(SourceKind.Implicit, reported.SourceKind);
        Assert.Equal("that the border had been closed", reported.Content); // the complementizer is part of the content, as in PolNeAR
        var notSaid = Assert.Single(article.Claims, static c => c.Cue?.Lemma == "say");
        Assert.Equal(Stance.NotAttributed, notSaid.Stance);
        Assert.Equal("The minister", notSaid.SourceMention?.Text);
    }
}

/// <summary>Pathological input: many cues, quotes and no sentence ends still give a best-effort result.</summary>
public class ClaimRobustnessTests
{
    [Theory]
    [InlineData(2000, "said that he said that they said, ")]
    [InlineData(500, "\"We will win,\" he said. ")]
    [InlineData(1000, "according to according to denied denied ")]
    [InlineData(800, "“ ” ' ’ , , : said ")]
    public void RepeatedPatterns_CompleteWithValidSpans(int times, string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, times));
        var article = NewsParser.Default.Parse(text);
        SpanInvariants.AssertAll(article);
    }

    [Fact]
    public void Cancellation_IsHonoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => NewsParser.Default.Parse(RepoPaths.ReadSeed("000"), cancelled.Token));
    }
}
