using NewsParsing.Model;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Claims;

/// <summary>Comparing the two seed articles, and general behaviour of the comparer on made-up articles.</summary>
public class ComparisonTests
{
    private static readonly Article[] s_seeds = [NewsParser.Default.Parse(RepoPaths.ReadSeed("000")), NewsParser.Default.Parse(RepoPaths.ReadSeed("002"))];
    private static readonly ComparisonReport s_report = ArticleComparer.Compare(s_seeds);

    private static void AssertSlices(ComparisonFinding finding)
    {
        foreach (var place in new[] { finding.First, finding.Second })
            Assert.Equal(place.Text, s_seeds[place.Article].Text.Substring(place.Span.Start, place.Span.Length));
    }

    [Fact]
    public void SameQuote_AcrossOutlets_DespiteQuoteMarks()
    {
        var finding = Assert.Single(s_report.Findings, static f => f.Kind == FindingKind.SameQuote && f.First.Text.Contains("We are sympathetic", StringComparison.Ordinal));
        Assert.Equal(0, finding.First.Article);
        Assert.Equal(1, finding.Second.Article);
        Assert.Contains("We are sympathetic to President Trump’s call", finding.Second.Text, StringComparison.Ordinal);
        Assert.Equal(1.0, finding.Score);
        AssertSlices(finding);
    }

    [Fact]
    public void ConflictingClaims_PutinAssertsUkraineDenies()
    {
        var conflicts = s_report.Findings.Where(static f => f.Kind == FindingKind.ConflictingClaims).ToList();
        Assert.Contains(conflicts, static f => f.First.Article == 0 && f.Second.Article == 1
            && f.First.Text == "the soldiers are surrounded" && f.Second.Text == "that his military forces were surrounded"
            && f.Description.Contains("Vladimir Putin asserts", StringComparison.Ordinal) && f.Description.Contains("Volodymyr Zelenskyy denies", StringComparison.Ordinal));
        Assert.Contains(conflicts, static f => f.Second.Text == "this" && f.Description.Contains("Ukraine denies", StringComparison.Ordinal));
        Assert.Contains(conflicts, static f => f.Second.Text == "claims of encirclement" && f.Description.Contains("top commander denies", StringComparison.Ordinal));
        conflicts.ForEach(AssertSlices);
    }

    [Fact]
    public void DatesThatDisagree_SinceAugust2023_AgainstLastAugust()
    {
        var finding = Assert.Single(s_report.Findings, static f => f.Kind == FindingKind.DateMismatch);
        Assert.Equal("since August 2023", finding.First.Text);
        Assert.Equal("last August", finding.Second.Text);
        Assert.Contains("2023-08", finding.Description, StringComparison.Ordinal);
        Assert.Contains("2024-08", finding.Description, StringComparison.Ordinal);
        AssertSlices(finding);
    }

    [Fact]
    public void UnrelatedArticles_HaveNoFindings()
    {
        var a = NewsParser.Default.Parse(" date 2024-05-02 Rail strike ends The union said on Thursday that train drivers would return to work after a pay deal.");
        var b = NewsParser.Default.Parse(" date 2024-05-02 Zoo welcomes panda The zoo's director said the panda cub was healthy and eating well.");
        Assert.Empty(ArticleComparer.Compare([a, b]).Findings);
    }

    [Fact]
    public void GeneralRules_WorkOnMadeUpArticles()
    {
        var a = NewsParser.Default.Parse("Port reopens after storm\n\n\"The harbour will reopen to ships on Monday,\" the port authority said. The mayor said the storm had destroyed the main pier.");
        var b = NewsParser.Default.Parse("Storm damage\n\n\u201CThe harbour will reopen to ships on Monday\u201D, the authority said on Friday. The harbour master denied that the storm destroyed the main pier.");
        var report = ArticleComparer.Compare([a, b]);
        Assert.Contains(report.Findings, static f => f.Kind == FindingKind.SameQuote);
        Assert.Contains(report.Findings, static f => f.Kind == FindingKind.ConflictingClaims && f.Description.Contains("harbour master denies", StringComparison.Ordinal));
        Assert.Equal(2, report.ArticleCount);
    }

    [Fact]
    public void Compare_RejectsNull() => Assert.Throws<ArgumentNullException>(() => ArticleComparer.Compare(null!));
}
