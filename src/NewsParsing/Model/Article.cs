using System.Collections.Immutable;

namespace NewsParsing.Model;

/// <summary>The kind of input an article was parsed from.</summary>
public enum ArticleFormat
{
    /// <summary>Plain text; <see cref="Article.Text"/> is the normalised input.</summary>
    PlainText,
    /// <summary>HTML; <see cref="Article.Text"/> is the extracted body, blocks separated by a blank line.</summary>
    Html,
}

/// <summary>
/// A parsed news article. Immutable; every <see cref="TextSpan"/> in it indexes <see cref="Text"/>.
/// </summary>
public sealed class Article
{
    private readonly OffsetMap _sourceMap;

    internal Article(
        ArticleFormat format,
        string text,
        OffsetMap sourceMap,
        string? headline,
        ArticleDate? published,
        ImmutableArray<string> authors,
        string? dateline,
        ArticleMetadata metadata,
        ImmutableArray<BodyBlock> body,
        ImmutableArray<Quote> quotes,
        ImmutableArray<Claim> claims,
        ImmutableArray<DroppedText> dropped,
        ImmutableArray<ParseDiagnostic> diagnostics)
    {
        Format = format;
        Text = text;
        _sourceMap = sourceMap;
        Headline = headline;
        Published = published;
        Authors = authors;
        Dateline = dateline;
        Metadata = metadata;
        Body = body;
        Quotes = quotes;
        Claims = claims;
        Dropped = dropped;
        Diagnostics = diagnostics;
    }

    /// <summary>Whether the article came from plain text or HTML.</summary>
    public ArticleFormat Format { get; }

    /// <summary>
    /// The text all spans index: for plain text, the input after normalisation (line breaks as <c>\n</c>,
    /// no BOM, NFC); for HTML, the extracted body.
    /// </summary>
    public string Text { get; }

    /// <summary>The headline, or <see langword="null"/> when the source has none (one is never invented).</summary>
    public string? Headline { get; }

    /// <summary>The publication date, with time and offset when the source gives them.</summary>
    public ArticleDate? Published { get; }

    /// <summary>The authors named in the byline or metadata, in order, each once.</summary>
    public ImmutableArray<string> Authors { get; }

    /// <summary>The dateline ("KYIV, Ukraine (AP)"), if the text opens with one.</summary>
    public string? Dateline { get; }

    /// <summary>Site, language, canonical URL and other page-level facts.</summary>
    public ArticleMetadata Metadata { get; }

    /// <summary>The body blocks in reading order.</summary>
    public ImmutableArray<BodyBlock> Body { get; }

    /// <summary>The lede: the first paragraph of the body, or <see langword="null"/> for an empty body.</summary>
    public BodyBlock? Lede
    {
        get
        {
            foreach (var block in Body)
            {
                if (block.Kind == BodyBlockKind.Paragraph)
                    return block;
            }
            return null;
        }
    }

    /// <summary>Every quotation, in text order.</summary>
    public ImmutableArray<Quote> Quotes { get; }

    /// <summary>Every attributed claim, in text order.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Text of the input that is not in the body (headers, bylines, boilerplate), with the reason.</summary>
    public ImmutableArray<DroppedText> Dropped { get; }

    /// <summary>Notes on how the input was read.</summary>
    public ImmutableArray<ParseDiagnostic> Diagnostics { get; }

    /// <summary>The body text: the blocks' texts separated by a blank line.</summary>
    public string BodyText => string.Join("\n\n", Body.Select(static b => b.Text));

    /// <summary>
    /// Maps a span of <see cref="Text"/> back to UTF-16 offsets in the string the caller passed in
    /// (before line-break and Unicode normalisation). For HTML input the span is returned unchanged.
    /// </summary>
    public TextSpan ToSourceSpan(TextSpan span) => _sourceMap.Map(span);
}
