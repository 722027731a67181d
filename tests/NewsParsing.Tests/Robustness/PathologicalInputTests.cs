using System.Text;
using NewsParsing.Model;
using static NewsParsing.Tests.Robustness.GeneratedInputs;
using static NewsParsing.Tests.Robustness.RobustnessAssert;

namespace NewsParsing.Tests.Robustness;

/// <summary>
/// Bad input (Markdig's hang.md in spirit): each case finishes, with work in proportion to its size (a ratio against
/// a small input of the same shape, never a time), keeps the span contract, and says what was wrong in a diagnostic.
/// Large inputs are built here, at test time.
/// </summary>
public class PathologicalInputTests
{
    private const int Megabyte = 1024 * 1024;

    private static readonly NewsParser s_parser = NewsParser.Default;

    /// <summary>Whether the quote stage has landed (it finds the quote in the simplest sentence).</summary>
    private static bool QuotesLanded => s_parser.Parse("\"We will win,\" said Ann Lee.\n").Quotes.Length > 0;

    private static Article ParseText(string text)
    {
        var article = s_parser.Parse(text);
        Assert.Equal(ArticleFormat.PlainText, article.Format);
        return article;
    }

    private static Article ParseHtml(string html) => s_parser.ParseHtml(html);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\n")]
    [InlineData("  \r\n\t\r\n \u00A0 \u2028 \u200B \uFEFF  ")]
    public void EmptyOrWhiteSpace_GivesAnEmptyArticleWithEmptyInput(string text)
    {
        var article = ParseText(text);

        Contract(article);
        Assert.Empty(article.Body);
        Assert.Null(article.Headline);
        HasDiagnostic(article, DiagnosticCode.EmptyInput);
    }

    [Fact]
    public void EmptyStreamAndEmptyHtml_GiveEmptyInput()
    {
        using var stream = new MemoryStream([]);
        HasDiagnostic(s_parser.Parse(stream), DiagnosticCode.EmptyInput);
        var html = ParseHtml("");
        Contract(html);
        HasDiagnostic(html, DiagnosticCode.EmptyInput);
    }

