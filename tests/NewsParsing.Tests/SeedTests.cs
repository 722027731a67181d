using NewsParsing.Model;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests;

/// <summary>The two seed articles parse end to end.</summary>
public class SeedTests
{
    [Fact]
    public void Seed000_HasDateHeadlineLedeAndFourSubheadings()
    {
        var article = NewsParser.Default.Parse(RepoPaths.ReadSeed("000"));

        Assert.Equal(new DateOnly(2025, 3, 14), article.Published?.Date);
        Assert.Equal("Putin acts on Trump\u2019s 'strong' appeal to spare lives, urges Ukrainian troops to surrender in Kursk region", article.Headline);
        Assert.StartsWith("Russian President Vladimir Putin has urged", article.Lede?.Text);
        Assert.EndsWith("its troops are only repositioning.", article.Lede?.Text);
        Assert.Equal(
            ["Putin's ultimatum: Surrender or face death", "Trump warns of 'massacre not seen since WWII'",
             "Ukraine denies encirclement, calls it strategic repositioning", "Kursk conflict: A shifting battlefield"],
            article.Body.Where(b => b.Kind == BodyBlockKind.Subheading).Select(b => b.Text));
        Assert.Equal(6, article.Body.Count(b => b.Kind == BodyBlockKind.Paragraph));
        Assert.StartsWith("In a dramatic turn of events", article.Body[1].Text);
        Assert.StartsWith("Putin's surrender call comes", article.Body[^1].Text);
    }

    [Fact]
    public void Seed002_HasNoHeadlineAndStartsWithTheLede()
    {
        var article = NewsParser.Default.Parse(RepoPaths.ReadSeed("002"));

        Assert.Equal(new DateOnly(2025, 3, 14), article.Published?.Date);
        Assert.Null(article.Headline);
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCode.NoHeadline);
        Assert.StartsWith("Russian President Vladimir Putin is urging Ukraine", article.Lede?.Text);
        Assert.Equal(10, article.Body.Length);
        Assert.All(article.Body, b => Assert.Equal(BodyBlockKind.Paragraph, b.Kind));
        Assert.StartsWith("However, Zelenskyy on Thursday warned", article.Body[^1].Text);
    }

    [Fact]
    public void Seeds_AllSpansSliceBackAndNothingIsLost()
    {
        foreach (var file in RepoPaths.SeedFiles)
        {
            var article = NewsParser.Default.Parse(File.ReadAllText(file));
            SpanInvariants.AssertAll(article);
            SpanInvariants.AssertNoSilentLoss(article);
        }
    }

    [Fact]
    public void Seeds_ParseTheSameFromBytesAsFromText()
    {
        foreach (var file in RepoPaths.SeedFiles)
        {
            using var stream = File.OpenRead(file);
            var fromBytes = NewsParser.Default.Parse(stream);
            var fromText = NewsParser.Default.Parse(File.ReadAllText(file));
            Assert.Equal(fromText.Headline, fromBytes.Headline);
            Assert.Equal(fromText.Body.AsEnumerable(), fromBytes.Body.AsEnumerable());
        }
    }
}
