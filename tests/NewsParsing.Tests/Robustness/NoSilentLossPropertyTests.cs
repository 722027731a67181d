using NewsParsing.Input;
using NewsParsing.Model;

namespace NewsParsing.Tests.Robustness;

/// <summary>
/// A seeded property test (Sep's fuzz tests in spirit): on generated articles mixing headlines, bylines,
/// datelines, boilerplate, lists and quote marks, nothing is lost and every span keeps the contract.
/// A failure names its seed; <see cref="GeneratedInputs.Article"/> rebuilds the input from it.
/// </summary>
public class NoSilentLossPropertyTests
{
    private const int Cases = 400;

    public static TheoryData<int> Batches => [.. Enumerable.Range(0, 8)];

    [Theory]
    [MemberData(nameof(Batches))]
    public void GeneratedArticles_LoseNothingAndSliceBack(int batch)
    {
        for (var seed = batch * Cases / 8; seed < (batch + 1) * Cases / 8; seed++)
        {
            var text = GeneratedInputs.Article(seed);
            Article article;
            try
            {
                article = NewsParser.Default.Parse(text);
                RobustnessAssert.Contract(article);
                AssertSourceSpansMapBack(text, article);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new InvalidOperationException($"seed {seed} failed: {e.Message}\n--- input ---\n{text}", e);
            }
            Assert.DoesNotContain(article.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        }
    }

    [Fact]
    public void GeneratedArticles_WithoutDroppedText_KeepTheSameBody()
    {
        var lean = NewsParser.Create(o => o with { IncludeDroppedText = false });
        for (var seed = 0; seed < 100; seed++)
        {
            var text = GeneratedInputs.Article(seed);
            var full = NewsParser.Default.Parse(text);
            var without = lean.Parse(text);
            Assert.Empty(without.Dropped);
            Assert.Equal(full.Body.AsEnumerable(), without.Body.AsEnumerable());
            Assert.Equal(full.Headline, without.Headline);
        }
    }

    [Fact]
    public void GeneratedHtmlPages_KeepTheSpanContract()
    {
        for (var seed = 0; seed < 100; seed++)
        {
            var article = NewsParser.Default.ParseHtml(GeneratedInputs.HtmlPage(seed));
            RobustnessAssert.Contract(article);
        }
    }

    /// <summary>
    /// Every block maps back to the caller's string: normalising the source slice gives the block's text.
    /// </summary>
    private static void AssertSourceSpansMapBack(string source, Article article)
    {
        foreach (var block in article.Body)
        {
            var sourceSpan = article.ToSourceSpan(block.Span);
            Assert.True(sourceSpan.Start >= 0 && sourceSpan.End <= source.Length, $"source span {sourceSpan} is outside the input");
            var slice = source.Substring(sourceSpan.Start, sourceSpan.Length);
            Assert.Equal(block.Text, TextNormalizer.Normalize(slice).Text);
        }
    }
}
