using NewsParsing.Internal;
using System.Text;
using AngleSharp.Dom;
using NewsParsing.Lexicons;
using NewsParsing.Metadata.Dates;
using NewsParsing.Model;

namespace NewsParsing.Metadata;

/// <summary>
/// Collects what a page says about itself from every source it may carry (JSON-LD, OpenGraph and
/// <c>article:*</c> meta, Twitter cards, Dublin Core, <c>itemprop</c> microdata, <c>&lt;time&gt;</c>, bylines,
/// the <c>&lt;title&gt;</c> and <c>&lt;h1&gt;</c>) in one walk over the elements, keeping each source apart so
/// <see cref="HtmlMetadataResolver"/> can reconcile them by priority and agreement.
/// </summary>
internal static class HtmlMetadataReader
{
    // scriptPublished comes from Html.HtmlPreScanner, which reads scripts on the raw markup and empties them before
    // the DOM is built.
    public static HtmlMetadataSources Read(IDocument document, string? scriptPublished, int maxJsonLdChars, CancellationToken cancellationToken)
    {
        var sources = new HtmlMetadataSources { ScriptPublished = scriptPublished };
        if (document.DocumentElement is { } root)
        {
            sources.Language = NonEmpty(root.GetAttribute("lang")) ?? NonEmpty(root.GetAttribute("xml:lang"));
            Walk(root, sources, maxJsonLdChars, 0, cancellationToken);
        }
        return sources;
    }

