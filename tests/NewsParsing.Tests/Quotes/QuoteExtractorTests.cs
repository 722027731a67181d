using NewsParsing.Model;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Quotes;

public class QuoteExtractorTests
{
    private static Article Parse(string body, NewsParser? parser = null) => TestArticles.Parse("A headline for the test", body, parser);

    private static Quote Single(Article article, string containing) => TestArticles.SingleQuote(article, containing);

    [Fact]
    public void TrailingAttribution()
    {
        var quote = Single(Parse("\"We are sympathetic,\" Putin said in televised remarks."), "sympathetic");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("\"We are sympathetic,\"", quote.Text);
        Assert.Equal("Putin", quote.Speaker?.Name);
        Assert.Equal(("said", "say"), (quote.Cue?.Text, quote.Cue?.Lemma));
    }

    [Fact]
    public void ARelativePronounIsTheMentionOfThePhraseBeforeIt()
    {
        var quote = Single(Parse("Obama has a frosty relationship with Mitch McConnell, who in 2010 said the goal was a \"one-term president.\""), "one-term");

        Assert.Equal("who", quote.SpeakerMention?.Text);
        Assert.Equal("Mitch McConnell", quote.Speaker?.Name);
    }

    [Fact]
    public void AQuoteParagraphAfterAnAttributedQuoteContinuesItsRelation()
    {
        var article = Parse("\"Cyber security remains a challenge,\" Carson continued.\n\n\"Even under the best cases, our information is under attack.\"");

        Assert.Equal(2, article.Quotes.Length);
        Assert.Equal("Carson", article.Quotes[1].Speaker?.Name);
        Assert.Equal(article.Quotes[0].Cue, article.Quotes[1].Cue);
    }

