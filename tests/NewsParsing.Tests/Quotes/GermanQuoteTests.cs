using NewsParsing.Lexicons;
using NewsParsing.Model;
using NewsParsing.Quotes;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Quotes;

/// <summary>German attribution: frames, naming cues, reported-speech passages (sentences written for these tests).</summary>
public class GermanQuoteTests
{
    private static Article Parse(string body) => TestArticles.Parse("Eine Überschrift für den Test", body);

    private static Quote Single(Article article, string containing) => TestArticles.SingleQuote(article, containing);

    [Fact]
    public void ANamingCueQuotesOnlyTheWordsInMarks()
    {
        var quote = Single(Parse("Der Minister Jonas Lehmann bezeichnete den Plan als \u201Evöllig verfehlt\u201C."), "verfehlt");

        Assert.Equal((QuoteKind.Direct, "\u201Evöllig verfehlt\u201C"), (quote.Kind, quote.Text));
        Assert.Equal("Jonas Lehmann", quote.Speaker?.Name);
        Assert.Equal("bezeichnen", quote.Cue?.Lemma);
    }

    [Fact]
    public void ACapitalisedJudgementAfterANamingCueIsNoName()
    {
        var quote = Single(Parse("Die Gewerkschaft nannte den Entwurf eine \u201EMogelpackung\u201C."), "Mogelpackung");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Gewerkschaft", quote.Speaker?.Name);
    }

