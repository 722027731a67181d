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
        if (author.Length == 0)
            return;
        foreach (var existing in Authors)
        {
            if (string.Equals(existing, author, StringComparison.OrdinalIgnoreCase))
                return;
        }
        Authors.Add(author);
    }

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