    [Fact]
    public void AQuoteParagraphAfterReportedSpeechWithoutMarksGoesOnWithItsSpeaker()
    {
        var article = Parse("The talks ended on Friday. Carter said that the U.S. would not withdraw from the region.\n\n\"That's because this region remains the most consequential for our security.\"");

        var quote = Single(article, "consequential");
        Assert.Equal("Carter", quote.Speaker?.Name);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void AQuoteAfterReportedSpeechTakesTheMainClauseSpeakerNotALaterCueWord()
    {
        var article = Parse("Humphrey spoke on Monday. Rather, he said, continued struggles by the campaign will coalesce support. \"To my knowledge, there is no heavy-hitter involved.\"");

        Assert.Equal("he", Single(article, "heavy-hitter").SpeakerMention?.Text);
    }

    [Fact]
    public void AQuoteAfterASentenceWithAQuoteTakesThatSentencesLastSpeaker()
    {
        var article = Parse("Clinton \u201Cdrew quite well from white, working-class Democrats\u201D in the 2008 primary, said professor Paul Beck. \u201CThat was more her constituency than it was Obama's at that point in time.\u201D");

        Assert.Equal("Paul Beck", Single(article, "constituency").Speaker?.Name);
    }

    [Fact]
    public void ANestedQuoteClosingWithASpaceBeforeTheOuterMarkStillEndsTheUtterance()
    {
        var quote = Single(Parse("\"She said she'll be 'above the president,' \" said Khin Zaw Win, an activist."), "above");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Khin Zaw Win", quote.Speaker?.Name);
    }

    [Fact]
    public void AnAbbreviationPointInTheAppositionBeforeATrailingCueDoesNotEndTheSentence()
    {
        var quote = Single(Parse("\"Our assumption is that the veto will be overridden,\" Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday."), "veto");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Mitch McConnell", quote.Speaker?.Name);
    }

    [Fact]
    public void ANameInQuoteMarksInsideATrailingAppositionBelongsToTheAttribution()
    {
        var article = Parse("\"We have had better conventions than this one,\" delegate Bill Eastland, wearing a hat and \"Ted Cruz\" pins, said as confetti fell.");

        var quote = Assert.Single(article.Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Contains("conventions", quote.Text, StringComparison.Ordinal);
        Assert.Equal("Bill Eastland", quote.Speaker?.Name);
    }

    [Fact]
    public void ATrailingSpeakerWithALongApposition()
    {
        var quote = Single(Parse("\"We call on the House to reject it,\" Sarah Warbelow, legal director for the gay rights group Human Rights Campaign, said."), "reject");

        Assert.Equal("Sarah Warbelow", quote.Speaker?.Name);
    }

    [Fact]
    public void AQuoteAfterAddingIsANewRelationOfTheSameSpeaker()
    {
        var article = Parse("\"Enough is enough,\" Warren said to Obama, adding, \"I respectfully urge you to act.\"");

        Assert.Equal(2, article.Quotes.Length);
        Assert.Same(article.Quotes[0].Speaker, article.Quotes[1].Speaker);
        Assert.Equal(("adding", "add"), (article.Quotes[1].Cue?.Text, article.Quotes[1].Cue?.Lemma));
    }

    [Fact]
    public void AParticipleAfterAnObjectHangsOnTheClauseSubject()
    {
        var quote = Single(Parse("On Saturday, Trump issued a statement saying that Scalia was \"a remarkable person and a brilliant justice.\""), "remarkable");

        Assert.Equal("Trump", quote.Speaker?.Name);
        Assert.Equal("saying", quote.Cue?.Text);
    }

    [Fact]
    public void InvertedAttributionWithApposition()
    {
        var quote = Single(Parse("\"It is a business model,\" said Will Doyle, a professor at Vanderbilt University."), "business");

        Assert.Equal("Will Doyle", quote.Speaker?.Name);
        Assert.Equal("Will Doyle", quote.SpeakerMention?.Text);
    }

    [Fact]
    public void LeadingAttributionWithAPronoun()
    {
        var article = Parse("Earlier Friday, Trump spoke to reporters. He added, \"I have strongly requested it.\"");
        var quote = Single(article, "strongly");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("He", quote.SpeakerMention?.Text);
        Assert.Equal("Trump", quote.Speaker?.Name);
        Assert.Equal("add", quote.Cue?.Lemma);
    }

    [Fact]
    public void AQuoteContinuedAfterItsAttributionIsTwoQuotesByOneSpeakerAndCue()
    {
        var article = Parse("\"There is a chance,\" Trump wrote. \"I have strongly requested it. God bless them all!\"");

        Assert.Equal(2, article.Quotes.Length);
        Assert.All(article.Quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
        Assert.Same(article.Quotes[0].Speaker, article.Quotes[1].Speaker);
        Assert.Equal(article.Quotes[0].Cue, article.Quotes[1].Cue);
    }

    [Fact]
    public void AQuoteInterruptedByItsAttributionKeepsTheSpeaker()
    {
        var article = Parse("\"First and foremost,\" she told Hewitt, \"I would never want that.\" Woods has spoken before.");

        Assert.Equal(2, article.Quotes.Length);
        Assert.Equal(article.Quotes[0].SpeakerMention, article.Quotes[1].SpeakerMention);
    }

    [Fact]
    public void OutletsAreReportedAsVia()
    {
        var article = Parse("\"An order is needed,\" Putin said, TASS reported. Ukraine\u2019s president said the situation was \u201Cvery difficult,\u201D according to DailyMail.com.");

        var putin = Single(article, "order");
        Assert.Equal(("Putin", "TASS"), (putin.Speaker?.Name, putin.Via));
        var partial = Single(article, "difficult");
        Assert.Equal("DailyMail.com", partial.Via);
        Assert.NotEqual("DailyMail.com", partial.Speaker?.Name);
    }

    [Fact]
    public void MixedQuoteSpansTheReportedClause()
    {
        var article = Parse("Zelenskyy added that Putin has demanded so many preconditions that \"nothing will work out at all.\"");
        var quote = Assert.Single(article.Quotes);

        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.StartsWith("that Putin has demanded", quote.Text, StringComparison.Ordinal);
        Assert.EndsWith("at all.\"", quote.Text, StringComparison.Ordinal);
        Assert.Equal("Zelenskyy", quote.Speaker?.Name);
        Assert.Equal("add", quote.Cue?.Lemma);
    }

    [Fact]
    public void PartialQuoteInsideReportedSpeech()
    {
        var quote = Assert.Single(Parse("Trump claimed to have held \"productive discussions\" with Putin.").Quotes);

        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal("to have held \"productive discussions\" with Putin", quote.Text);
        Assert.Equal("Trump", quote.Speaker?.Name);
    }

    [Fact]
    public void QuotedWordsAreTheSpeakersOwnWordsInsideTheClause()
    {
        var text = "Klaus Berger sagte, die Zeitung \u201EDie Welt\u201C habe \u201Ebewusst gelogen\u201C und \u201Edie Fakten verdreht\u201C. \"We will win,\" Trump said.";
        var article = Parse(text);

        var partial = Single(article, "gelogen");
        Assert.Equal(["\u201Ebewusst gelogen\u201C", "\u201Edie Fakten verdreht\u201C"], partial.Quoted.Select(s => article.Text[s.Start..s.End]));
        var direct = Single(article, "win");
        Assert.Equal(direct.Span, Assert.Single(direct.Quoted));
    }

    [Fact]
    public void ScareQuotesHaveNoSpeaker()
    {
        var quote = Assert.Single(Parse("The so-called \u2018reform\u2019 package passed on Friday.").Quotes);

        Assert.Equal(QuoteKind.Scare, quote.Kind);
        Assert.Null(quote.Speaker);
        Assert.Null(quote.SpeakerMention);
    }

    [Fact]
    public void HeadlineQuotesAreHeadlineKind()
    {
        var article = NewsParser.Default.Parse("Putin acts on Trump\u2019s 'strong' appeal to spare lives\n\nThe body text follows here, and it is long enough to be a paragraph.");
        SpanInvariants.AssertAll(article);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal((QuoteKind.Headline, "'strong'"), (quote.Kind, quote.Text));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void GermanMarksAndCues()
    {
        var article = Parse("\u201EDie Menschen hier sind traumatisiert\u201C, sagte Beck. Bundeskanzlerin Angela Merkel sagte: \u00BBWir helfen.\u00AB");

        Assert.Equal(["Beck", "Angela Merkel"], article.Quotes.Select(q => q.Speaker?.Name));
        Assert.All(article.Quotes, q => Assert.Equal("sagen", q.Cue?.Lemma));
    }

    [Fact]
    public void GermanReportedSpeechContinuesTheLastSpeaker()
    {
        var article = Parse("Innenminister Klaus Berger erklärte, die Lage sei ruhig. Die Polizei sei \u201Egut vorbereitet und jederzeit einsatzbereit\u201C.");

        var quote = Single(article, "vorbereitet");
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.StartsWith("Die Polizei sei", quote.Text, StringComparison.Ordinal);
        Assert.Equal("Klaus Berger", quote.Speaker?.Name);
        Assert.Null(quote.Cue);
    }

    [Fact]
    public void GermanIndicativeWithoutACueStaysAScareQuote()
    {
        var quote = Single(Parse("Klaus Berger erklärte, die Lage sei ruhig. Die Polizei ist \u201Egut vorbereitet\u201C."), "vorbereitet");

        Assert.Equal(QuoteKind.Scare, quote.Kind);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void AGermanClauseOpeningWithAPrepositionalPhraseHasItsSubjectAfterTheCue()
    {
        var quote = Single(Parse("In seiner Pressemitteilung resümiert Hartmut Lierow: \u201EDie Jahre der Haft haben seine Gesundheit zerrüttet.\u201C"), "Haft");

        Assert.Equal("Hartmut Lierow", quote.Speaker?.Name);
    }

    [Fact]
    public void GermanVerbSecondPutsTheSubjectAfterTheCue()
    {
        var quote = Single(Parse("Im Gespräch mit der Zeitung sagte Ministerin Anna Weber: \u201EWir werden die Schulen stärken.\u201C"), "Schulen");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Anna Weber", quote.Speaker?.Name);
    }

    [Fact]
    public void ACueAfterTheQuoteWithItsSubjectBehindIt()
    {
        var quote = Single(Parse("Von einer \u201Egezielten Kampagne\u201C sprach der Abgeordnete Peter Lang."), "Kampagne");

        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal("Peter Lang", quote.Speaker?.Name);
        Assert.Equal("sprechen", quote.Cue?.Lemma);
    }

    [Fact]
    public void ANameInQuoteMarksIsNotSpeech()
    {
        var article = Parse("Minister Peter Lang sagte der Zeitung \u201EDie Welt\u201C, die Reform komme. Speaking on the program \"Sunday Morning Futures,\" Rep. Darrell Issa said the rules changed.");

        Assert.Equal(QuoteKind.Scare, Single(article, "Die Welt").Kind);
        Assert.Equal(QuoteKind.Scare, Single(article, "Sunday Morning").Kind);
    }

    [Fact]
    public void AnUnbalancedMarkEndsAtTheParagraphWithADiagnostic()
    {
        var article = Parse("He said \"this never closes.\n\nThe next paragraph is ordinary text and stays out of the quote.");

        var quote = Assert.Single(article.Quotes);
        Assert.DoesNotContain("next paragraph", quote.Text, StringComparison.Ordinal);
        var diagnostic = Assert.Single(article.Diagnostics, d => d.Code == DiagnosticCode.UnbalancedQuote);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void AQuoteRunningIntoTheNextParagraphIsNotUnbalanced()
    {
        var article = Parse("Kasich said: \"We arrived in Cleveland.\n\n\"We are now up 400,000 jobs.\"");

        Assert.Equal(2, article.Quotes.Length);
        Assert.All(article.Quotes, q => Assert.Equal("Kasich", q.Speaker?.Name));
        Assert.DoesNotContain(article.Diagnostics, d => d.Code == DiagnosticCode.UnbalancedQuote);
    }

    [Fact]
    public void MaxQuoteCharsIsHonoured()
    {
        var parser = NewsParser.Create(o => o with { MaxQuoteChars = 20 });

        var article = Parse("\"This quotation is far longer than twenty characters,\" he said.", parser);

        Assert.Empty(article.Quotes);
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCode.QuoteTooLong);
    }

    [Fact]
    public void ExtractQuotesFalseSkipsTheStage()
    {
        var parser = NewsParser.Create(o => o with { ExtractQuotes = false });

        Assert.Empty(Parse("\"We are sympathetic,\" Putin said.", parser).Quotes);
    }

    [Fact]
    public void AReportedClauseOpensAtItsComplementizerPastTheListener()
    {
        var quote = Single(Parse("The mayor told reporters at the harbour on Monday that the new bridge would be \"finished by the spring.\""), "spring");

        Assert.StartsWith("that the new bridge", quote.Text, StringComparison.Ordinal);
        Assert.Equal("told", quote.Cue?.Text);
    }

    [Fact]
    public void AComplementizerAfterAVerbOfTheClauseIsRelativeAndKeepsTheClauseWhole()
    {
        var quote = Single(Parse("Jane Ortiz says her team is the only one that \"has kept every promise to the town.\""), "promise");

        Assert.StartsWith("her team is", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ACueInsideAThatClauseBelongsToTheOuterCue()
    {
        var quote = Single(Parse("Council leader Maria Costa told the radio station that the mayor's comments \"miss the point entirely.\""), "point");

        Assert.Equal("Maria Costa", quote.Speaker?.Name);
        Assert.Equal("told", quote.Cue?.Text);
    }

    [Fact]
    public void AParticipleCoordinatedWithAnEarlierVerbHangsOnTheSubject()
    {
        var quote = Single(Parse("At the meeting, Senator Ruth Hale only hinted at the dispute by mentioning the need for a pier on the North Shore and adding, \"We have waited a long time for this.\""), "waited");

        Assert.Equal("Ruth Hale", quote.Speaker?.Name);
    }

    [Fact]
    public void AGermanSubjectAfterItsCueIsNotNestedUnderTheSameCue()
    {
        var quote = Single(Parse("Zu dem neuen Bauprojekt führte Jonas Keller aus, dass die Kosten \u201Edeutlich zu hoch\u201C gewesen seien."), "hoch");

        Assert.Equal("Jonas Keller", quote.Speaker?.Name);
    }

    [Fact]
    public void AGermanObjectBeforeTheCueLeavesTheSubjectAfterIt()
    {
        var quote = Single(Parse("Den Ablauf des Abends beschrieb Jonas Keller so: \u201EEs war laut und sehr fr\u00F6hlich.\u201C"), "laut");

        Assert.Equal("Jonas Keller", quote.Speaker?.Name);
    }

    [Fact]
    public void AConjunctionBeforeACueEndsNoDescribedSource()
    {
        var quote = Single(Parse("Mayor Ellen Park opened the new library on the river and said, \"Reading changes lives.\""), "Reading");

        Assert.Equal("Ellen Park", quote.Speaker?.Name);
    }

    [Fact]
    public void AGermanNounCueReachesItsSourcePastVon()
    {
        var quote = Single(Parse("Nach Ansicht von Jonas Keller, Sprecher der Initiative, ist der Plan \u201Eauf ganzer Linie gescheitert\u201C."), "gescheitert");

        Assert.Equal("Jonas Keller", quote.Speaker?.Name);
    }

    [Fact]
    public void ALoneDeterminerIsAnUnnamedSpeaker()
    {
        var article = Parse("\"The new park is wonderful for the children,\" one said.\n\n\"It came far too late,\" said another.");

        Assert.Equal(["one", "another"], article.Quotes.Select(q => q.SpeakerMention?.Text));
        Assert.All(article.Quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
    }

    [Fact]
    public void ATrailingNameKeepsItsSpeakerAcrossAnApposition()
    {
        var quote = Single(Parse("\"The rent has doubled in two years,\" Maria Lopez, a nurse from Dayton, Ohio, said on Sunday."), "rent");

        Assert.Equal("Maria Lopez", quote.Speaker?.Name);
    }

    [Fact]
    public void AnInitialismKeepsItsClosingDotInsideAnAttribution()
    {
        var quote = Single(Parse("\"We will rebuild the pier,\" Tom Reed, of Wilmington, N.C., said."), "pier");

        Assert.Equal("Tom Reed", quote.Speaker?.Name);
    }

    [Fact]
    public void AnExclamationKeepsALongTitledAttributionAfterIt()
    {
        var quote = Single(Parse("\"We will open the bridge by June!\" Deputy Mayor Carla Jensen shouted to the crowd."), "bridge");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Carla Jensen", quote.Speaker?.Name);
    }

    [Fact]
    public void AParticipleAfterAnObjectHangsOnAPronounSubject()
    {
        var quote = Single(Parse("Mayor Ellen Park met the striking workers on Friday. Later that day, she sent a statement saying, \"The strike must end before the holidays.\""), "holidays");

        Assert.Equal("she", quote.SpeakerMention?.Text);
        Assert.Equal("Ellen Park", quote.Speaker?.Name);
    }

    [Fact]
    public void ARelativeClauseOnAnUnnamedObjectGivesTheQuoteToTheClauseSubject()
    {
        var quote = Single(Parse("Senator Jane Holloway released a video that said \"We will rebuild every bridge in this state.\""), "bridge");

        Assert.Equal("Jane Holloway", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("Hastily politicizing the tragedy in Nice, Trump cast the blame on his rivals and emphasized the threat that \"Islamic terrorism poses to the world.\"", "Trump")]
    [InlineData("Kelly also said the plan was \"a disaster for all of our schools.\"", "Kelly")]
    public void AnAdverbOpeningTheSentenceIsNoSpeaker(string body, string speaker)
    {
        var quote = Assert.Single(Parse(body).Quotes);

        Assert.Equal(speaker, quote.Speaker?.Name);
    }

    [Fact]
    public void AQuoteParagraphSignedByADashAndANameInTheNextIsThatNamesQuote()
    {
        var article = Parse("Quotable.\n\n\"Great speech. She is tested. She is ready.\"\n\n-President Obama, tweeting after the speech.");

        Assert.Equal("Obama", Single(article, "Great speech").Speaker?.Name);
    }

    [Fact]
    public void ACapitalisedDeterminerOpeningTheSentenceIsNoSpeaker()
    {
        var quote = Single(Parse("No wonder Holloway said, and I quote, \"We love every voter in this county.\""), "county");

        Assert.Equal("Holloway", quote.Speaker?.Name);
    }

    [Fact]
    public void AnAdverbBeforeAPronounSubjectIsNotTheSubject()
    {
        var quote = Single(Parse("Mayor Linda Park spoke for an hour. Then she turned to the council, calling the plan a \"costly mistake.\""), "costly");

        Assert.Equal("she", quote.SpeakerMention?.Text);
    }

    [Fact]
    public void ALowerCaseQuoteEndingAClauseBeforeATrailingCueIsMixed()
    {
        var quote = Single(Parse("Pension reform stalled this spring, and in doing so the council \"lost a generation of trust,\" Holloway said."), "trust");

        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal("Pension reform stalled this spring, and in doing so the council \"lost a generation of trust,\"", quote.Text);
        Assert.Equal("Holloway", quote.Speaker?.Name);
        Assert.Equal(["\"lost a generation of trust,\""], quote.Quoted.Select(span => quote.Text[(span.Start - quote.Span.Start)..(span.End - quote.Span.Start)]));
    }

    [Theory]
    [InlineData("if", true)]
    [InlineData("because", true)]
    [InlineData("but", false)]
    public void AConditionOrCauseAfterAQuoteStaysInTheReportedClause(string conjunction, bool continues)
    {
        var quote = Single(Parse($"Holloway said the budget would be \"a disaster for our schools\" {conjunction} the council cut the levy."), "disaster");

        Assert.Equal(continues, quote.Text.EndsWith("the levy", StringComparison.Ordinal));
        Assert.Equal("Holloway", quote.Speaker?.Name);
    }

    [Fact]
    public void AConcessionAfterAQuoteStaysInTheReportedClause()
    {
        var quote = Single(Parse("Holloway says the wind is \"at our backs\" despite the loss in the county race."), "backs");

        Assert.EndsWith("the county race", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuoteAfterASentenceOfTheWritersOwnIsARelationOfItsOwn()
    {
        var article = Parse("\"We will win this fight,\" Holloway said. The senator spoke for an hour. \"The levy passes in May.\"");

        Assert.Equal(2, article.Quotes.Length);
        Assert.Equal("Holloway", article.Quotes[1].Speaker?.Name);
        Assert.NotNull(article.Quotes[0].Cue);
        Assert.Null(article.Quotes[1].Cue);
    }

    [Fact]
    public void AQuoteRightAfterItsAttributionSentenceContinuesItsRelation()
    {
        var article = Parse("\"We will win this fight,\" Holloway said. \"The levy passes in May.\"");

        Assert.Equal(2, article.Quotes.Length);
        Assert.Equal(article.Quotes[0].Cue, article.Quotes[1].Cue);
    }

    [Fact]
    public void ANamingClauseTakesTheAttributionOfTheCueItSitsIn()
    {
        var quote = Single(Parse("Holloway says she admired the council's patience through what she calls a \"long winter of budget fights.\""), "winter");

        Assert.StartsWith("she admired", quote.Text, StringComparison.Ordinal);
        Assert.Equal("says", quote.Cue?.Text);
        Assert.Equal("Holloway", quote.Speaker?.Name);
    }

    [Fact]
    public void ACueWordAfterADeterminerIsNoOuterCueOfANamingClause()
    {
        var quote = Single(Parse("Springfield sought the grant in the hopes of ending what Holloway called \"a decade of potholes.\""), "potholes");

        Assert.Equal("called", quote.Cue?.Text);
        Assert.Equal("Holloway", quote.Speaker?.Name);
    }

    [Fact]
    public void AnOpeningAdverbialBeforeACommaIsNotTheSubject()
    {
        var quote = Single(Parse("Mayor Linda Park left the meeting early. Minutes later, she sent an email saying, \"The vote is off.\""), "vote");

        Assert.Equal("she", quote.SpeakerMention?.Text);
    }

    [Fact]
    public void CapitalisedWordsRightAfterACueWithItsSubjectAreSaid()
    {
        var chant = Single(Parse("The crowd cheered for an hour. Some chanted \"FOUR MORE YEARS!\""), "YEARS");
        var title = Single(Parse("The mayor screened a short film called \"Main Street Stories\" at the library."), "Main Street");

        Assert.NotEqual(QuoteKind.Scare, chant.Kind);
        Assert.Equal(QuoteKind.Scare, title.Kind);
    }

    [Fact]
    public void AQuoteEndingTheClauseOfAParticipleAfterAnAttributionIsMixed()
    {
        var quote = Single(Parse("\"We are not done,\" Holloway told the crowd, saying the levy would \"fix every road in town.\""), "every road");

        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.StartsWith("the levy would", quote.Text, StringComparison.Ordinal);
        Assert.Equal("Holloway", quote.Speaker?.Name);
    }

    [Fact]
    public void ACapitalisedQuoteRunningOnIntoItsSentenceIsPartOfAReportedClause()
    {
        var quote = Single(Parse("Holloway warned that the \"Riverside plan\" is losing support among voters."), "Riverside");

        Assert.NotEqual(QuoteKind.Direct, quote.Kind);
        Assert.StartsWith("that the", quote.Text, StringComparison.Ordinal);
        Assert.Equal("Holloway", quote.Speaker?.Name);
    }

    [Fact]
    public void AnEncouragingParticipleAttributesItsClause()
    {
        var quote = Single(Parse("Holloway is questioning the budget again, encouraging voters to \"read every line of it.\""), "every line");

        Assert.Equal("encouraging", quote.Cue?.Text);
        Assert.Equal("Holloway", quote.Speaker?.Name);
    }

    [Fact]
    public void AnAccordingToSourceMayOpenWithDescriptiveWordsBeforeItsTitle()
    {
        var quote = Single(Parse("According to popular talk radio host Dan Mercer, the levy plan is \"dead on arrival\" in the state senate."), "arrival");

        Assert.Equal("Dan Mercer", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("Holloway pointed to the council's \"broken promises on roads\" during the debate.", "pointed to", "roads")]
    [InlineData("Holloway portrayed the mayor as \"asleep at the wheel\" during the debate.", "portrayed", "wheel")]
    [InlineData("Holloway referenced the mayor's \"broken promises on roads\" during the debate.", "referenced", "roads")]
    public void PointingPortrayingAndReferencingAreCues(string text, string cue, string containing)
    {
        var quote = Single(Parse(text), containing);

        Assert.Equal(cue, quote.Cue?.Text);
        Assert.Equal("Holloway", quote.Speaker?.Name);
    }

    [Fact]
    public void ALaterCueInsideWhatASentenceOpeningSubjectSaysTakesTheSayCue()
    {
        var quote = Single(Parse("Holloway says he would call the mayor in and tell him \"no more delays\" on the bridge."), "delays");

        Assert.Equal("says", quote.Cue?.Text);
        Assert.StartsWith("he would call", quote.Text, StringComparison.Ordinal);
        Assert.Equal("Holloway", quote.Speaker?.Name);
    }

    [Fact]
    public void AQuoteAfterACommaAndConjunctionKeepsItsOwnCueUnderASayCue()
    {
        var quote = Single(Parse("Rep. Ann Holloway (D-Ohio), said after a vote on Monday that she hadn't gotten a chance to read the mayor's budget, but called it a \"good first draft.\""), "first draft");

        Assert.DoesNotContain("gotten a chance", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TextWithoutMarksHasNoQuotes() => Assert.Empty(Parse("Putin said the troops were surrounded.").Quotes);
}
