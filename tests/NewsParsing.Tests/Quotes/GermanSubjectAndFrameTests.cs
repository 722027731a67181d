using NewsParsing.Model;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Quotes;

/// <summary>German attribution: noun frames, linked frames, colon utterances, verb-first and verb-second subjects, reported speech across paragraphs (sentences written for these tests).</summary>
public class GermanSubjectAndFrameTests
{
    private static Article Parse(string body) => TestArticles.Parse("Eine Überschrift für den Test", body);

    private static Quote Single(Article article, string containing) => TestArticles.SingleQuote(article, containing);

    [Fact]
    public void AFrameMayFollowAConjunctionLinkingItsSentence()
    {
        var quote = Single(Parse("Der Plan ist alt. Aber wie die Stadtverwaltung Kassel mitteilte, wird die Aktion \u201ESaubere Stadt\u201C verlängert."), "Saubere");

        Assert.Equal("wird die Aktion \u201ESaubere Stadt\u201C verlängert", quote.Text);
        Assert.Equal("Stadtverwaltung Kassel", quote.Speaker?.Name);
    }

    [Fact]
    public void AFrameMayHoldADayNumber()
    {
        var quote = Single(Parse("Wie die Zeitung Nordkurier in einem Bericht vom 22. August berichtet, wird die Aktion \u201ESaubere Stadt\u201C verlängert."), "Saubere");

        Assert.Equal("wird die Aktion \u201ESaubere Stadt\u201C verlängert", quote.Text);
        Assert.Equal("berichten", quote.Cue?.Lemma);
    }

    [Fact]
    public void AnImpersonalCueInAFrameSpeaksThroughItsPhrasePastAdverbs()
    {
        var quote = Single(Parse("Wie es aus den Kreisen der Regierung Hessens dazu ergänzend hieß, gebe es noch \u201EMöglichkeiten für eine Einigung\u201C."), "Einigung");

        Assert.Equal("gebe es noch \u201EMöglichkeiten für eine Einigung\u201C", quote.Text);
        Assert.Equal("den Kreisen der Regierung Hessens", quote.SpeakerMention?.Text);
    }

    [Fact]
    public void AWholeUtteranceAfterAColonIsDirectHoweverFarItsCue()
    {
        var quote = Single(Parse("Auf der Homepage des Museums heißt es zur Begründung, warum man sich für dieses Bild entschieden hat: \u201EDie Striche wurden wegen ihrer klaren Form gewählt.\u201C"), "Striche");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("heißt", quote.Cue?.Text);
    }

    [Fact]
    public void ACompoundFrameNounReportsTheRestOfItsSentence()
    {
        var quote = Single(Parse("Nach Polizeiangaben kamen rund \u201E4.000 Menschen\u201C zu der Kundgebung."), "Menschen");

        Assert.Equal("kamen rund \u201E4.000 Menschen\u201C zu der Kundgebung", quote.Text);
        Assert.Equal("Polizeiangaben", quote.SpeakerMention?.Text);
    }

    [Fact]
    public void AFrameNounAfterAGenitiveNamesItsSource()
    {
        var quote = Single(Parse("Nach Müllers Angaben soll \u201Eim Zweifel die Mehrheit der Stimmen entscheidend\u201C sein."), "Zweifel");

        Assert.Equal("soll \u201Eim Zweifel die Mehrheit der Stimmen entscheidend\u201C sein", quote.Text);
        Assert.Equal("Müllers", quote.SpeakerMention?.Text);
    }

    [Fact]
    public void AFrameNounAfterAnArticleTakesTheGenitiveAfterIt()
    {
        var quote = Single(Parse("Nach dem Willen der Landesregierung soll \u201Edie Reform noch in diesem Jahr\u201C kommen."), "Reform");

        Assert.Equal("soll \u201Edie Reform noch in diesem Jahr\u201C kommen", quote.Text);
        Assert.Equal("Landesregierung", quote.Speaker?.Name);
    }

    [Fact]
    public void APostposedFrameBeforeTheQuoteMakesItDirect()
    {
        var quote = Single(Parse("Der Minister Jonas Lehmann sprach lange. Seiner Ansicht nach \u201Esind wir Zeugen eines schwarzen Tages\u201C."), "Zeugen");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Seiner", quote.SpeakerMention?.Text);
        Assert.Equal("Jonas Lehmann", quote.Speaker?.Name);
    }

