using NewsParsing.Body;
using NewsParsing.Lexicons;
using NewsParsing.Model;

namespace NewsParsing.Tests.Body;

public class BoilerplateRulesTests
{
    private static readonly BoilerplateRules s_rules = new(LexiconSet.Default);

    [Theory]
    [InlineData("Advertisement", DropReason.Advertisement)]
    [InlineData("ADVERTISEMENT", DropReason.Advertisement)]
    [InlineData("Story continues below advertisement", DropReason.Advertisement)]
    [InlineData("Read more: Why oil matters", DropReason.Related)]
    [InlineData("Read more", DropReason.Related)]
    [InlineData("Sign up for our morning newsletter", DropReason.Newsletter)]
    [InlineData("Share this article", DropReason.Share)]
    [InlineData("Reporting by Jane Doe; Editing by John Roe", DropReason.Trailer)]
    [InlineData("(Reporting by Jane Doe; Editing by John Roe)", DropReason.Trailer)]
    [InlineData("The Associated Press contributed to this report.", DropReason.Trailer)]
    [InlineData("Copyright 2025 Example News. All rights reserved.", DropReason.Trailer)]
    public void Recognises(string line, DropReason reason) => Assert.Equal(reason, s_rules.Classify(line));

    [Theory]
    // Boilerplate is short: a long paragraph that opens with "Read more about" is prose.
    [InlineData("Read more about the storm in the report the council published on Monday, which runs to 200 pages and sets out in detail how the sea wall failed, why the pumps stopped, and what the city will do to make sure that it does not happen again when the next storm arrives, as forecasters expect it will, and the council has promised a full public inquiry.")]
    [InlineData("The advertisement ran for a week.")]
    [InlineData("Editors said the newsletter was popular.")]
    public void LeavesProse(string line) => Assert.Null(s_rules.Classify(line));

    [Fact]
    public void ALexiconFileAddsRules()
    {
        var rules = new BoilerplateRules(LexiconSet.Default.WithFile("boilerplate.xx.txt", "lesen sie auch\tRelated\tprefix\n"));
        Assert.Equal(DropReason.Related, rules.Classify("Lesen Sie auch: Der Sturm"));
    }

    /// <summary>
    /// Rules are filed by the character a block must open or end with: every rule of the lexicon must still find its own
    /// text, in any case, and a rule opening beyond ASCII must be compared whatever the block's first character.
    /// </summary>
    [Fact]
    public void EveryRuleFindsItsOwnText()
    {
        var lexicon = LexiconSet.Default.Get("boilerplate");
        var tried = 0;
        foreach (var key in lexicon.Keys)
        {
            lexicon.TryGet(key, out var fields);
            var block = fields[1] switch
            {
                "line" => key,
                "prefix" => key + " the rest",
                _ => "The rest " + key,
            };
            foreach (var cased in new[] { block, block.ToUpperInvariant(), block.ToLowerInvariant() })
                Assert.True(s_rules.Classify(cased) is not null, $"rule '{key}' ({fields[1]}) missed \"{cased}\"");
            tried++;
        }
        Assert.True(tried > 20, $"{tried} rules");

        var rules = new BoilerplateRules(LexiconSet.Default.WithFile("boilerplate.xx.txt", "übersicht\tRelated\tline\nähnliche artikel\tRelated\tprefix\n"));
        Assert.Equal(DropReason.Related, rules.Classify("ÜBERSICHT"));
        Assert.Equal(DropReason.Related, rules.Classify("Ähnliche Artikel: Der Sturm"));
    }
}
