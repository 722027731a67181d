using NewsParsing.Lexicons;
using NewsParsing.Metadata;

namespace NewsParsing.Tests.Metadata;

/// <summary>The headline/lede boundary of one-line dumps, one rule at a time.</summary>
public class HeadlineExtractorTests
{
    private static readonly HeadlineExtractor s_extractor = new(LexiconSet.Default);

    private static string? Headline(string line)
    {
        var at = s_extractor.FindLedeStart(line, line);
        return at < 0 ? null : line[..at].TrimEnd();
    }

    [Theory]
    // A capitalised function word after a lower-case word starts the lede.
    [InlineData("Council delays vote on new stadium plan The council voted on Tuesday to postpone a decision until next month.", "Council delays vote on new stadium plan")]
    // A title-case headline ends where sentence case begins.
    [InlineData("Seven Ways to Keep Your Garden Alive This Winter You can protect most plants from frost with a few simple steps.", "Seven Ways to Keep Your Garden Alive This Winter")]
    // A named subject followed by a finite verb opens the lede, which names the headline's subject again.
    [InlineData("Ferries stay in port as storm nears coast Transport Secretary Ann Poe said on Friday that all ferries would stay in port until the storm passes.", "Ferries stay in port as storm nears coast")]
    // A dateline opens the lede.
    [InlineData("Governor signs water bill into law SACRAMENTO, Calif. (AP) — The governor signed a bill on Monday that limits water use.", "Governor signs water bill into law")]
    // A question headline ends at its question mark.
    [InlineData("Is the housing market cooling at last? Prices fell for a third month in a row in March, figures showed on Tuesday.", "Is the housing market cooling at last?")]
    public void FindsTheBoundary(string line, string headline) => Assert.Equal(headline, Headline(line));

    [Theory]
    // Prose: the line opens with the lede, and no headline is invented.
    [InlineData("The city council approved a new budget on Tuesday after months of debate over road repairs in the Northern District.")]
    [InlineData("Russian President Vladimir Putin is urging Ukraine to surrender its position in the Kursk region of Russia, officials said.")]
    [InlineData("Police in Norwood shot a woman in a parking lot Wednesday night after she drove at officers, the district attorney said.")]
    [InlineData("Short line.")]
    // A dateline at the start is part of the lede: "NEW YORK, Dec. 14" is no headline.
    [InlineData("NEW YORK, Dec. 14 (UPI) \u2014 In hypothetical match-ups, former Secretary of State Hillary Clinton would beat both rivals.")]
    public void InventsNoHeadline(string line) => Assert.Null(Headline(line));

    [Fact]
    public void NeverEndsOnAFunctionWordOrInsideQuotes()
    {
        // "... to Help Train | Its AI" would end on "Train"; "Its" starts no lede here because it continues title case.
        Assert.Equal("Apple Wants Major News Organizations to Help Train Its AI",
            Headline("Apple Wants Major News Organizations to Help Train Its AI Apple has reportedly talked to two publishers about licensing their news content."));
        Assert.Equal("Minister says \u201Cwe will not back down\u201D on tax plan",
            Headline("Minister says \u201Cwe will not back down\u201D on tax plan The finance minister told parliament on Monday that the tax would go ahead."));
    }

    [Fact]
    public void NeverSplitsANameTheTextUsesWhole()
    {
        // "Meghan | Markle" would cut a name that the lede writes whole.
        Assert.Equal("5 Times Meghan Markle Went Nearly Makeup-Free And Looked Flawless",
            Headline("5 Times Meghan Markle Went Nearly Makeup-Free And Looked Flawless Meghan Markle has been in the public eye since she gained fame as an actor."));
    }

    /// <summary>
    /// Differential check of the word splitting and the stem paths: on seeded lines mixing ASCII and non-ASCII words (which
    /// also take the packed-stem and text-stem paths, and no dateline, which reads the white space), other white space
    /// between the words gives the same boundary,
    /// moved by the white space.
    /// </summary>
    [Fact]
    public void BoundaryDoesNotDependOnWhiteSpace()
    {
        string[] vocabulary =
        [
            "Zürich", "zürich", "Zürichs", "Malmö", "malmö", "Łódź", "Ærø", "Council", "council", "Councils", "delays", "vote", "on",
            "the", "The", "a", "new", "stadium", "Stadium", "plan", "Plans", "said", "has", "was", "Tuesday", "Mayor", "Ann", "Poe",
            "of", "In", "With", "Is", "and", "announced", "reporters", "officials,", "city.", "budget.", "it", "ZÜRICH",
        ];
        var random = new Random(20261127);
        string[] gaps = [" ", "\t", "\u00A0", "  ", "\u2003"];
        var found = 0;
        for (var trial = 0; trial < 4000; trial++)
        {
            var words = new string[random.Next(7, 60)];
            for (var i = 0; i < words.Length; i++)
                words[i] = vocabulary[random.Next(vocabulary.Length)];
            var plain = string.Join(' ', words);
            var spaced = new System.Text.StringBuilder();
            var starts = new List<int>();
            for (var i = 0; i < words.Length; i++)
            {
                if (i > 0)
                    spaced.Append(gaps[random.Next(gaps.Length)]);
                starts.Add(spaced.Length);
                spaced.Append(words[i]);
            }
            var at = s_extractor.FindLedeStart(plain, plain);
            var spacedAt = s_extractor.FindLedeStart(spaced.ToString(), spaced.ToString());
            var wordAt = at < 0 ? -1 : plain.AsSpan(0, at).Count(' ');
            Assert.Equal(at < 0 ? -1 : starts[wordAt], spacedAt);
            found += at > 0 ? 1 : 0;
        }
        Assert.InRange(found, 1, 3999);
    }
}
