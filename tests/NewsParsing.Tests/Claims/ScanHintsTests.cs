using NewsParsing.Claims;
using NewsParsing.Lexicons;
using NewsParsing.Metadata.Dates;
using NewsParsing.Model;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Claims;

/// <summary>
/// The hints let the claim stage skip the hedge, date and number scanners on a range; a skip must never lose a
/// find. Differential: on many ranges of the seeds and of tricky text, a range the hints rule out yields nothing.
/// </summary>
public class ScanHintsTests
{
    private static readonly ClaimLexicons s_lexicons = ClaimLexicons.For(LexiconSet.Default);
    private static readonly HedgeScanner s_hedges = new(s_lexicons.Hedges);
    private static readonly DateExpressionScanner s_dates = new(s_lexicons.Months, s_lexicons.Weekdays, s_lexicons.TimeWords);
    private static readonly NumberScanner s_numbers = new(s_lexicons.Numbers, s_lexicons);
    private static readonly DateOnly s_reference = new(2025, 3, 14);

    private const string Tricky =
        "Officials said so-called talks reportedly began.\n\nHe spoke Friday, mid-March, on 2025-03-14 and last week.\n\n"
        + "About a dozen Trump’s aides were seemingly absent; twenty-five left in 1,200 cars. Mid-March's so-called U.S.-twelve "
        + "talks, non-Monday 30-day pre-2024 ex-President's.\n\nThe minister met allies.";

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string> { Tricky };
        foreach (var path in Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
            data.Add(File.ReadAllText(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void ARangeRuledOutHoldsNothingTheScannersFind(string text)
    {
        using var hints = new ScanHints();
        var blocks = new List<TextSpan>();
        var tokens = new List<Token>();
        var start = 0;
        foreach (var paragraph in text.Split("\n\n"))
        {
            var block = new TextSpan(start, paragraph.Length);
            start += paragraph.Length + 2;
            tokens.Clear();
            SentenceTokenizer.Tokenize(text, block.Start, block.End, s_lexicons, tokens);
            hints.AddBlock(block, tokens);
            blocks.Add(block);
        }
        var random = new Random(20261127);
        int ruledOut = 0, ranges = 0;
        foreach (var block in blocks)
        {
            for (var n = 0; n < 300; n++)
            {
                var a = random.Next(block.Start, block.End + 1);
                var b = random.Next(a, Math.Min(block.End, a + 400) + 1);
                var range = TextSpan.FromBounds(a, b);
                ranges++;
                var hedges = new List<Hedge>();
                s_hedges.Scan(text, range, hedges);
                var dates = new List<DateMention>();
                s_dates.Scan(text, range, s_reference, dates);
                var numbers = new List<NumberMention>();
                s_numbers.Scan(text, range, numbers);
                if (!MayHoldHedge(hints, text, range))
                {
                    ruledOut++;
                    Assert.True(hedges.Count == 0, $"hedge in {range}: {text[a..b]}");
                }
                if (!MayHoldDate(hints, text, range))
                    Assert.True(dates.Count == 0, $"date in {range}: {text[a..b]}");
                if (!MayHoldNumber(hints, text, range))
                    Assert.True(numbers.Count == 0, $"number in {range}: {text[a..b]}");
                AssertCandidateScansFindTheSame(hints, text, range, hedges, dates, numbers);
            }
        }
        // The hints must also rule something out, or they save nothing.
        Assert.True(ruledOut > ranges / 20, $"{ruledOut} of {ranges}");
    }

    // A range may hold a find unless the hints cover it and give no candidate in it.
    private static bool MayHoldHedge(ScanHints hints, string text, TextSpan range) =>
        !hints.TryGetHedgeCandidates(text, range, out var candidates) || !candidates.IsEmpty;

    private static bool MayHoldDate(ScanHints hints, string text, TextSpan range) =>
        !hints.TryGetDateCandidates(text, range, out var candidates) || !candidates.IsEmpty;

    private static bool MayHoldNumber(ScanHints hints, string text, TextSpan range) =>
        !hints.TryGetNumberCandidates(text, range, out var candidates) || !candidates.IsEmpty;

    /// <summary>Scanning only from the candidates the hints give finds what scanning every word finds.</summary>
    private static void AssertCandidateScansFindTheSame(ScanHints hints, string text, TextSpan range, List<Hedge> hedges, List<DateMention> dates,
        List<NumberMention> numbers)
    {
        if (hints.TryGetHedgeCandidates(text, range, out var hedgeCandidates))
        {
            var fromCandidates = new List<Hedge>();
            s_hedges.Scan(text, range, fromCandidates, hedgeCandidates);
            Assert.Equal(hedges, fromCandidates);
        }
        if (hints.TryGetDateCandidates(text, range, out var dateCandidates))
        {
            var fromCandidates = new List<DateMention>();
            s_dates.Scan(text, range, s_reference, fromCandidates, dateCandidates);
            Assert.Equal(dates, fromCandidates);
        }
        if (hints.TryGetNumberCandidates(text, range, out var numberCandidates))
        {
            var fromCandidates = new List<NumberMention>();
            s_numbers.Scan(text, range, fromCandidates, numberCandidates);
            Assert.Equal(numbers, fromCandidates);
        }
    }

    [Fact]
    public void ARangeOutsideTheTokenisedBlocksOrCuttingAWordIsAlwaysScanned()
    {
        const string text = "The minister met allies. The minister met allies.";
        using var hints = new ScanHints();
        var tokens = new List<Token>();
        SentenceTokenizer.Tokenize(text, 0, 24, s_lexicons, tokens);
        hints.AddBlock(new TextSpan(0, 24), tokens);
        Assert.False(MayHoldDate(hints, text, new TextSpan(0, 24)));
        Assert.True(MayHoldDate(hints, text, new TextSpan(25, 10)));  // not tokenised
        Assert.True(MayHoldDate(hints, text, new TextSpan(5, 10)));   // starts inside "minister"
    }
}
