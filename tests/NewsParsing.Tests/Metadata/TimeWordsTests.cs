using System.Globalization;
using NewsParsing.Claims;
using NewsParsing.Lexicons;
using NewsParsing.Metadata.Dates;
using NewsParsing.Model;

namespace NewsParsing.Tests.Metadata;

/// <summary>The <c>time-words</c> lexicon drives the date scanner and the claim stage's time-word facts (2025-03-14 is a Friday).</summary>
public sealed class TimeWordsTests
{
    private static readonly DateOnly s_friday = new(2025, 3, 14);

    private static List<DateMention> Scan(LexiconSet set, string text)
    {
        var scanner = new DateExpressionScanner(set.Get("months"), set.Get("weekdays"), set.Get("time-words"));
        var found = new List<DateMention>();
        scanner.Scan(text, new TextSpan(0, text.Length), s_friday, found);
        return found;
    }

    /// <summary>The shipped entries whose fields hold <c>role=value</c>, read straight from the file's fields.</summary>
    private static List<(string Word, string Value)> Entries(string role)
    {
        var lexicon = LexiconSet.Default.Get("time-words");
        var entries = new List<(string, string)>();
        foreach (var word in lexicon.Keys)
        {
            lexicon.TryGet(word, out var fields);
            foreach (var field in fields)
            {
                if (field.StartsWith(role + "=", StringComparison.Ordinal))
                    entries.Add((word, field[(role.Length + 1)..]));
            }
        }
        return entries;
    }

    [Fact]
    public void EveryDayWordResolvesToItsOffset()
    {
        var days = Entries("day");
        Assert.True(days.Count >= 4, "the shipped file lists yesterday, today, tonight and tomorrow");
        foreach (var (word, value) in days)
        {
            var mention = Assert.Single(Scan(LexiconSet.Default, $"The talks ended {word} and"));
            Assert.Equal(word, mention.Text);
            Assert.Equal(s_friday.AddDays(int.Parse(value, CultureInfo.InvariantCulture)), mention.Start);
        }
    }

    [Fact]
    public void EveryDirectionWordResolvesAWeekInItsDirection()
    {
        var directions = Entries("direction");
        Assert.Equal(3, directions.Count);
        foreach (var (word, value) in directions)
        {
            var direction = Enum.Parse<DateDirection>(value, ignoreCase: true);
            var mention = Assert.Single(Scan(LexiconSet.Default, $"The talks {word} week were"));
            Assert.Equal($"{word} week", mention.Text);
            Assert.Equal(RelativeDateResolver.Week(s_friday, direction, past: false), (mention.Start, mention.End));
        }
    }

    [Fact]
    public void ReplacedFile_DrivesTheScannerAndTheClaimFacts()
    {
        var set = LexiconSet.Default.WithFile("time-words.en.txt", "vorgestern\tday=-2\tframe\nvorigen\tdirection=last\nseit\tjoins\tmarker\n");
        Assert.Equal(["vorgestern", "vorigen Monday", "seit 2019"], Scan(set, "vorgestern, vorigen Monday, yesterday, seit 2019, last week").Select(m => m.Text));
        Assert.Equal(s_friday.AddDays(-2), Scan(set, "vorgestern")[0].Start);

        var facts = ClaimLexicons.For(set);
        Assert.True(facts.Facts("vorgestern", false).Facts.HasFlag(TokenFacts.TimeWord | TokenFacts.MayBeDateWord));
        Assert.True(facts.Facts("vorigen", false).Facts.HasFlag(TokenFacts.MayBeDateWord));
        Assert.False(facts.Facts("vorigen", false).Facts.HasFlag(TokenFacts.TimeWord));
        Assert.Equal(TokenFacts.None, facts.Facts("yesterday", false).Facts & (TokenFacts.TimeWord | TokenFacts.MayBeDateWord));
    }

    [Fact]
    public void EveryUnitWordMakesARelativeDate()
    {
        var units = Entries("unit");
        Assert.Equal(["month", "night", "week", "year"], units.Select(u => u.Value).Order());
        foreach (var (word, _) in units)
        {
            var mention = Assert.Single(Scan(LexiconSet.Default, $"The talks last {word} were"));
            Assert.Equal($"last {word}", mention.Text);
        }
        Assert.Empty(Scan(LexiconSet.Default, "The talks last fortnight were"));
    }

    [Fact]
    public void ReplacedFile_NamesTheUnits()
    {
        var set = LexiconSet.Default.WithFile("time-words.en.txt", "vorigen\tdirection=last\nWoche\tunit=week\nJahr\tunit=year\nNacht\tunit=night\n");
        var found = Scan(set, "vorigen Woche, vorigen week, vorigen Jahr, vorigen Nacht");
        Assert.Equal(["vorigen Woche", "vorigen Jahr", "vorigen Nacht"], found.Select(m => m.Text));
        Assert.Equal(RelativeDateResolver.Week(s_friday, DateDirection.Last, past: false), (found[0].Start, found[0].End));
        Assert.Equal(new DateOnly(2024, 1, 1), found[1].Start);
        Assert.Equal(s_friday.AddDays(-1), found[2].Start);
        Assert.Equal(["last week"], Scan(LexiconSet.Default, "vorigen Woche, last week").Select(m => m.Text));
    }

    [Fact]
    public void BadRolesAreSkipped_NotFatal()
    {
        var set = LexiconSet.Default.WithFile("time-words.en.txt", "soon\tday=x\tdirection=sideways\tbogus\nlater\tday=99\nnow\tday=0\nlast\tdirection=last\nweek\tunit=fortnight\n");
        Assert.Equal(["now"], Scan(set, "soon week, later, now, last week").Select(m => m.Text));
    }
}