    private static void Walk(IElement root, HtmlMetadataSources sources, int maxJsonLdChars, int depth, CancellationToken cancellationToken)
    {
        var stack = new Stack<(IElement Element, bool InArticle, bool InComments)>();
        stack.Push((root, false, false));
        var visited = 0;
        while (stack.Count > 0)
        {
            if ((++visited & 0x3FF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var (element, inArticle, inComments) = stack.Pop();
            var name = element.LocalName;
            switch (name)
            {
                case "meta":
                    ReadMeta(element, sources);
                    continue;
                case "link":
                    ReadLink(element, sources);
                    continue;
                case "script":
                    if (element.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                    {
                        var json = element.TextContent;
                        if (json.Length > maxJsonLdChars)
                            sources.JsonLdProblems.Add($"A JSON-LD block of {json.Length} characters exceeds the limit of {maxJsonLdChars} and was skipped.");
                        else if (!JsonLdReader.Read(json, sources.JsonLd))
                            sources.JsonLdProblems.Add("A JSON-LD block is not valid JSON and was skipped.");
                    }
                    continue;
                case "style" or "noscript" or "template" or "svg":
                    continue;
                case "title":
                    sources.TitleTag ??= Collapse(element.TextContent);
                    continue;
                case "h1":
                    var h1 = Collapse(element.TextContent);
                    if (h1.Length > 0)
                    {
                        if (inArticle)
                            sources.ArticleH1 ??= h1;
                        sources.FirstH1 ??= h1;
                    }
                    break;
                case "time":
                    if (NonEmpty(element.GetAttribute("datetime")) is { } datetime)
                    {
                        var pubdate = element.HasAttribute("pubdate")
                            || (element.GetAttribute("itemprop")?.Contains("datePublished", StringComparison.OrdinalIgnoreCase) ?? false)
                            || (element.GetAttribute("class")?.Contains("publish", StringComparison.OrdinalIgnoreCase) ?? false);
                        if (pubdate)
                            sources.TimePubdate ??= datetime;
                        else if (inArticle)
                            sources.TimeInArticle ??= datetime;
                        else
                            sources.TimeFirst ??= datetime;
                    }
                    break;
                case "article" or "main":
                    inArticle = true;
                    break;
            }
            var (cls, id, _, itemprop, rel, href, testId) = Html.ElementAttributes.Read(element);
            // Names in a comment section are readers ("Yvonne sagt:"), not the article's author.
            inComments = inComments || name is not ("html" or "body") && IsCommentContainer(cls, id);
            if (itemprop is not null)
                ReadItemprop(element, itemprop, sources);
            if (rel is not null && rel.Contains("author", StringComparison.OrdinalIgnoreCase) && name == "a")
            {
                // Co-authors share the first author's byline; rel=author links elsewhere credit teasers of other articles.
                sources.RelAuthorBlock ??= element.ParentElement?.ParentElement ?? element.ParentElement;
                if (sources.RelAuthorBlock is null || sources.RelAuthorBlock.Contains(element))
                    sources.RelAuthors.AddIfAbsent(Collapse(element.TextContent));
            }
            // A link to an author's archive page (/author/jane-doe/) carries the name, as themes print bylines.
            else if (name == "a" && !inComments && sources.AuthorLinks.Count < 4 && IsAuthorArchive(href))
                sources.AuthorLinks.AddIfAbsent(Collapse(element.TextContent));
            // A comment form's "Name *" field sits in an author-classed element: a field is never a byline.
            if (sources.BylineTexts.Count < 8 && !inComments && IsBylineElement(testId ?? id, cls) && element.QuerySelector("input, textarea, label") is null)
            {
                var text = SpacedText(element);
                if (text.Length is > 1 and < 200)
                    sources.BylineTexts.Add(text);
            }
            // Children in document order: push in reverse.
            // By index: AngleSharp finds a node's siblings by searching its parent's children.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i].NodeType == NodeType.Element)
                    stack.Push(((IElement)children[i], inArticle, inComments));
            }
        }
    }

    /// <summary>Path segments of author archive pages in the common content systems.</summary>
    private static readonly string[] s_authorArchiveSegments = ["/author/", "/authors/", "/autor/", "/autoren/", "/auteur/", "/autore/"];

    private static bool IsAuthorArchive(string? href)
    {
        // Every segment starts with "/aut": most links have none.
        if (href is null || !href.Contains("/aut", StringComparison.OrdinalIgnoreCase))
            return false;
        foreach (var segment in s_authorArchiveSegments)
        {
            if (href.Contains(segment, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>
    /// An element's text with a space where its child elements meet: <c>&lt;span&gt;By&lt;/span&gt;&lt;a&gt;Jane Doe&lt;/a&gt;</c>
    /// is "By Jane Doe", not "ByJane Doe". Bylines are short, so the walk is cheap.
    /// </summary>
    private static string SpacedText(IElement element)
    {
        var builder = new StringBuilder();
        foreach (var node in element.GetDescendants())
        {
            if (builder.Length > 400)
                break;
            if (node is AngleSharp.Dom.IText text)
                builder.Append(text.Data);
            else if (node is IElement)
                builder.Append(' ');
        }
        return Collapse(builder.ToString());
    }

    /// <param name="label">The element's <c>data-testid</c>, else its <c>id</c>.</param>
    /// <param name="cls">The element's <c>class</c>.</param>
    private static bool IsBylineElement(string? label, string? cls)
    {
        // Markup with generated class names still labels its parts for tests ("prism-byline").
        if (label is not null && label.Contains("byline", StringComparison.OrdinalIgnoreCase))
            return true;
        if (cls is null)
            return false;
        return cls.Contains("byline", StringComparison.OrdinalIgnoreCase) || cls.Contains("username", StringComparison.OrdinalIgnoreCase)
            || (cls.Contains("author", StringComparison.OrdinalIgnoreCase) && !cls.Contains("bio", StringComparison.OrdinalIgnoreCase)
                && !cls.Contains("avatar", StringComparison.OrdinalIgnoreCase) && !cls.Contains("image", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether an element's class or id names a comment section or a single comment.</summary>
    private static bool IsCommentContainer(string? cls, string? id) => cls is not null && cls.Contains("comment", StringComparison.OrdinalIgnoreCase)
            || id is not null && id.Contains("comment", StringComparison.OrdinalIgnoreCase);

    private static void ReadMeta(IElement meta, HtmlMetadataSources sources)
    {
        var content = NonEmpty(meta.GetAttribute("content"));
        if (meta.GetAttribute("charset") is not null)
            return;
        var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
        if (key is null || content is null)
            return;
        key = key.Trim().ToLowerInvariant();
        switch (key)
        {
            case "og:title": sources.OgTitle ??= Collapse(content); break;
            case "twitter:title": sources.TwitterTitle ??= Collapse(content); break;
            case "dc.title" or "dcterms.title": sources.DcTitle ??= Collapse(content); break;
            case "headline": sources.ItempropHeadline ??= Collapse(content); break;
            case "og:site_name": sources.OgSiteName ??= Collapse(content); break;
            case "application-name": sources.ApplicationName ??= Collapse(content); break;
            case "og:description": sources.OgDescription ??= Collapse(content); break;
            case "description": sources.MetaDescription ??= Collapse(content); break;
            case "twitter:description": sources.TwitterDescription ??= Collapse(content); break;
            case "og:image" or "og:image:url" or "og:image:secure_url": sources.OgImage ??= content.Trim(); break;
            case "twitter:image" or "twitter:image:src": sources.TwitterImage ??= content.Trim(); break;
            case "og:url": sources.OgUrl ??= content.Trim(); break;
            case "og:locale": sources.OgLocale ??= content.Trim(); break;
            case "content-language" or "dc.language" or "dcterms.language" or "language": sources.MetaLanguage ??= content.Trim(); break;
            case "article:tag" or "og:article:tag": sources.MetaTags.AddIfAbsent(Collapse(content)); break;
            case "keywords" or "news_keywords":
                foreach (var keyword in content.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    sources.Keywords.AddIfAbsent(keyword);
                break;
            case "article:published_time" or "og:article:published_time" or "article:published" or "og:published_time"
                or "published_time" or "article.published" or "datepublished" or "article_date_original" or "date_published":
                sources.MetaPublished ??= content; break;
            // Named for the publication, though less standard than article:published_time.
            case "pubdate" or "publishdate" or "publish-date" or "publish_date" or "publication_date" or "parsely-pub-date"
                or "dc.date.issued" or "dcterms.issued" or "citation_publication_date" or "originalpublicationdate" or "cxenseparse:recs:publishtime"
                or "article:post_date" or "og:pubdate" or "pub_date" or "publication-date" or "publicationdate":
                sources.MetaIssued ??= content; break;
            // Only "a date": often the day the page was generated or last changed.
            case "date" or "sailthru.date" or "dc.date" or "dcterms.date" or "dc.date.created" or "dcterms.created" or "citation_date"
                or "release_date" or "created" or "date.created" or "displaydate" or "dateline" or "article_date" or "last-published":
                sources.MetaDate ??= content; break;
            case "article:modified_time" or "og:updated_time" or "og:article:modified_time" or "datemodified" or "dc.date.modified"
                or "dcterms.modified" or "last-modified" or "lastmod" or "article.updated" or "modified":
                sources.MetaModified ??= content; break;
            case "author" or "article:author" or "og:article:author" or "dc.creator" or "dcterms.creator" or "byl" or "parsely-author"
                or "sailthru.author" or "citation_author":
                if (!content.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !content.StartsWith('@'))
                {
                    if (key == "byl")
                        sources.MetaAuthors.AddIfAbsent(content.Trim());
                    else
                        sources.MetaAuthors.AddIfAbsent(Collapse(content));
                }
                break;
        }
    }

    private static void ReadLink(IElement link, HtmlMetadataSources sources)
    {
        var rel = link.GetAttribute("rel");
        var href = NonEmpty(link.GetAttribute("href"));
        if (rel is null || href is null)
            return;
        if (rel.Equals("canonical", StringComparison.OrdinalIgnoreCase))
            sources.Canonical ??= href.Trim();
        else if (rel.Equals("image_src", StringComparison.OrdinalIgnoreCase))
            sources.LinkImage ??= href.Trim();
    }

    private static void ReadItemprop(IElement element, string itemprop, HtmlMetadataSources sources)
    {
        if (element.LocalName == "meta")
            return;
        var value = NonEmpty(element.GetAttribute("content")) ?? NonEmpty(element.GetAttribute("datetime"));
        foreach (var raw in itemprop.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (raw)
            {
                case "datePublished" or "dateCreated":
                    sources.ItempropPublished ??= value ?? Collapse(element.TextContent);
                    break;
                case "dateModified":
                    sources.ItempropModified ??= value ?? Collapse(element.TextContent);
                    break;
                case "headline":
                    sources.ItempropHeadline ??= value ?? Collapse(element.TextContent);
                    break;
                case "author" or "creator":
                    var nameElement = element.QuerySelector("[itemprop~=name]");
                    var author = nameElement is not null
                        ? NonEmpty(nameElement.GetAttribute("content")) ?? Collapse(nameElement.TextContent)
                        : value ?? Collapse(element.TextContent);
                    // Authors of the first item only: later items with their own scope are teasers of other articles.
                    var scope = element.ParentElement?.Closest("[itemscope]");
                    if (sources.ItempropAuthors.Count == 0)
                        sources.ItempropAuthorScope = scope;
                    if (author.Length is > 1 and < 120 && scope == sources.ItempropAuthorScope)
                        sources.ItempropAuthors.AddIfAbsent(author);
                    break;
            }
        }
    }


    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>White space collapsed to single spaces, trimmed.</summary>
    internal static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (c is '\u200B' or '\uFEFF' or '\u00AD')
                continue;
            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}

/// <summary>Every metadata source of one page, kept apart until they are reconciled.</summary>
internal sealed class HtmlMetadataSources
{
    public List<JsonLdReader.Facts> JsonLd { get; } = [];
    public List<string> JsonLdProblems { get; } = [];
    public string? Language { get; set; }
    public string? TitleTag { get; set; }
    public string? FirstH1 { get; set; }
    public string? ArticleH1 { get; set; }
    public string? OgTitle { get; set; }
    public string? TwitterTitle { get; set; }
    public string? DcTitle { get; set; }
    public string? ItempropHeadline { get; set; }
    public string? OgSiteName { get; set; }
    public string? ApplicationName { get; set; }
    public string? OgDescription { get; set; }
    public string? MetaDescription { get; set; }
    public string? TwitterDescription { get; set; }
    public string? OgImage { get; set; }
    public string? TwitterImage { get; set; }
    public string? LinkImage { get; set; }
    public string? OgUrl { get; set; }
    public string? Canonical { get; set; }
    public string? OgLocale { get; set; }
    public string? MetaLanguage { get; set; }
    public List<string> MetaTags { get; } = [];
    public List<string> Keywords { get; } = [];
    public string? MetaPublished { get; set; }
    public string? MetaIssued { get; set; }
    public string? MetaDate { get; set; }
    public string? MetaModified { get; set; }
    public string? ItempropPublished { get; set; }
    public string? ItempropModified { get; set; }
    public string? TimePubdate { get; set; }
    public string? ScriptPublished { get; set; }
    public string? TimeInArticle { get; set; }
    public string? TimeFirst { get; set; }
    public List<string> MetaAuthors { get; } = [];
    public List<string> ItempropAuthors { get; } = [];
    public List<string> RelAuthors { get; } = [];
    /// <summary>The element around the first rel=author link: co-authors are linked within it.</summary>
    public AngleSharp.Dom.IElement? RelAuthorBlock { get; set; }
    /// <summary>The item scope of the first itemprop author.</summary>
    public AngleSharp.Dom.IElement? ItempropAuthorScope { get; set; }
    public List<string> AuthorLinks { get; } = [];
    public List<string> BylineTexts { get; } = [];
}
