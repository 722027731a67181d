using System.Collections.Concurrent;
using System.Text;
using AngleSharp.Html.Parser;
using NewsParsing.Body;
using NewsParsing.Lexicons;
using NewsParsing.Metadata;
using NewsParsing.Metadata.Dates;
using NewsParsing.Model;
using NewsParsing.Pipeline;

namespace NewsParsing.Html;

/// <summary>
/// Stage 1 for HTML: bounds the markup (depth, element count), parses it with AngleSharp, reads the page's
/// metadata and its main text, and replaces <see cref="ParseContext.Text"/> with the body (blocks joined by a
/// blank line) so the shared analysis stages run on it as on plain text.
/// </summary>
internal sealed class HtmlArticleReader : IArticleStage
{
    /// <summary>Short blocks near the headline are where pages show the date and byline.</summary>
    private const int MaxFrontMatterChars = 200;

    // AngleSharp's HtmlParser is not safe for concurrent use (its maintainers say so), so each parse rents one.
    private readonly ConcurrentBag<HtmlParser> _parsers = [];
    private readonly HtmlParserOptions _parserOptions;
    private readonly ContentExtractor _extractor;
    private readonly Lexicon _months;
    private readonly BylinePrefixes _bylines;

    public HtmlArticleReader(NewsParserOptions options)
    {
        _parserOptions = new HtmlParserOptions
        {
            IsScripting = false,
            SkipComments = true,
            DisableElementPositionTracking = true,
            MaximumDepth = options.MaxHtmlDepth + 16,
            ShouldEmitAttribute = HtmlTags.IsReadAttribute,
        };
        _extractor = new ContentExtractor(new RegionClassifier(options.Lexicons), new BoilerplateRules(options.Lexicons), options.Lexicons.Get("agencies"));
        _months = options.Lexicons.Get("months");
        _bylines = new BylinePrefixes(options.Lexicons);
    }

    public void Run(ParseContext context)
    {
        var options = context.Options;
        var cancellationToken = context.CancellationToken;
        var scan = HtmlPreScanner.Scan(context.Text, options.MaxHtmlDepth, options.MaxHtmlElements, cancellationToken);
        if (scan.Flattened)
            context.Diagnose(DiagnosticCode.HtmlTooDeep, DiagnosticSeverity.Warning,
                $"The HTML nests deeper than {options.MaxHtmlDepth} elements; deeper tags were flattened into their ancestors.");
        if (scan.Truncated)
            context.Diagnose(DiagnosticCode.HtmlTooLarge, DiagnosticSeverity.Warning,
                $"The HTML has more than {options.MaxHtmlElements} elements; the rest of the page was not read.");

        try
        {
            Read(context, scan);
        }
        finally
        {
            scan.ReturnBuffer(); // after the DOM built from it is disposed
        }
    }