    [Fact]
    public void ANameAfterItsHeadNounStaysAName()
    {
        var quote = Single(Parse("Die Ministerin nannte gestern in der Zeitung \u201ESüdkurier\u201C drei Gründe."), "Südkurier");

        Assert.Equal(QuoteKind.Scare, quote.Kind);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void AFrameReportsTheRestOfItsSentenceWithTheNameInIt()
    {
        var quote = Single(Parse("Wie die Stadtverwaltung Kassel mitteilte, wird die Aktion \u201ESaubere Stadt\u201C bis zum Sommer verlängert."), "Saubere");

        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal("wird die Aktion \u201ESaubere Stadt\u201C bis zum Sommer verlängert", quote.Text);
        Assert.Equal("mitteilen", quote.Cue?.Lemma);
        Assert.Equal("Stadtverwaltung Kassel", quote.Speaker?.Name);
    }

    [Fact]
    public void ASourceFirstFrameReportsTheRestOfItsSentence()
    {
        var quote = Single(Parse("Nach Angaben der Feuerwehr Bremen stand die Lagerhalle \u201EVerdener Hof\u201C die ganze Nacht in Flammen."), "Verdener");

        Assert.Equal("stand die Lagerhalle \u201EVerdener Hof\u201C die ganze Nacht in Flammen", quote.Text);
        Assert.Equal("nach Angaben", quote.Cue?.Lemma);
        Assert.Equal("Feuerwehr Bremen", quote.Speaker?.Name);
    }

    [Fact]
    public void ATrailingCueClauseReportsTheSentenceBeforeItsComma()
    {
        var quote = Single(Parse("Die neue Fähre heißt \u201EInselstern\u201C und fährt ab Mai, teilte die Reederei Nordlicht mit."), "Inselstern");

        Assert.Equal("Die neue Fähre heißt \u201EInselstern\u201C und fährt ab Mai", quote.Text);
        Assert.Equal("mitteilen", quote.Cue?.Lemma);
        Assert.Equal("Reederei Nordlicht", quote.Speaker?.Name);
    }

    [Fact]
    public void ASubjectAndItsCueTakeTheWholeSentenceWithTheNameInIt()
    {
        var quote = Single(Parse("Die Gewerkschaft Nahverkehr fordert eine Abkehr von der \u201EAgenda Mobil\u201C und mehr Personal."), "Agenda");

        Assert.Equal("Die Gewerkschaft Nahverkehr fordert eine Abkehr von der \u201EAgenda Mobil\u201C und mehr Personal", quote.Text);
        Assert.Equal("fordern", quote.Cue?.Lemma);
        Assert.Equal("Gewerkschaft Nahverkehr", quote.Speaker?.Name);
    }

    [Fact]
    public void AComplementClauseAfterTheCueIsNoWholeSentenceQuote()
    {
        var article = Parse("Der Verband schrieb am Montag, dass die \u201EAgenda Mobil\u201C gescheitert sei.");

        Assert.DoesNotContain(article.Quotes, q => q.Text.StartsWith("Der Verband", StringComparison.Ordinal));
    }

    [Fact]
    public void ALowerCaseQuoteBeforeATrailingCueTakesItsClause()
    {
        var quote = Single(Parse("Nach der Reform könne die Regierung handeln, \u201Edamit neue Stellen schnell entstehen\u201C, erklärte Tim Roth."), "Stellen");

        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal("Nach der Reform könne die Regierung handeln, \u201Edamit neue Stellen schnell entstehen\u201C", quote.Text);
        Assert.Equal("Tim Roth", quote.Speaker?.Name);
    }

    [Fact]
    public void ReportedSpeechTakesItsPassage()
    {
        var quote = Single(Parse("Bürgermeisterin Eva Brandt sagte am Abend, man prüfe den Fall. Die Kosten seien hoch. Die Lage sei \u201Esehr ernst\u201C, denn das Geld fehle."), "ernst");

        Assert.Equal("Die Kosten seien hoch. Die Lage sei \u201Esehr ernst\u201C, denn das Geld fehle", quote.Text);
        Assert.Equal("Eva Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void ACueAfterUndKeepsTheSubjectOfItsClause()
    {
        var quote = Single(Parse("Landrat Kurt Heise besuchte die Unfallstelle und nannte den Unfall ein \u201Evermeidbares Unglück\u201C."), "Unglück");

        Assert.Equal("Kurt Heise", quote.Speaker?.Name);
    }

    [Fact]
    public void APrepositionalPhraseBeforeTheCueIsNoSpeaker()
    {
        var quote = Single(Parse("Paula Graf hatte die Anfrage mit einer knappen Antwort abgelehnt: \u201EDazu sage ich heute nichts.\u201C"), "Dazu");

        Assert.Equal("Paula Graf", quote.Speaker?.Name);
    }

    [Fact]
    public void ACommaAfterTheCueOpensAReportedClause()
    {
        var quote = Single(Parse("Ministerin Clara Vogt sagte am Montag vor Journalisten, die Reform sei ein \u201Egroßer Schritt\u201C und komme bald."), "Schritt");

        Assert.Equal("die Reform sei ein \u201Egroßer Schritt\u201C und komme bald", quote.Text);
        Assert.Equal("Clara Vogt", quote.Speaker?.Name);
    }

    [Fact]
    public void ANameInMarksAfterATrailingCueIsTheSpeaker()
    {
        var quote = Single(Parse("\u201EDie Stadt hat zu lange gewartet\u201C, schreibt die \u201EAbendpost\u201C in einem Kommentar."), "gewartet");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Abendpost", quote.Speaker?.Name);
        Assert.Equal("schreiben", quote.Cue?.Lemma);
    }

    [Fact]
    public void ADayNumberBeforeAMonthEndsNoSentence()
    {
        const string text = "Am 12. Oktober beginnt die Messe in Leipzig. Danach folgt Köln.";
        var sentences = new List<TextSpan>();

        SentenceScanner.Split(text, 0, text.Length, [], QuoteLexicons.For(LexiconSet.Default), sentences);

        Assert.Equal(["Am 12. Oktober beginnt die Messe in Leipzig.", "Danach folgt Köln."], sentences.ConvertAll(s => text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void ACapitalisedCueFormAfterAWordIsANoun()
    {
        const string text = "die Versicherten zahlen";
        var tokens = CueMatcherTests.Tokenize(text);

        Assert.False(CueMatcher.TryMatch(text, tokens, 1, QuoteLexicons.For(LexiconSet.Default), out _));
        Assert.True(CueMatcher.TryMatch("sie versicherten", CueMatcherTests.Tokenize("sie versicherten"), 1, QuoteLexicons.For(LexiconSet.Default), out _));
    }
    [Fact]
    public void ANameInMarksThatIsTheSourceIsNoQuoteOfItsOwn()
    {
        var article = Parse("\u201EDie Stadt hat zu lange gewartet\u201C, schreibt die \u201EAbendpost\u201C in einem Kommentar.");

        Assert.DoesNotContain(article.Quotes, q => q.Text == "\u201EAbendpost\u201C");
    }

    [Fact]
    public void AQuotingCueGivesTheQuoteToItsObject()
    {
        var trailing = Single(Parse("\u201EDas wird ein langer Winter\u201C, zitiert die \u201EAbendpost\u201C den Minister Paul Kern."), "Winter");
        var leading = Single(Parse("Der Nordkurier zitiert Uwe Brand mit den Worten: \u201EDer Wald leidet sehr.\u201C"), "Wald");

        Assert.Equal("Paul Kern", trailing.Speaker?.Name);
        Assert.Equal("Uwe Brand", leading.Speaker?.Name);
        Assert.Equal("zitieren", leading.Cue?.Lemma);
    }

    [Fact]
    public void DerBeforeAnAdjectiveInEnIsAnObject()
    {
        var quote = Single(Parse("Der regionalen Zeitung sagte Anna Berger: \u201EWir bleiben hier.\u201C"), "bleiben");

        Assert.Equal("Anna Berger", quote.Speaker?.Name);
    }
    [Fact]
    public void AShortQuotedObjectOfItsCueIsQuotedAlone()
    {
        var quote = Single(Parse("Bürgermeister Tom Adler sprach von einer \u201Eschweren Niederlage\u201C."), "Niederlage");
        var clause = Single(Parse("Bürgermeister Tom Adler forderte, dass die Stadt \u201Eschnell handelt\u201C."), "handelt");

        Assert.Equal((QuoteKind.Direct, "\u201Eschweren Niederlage\u201C"), (quote.Kind, quote.Text));
        Assert.Equal("Tom Adler", quote.Speaker?.Name);
        Assert.Equal(QuoteKind.Partial, clause.Kind);
    }
    [Fact]
    public void AnAuxiliaryMayOpenATrailingAttribution()
    {
        var quote = Single(Parse("Die Reform sei \u201Eein großer Schritt\u201C für alle, hatte Ministerin Eva Roth damals gesagt."), "Schritt");

        Assert.Equal("Die Reform sei \u201Eein großer Schritt\u201C für alle", quote.Text);
        Assert.Equal("Eva Roth", quote.Speaker?.Name);
        Assert.Equal("sagen", quote.Cue?.Lemma);
    }
    [Fact]
    public void ACapitalisedQuoteInAReportedClauseIsPartOfIt()
    {
        var quote = Single(Parse("Ministerin Ina Wolf behauptete, die neuen Kurse seien nur durch \u201ETrickserei\u201C entstanden."), "Trickserei");

        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal("die neuen Kurse seien nur durch \u201ETrickserei\u201C entstanden", quote.Text);
        Assert.Equal("Ina Wolf", quote.Speaker?.Name);
    }
    [Fact]
    public void ASubjunctiveTwoFormMarksReportedSpeech()
    {
        var quote = Single(Parse("Ministerin Eva Roth sagte am Montag vor Journalisten, die Bauern hätten \u201Eviel zu lange gewartet\u201C."), "gewartet");

        Assert.Equal("die Bauern hätten \u201Eviel zu lange gewartet\u201C", quote.Text);
        Assert.Equal("Eva Roth", quote.Speaker?.Name);
    }
    [Fact]
    public void AnImpersonalCueSpeaksThroughThePhraseAfterItsPreposition()
    {
        var quote = Single(Parse("\u201EAlle Anzeichen deuten auf einen Anschlag hin\u201C, hieß es vom Minister Viktor Oserow."), "Anzeichen");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Viktor Oserow", quote.Speaker?.Name);
        Assert.Equal("heißen", quote.Cue?.Lemma);
    }

    [Fact]
    public void AnImpersonalCueWithoutItsExpletiveNamesAndReportsNothing()
    {
        var article = Parse("Das Programm heißt seit Montag \u201ESchnelle Hilfe für Familien in Not\u201C.");

        Assert.DoesNotContain(article.Quotes, q => q.Cue?.Lemma == "heißen");
    }
    [Fact]
    public void ADassClauseIsReportedToTheSentenceEnd()
    {
        var quote = Single(Parse("Ministerin Eva Roth unterstrich, dass es politisch \u201Eklüger\u201C sei, den Landtag zu fragen, auch wenn das Zeit koste."), "klüger");

        Assert.Equal("dass es politisch \u201Eklüger\u201C sei, den Landtag zu fragen, auch wenn das Zeit koste", quote.Text);
        Assert.Equal("Eva Roth", quote.Speaker?.Name);
    }
    [Fact]
    public void AQuoteAfterAnArticleContinuesItsClause()
    {
        var quote = Single(Parse("Dies ist für Video eine echte Chance, im Web ein \u201EBürger erster Klasse zu werden\u201C, sagte Ministerin Eva Roth."), "Bürger");

        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal("Dies ist für Video eine echte Chance, im Web ein \u201EBürger erster Klasse zu werden\u201C", quote.Text);
        Assert.Equal("Eva Roth", quote.Speaker?.Name);
    }
}