    [Fact]
    public void AFrameNounNeedsAFiniteVerbAfterIt()
    {
        var quote = Single(Parse("Nach Müllers Angaben \u201EMehrheit entscheidet\u201C gab es Streit."), "Mehrheit");

        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void ReportativeSollContinuesTheEarlierSpeaker()
    {
        var quote = Single(Parse("Die Firma Lenz teilte am Montag mit, das Werk werde geschlossen. Das neue Modell soll \u201Enoch in diesem Jahr auf den Markt kommen\u201C."), "Markt");

        Assert.Equal("Das neue Modell soll \u201Enoch in diesem Jahr auf den Markt kommen\u201C", quote.Text);
        Assert.Equal("Firma Lenz", quote.Speaker?.Name);
    }

    [Fact]
    public void ANameInMarksInAReportedSentenceIsPartOfIt()
    {
        var quote = Single(Parse("Die Firma Lenz teilte am Montag mit, das Werk werde geschlossen. Allerlei \u201EKleinteile\u201C seien zudem verkauft worden."), "Kleinteile");

        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal("Allerlei \u201EKleinteile\u201C seien zudem verkauft worden", quote.Text);
        Assert.Equal("Firma Lenz", quote.Speaker?.Name);
    }

    [Fact]
    public void AFrontedAdverbIsNoSpeaker()
    {
        var quote = Single(Parse("Unterdessen sagte der Minister Paul Kern: \u201EWir warten ab.\u201C"), "warten");

        Assert.Equal("Paul Kern", quote.Speaker?.Name);
    }

    [Fact]
    public void AFrontedDemonstrativeIsTheObjectAndTheSpeakerFollowsTheVerb()
    {
        var quote = Single(Parse("Dies gab der Sportverein Nordstern am Mittwoch bekannt. Die Mannschaft soll am Freitag das \u201EDerby gegen den Nachbarn\u201C bestreiten."), "Derby");

        Assert.Equal("Sportverein Nordstern", quote.Speaker?.Name);
    }

    [Fact]
    public void ASourceFrameInsideItsSentenceReportsTheWholeSentence()
    {
        var quote = Single(Parse("Was die \u201EReform\u201C angeht, wird der Plan laut \u201EAbendpost\u201C bis zum Mai verschoben."), "Reform");

        Assert.Equal("Was die \u201EReform\u201C angeht, wird der Plan laut \u201EAbendpost\u201C bis zum Mai verschoben", quote.Text);
        Assert.Equal("Abendpost", quote.Speaker?.Name);
    }

    [Fact]
    public void AVerbFirstAttributionAfterACommaNamesTheSpeakerAfterTheVerb()
    {
        var quote = Single(Parse("Es gebe keine Möglichkeit, sich dagegen zu wehren, schreibt der Verein Datenschutz Nord auf seiner Website. Die Klauseln seien \u201Ealarmierend\u201C."), "alarmierend");

        Assert.StartsWith("Verein Datenschutz Nord", quote.Speaker?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterAFrontedAdverbAndAnAuxiliaryTheSubjectFollows()
    {
        var quote = Single(Parse("So hat sich etwa die Vorsitzende Karin Broszat gegen den Plan ausgesprochen und behauptet, die neuen Kurse kämen nur durch \u201ETrickserei\u201C zustande."), "Trickserei");

        Assert.Contains("Karin Broszat", quote.Speaker?.Name, StringComparison.Ordinal);
        Assert.Equal("die neuen Kurse kämen nur durch \u201ETrickserei\u201C zustande", quote.Text);
    }

    [Fact]
    public void AFrontedAdverbOpeningTheSentenceIsNoPartOfANameBeforeTheCue()
    {
        var quote = Single(Parse("So heißt es in der Meldung des Vereins Nordlicht wörtlich: \u201EZiel ist eine optimale Vernetzung.\u201C"), "Ziel");

        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void ReportedSpeechOpeningAParagraphGoesOnFromTheReportedSentencesBeforeIt()
    {
        var quote = Single(Parse("Die Firma Lenz teilte am Montag mit, man plane viel. Das Werk werde verkauft.\n\nDie Pläne seien \u201Esehr weit gediehen\u201C."), "gediehen");

        Assert.StartsWith("Das Werk werde verkauft.", quote.Text, StringComparison.Ordinal);
        Assert.EndsWith("\u201Esehr weit gediehen\u201C", quote.Text, StringComparison.Ordinal);
        Assert.Equal("Firma Lenz", quote.Speaker?.Name);
    }

    [Fact]
    public void ReportedSpeechGoesOnOnlyFromTheParagraphRightBefore()
    {
        // A line the reader drops as boilerplate stands between the paragraphs: the quote must not take it in.
        var article = Parse("Die Firma Lenz teilte am Montag mit, man plane viel. Das Werk werde verkauft.\n\nAdvertisement\n\nDie Pläne seien \u201Esehr weit gediehen\u201C.");
        var quote = Single(article, "gediehen");

        Assert.Contains(article.Dropped, d => d.Text.Trim() == "Advertisement" && d.Span is not null);
        Assert.DoesNotContain("Advertisement", quote.Text, StringComparison.Ordinal);
        Assert.StartsWith("Die Pläne seien", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AClauseWordBeforeTheVerbIsFrontedSoTheSubjectFollows()
    {
        var quote = Single(Parse("So sagte der Minister Jonas Lehmann: \u201EWir haben keine Wahl.\u201C"), "Wahl");

        Assert.Equal("Jonas Lehmann", quote.Speaker?.Name);
    }
}
