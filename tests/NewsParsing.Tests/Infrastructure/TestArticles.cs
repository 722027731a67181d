using NewsParsing.Model;

namespace NewsParsing.Tests.Infrastructure;

/// <summary>
/// Articles made up for a test: the body goes under a headline line, so the plain-text reader keeps every paragraph in
/// the body, and every parse is checked with <see cref="SpanInvariants.AssertAll"/>.
/// </summary>
internal static class TestArticles
{
    public static Article Parse(string headline, string body, NewsParser? parser = null)
    {
        var article = (parser ?? NewsParser.Default).Parse(headline + "\n\n" + body);
        SpanInvariants.AssertAll(article);
        return article;
    }

    /// <summary>The one quote whose text contains <paramref name="containing"/>.</summary>
    public static Quote SingleQuote(Article article, string containing) =>
        Assert.Single(article.Quotes, q => q.Text.Contains(containing, StringComparison.Ordinal));
}