    [Fact]
    public void FiftyMegabytesOfText_ExceedsTheDefaultLimitWithATypedError()
    {
        var text = Repeat("The council met again today. ", 50 * Megabyte / 29 + 1);

        var error = Assert.Throws<NewsParsingException>(() => s_parser.Parse(text));
        Assert.Equal(NewsParsingErrorKind.InputTooLarge, error.Kind);
        Assert.Equal(NewsParserDefaults.MaxInputChars, error.Offset);
        Assert.Contains(nameof(NewsParserOptions.MaxInputChars), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FiftyMegabytesOfText_UnderARaisedLimit_IsReadInProportion()
    {
        var parser = NewsParser.Create(o => o with { MaxInputChars = 64 * Megabyte });
        var article = WorkScaling.AssertProportional(Prose(500 * 1024), Prose(50 * Megabyte), s => parser.Parse(s), largeRepeats: 1);

        Assert.True(article.Body.Length > 10_000);
        Assert.Equal(50 * Megabyte, article.Text.Length);
        Contract(article);
    }

    [Fact]
    public void BinaryBytes_AreReadAsBestTheyCanWithDiagnostics()
    {
        static byte[] Bytes(int length)
        {
            var bytes = new byte[length];
            new Random(7).NextBytes(bytes);
            return bytes;
        }
        static Article FromBytes(byte[] bytes)
        {
            using var stream = new MemoryStream(bytes);
            return s_parser.Parse(stream);
        }
        var small = Bytes(8 * 1024);
        var large = Bytes(Megabyte);
        FromBytes(small);
        var smallWork = WorkScaling.Measure(() => FromBytes(small), 5);
        Article article = null!;
        var largeWork = WorkScaling.Measure(() => article = FromBytes(large), 2);

        Assert.True(largeWork.AllocatedBytes <= smallWork.AllocatedBytes * 128 * 4 + Megabyte, $"{smallWork} vs {largeWork}");
        Contract(article);
        HasDiagnostic(article, DiagnosticCode.BinaryInput);
        HasDiagnostic(article, DiagnosticCode.InvalidEncoding, DiagnosticCode.EncodingDetected);
    }

    [Fact]
    public void ControlCharactersInAString_AreReadAsSpacesWithBinaryInput()
    {
        var text = "Headline of the day\n\n" + string.Concat(Enumerable.Range(0, 32).Select(i => (char)i)) + "Body text. \u007F\0\0 More text.";
        var article = ParseText(text);

        Contract(article);
        HasDiagnostic(article, DiagnosticCode.BinaryInput);
        Assert.Contains(article.Body, b => b.Text.Contains("More text.", StringComparison.Ordinal));
    }

    [Fact]
    public void InvalidUtf8_SparseBadBytes_AreReadAsWindows1252AndSaySo()
    {
        var bytes = Encoding.UTF8.GetBytes("Cafe owners protest\n\nThe cafe on Main Street closed on Monday, its owner said.\n").ToList();
        bytes.Insert(3, 0xE9); // "Caf\xE9": Latin-1 bytes in a page that claims nothing
        var article = s_parser.Parse(new MemoryStream([.. bytes]));

        Contract(article);
        HasDiagnostic(article, DiagnosticCode.EncodingDetected);
        Assert.StartsWith("Caf\u00E9", article.Headline ?? article.Body[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8_DenseBadBytes_AreReplacedAndSaySo()
    {
        // Cyrillic in UTF-8 with every sixth byte cut out: most bytes are high, so this is broken UTF-8, not a code page.
        var good = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Совет города проголосовал за новый мост. ", 200)));
        var bad = good.Where((_, i) => i % 6 != 5).ToArray();
        var article = s_parser.Parse(new MemoryStream(bad));

        Contract(article);
        HasDiagnostic(article, DiagnosticCode.InvalidEncoding);
        Assert.Contains('\uFFFD', article.Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16WithoutBom_IsDetected(bool bigEndian)
    {
        var text = "Council approves the bridge\n\nThe city council voted on Tuesday to fund a new bridge, officials said.\n";
        var encoding = bigEndian ? new UnicodeEncoding(bigEndian: true, byteOrderMark: false) : new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        var article = s_parser.Parse(new MemoryStream(encoding.GetBytes(text)));

        Contract(article);
        HasDiagnostic(article, DiagnosticCode.EncodingDetected);
        Assert.Equal(text, article.Text);
        Assert.Equal("Council approves the bridge", article.Headline);
    }

    [Fact]
    public void LoneQuoteMarkAtTheStartOfAMegabyteArticle_DoesNotSwallowTheArticle()
    {
        var article = WorkScaling.AssertProportional("\"" + Prose(10 * 1024), "\"" + Prose(Megabyte), ParseText);

        Contract(article);
        Assert.True(article.Body.Length > 100);
        if (QuotesLanded)
            HasDiagnostic(article, DiagnosticCode.UnbalancedQuote, DiagnosticCode.QuoteTooLong);
    }

    // The quote stage searches a bounded window of tokens around each quote for its cue, so work per quote grows
    // until a run-on sentence outgrows that window: the small inputs of the next two tests are already past it.

    [Fact]
    public void HundredThousandNestedQuotes_FinishInProportion()
    {
        static string Nested(int depth)
        {
            string[] open = ["\"", "\u201C", "\u2018", "'", "\u00AB"];
            string[] close = ["\"", "\u201D", "\u2019", "'", "\u00BB"];
            var builder = new StringBuilder("Nested quotes\n\nShe said ");
            for (var i = 0; i < depth; i++)
                builder.Append(open[i % open.Length]).Append("word ");
            builder.Append("end");
            for (var i = depth - 1; i >= 0; i--)
                builder.Append(close[i % close.Length]);
            return builder.Append(" and left.\n").ToString();
        }
        // The small input is past the size whose scratch lists a thread keeps for its next parse (a few thousand
        // tokens), so both runs grow their lists: a kept list would spare the small run alone that allocation.
        var article = WorkScaling.AssertProportional(Nested(5_000), Nested(100_000), ParseText);

        Contract(article);
        Assert.Single(article.Body);
    }

    [Fact]
    public void HundredThousandQuoteMarksInARow_FinishInProportion()
    {
        static string Marks(int count) => "Quote marks\n\n" + Repeat("\" \u201C \u201D ' \u2019 ", count / 5) + "\n";
        var article = WorkScaling.AssertProportional(Marks(1_000), Marks(100_000), ParseText);

        Contract(article);
    }

    [Fact]
    public void HundredThousandUnclosedDivs_AreCutAtTheDepthLimit()
    {
        static string Divs(int count) => "<!doctype html><html><body>" + Repeat("<div>", count) + "<p>Deep text.</p>";
        var article = WorkScaling.AssertProportional(Divs(1_000), Divs(100_000), ParseHtml);

        Contract(article);
        HasDiagnostic(article, DiagnosticCode.HtmlTooDeep);
    }

    [Fact]
    public void HundredThousandSiblingElements_AreCutAtTheElementLimit()
    {
        var parser = NewsParser.Create(o => o with { MaxHtmlElements = 10_000 });
        static string Spans(int count) => "<!doctype html><html><body><article><p>" + Repeat("<span>a</span> ", count) + "</p></article></body></html>";
        var article = WorkScaling.AssertProportional(Spans(1_000), Spans(100_000), html => parser.ParseHtml(html));

        Contract(article);
        HasDiagnostic(article, DiagnosticCode.HtmlTooLarge);
    }

    [Fact]
    public void MegabyteAttributeValues_FinishInProportion()
    {
        static string Page(int valueLength) =>
            $"<!doctype html><html><head><meta name=\"description\" content=\"{new string('d', valueLength)}\"></head><body><article>" +
            $"<h1 title=\"{new string('t', valueLength)}\">Bridge opens</h1><p data-x=\"{new string('a', valueLength)}\" " +
            $"style=\"{Repeat("color:red;", valueLength / 10)}\">The bridge opened on Friday, officials said.</p></article></body></html>";
        var article = WorkScaling.AssertProportional(Page(10 * 1024), Page(Megabyte), ParseHtml);

        Contract(article);
        Assert.DoesNotContain("aaaaaaaaaa", article.Text, StringComparison.Ordinal);
        Assert.Contains("The bridge opened on Friday", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ScriptThatNeverCloses_IsNotReadAsText()
    {
        static string Page(int lines) =>
            "<!doctype html><html><body><article><h1>Port reopens</h1><p>The port reopened on Friday.</p></article><script>" +
            Repeat("var s = '<p>not article text</p>'; if (a < b && c > d) { f(\"</div>\"); }\n", lines);
        var article = WorkScaling.AssertProportional(Page(100), Page(10_000), ParseHtml);

        Contract(article);
        Assert.DoesNotContain("not article text", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Body, b => b.Text.Contains("var s", StringComparison.Ordinal));
        HasDiagnostic(article, DiagnosticCode.NoPublicationDate);
    }

    [Theory]
    [InlineData("{\"@type\": \"NewsArticle\", \"headline\": \"Broken")]
    [InlineData("{\"@type\": \"NewsArticle\",, \"datePublished\": }")]
    [InlineData("<!-- not json -->")]
    [InlineData("{\"@type\": \"NewsArticle\", \"headline\": \"\\uD800\\uZZZZ\"}")]
    [InlineData("]]]]}}}}")]
    public void MalformedJsonLd_IsSkippedWithADiagnostic(string jsonLd)
    {
        var article = ParseHtml(JsonLdPage(jsonLd));

        Contract(article);
        HasDiagnostic(article, DiagnosticCode.InvalidStructuredData);
    }

    [Fact]
    public void GiganticJsonLd_IsSkippedInProportion()
    {
        static string Big(int items) =>
            JsonLdPage("{\"@type\": \"NewsArticle\", \"headline\": \"Huge\", \"keywords\": [" +
                string.Join(',', Enumerable.Range(0, items).Select(i => $"\"keyword number {i}\"")) + "]}");
        var article = WorkScaling.AssertProportional(Big(100), Big(200_000), ParseHtml);

        Contract(article);
        HasDiagnostic(article, DiagnosticCode.InvalidStructuredData);
        Assert.NotEqual("Huge", article.Headline);
    }

    [Fact]
    public void DeeplyNestedJsonLd_IsSkippedWithADiagnostic()
    {
        static string Deep(int depth) => JsonLdPage(Repeat("[", depth) + "{\"@type\": \"NewsArticle\"}" + Repeat("]", depth));
        var article = WorkScaling.AssertProportional(Deep(100), Deep(100_000), ParseHtml);

        Contract(article);
        HasDiagnostic(article, DiagnosticCode.InvalidStructuredData);
    }

    private static string JsonLdPage(string jsonLd) =>
        "<!doctype html><html><head><title>Bridge opens</title><script type=\"application/ld+json\">" + jsonLd +
        "</script></head><body><article><h1>Bridge opens</h1><p>The bridge opened on Friday, officials said.</p></article></body></html>";

    [Theory]
    [InlineData("---\ntitle: Storm closes schools\ndate: 2025-02-30\n---\n\nSchools closed on Monday, officials said.\n")]
    [InlineData("---\ntitle: Storm closes schools\ndate: 0000-00-00\n---\n\nSchools closed on Monday, officials said.\n")]
    [InlineData("Title: Storm closes schools\nPublished Time: 2025-02-30T10:00:00Z\n\nSchools closed on Monday, officials said.\n")]
    [InlineData("Title: Storm closes schools\nPublished Time: 0000-00-00\n\nSchools closed on Monday, officials said.\n")]
    [InlineData("Title: Storm closes schools\nPublished Time: 2025-13-01 99:99\n\nSchools closed on Monday, officials said.\n")]
    public void ImpossibleHeaderDates_AreIgnoredWithInvalidDate(string text)
    {
        var article = ParseText(text);

        Contract(article);
        Assert.Null(article.Published);
        HasDiagnostic(article, DiagnosticCode.InvalidDate);
        Assert.Equal("Storm closes schools", article.Headline);
    }

    [Theory]
    [InlineData(" date 0000-00-00 Storm closes schools across the region Schools closed on Monday, officials said, as the storm moved east.")]
    [InlineData(" date 2025-02-30 Storm closes schools across the region Schools closed on Monday, officials said, as the storm moved east.")]
    public void ImpossibleDumpDates_AreNotTakenAsAPublicationDate(string text)
    {
        var article = ParseText(text);

        Contract(article);
        Assert.Null(article.Published);
        HasDiagnostic(article, DiagnosticCode.NoPublicationDate, DiagnosticCode.InvalidDate);
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59-14:00", 9999)]
    [InlineData("0001-01-01T00:00:00+14:00", 1)]
    [InlineData("0001-01-01T00:00:00.9999999999999999Z", 1)]
    public void ExtremeValidDates_AreKeptAndSerialise(string date, int year)
    {
        var article = ParseText($"---\ntitle: Old news\ndate: {date}\n---\n\nSomething happened, officials said.\n");

        Contract(article);
        Assert.Equal(year, article.Published?.Date.Year);
        Assert.False(string.IsNullOrEmpty(article.Published?.ToString()));
        Assert.NotEmpty(ConcurrencyTests.Json(article));
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2025-02-30T10:00:00Z\">")]
    [InlineData("<meta property=\"article:published_time\" content=\"0000-00-00\">")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-02-30\"}</script>")]
    [InlineData("<time datetime=\"0000-00-00T00:00:00Z\">yesterday</time>")]
    public void ImpossibleHtmlDates_AreIgnored(string head)
    {
        var article = ParseHtml($"<!doctype html><html><head>{head}</head><body><article><h1>Storm</h1><p>Schools closed on Monday.</p></article></body></html>");

        Contract(article);
        Assert.Null(article.Published);
        HasDiagnostic(article, DiagnosticCode.InvalidDate, DiagnosticCode.NoPublicationDate);
    }

    [Fact]
    public void MixedScripts_KeepEveryCharacter()
    {
        var text = "Мир и 世界: a mixed headline\n\n" +
            "Greek Ελλάδα, Cyrillic Україна, CJK 北京市 and 東京, Devanagari नमस्ते, Thai สวัสดี, Korean 서울, emoji 🇺🇦👍🏽 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.\n\n" +
            "Decomposed accents: Cafe\u0301, Zu\u0308rich, and a\u0300\u0301\u0302\u0303 stacked marks, officials said.\n\n" +
            "\u201CКиїв не здасться,\u201D сказав він. \u300C東京は晴れ\u300D と彼は言った。\n";
        var article = ParseText(text);

        Contract(article);
        Assert.Equal("Мир и 世界: a mixed headline", article.Headline);
        Assert.Contains("Café", article.Text, StringComparison.Ordinal);
        Assert.Equal(3, article.Body.Length);
        var article2 = WorkScaling.AssertProportional(Repeat(text, 10), Repeat(text, 1_000), ParseText);
        Contract(article2);
    }

    [Fact]
    public void RightToLeftText_KeepsEveryCharacter()
    {
        var text = "\u0627\u0644\u0645\u062C\u0644\u0633 \u064A\u0648\u0627\u0641\u0642 \u0639\u0644\u0649 \u0627\u0644\u062C\u0633\u0631\n\n" +
            "\u200F\u0642\u0627\u0644 \u0627\u0644\u0645\u0633\u0624\u0648\u0644\u0648\u0646 \u00AB\u0633\u064A\u0641\u062A\u062D \u0627\u0644\u062C\u0633\u0631 \u0642\u0631\u064A\u0628\u0627\u00BB \u064A\u0648\u0645 \u0627\u0644\u062B\u0644\u0627\u062B\u0627\u0621.\n\n" +
            "\u05D4\u05DE\u05D5\u05E2\u05E6\u05D4 \u05D0\u05D9\u05E9\u05E8\u05D4 \u05D0\u05EA \u05D4\u05EA\u05D5\u05DB\u05E0\u05D9\u05EA \"\u05D4\u05D9\u05D5\u05DD\" \u05D1-2025.\n\n" +
            "Mixed \u202Ereversed override\u202C and \u2067isolate \u05E9\u05DC\u05D5\u05DD\u2069 with \u200Emarks\u200E, officials said.\n";
        var article = ParseText(text);

        Contract(article);
        Assert.True(article.Body.Length >= 3);
        Assert.Contains(article.Body, b => b.Text.Contains("\u00AB\u0633\u064A\u0641\u062A\u062D", StringComparison.Ordinal));
        var html = ParseHtml("<!doctype html><html dir=\"rtl\" lang=\"ar\"><body><article><p>" + text.Replace("\n\n", "</p><p>", StringComparison.Ordinal) + "</p></article></body></html>");
        Contract(html);
    }

    [Theory]
    [InlineData("\uD800")]
    [InlineData("\uDC00 lone low surrogate, then text.")]
    [InlineData("Text with a lone \uD83D high surrogate and \uDE00 a lone low one.\n\nAnd \uFFFE\uFFFF noncharacters.")]
    [InlineData("\u0301\u0301\u0301 marks with no base \u0301")]
    public void BrokenUnicode_IsKeptAsItIs(string text)
    {
        var article = ParseText(text);

        Contract(article);
        Assert.NotEmpty(article.Body);
    }

    [Fact]
    public void OneMegabyteWord_FinishesInProportion()
    {
        var article = WorkScaling.AssertProportional(new string('x', 10 * 1024), new string('x', Megabyte), ParseText);

        Contract(article);
        Assert.Single(article.Body);
    }

    [Fact]
    public void AMillionBlankLines_FinishInProportion()
    {
        static string Lines(int count) => "Headline here\n" + new string('\n', count) + "The text after the gap, officials said.\n";
        var article = WorkScaling.AssertProportional(Lines(10_000), Lines(Megabyte), ParseText);

        Contract(article);
        Assert.Equal("Headline here", article.Headline);
    }

    [Fact]
    public void HundredThousandShortLines_FinishInProportion()
    {
        static string Lines(int count) => Repeat("- item\n# Heading\nBy Ann Lee\nword\n> quoted\n", count / 5);
        var article = WorkScaling.AssertProportional(Lines(1_000), Lines(100_000), ParseText);

        Contract(article);
    }

    [Fact]
    public void FrontMatterThatNeverCloses_FinishesInProportion()
    {
        static string Header(int fields) => "---\n" + Repeat("title: A title\ntags: [a, b, c]\nauthor: Ann Lee\n", fields / 3) + "Then the text, officials said.\n";
        var article = WorkScaling.AssertProportional(Header(300), Header(60_000), ParseText);

        Contract(article);
    }

    [Fact]
    public void HugeFrontMatterLists_AreCutAtTheMetadataLimit()
    {
        // Distinct names and tags, so de-duplication cannot shortcut: each must be compared with those kept.
        static string Letters(int i) => i < 26 ? ((char)('a' + i)).ToString() : Letters(i / 26 - 1) + (char)('a' + i % 26);
        static string Header(int items) => "---\ntitle: Tags\ntags: [" + string.Join(", ", Enumerable.Range(0, items).Select(i => "tag" + Letters(i))) +
            "]\nauthors:\n" + string.Concat(Enumerable.Range(0, items).Select(i => $"  - Ann {char.ToUpperInvariant(Letters(i)[0])}{Letters(i)} Lee\n")) +
            "---\n\nText of the article, officials said.\n";
        var article = WorkScaling.AssertProportional(Header(100), Header(20_000), ParseText);

        Contract(article);
        Assert.Equal(NewsParserDefaults.MaxMetadataItems, article.Metadata.Tags.Length);
        Assert.Equal(NewsParserDefaults.MaxMetadataItems, article.Authors.Length);
        HasDiagnostic(article, DiagnosticCode.LimitReached);
    }

    [Fact]
    public void CrlfAndTabsEverywhere_FinishInProportion()
    {
        static string Text(int size) => Prose(size).Replace("\n", "\r\n", StringComparison.Ordinal).Replace(" ", "\t\u00A0", StringComparison.Ordinal);
        var article = WorkScaling.AssertProportional(Text(10 * 1024), Text(Megabyte), ParseText);

        Contract(article);
    }

    [Fact]
    public void HtmlLookingPlainText_AndTextLookingHtml_BothFinish()
    {
        Contract(s_parser.Parse("<div"));
        Contract(s_parser.Parse("<p>"));
        Contract(s_parser.Parse("<html"));
        Contract(s_parser.Parse("<!--"));
        Contract(s_parser.Parse("<!-- never closed " + new string('-', 100_000)));
        Contract(s_parser.Parse("< not a tag > but text, said Ann Lee.\n"));
        Contract(ParseHtml("Just text, no markup at all.\n\nSecond paragraph."));
        Contract(ParseHtml("<"));
        Contract(ParseHtml("</p></div></body></html>"));
        Contract(ParseHtml("<p>" + Repeat("&amp;&#x1F600;&#0;&#xD800;&#99999999;&bogus;", 1_000) + "</p>"));
    }
}
