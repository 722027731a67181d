using NewsParsing.Model;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Html;

/// <summary>Main-text extraction on small hand-written pages.</summary>
public class HtmlBodyTests
{
    private const string Page = """
        <!doctype html><html lang="en"><head><title>Council approves the new bridge - Town Gazette</title></head>
        <body>
          <nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
          <article>
            <h1>Council approves the new bridge</h1>
            <p class="byline">By Jane Doe and John Roe</p>
            <div class="article-body">
              <p>The town council voted on Monday to approve the new bridge, ending a debate that had lasted three years, officials said.</p>
              <figure><img src="b.jpg"><figcaption>The old bridge, seen from the river, in 2019.</figcaption></figure>
              <h2>A long debate</h2>
              <p>Supporters said the bridge would cut travel times, while opponents worried about the cost, the noise and the traffic.</p>
              <ul><li>Cost: 12 million euros, paid over ten years</li><li>Opening: spring 2027, if the works keep to schedule</li></ul>
              <blockquote><p>"This is a great day for the town," the mayor said after the vote.</p></blockquote>
              <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
              <p>The works are due to start in the autumn, after the summer festival, the council said in a statement.</p>
              <div class="newsletter-signup">Sign up for our newsletter to get the news every morning in your inbox.</div>
            </div>
          </article>
          <aside class="related-stories"><h3>Related</h3><ul><li><a href="/a">Bridge costs explained in full detail for readers</a></li><li><a href="/b">Mayor re-elected after a close race in the town</a></li></ul></aside>
          <div id="comments"><p>Great news, finally! I have waited for this bridge since I was a child, really.</p></div>
          <footer><p>Copyright 2025 Town Gazette. All rights reserved. Contact us for more information.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Body_KeepsArticleBlocksInOrder_WithKinds()
    {
        var article = NewsParser.Default.ParseHtml(Page);

        Assert.Equal(ArticleFormat.Html, article.Format);
        var kinds = article.Body.Select(static b => b.Kind).ToArray();
        Assert.Equal(
            [BodyBlockKind.Paragraph, BodyBlockKind.Subheading, BodyBlockKind.Paragraph, BodyBlockKind.ListItem, BodyBlockKind.ListItem,
             BodyBlockKind.Blockquote, BodyBlockKind.Paragraph],
            kinds);
        Assert.StartsWith("The town council voted on Monday", article.Body[0].Text, StringComparison.Ordinal);
        Assert.Equal("A long debate", article.Body[1].Text);
        Assert.Equal(string.Join("\n\n", article.Body.Select(static b => b.Text)), article.Text);
        SpanInvariants.AssertAll(article);
    }

    [Fact]
    public void Boilerplate_IsDroppedWithReasons_AndWithoutSpans()
    {
        var article = NewsParser.Default.ParseHtml(Page);

        DropReason ReasonOf(string start) => article.Dropped.First(d => d.Text.StartsWith(start, StringComparison.Ordinal)).Reason;
        Assert.Equal(DropReason.Navigation, ReasonOf("Home"));
        Assert.Equal(DropReason.Consent, ReasonOf("We use cookies"));
        Assert.Equal(DropReason.Caption, ReasonOf("The old bridge"));
        Assert.Equal(DropReason.Share, ReasonOf("Share on Facebook"));
        Assert.Equal(DropReason.Newsletter, ReasonOf("Sign up for our newsletter"));
        Assert.Equal(DropReason.Related, ReasonOf("Bridge costs explained"));
        Assert.Equal(DropReason.Comments, ReasonOf("Great news, finally"));
        Assert.Equal(DropReason.Headline, ReasonOf("Council approves the new bridge"));
        Assert.All(article.Dropped, static d => Assert.Null(d.Span));
        Assert.DoesNotContain("cookies", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Great news", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RecognisesHtml_AndGivesTheSameArticleAsParseHtml()
    {
        var viaParse = NewsParser.Default.Parse(Page);
        var viaHtml = NewsParser.Default.ParseHtml(Page);

        Assert.Equal(ArticleFormat.Html, viaParse.Format);
        Assert.Equal(viaHtml.Text, viaParse.Text);
        Assert.Equal(viaHtml.Headline, viaParse.Headline);
    }

    [Fact]
    public void DataTable_IsOneTableBlock_RowsOnLines_CellsTabbed()
    {
        const string html = """
            <html><body><article>
            <p>The results of the vote, district by district, were published by the council on Tuesday morning.</p>
            <table><tr><th>District</th><th>Yes</th></tr><tr><td>North</td><td>120</td></tr><tr><td>South</td><td>98</td></tr></table>
            <p>Turnout was higher than at the last vote, according to the figures released by the town hall.</p>
            </article></body></html>
            """;
        var article = NewsParser.Default.ParseHtml(html);

        var table = Assert.Single(article.Body, static b => b.Kind == BodyBlockKind.Table);
        Assert.Equal("District\tYes\nNorth\t120\nSouth\t98", table.Text);
        SpanInvariants.AssertAll(article);
    }

    [Fact]
    public void ListingPage_GivesNotAnArticle_InsteadOfAMenuBody()
    {
        var links = string.Concat(Enumerable.Range(1, 40).Select(static i => $"<li><a href=\"/story/{i}\">Story number {i} about the town and its people</a></li>"));
        var html = $"<html><head><title>News</title></head><body><h1>Latest news</h1><ul>{links}</ul></body></html>";

        var article = NewsParser.Default.ParseHtml(html);

        Assert.Contains(article.Diagnostics, static d => d.Code == DiagnosticCode.NotAnArticle);
        Assert.Empty(article.Body);
        Assert.Equal(string.Empty, article.Text);
    }

    [Fact]
    public void HiddenAndScriptContent_IsNotText()
    {
        const string html = """
            <html><body><div class="content">
            <p>The mayor opened the new library on Saturday, in front of a crowd of several hundred people.</p>
            <p style="display: none">This hidden paragraph must never be read as part of the article body.</p>
            <script>var tracking = "this script text is not article text either";</script>
            <p>The library holds forty thousand books and a room for children, the mayor said.</p>
            </div></body></html>
            """;
        var article = NewsParser.Default.ParseHtml(html);

        Assert.Equal(2, article.Body.Length);
        Assert.DoesNotContain("hidden", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("tracking", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleInsideAMisleadinglyClassedWrapper_IsStillFound()
    {
        // The wrapper's class says "related", but it holds the only prose of the page.
        var paragraphs = string.Concat(Enumerable.Range(1, 4).Select(static i =>
            $"<div class=\"para\">Paragraph {i} of the story tells what happened in the harbour, who saw it, and what the port authority said.</div>"));
        var html = $"<html><body><div class=\"zone related-zone\"><div class=\"story\">{paragraphs}</div></div></body></html>";

        var article = NewsParser.Default.ParseHtml(html);

        Assert.Equal(4, article.Body.Length);
        Assert.StartsWith("Paragraph 1 of the story", article.Body[0].Text, StringComparison.Ordinal);
    }
}
