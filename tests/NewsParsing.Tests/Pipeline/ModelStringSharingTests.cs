using NewsParsing.Model;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Pipeline;

/// <summary>
/// The model holds one copy of each string: a claim that is a quotation shares the quote's text, and short slices
/// that repeat (cues, names) are one instance. Sharing must never change a value: every span still slices back.
/// </summary>
public class ModelStringSharingTests
{
    private const string Text = """
        Mayor Ann Lee said the budget would pass.

        "We have the votes," Lee said. "The council agreed on Monday."

        Critics said the plan was rushed, and Lee said she disagreed.
        """;

    [Fact]
    public void A_claim_that_is_a_quotation_shares_the_quote_text()
    {
        var article = NewsParser.Default.Parse(Text);
        SpanInvariants.AssertAll(article);
        var shared = 0;
        foreach (var claim in article.Claims)
        {
            foreach (var quote in article.Quotes)
            {
                if (quote.Span != claim.Span)
                    continue;
                Assert.Equal(quote.Text, claim.Content);
                Assert.Same(quote.Text, claim.Content);
                shared++;
            }
        }
        Assert.True(shared > 0, "the text has quotations that are claims");
    }

    [Fact]
    public void Repeated_short_slices_are_one_instance()
    {
        var article = NewsParser.Default.Parse(Text);
        var cues = article.Quotes.Select(q => q.Cue).Concat(article.Claims.Select(c => c.Cue)).OfType<Cue>()
            .Where(c => c.Text == "said").ToList();
        Assert.True(cues.Count >= 2, "the text has several 'said' cues");
        Assert.All(cues, cue => Assert.Same(cues[0].Text, cue.Text));
    }

    [Fact]
    public void Body_blocks_built_with_the_model_slice_back_from_the_text()
    {
        foreach (var file in RepoPaths.SeedFiles)
        {
            var article = NewsParser.Default.Parse(File.ReadAllText(file));
            SpanInvariants.AssertAll(article);
            Assert.NotEmpty(article.Body);
            Assert.All(article.Body, block => Assert.Equal(article.Text.Substring(block.Span.Start, block.Span.Length), block.Text));
        }
    }
}