    private void Read(ParseContext context, HtmlPreScanner.Result scan)
    {
        var options = context.Options;
        var cancellationToken = context.CancellationToken;
        var parser = _parsers.TryTake(out var pooled) ? pooled : new HtmlParser(_parserOptions);
        AngleSharp.Html.Dom.IHtmlDocument document;
        try
        {
            document = parser.ParseDocument(scan.Html);
        }
        finally
        {
            _parsers.Add(parser);
        }
        using (document)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sources = HtmlMetadataReader.Read(document, scan.ScriptPublished, options.MaxJsonLdChars, cancellationToken);
            foreach (var problem in sources.JsonLdProblems)
                context.Diagnose(DiagnosticCode.InvalidStructuredData, DiagnosticSeverity.Warning, problem);
            var root = (AngleSharp.Dom.IElement?)document.Body ?? document.DocumentElement;
            var extracted = root is null ? default : _extractor.Extract(root, cancellationToken);
            var resolved = HtmlMetadataResolver.Resolve(sources, context.PageUrl, _months, _bylines, VisibleByline(extracted));
            var published = HtmlMetadataResolver.ChoosePublished(resolved, HtmlMetadataResolver.DateNearHeadline(extracted, _months, resolved.MonthFirst, resolved.Headline))
                ?? DateInPage(extracted, resolved.MonthFirst);

            context.Headline = resolved.Headline;
            context.Published = published;
            foreach (var author in resolved.Authors)
                context.AddAuthor(author);
            context.Metadata = resolved.Metadata;
            if (extracted.NotAnArticle)
                context.Diagnose(DiagnosticCode.NotAnArticle, DiagnosticSeverity.Warning,
                    "The page looks like a listing or gallery (mostly links, little prose); no article body was taken.");
            if (published is null)
                context.Diagnose(DiagnosticCode.NoPublicationDate, DiagnosticSeverity.Info, "The page gives no publication date.");

            BuildBody(context, extracted, resolved);
        }
    }

    private void BuildBody(ParseContext context, ContentExtractor.Result extracted, HtmlMetadataResolver.Resolved resolved)
    {
        var text = new StringBuilder();
        var spans = new List<(BodyBlockKind Kind, int Start, int Length)>();
        var keepDropped = context.Options.IncludeDroppedText;
        foreach (var block in extracted.Kept ?? [])
        {
            var reason = FrontMatterReason(block, resolved);
            if (reason is { } dropReason)
            {
                if (keepDropped)
                    context.Dropped.Add(new DroppedText(block.Text, dropReason, null));
                continue;
            }
            if (text.Length > 0)
                text.Append("\n\n");
            spans.Add((block.Kind, text.Length, block.Text.Length));
            text.Append(block.Text);
        }
        context.Text = text.ToString();
        context.SourceMap = default;
        foreach (var (kind, start, length) in spans)
            context.AddBlock(kind, new TextSpan(start, length));
        if (keepDropped)
        {
            foreach (var (block, reason) in extracted.Dropped ?? [])
                context.Dropped.Add(new DroppedText(block.Text, reason, null));
        }
        if (context.Text.Length == 0 && !extracted.NotAnArticle)
            context.Diagnose(DiagnosticCode.EmptyInput, DiagnosticSeverity.Warning, "No article text was found in the page.");
    }

    /// <summary>The headline repeated, or a short line that is only a date: front matter, not body.</summary>
    private DropReason? FrontMatterReason(ContentExtractor.RawBlock block, HtmlMetadataResolver.Resolved resolved)
    {
        if (block.Text.Length > MaxFrontMatterChars)
            return null;
        if (resolved.Headline is { } headline && string.Equals(block.Text, headline, StringComparison.OrdinalIgnoreCase))
            return DropReason.Headline;
        if (_bylines.ReadByline(block.Text) is not null)
            return DropReason.Byline;
        if (block.Text.Length < 80 && DateParser.TryFind(block.Text, _months, resolved.MonthFirst, out _, out _, out var length)
            && length >= block.Text.Length * 0.4)
            return DropReason.Metadata;
        return null;
    }

    /// <summary>The names of the first byline shown near the top of the page ("Von Claudia Lindner").</summary>
    private List<string> VisibleByline(ContentExtractor.Result extracted)
    {
        var blocks = extracted.All ?? [];
        var at = blocks.FindIndex(static b => b.HeadingLevel == 1);
        var from = Math.Max(0, at - 1);
        var to = Math.Min(blocks.Count, Math.Max(at, 0) + 15);
        for (var i = from; i < to; i++)
        {
            if (_bylines.ReadByline(blocks[i].Text) is { } names)
                return names;
        }
        return [];
    }

    /// <summary>
    /// A date shown in the page: first in the short lines around the first heading, then at the start of the
    /// body's first paragraphs ("(18.01.2018) Deutschlands Landwirte ..."), then in dropped front matter, then
    /// anywhere in the article text and the page.
    /// </summary>
    private ArticleDate? DateInPage(ContentExtractor.Result extracted, bool monthFirst)
    {
        var blocks = extracted.All ?? [];
        var at = blocks.FindIndex(static b => b.HeadingLevel == 1);
        var from = at < 0 ? 0 : Math.Max(0, at - 3);
        var to = at < 0 ? 0 : Math.Min(blocks.Count, at + 12);
        for (var i = from; i < to; i++)
        {
            var text = blocks[i].Text.AsSpan();
            if (text.Length > MaxFrontMatterChars)
                text = text[..MaxFrontMatterChars];
            if (DateParser.TryFind(text, _months, monthFirst, out var date, out _, out _))
                return date;
        }
        var kept = extracted.Kept ?? [];
        for (var i = 0; i < kept.Count && i < 3; i++)
        {
            var text = kept[i].Text.AsSpan();
            if (text.Length > 120)
                text = text[..120];
            if (DateParser.TryFind(text, _months, monthFirst, out var date, out _, out _))
                return date;
        }
        foreach (var (block, reason) in extracted.Dropped ?? [])
        {
            if (reason is DropReason.Metadata or DropReason.Byline && block.Text.Length <= MaxFrontMatterChars
                && DateParser.TryFind(block.Text, _months, monthFirst, out var date, out _, out _))
                return date;
        }
        // Last resort: the first date written anywhere in the article, then anywhere in the page.
        foreach (var block in kept)
        {
            if (DateParser.TryFind(block.Text, _months, monthFirst, out var date, out _, out _))
                return date;
        }
        foreach (var block in blocks)
        {
            if (DateParser.TryFind(block.Text, _months, monthFirst, out var date, out _, out _))
                return date;
        }
        return null;
    }
}
