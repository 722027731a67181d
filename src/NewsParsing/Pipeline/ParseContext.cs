using NewsParsing.Internal;
using System.Collections.Immutable;
using NewsParsing.Model;

namespace NewsParsing.Pipeline;

/// <summary>
/// The state of one parse: the text every stage reads and what the stages have found so far.
/// Created per call, never shared between threads; stages keep no state of their own.
/// </summary>
internal sealed class ParseContext
{
    public ParseContext(NewsParserOptions options, ArticleFormat format, string text, OffsetMap sourceMap, CancellationToken cancellationToken)
    {
        Options = options;
        Format = format;
        Text = text;
        SourceMap = sourceMap;
        CancellationToken = cancellationToken;
    }

    public NewsParserOptions Options { get; }
    public ArticleFormat Format { get; }
    public CancellationToken CancellationToken { get; }

    /// <summary>The page address for HTML input, to resolve relative links.</summary>
    public Uri? PageUrl { get; init; }

    /// <summary>The text all spans index. HTML reading replaces the markup with the extracted body.</summary>
    public string Text { get; set; }
    public OffsetMap SourceMap { get; set; }

    public string? Headline { get; set; }
    public ArticleDate? Published { get; set; }
    public List<string> Authors { get; } = [];
    public string? Dateline { get; set; }
    public ArticleMetadata Metadata { get; set; } = ArticleMetadata.Empty;
    public List<BodyBlock> Body { get; } = [];
    public List<Quote> Quotes { get; } = [];
    public List<Claim> Claims { get; } = [];
    public List<DroppedText> Dropped { get; } = [];
    public List<ParseDiagnostic> Diagnostics { get; } = [];

    /// <summary>The date relative expressions resolve against: the publication date, else the option.</summary>
    public DateOnly? ReferenceDate =>
        Published?.Date ?? (Options.ReferenceDate is { } reference ? DateOnly.FromDateTime(reference.Date) : null);

    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    public string SliceString(TextSpan span) => Text.Substring(span.Start, span.Length);

    public void AddBlock(BodyBlockKind kind, TextSpan span) => Body.Add(new BodyBlock(kind, span, SliceString(span)));

    public void Drop(TextSpan span, DropReason reason)
    {
        if (Options.IncludeDroppedText && !span.IsEmpty)
            Dropped.Add(new DroppedText(SliceString(span), reason, Format == ArticleFormat.PlainText ? span : null));
    }

    public void Diagnose(DiagnosticCode code, DiagnosticSeverity severity, string message, TextSpan? span = null) =>
        Diagnostics.Add(new ParseDiagnostic(code, severity, message, span));

    public void AddAuthor(string author)
    {
        author = author.Trim();
        if (author.Length == 0 || IsOverMetadataLimit(Authors.Count))
            return;
        Authors.AddIfAbsent(author);
    }

    /// <summary>Adds a tag to the metadata unless it is there already or the tag limit is reached.</summary>
    public void AddTag(string tag)
    {
        var tags = Metadata.Tags;
        if (tag.Length == 0 || tags.Contains(tag) || IsOverMetadataLimit(tags.Length))
            return;
        Metadata = Metadata with { Tags = tags.Add(tag) };
    }

    // Authors and tags are de-duplicated by a linear search: the limit keeps that from going quadratic.
    private bool IsOverMetadataLimit(int count)
    {
        if (count < Options.MaxMetadataItems)
            return false;
        if (!_metadataLimitReported)
        {
            _metadataLimitReported = true;
            Diagnose(DiagnosticCode.LimitReached, DiagnosticSeverity.Warning,
                $"More than {Options.MaxMetadataItems} authors or tags (NewsParserOptions.MaxMetadataItems); the rest were left out.");
        }
        return true;
    }

    private bool _metadataLimitReported;

    public Article ToArticle() => new(
        Format,
        Text,
        SourceMap,
        Headline,
        Published,
        [.. Authors],
        Dateline,
        Metadata,
        [.. Body],
        [.. Quotes],
        [.. Claims],
        Options.IncludeDroppedText ? [.. Dropped] : [],
        [.. Diagnostics]);
}
