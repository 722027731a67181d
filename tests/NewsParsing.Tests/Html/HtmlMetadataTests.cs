using NewsParsing.Model;

namespace NewsParsing.Tests.Html;

/// <summary>Metadata from each source a page may carry, and their reconciliation.</summary>
public class HtmlMetadataTests
{
    private static Article Parse(string head, string body = "<p>The council met on Monday to discuss the budget for the coming year, members said.</p>", Uri? url = null) =>
        NewsParser.Default.ParseHtml($"<html><head>{head}</head><body><article>{body}</article></body></html>", url);

    [Fact]
    public void JsonLd_GraphWithNestedPublisher_AndAuthorArray()
    {
        const string head = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Example"},
              {"@type":"NewsArticle","headline":"Budget passes after long night","datePublished":"2025-03-14T09:30:00+01:00",
               "dateModified":"2025-03-15T10:00:00Z","author":[{"@type":"Person","name":"Jane Doe"},"John Roe"],
               "publisher":{"@type":"Organization","name":"Example Times"},"inLanguage":"en-GB","keywords":"budget, council",
               "image":{"@type":"ImageObject","url":"https://example.com/a.jpg"}}]}</script>
            """;
        var article = Parse(head);

        Assert.Equal("Budget passes after long night", article.Headline);
        Assert.Equal(new ArticleDate(new DateOnly(2025, 3, 14), new TimeOnly(9, 30), TimeSpan.FromHours(1)), article.Published);
        Assert.Equal("2025-03-14T09:30:00+01:00", article.Published.ToString());
        Assert.Equal(new DateOnly(2025, 3, 15), article.Metadata.Modified?.Date);
        Assert.Equal(["Jane Doe", "John Roe"], article.Authors.ToArray());
        Assert.Equal("Example Times", article.Metadata.SiteName);
        Assert.Equal("en-GB", article.Metadata.Language);
        Assert.Equal(["budget", "council"], article.Metadata.Tags.ToArray());
        Assert.Equal(new Uri("https://example.com/a.jpg"), article.Metadata.ImageUrl);
    }

    [Fact]
    public void JsonLd_PersonWithAnArrayOfNames_ListsEveryCoAuthor()
    {
        const string head = """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Floods","author":{"@type":"Person","name":["Ann Poe","Karl Weber"]}}</script>""";
        Assert.Equal(["Ann Poe", "Karl Weber"], Parse(head).Authors.ToArray());
    }

    [Fact]
    public void JsonLd_CreatorsListingTheAuthorAndMore_NameTheCoAuthors()
    {
        const string withMore = """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Floods","author":{"@type":"Person","name":"Ann Poe"},"creator":["Ann Poe","Karl Weber"]}</script>""";
        Assert.Equal(["Ann Poe", "Karl Weber"], Parse(withMore).Authors.ToArray());
        const string other = """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Floods","author":{"@type":"Person","name":"Ann Poe"},"creator":["Karl Weber","Lea Martin"]}</script>""";
        Assert.Equal(["Ann Poe"], Parse(other).Authors.ToArray());
    }

    [Fact]
    public void RelAuthorLinks_OfOtherArticlesTeasers_AreNotCoAuthors()
    {
        const string body = """
            <header><div class="meta"><a rel="author" href="/people/ann-poe">Ann Poe</a> <a rel="author" href="/people/karl-weber">Karl Weber</a></div></header>
            <p>The council met on Monday to discuss the budget for the coming year, members said.</p>
            <section><div class="teaser"><h3>Other story</h3><p><a rel="author" href="/people/lea-martin">Lea Martin</a></p></div></section>
            """;
        Assert.Equal(["Ann Poe", "Karl Weber"], Parse("", body).Authors.ToArray());
    }

    [Fact]
    public void ItempropAuthors_OfOtherItems_AreNotCoAuthors()
    {
        const string body = """
            <div itemscope itemtype="https://schema.org/Article"><span itemprop="author">Ann Poe</span>
            <p>The council met on Monday to discuss the budget for the coming year, members said.</p></div>
            <div itemscope itemtype="https://schema.org/Article"><span itemprop="author">Lea Martin</span></div>
            """;
        Assert.Equal(["Ann Poe"], Parse("", body).Authors.ToArray());
    }

    [Theory]
    [InlineData("Auteur : Ann Poe", "Ann Poe")]
    [InlineData("Text von Ann Poe Illustration: Karl Weber", "Ann Poe")]
    [InlineData("Rechtsanwalt Ann Poe", "Ann Poe")]
    [InlineData("Posted on 19 December 2023 by Ann Poe", "Ann Poe")]
    [InlineData("23. Januar 2020 von <a href=\"/author/ann/\">Ann Poe</a><span>in News</span>", "Ann Poe")]
    public void VisibleByline_SpacedColon_FurtherCredit_AndProfession_AreNotPartOfTheName(string byline, string expected)
    {
        var body = $"<h1>Council passes the budget</h1><p>{byline}</p><p>The council met on Monday to discuss the budget for the coming year, members said.</p>";
        Assert.Equal([expected], Parse("", body).Authors.ToArray());
    }

    [Fact]
    public void JsonLd_TopLevelArray_AuthorAsString()
    {
        const string head = """<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"ReportageNewsArticle","headline":"Floods","datePublished":"2024-11-02","author":"Ann Poe"}]</script>""";
        var article = Parse(head);

        Assert.Equal("Floods", article.Headline);
        Assert.Equal(new ArticleDate(new DateOnly(2024, 11, 2)), article.Published);
        Assert.Equal(["Ann Poe"], article.Authors.ToArray());
    }

    [Fact]
    public void MalformedJsonLd_GivesADiagnostic_AndOtherSourcesStillCount()
    {
        const string head = """
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
            <meta property="og:title" content="Storm hits the coast">
            <meta property="article:published_time" content="2023-01-05T08:00:00Z">
            """;
        var article = Parse(head);

        Assert.Contains(article.Diagnostics, static d => d.Code == DiagnosticCode.InvalidStructuredData);
        Assert.Equal("Storm hits the coast", article.Headline);
        Assert.Equal(new DateOnly(2023, 1, 5), article.Published?.Date);
    }

    [Fact]
    public void OversizedJsonLd_IsSkippedWithADiagnostic()
    {
        var parser = NewsParser.Create(static o => o with { MaxJsonLdChars = 50 });
        var html = """<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"A headline long enough to pass the limit of fifty"}</script></head><body><p>Text of the page that is long enough to be a paragraph of prose.</p></body></html>""";

        var article = parser.ParseHtml(html);

        Assert.Contains(article.Diagnostics, static d => d.Code == DiagnosticCode.InvalidStructuredData);
        Assert.NotEqual("A headline long enough to pass the limit of fifty", article.Headline);
    }

    [Fact]
    public void OpenGraph_Twitter_AndMetaFields()
    {
        const string head = """
            <title>Rail strike called off | The Daily Example</title>
            <meta property="og:title" content="Rail strike called off | The Daily Example">
            <meta property="og:site_name" content="The Daily Example">
            <meta property="og:description" content="Unions and the operator reached a deal.">
            <meta name="twitter:image" content="https://example.com/t.jpg">
            <meta property="article:tag" content="Transport">
            <meta name="author" content="By Maria Lopez">
            <link rel="canonical" href="/news/rail-strike">
            """;
        var article = Parse(head, url: new Uri("https://example.com/news/rail-strike?utm=x"));

        Assert.Equal("Rail strike called off", article.Headline);
        Assert.Equal("The Daily Example", article.Metadata.SiteName);
        Assert.Equal("Unions and the operator reached a deal.", article.Metadata.Description);
        Assert.Equal(new Uri("https://example.com/t.jpg"), article.Metadata.ImageUrl);
        Assert.Equal(new Uri("https://example.com/news/rail-strike"), article.Metadata.CanonicalUrl);
        Assert.Equal(["Transport"], article.Metadata.Tags.ToArray());
        Assert.Equal(["Maria Lopez"], article.Authors.ToArray());
    }

    [Fact]
    public void DublinCore_AndMicrodata()
    {
        const string head = """<meta name="DC.date.issued" content="2021-06-30"><meta name="dc.creator" content="Karl Weber">""";
        var article = Parse(head);
        Assert.Equal(new DateOnly(2021, 6, 30), article.Published?.Date);
        Assert.Equal(["Karl Weber"], article.Authors.ToArray());

        const string body = """
            <h1 itemprop="headline">Harbour reopens</h1>
            <span itemprop="author" itemscope><span itemprop="name">Lea Martin</span></span>
            <time itemprop="datePublished" datetime="2020-02-29T12:00:00-05:00">Feb 29</time>
            <p>The harbour reopened on Saturday after two weeks of repairs to the quay, the port said.</p>
            """;
        var micro = Parse("", body);
        Assert.Equal("Harbour reopens", micro.Headline);
        Assert.Equal(["Lea Martin"], micro.Authors.ToArray());
        Assert.Equal(new ArticleDate(new DateOnly(2020, 2, 29), new TimeOnly(12, 0), TimeSpan.FromHours(-5)), micro.Published);
    }

    [Fact]
    public void VisibleDateAndByline_NearTheHeadline_WhenNoMetadataSaysSo()
    {
        const string body = """
            <h1>Neue Brücke eröffnet</h1>
            <p>Von Claudia Lindner</p>
            <p>14. März 2025</p>
            <p>Die neue Brücke über den Fluss wurde am Freitag nach zwei Jahren Bauzeit feierlich eröffnet.</p>
            """;
        var article = Parse("<title>Neue Brücke eröffnet</title>", body);

        Assert.Equal(new DateOnly(2025, 3, 14), article.Published?.Date);
        Assert.Equal(["Claudia Lindner"], article.Authors.ToArray());
        Assert.Equal("Neue Brücke eröffnet", article.Headline);
        Assert.StartsWith("Die neue Brücke", article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Dropped, static d => d.Reason == DropReason.Byline && d.Text == "Von Claudia Lindner");
    }

    [Fact]
    public void UrlDate_IsUsedWhenThePageGivesNone()
    {
        var article = Parse("", url: new Uri("https://example.com/2019/07/04/fireworks-story"));
        Assert.Equal(new DateOnly(2019, 7, 4), article.Published?.Date);
    }

    [Fact]
    public void PublishedAndModified_AreKeptApart()
    {
        const string head = """
            <meta property="article:published_time" content="2022-05-01T10:00:00+02:00">
            <meta property="article:modified_time" content="2022-05-03T18:00:00+02:00">
            """;
        var article = Parse(head);
        Assert.Equal(new DateOnly(2022, 5, 1), article.Published?.Date);
        Assert.Equal(new DateOnly(2022, 5, 3), article.Metadata.Modified?.Date);
    }

    [Theory]
    [InlineData("Budget vote delayed again - The Example Post", "The Example Post", "Budget vote delayed again")]
    [InlineData("Budget vote delayed again | Politics | The Example Post", "The Example Post", "Budget vote delayed again")]
    [InlineData("The Example Post | Budget vote delayed again", "The Example Post", "Budget vote delayed again")]
    [InlineData("Q&A: what the budget means for you", null, "Q&A: what the budget means for you")]
    public void SiteSuffix_IsStrippedFromTheHeadline(string title, string? site, string expected) =>
        Assert.Equal(expected, NewsParsing.Metadata.HtmlMetadataResolver.StripSiteName(title, site));
    [Fact]
    public void ScriptData_PublishedKey_IsTheDateWhenNoMetadataCarriesOne()
    {
        const string head = """<script>window.__STATE__ = {"review":{"updatedDate":"2016-11-05T08:00:00Z","publishedDate":"2016-11-04T20:37:27+02:00"}};</script>""";
        var article = Parse(head);

        Assert.Equal(new ArticleDate(new DateOnly(2016, 11, 4), new TimeOnly(20, 37, 27), TimeSpan.FromHours(2)), article.Published);
    }

    [Fact]
    public void ScriptData_EscapedJsonKey_IsRead_AndMetadataStillWins()
    {
        const string escaped = """<script>var data = "{\"published_at\":\"2019-03-02T06:22:28+01:00\"}";</script>""";
        Assert.Equal(new DateOnly(2019, 3, 2), Parse(escaped).Published?.Date);

        const string both = """<meta property="article:published_time" content="2020-01-05"><script>var x = {pubDate: '2019-01-01'};</script>""";
        Assert.Equal(new DateOnly(2020, 1, 5), Parse(both).Published?.Date);
    }

    [Fact]
    public void CommentSection_AndCommentFormFields_AreNotBylines()
    {
        const string body = """
            <p>The council met on Monday to discuss the budget for the coming year, members said.</p>
            <ol class="commentlist"><li><div class="comment-author vcard"><cite class="fn">Yvonne</cite> <span class="says">says:</span></div><p>Nice.</p></li></ol>
            <form><p class="comment-form-author"><label for="author">Name *</label><input id="author" name="author"></p></form>
            """;
        Assert.Empty(Parse("", body).Authors);

        const string withByline = """<p class="byline">By Ann Poe</p><p>The council met on Monday to discuss the budget for the coming year, members said.</p><div id="comments"><span class="comment-author">Bob</span></div>""";
        Assert.Equal(["Ann Poe"], Parse("", withByline).Authors.ToArray());
    }
    [Fact]
    public void BarePrefix_OrLabelCutBeforeItsValue_IsNotAnAuthor()
    {
        Assert.Empty(Parse("", """<p class="byline">Von</p><p>The council met on Monday to discuss the budget for the coming year, members said.</p>""").Authors);
        Assert.Empty(Parse("", """<span class="author">Posted on</span><p>The council met on Monday to discuss the budget for the coming year, members said.</p>""").Authors);
        // A longer prefix word may be the credit itself, and one-word user names stay.
        Assert.Equal(["Redaktion"], Parse("""<meta name="author" content="Redaktion">""").Authors.ToArray());
        Assert.Equal(["uriebe"], Parse("", """<span class="author">uriebe</span><p>The council met on Monday to discuss the budget for the coming year, members said.</p>""").Authors.ToArray());
    }
    [Fact]
    public void LeadImageUploadDay_DatesAPageWithoutDateMetadata()
    {
        var article = Parse("""<meta property="og:image" content="/uploads/2020/10/13/news/153257/medium.jpg">""", url: new Uri("https://example.com/news/launch"));

        Assert.Equal(new ArticleDate(new DateOnly(2020, 10, 13)), article.Published);
        // Date metadata still wins over the image path.
        var dated = Parse("""<meta property="og:image" content="/uploads/2020/10/13/a.jpg"><meta property="article:published_time" content="2020-12-08">""");
        Assert.Equal(new DateOnly(2020, 12, 8), dated.Published?.Date);
    }

    [Fact]
    public void DateWrittenInTheTitle_DatesAPageWithoutDateMetadata()
    {
        var article = Parse("<title>Council passes the budget (news of 14 March 2020)</title>");

        Assert.Equal(new DateOnly(2020, 3, 14), article.Published?.Date);
    }

    private const string Lede = "<p>The council met on Monday to discuss the budget for the coming year, members said after the vote.</p>";

    [Fact]
    public void ShownDate_PicksTheMachineDateItAgreesWith_KeepingItsTimeAndZone()
    {
        const string head = """
            <meta property="article:published_time" content="2021-12-14T15:41:07+01:00">
            <meta property="article:modified_time" content="2022-02-04T15:33:00+01:00">
            """;
        var article = Parse(head, "<h1>Warum sich das Warten lohnt</h1><p>04.02.2022 | 15:33 Uhr</p>" + Lede);

        Assert.Equal(new ArticleDate(new DateOnly(2022, 2, 4), new TimeOnly(15, 33), TimeSpan.FromHours(1)), article.Published);
        // Without a shown date, the explicit publication field stays the date.
        Assert.Equal(new DateOnly(2021, 12, 14), Parse(head, "<h1>Warum sich das Warten lohnt</h1>" + Lede).Published?.Date);
    }

    [Fact]
    public void ShownDate_BeatsAGenericDateField_ButNotAnExplicitPublicationField()
    {
        var generic = Parse("""<meta name="date" content="2020-04-30">""", "<h1>Mietenstopp in der Krise</h1><p>29.04.2020, 12:01 Uhr</p>" + Lede);
        Assert.Equal(new DateOnly(2020, 4, 29), generic.Published?.Date);

        var explicitField = Parse("""<meta property="article:published_time" content="2020-04-30T08:00:00Z">""",
            "<h1>Mietenstopp in der Krise</h1><p>29.04.2020, 12:01 Uhr</p>" + Lede);
        Assert.Equal(new DateOnly(2020, 4, 30), explicitField.Published?.Date);
    }

    [Fact]
    public void ShownDate_InThePagesZone_TakesTheUtcPublicationOnTheLocalDay()
    {
        const string head = """<meta property="article:published_time" content="2023-12-02T00:46:23Z">""";
        var article = Parse(head, "<h1>State of the survey</h1><p>December 1, 2023 7:46 PM EST</p>" + Lede);

        Assert.Equal(new ArticleDate(new DateOnly(2023, 12, 1), new TimeOnly(19, 46, 23), TimeSpan.FromHours(-5)), article.Published);
    }

    [Fact]
    public void ShownDate_IsReadUnderTheHeadline_NotUnderALogoHeading()
    {
        const string body = """
            <p>Tuesday, (08 Dec 2020)</p>
            <h1>News Today</h1>
            <h1>Counteroffensive launched, envoy says</h1>
            <p>13 Oct 2020 18:29</p>
            """;
        var article = Parse("<title>Counteroffensive launched, envoy says</title>", body + Lede);

        Assert.Equal(new DateOnly(2020, 10, 13), article.Published?.Date);
    }

    [Fact]
    public void AuthorArchiveLink_NamesTheAuthor_WhenNothingElseDoes()
    {
        var article = Parse("", """<h1>Zeitphilosophie</h1><p>Ein Beitrag</p><a class="url fn n" href="https://blog.example/author/heiko/">Heiko</a>""" + Lede,
            new Uri("https://www.heiko-blog.example/zeit"));

        Assert.Equal(["Heiko"], article.Authors.ToArray());
    }

    [Fact]
    public void BylineElement_WithSpansAndATrailingDate_GivesTheName()
    {
        const string body = """
            <h1>Salon bans men after incident</h1>
            <div data-testid="prism-byline" class="QHbl nkdH"><span>By</span><span><a href="/about/team/x">Alex Bozarjian</a></span><span>Thursday, November 9, 2023 4:41AM</span></div>
            """;
        var article = Parse("", body + Lede);

        Assert.Equal(["Alex Bozarjian"], article.Authors.ToArray());
    }

    [Fact]
    public void BylineInAMetaLine_AfterTheDate_IsRead()
    {
        var article = Parse("", "<h1>Faire Lieferketten</h1><p>05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher)</p>" + Lede);

        Assert.Equal(["Eberhard Fuhr"], article.Authors.ToArray());
    }

    [Fact]
    public void AgencyBesideAReporter_IsNotAnAuthor_NorAWireCreditRunOnAfterTheName()
    {
        var listed = Parse("""<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Minyvonne Burke"},{"@type":"Organization","name":"The Associated Press"}]}</script>""");
        Assert.Equal(["Minyvonne Burke"], listed.Authors.ToArray());

        var runOn = Parse("""<meta name="author" content="John Roe The Associated Press">""");
        Assert.Equal(["John Roe"], runOn.Authors.ToArray());
    }
}
