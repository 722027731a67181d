using System.Collections.Immutable;
using NewsParsing.Html;
using NewsParsing.Internal;
using NewsParsing.Model;
using NewsParsing.Pipeline;

namespace NewsParsing;

public sealed partial class NewsParser
{
    /// <inheritdoc/>
    public Article ParseHtml(string html, Uri? pageUrl = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        return ParseHtmlCore(html, pageUrl, [], cancellationToken);
    }

    /// <summary>
    /// Parses an HTML page from bytes, decoding them by BOM, <c>&lt;meta charset&gt;</c>, <c>http-equiv</c>, then detection.
    /// </summary>
    /// <param name="html">The page's bytes; read to the end, not closed.</param>
    /// <param name="pageUrl">The page's address, used to resolve relative links; never fetched.</param>
    /// <param name="cancellationToken">Stops the parse.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="NewsParsingException">The input exceeds <see cref="NewsParserOptions.MaxInputChars"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Article ParseHtml(Stream html, Uri? pageUrl = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var decoded = DecodeStream(html, cancellationToken);
        return ParseHtmlCore(decoded.Text, pageUrl, decoded.Diagnostics, cancellationToken);
    }

    private Article ParseHtmlCore(string html, Uri? pageUrl, ImmutableArray<ParseDiagnostic> inputDiagnostics, CancellationToken cancellationToken)
    {
        if (html.Length > Options.MaxInputChars)
            NewsParsingThrow.InputTooLarge(html.Length, Options.MaxInputChars);
        cancellationToken.ThrowIfCancellationRequested();
        var context = new ParseContext(Options, ArticleFormat.Html, html, OffsetMap.Identity, cancellationToken) { PageUrl = pageUrl };
        context.Diagnostics.AddRange(inputDiagnostics);
        _htmlPipeline.Run(context);
        return context.ToArticle();
    }

    private static ImmutableArray<IArticleStage> CreateHtmlStages(NewsParserOptions options) =>
        [new HtmlArticleReader(options)];
}
