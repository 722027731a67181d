using NewsParsing.Lexicons;
using NewsParsing.Model;
using NewsParsing.Quotes;

namespace NewsParsing.Tests.Quotes;

public class MentionChainTests
{
    private static readonly QuoteLexicons Lexicons = QuoteLexicons.For(LexiconSet.Default);

    private static SpeakerPhrase Phrase(string text, string mention, int occurrence = 0, bool pronoun = false)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
            at = text.IndexOf(mention, at + 1, StringComparison.Ordinal);
        return new SpeakerPhrase(0, 0, new TextSpan(at, mention.Length), pronoun);
    }

    [Fact]
    public void NameTitleAndPronounAreOneSpeaker()
    {
        const string text = "Russian President Vladimir Putin spoke. Later Putin said more. Then he said it again.";
        var chain = new MentionChain(text, Lexicons);

        var full = chain.Add(Phrase(text, "Russian President Vladimir Putin"));
        var last = chain.Add(Phrase(text, "Putin", occurrence: 1));
        var he = chain.Add(Phrase(text, "he", pronoun: true));
        chain.Freeze();

        var speaker = chain.GetMention(full).Speaker;
        Assert.Equal(new Speaker("Vladimir Putin", "Russian President", SpeakerKind.Person), speaker);
        Assert.Same(speaker, chain.GetMention(last).Speaker);
        Assert.Same(speaker, chain.GetMention(he).Speaker);
        Assert.Equal("he", chain.GetMention(he).Text);
    }

    [Fact]
    public void AShortNameIsCompletedFromTheText()
    {
        const string text = "Former US President Donald Trump posted. \"We win,\" Trump said.";
        var chain = new MentionChain(text, Lexicons);

        var mention = chain.Add(Phrase(text, "Trump", occurrence: 1));
        chain.Freeze();

        Assert.Equal("Donald Trump", chain.GetMention(mention).Speaker.Name);
        Assert.Equal("Former US President", chain.GetMention(mention).Speaker.Role);
    }

    [Fact]
    public void OnALongTextWithManyPeopleNamesAreCompletedFromAnywhereAfterThem()
    {
        // Past 16K characters the chain may find names through its index of capitals (see the next test); four people
        // are searched directly: names with an ASCII capital, one starting with another letter, words that merely
        // begin like a name.
        var filler = string.Concat(Enumerable.Repeat("The weather was mild and nobody spoke. ", 600));
        var text = "Smith said. Jones said. Ölund said. Brown said. " + filler
            + "Smithson and Browning came. Senator Alice Smith spoke. Governor Bob Jones spoke. Mayor Eva Ölund spoke. "
            + "Judge Carl Brown spoke.";
        var chain = new MentionChain(text, Lexicons);

        var mentions = new[] { "Smith", "Jones", "Ölund", "Brown" }.Select(name => chain.Add(Phrase(text, name))).ToArray();
        chain.Freeze();

        Assert.Equal(new Speaker("Alice Smith", "Senator", SpeakerKind.Person), chain.GetMention(mentions[0]).Speaker);
        Assert.Equal(new Speaker("Bob Jones", "Governor", SpeakerKind.Person), chain.GetMention(mentions[1]).Speaker);
        Assert.Equal(new Speaker("Eva Ölund", "Mayor", SpeakerKind.Person), chain.GetMention(mentions[2]).Speaker);
        Assert.Equal(new Speaker("Carl Brown", "Judge", SpeakerKind.Person), chain.GetMention(mentions[3]).Speaker);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    public void ManyRareNamesOnALongTextAreCompletedAlikeBeforeAndAfterTheIndexIsBuilt(int shift)
    {
        // Each surname occurs once near the start and once in full near the end, so every search reads the whole text:
        // after eight such searches the chain builds its index of capitals, in the middle of one person's search, and
        // completes the rest from it (the one starting with a non-ASCII letter is still searched directly). The index
        // reads capitals sixteen characters at a time, then the rest one by one: the shift puts the full names at every
        // offset within a block, and the last one ends the text. A run of acronyms holds more capitals than the index
        // first makes room for.
        string[] surnames = ["Adams", "Baker", "Clark", "Davis", "Evans", "Fisher", "Green", "Hall", "Irwin", "Jones", "Lewis", "Moore", "Ölund", "Price", "Reed", "Smith"];
        var filler = string.Concat(Enumerable.Repeat("The weather was mild and nobody spoke. ", 600))
            + string.Concat(Enumerable.Repeat("NATO UN EU USA ", 300)) + "were named. ";
        var text = string.Concat(surnames.Select(name => name + " said. ")) + filler + "Smithson and Browning came. "
            + new string(' ', shift) + string.Join(" spoke. ", surnames.Select(name => "Governor Anna " + name));
        var chain = new MentionChain(text, Lexicons);

        var mentions = surnames.Select(name => chain.Add(Phrase(text, name))).ToArray();
        chain.Freeze();

        for (var i = 0; i < surnames.Length; i++)
            Assert.Equal(new Speaker("Anna " + surnames[i], "Governor", SpeakerKind.Person), chain.GetMention(mentions[i]).Speaker);
    }

    [Fact]
    public void OrganisationsAreSpeakers()
    {
        const string text = "the Russian Defense Ministry said";
        var chain = new MentionChain(text, Lexicons);

        var mention = chain.Add(Phrase(text, "the Russian Defense Ministry"));
        chain.Freeze();

        Assert.Equal(new Speaker("Russian Defense Ministry", null, SpeakerKind.Organization), chain.GetMention(mention).Speaker);
    }

    [Fact]
    public void APronounWithNoNameBeforeItStandsUnresolved()
    {
        const string text = "it was said that he left.";
        var chain = new MentionChain(text, Lexicons);

        var mention = chain.Add(Phrase(text, "he", pronoun: true));
        chain.Freeze();

        Assert.Equal(new Speaker("he", null, SpeakerKind.Unnamed), chain.GetMention(mention).Speaker);
    }
}
