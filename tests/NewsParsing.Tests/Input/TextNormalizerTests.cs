using NewsParsing.Model;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Input;

/// <summary>Normalisation keeps an exact map back to the caller's string.</summary>
public class TextNormalizerTests
{
    [Fact]
    public void CrLfTabsNbspAndBom_AreNormalisedAndSpansMapBack()
    {
        const string input = "\uFEFF date 2025-03-14 Short headline for a test story Officials said on Monday that the plan was approved after a long debate.\r\n\r\nSecond\u00A0paragraph\twith tabs.\r\n";
        var article = NewsParser.Default.Parse(input);

        Assert.DoesNotContain('\r', article.Text);
        Assert.DoesNotContain('\uFEFF', article.Text);
        SpanInvariants.AssertAll(article);
        var second = article.Body[^1];
        Assert.Equal("Second paragraph with tabs.", second.Text);
        var source = article.ToSourceSpan(second.Span);
        Assert.Equal("Second\u00A0paragraph\twith tabs.", input.Substring(source.Start, source.Length));
    }

    [Fact]
    public void DecomposedAccents_AreComposedAndMapBack()
    {
        const string input = "Cafe\u0301 owners protest new rules\n\nThe owners of the cafe\u0301 said on Monday they would close for a day.";
        var article = NewsParser.Default.Parse(input);

        Assert.Equal("Café owners protest new rules", article.Headline);
        var lede = article.Lede!;
        Assert.Contains("café", lede.Text, StringComparison.Ordinal);
        var source = article.ToSourceSpan(lede.Span);
        Assert.Equal("The owners of the cafe\u0301 said on Monday they would close for a day.", input.Substring(source.Start, source.Length));
    }

    [Fact]
    public void CleanText_IsNotCopied()
    {
        const string input = "Plain headline here\n\nA plain paragraph of text that needs no change at all.";
        var article = NewsParser.Default.Parse(input);
        Assert.Same(input, article.Text);
    }
}
