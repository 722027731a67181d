using System.Buffers;
using System.Diagnostics;
using NewsParsing.Internal;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.InteropServices;
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
    /// <summary>
    /// The body blocks found so far, as spans: their <see cref="BodyBlock"/>s and strings are built with the model in
    /// <see cref="ToArticle"/>, so the text copies are not carried (and copied by the GC) through the later stages.
    /// </summary>
    public List<BlockSpan> Body { get; } = [];
    public List<Quote> Quotes { get; } = [];
    public List<Claim> Claims { get; } = [];
    public List<DroppedText> Dropped { get; } = [];
    public List<ParseDiagnostic> Diagnostics { get; } = [];

    /// <summary>The date relative expressions resolve against: the publication date, else the option.</summary>
    public DateOnly? ReferenceDate =>
        Published?.Date ?? (Options.ReferenceDate is { } reference ? DateOnly.FromDateTime(reference.Date) : null);

    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>
    /// The model string for a span of <see cref="Text"/>, shared where the model already holds it: a short slice (a cue,
    /// a name, a pronoun, a subheading) by its characters, since an article repeats them; a longer one by its span, when
    /// it is the text of a quote already built (a claim that is a quotation). Strings are immutable, so sharing is
    /// invisible to callers, and the model holds one copy of each instead of one per object.
    /// </summary>
    public string SliceString(TextSpan span)
    {
        var slice = Text.AsSpan(span.Start, span.Length);
        if (slice.Length <= MaxSharedByContentChars)
        {
            if (slice.IsEmpty)
                return "";
            // A small direct-mapped cache, not a dictionary: no growth garbage, and a collision only costs a copy.
            var cache = _shortSlices ??= RentSliceCache();
            ref var slot = ref cache[SliceHash(slice) & (cache.Length - 1)];
            if (slot is { } cached && slice.SequenceEqual(cached))
                return cached;
            // The slot may have been taken by a colliding slice since the quote stored its text: ask the quotes too, so
            // a short quotation's claim still shares the quote's string.
            return slot = QuoteTextAt(span) ?? slice.ToString();
        }
        return QuoteTextAt(span) ?? slice.ToString();
    }

    /// <summary>
    /// Slices up to this length are shared by content. Cues, names and pronouns fall under it and repeat; a
    /// longer slice rarely recurs, and hashing its characters would cost more than the copy it might save.
    /// </summary>
    private const int MaxSharedByContentChars = 32;

    /// <summary>
    /// FNV-1a over the characters. Not <c>string.GetHashCode</c>: that one is seeded per process, so which slices
    /// collide (and which strings end up shared) would change from run to run.
    /// </summary>
    private static int SliceHash(ReadOnlySpan<char> slice)
    {
        var hash = 2166136261u;
        foreach (var c in slice)
            hash = (hash ^ c) * 16777619u;
        return (int)(hash ^ (hash >> 15));
    }

    /// <summary>Short model strings by the hash of their characters (a power-of-two table, sized by the text).</summary>
    private string?[]? _shortSlices;

    /// <summary>
    /// The table is a temporary of the parse, rented and returned by <see cref="ToArticle"/>: a new one each parse was up
    /// to 8 KB of garbage. The shared pool's arrays have power-of-two lengths (its buckets), which the hash masks.
    /// </summary>
    private string?[] RentSliceCache()
    {
        var cache = ArrayPool<string?>.Shared.Rent((int)Math.Clamp(BitOperations.RoundUpToPowerOf2((uint)Text.Length / 128), 32, 1024));
        Debug.Assert(BitOperations.IsPow2(cache.Length));
        return cache;
    }

    /// <summary>Where <see cref="QuoteTextAt"/> last found the first quote at or after a span's start.</summary>
    private int _quoteSearchHint;

    private readonly struct QuoteStarts(List<Quote> quotes) : IAscendingKeys
    {
        public int Count => quotes.Count;

        public int this[int index] => quotes[index].Span.Start;
    }

    /// <summary>The text of the quote whose span is exactly <paramref name="span"/>, if one is built (quotes are added in text order).</summary>
    private string? QuoteTextAt(TextSpan span)
    {
        var quotes = Quotes;
        // The first quote starting at or after the span: callers ask in text order mostly.
        var low = AscendingSearch.FirstAbove(new QuoteStarts(quotes), span.Start - 1, ref _quoteSearchHint);
        for (var i = low; i < quotes.Count && quotes[i].Span.Start == span.Start; i++)
        {
            if (quotes[i].Span == span)
                return quotes[i].Text;
        }
        return null;
    }

    public void AddBlock(BodyBlockKind kind, TextSpan span) => Body.Add(new BlockSpan(kind, span));

    public void Drop(TextSpan span, DropReason reason)
    {
        if (Options.IncludeDroppedText && !span.IsEmpty)
            Dropped.Add(new DroppedText(SliceString(span), reason, Format == ArticleFormat.PlainText ? span : null));
    }

    /// <summary>Drops a span whose model string is built already (<paramref name="text"/>, the span's text): one copy, not two.</summary>
    public void Drop(TextSpan span, DropReason reason, string text)
    {
        if (Options.IncludeDroppedText && !span.IsEmpty)
            Dropped.Add(new DroppedText(text, reason, Format == ArticleFormat.PlainText ? span : null));
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

    public Article ToArticle()
    {
        var article = new Article(
            Format,
            Text,
            SourceMap,
            Headline,
            Published,
            Freeze(Authors),
            Dateline,
            Metadata,
            BuildBody(),
            Freeze(Quotes),
            Freeze(Claims),
            Options.IncludeDroppedText ? Freeze(Dropped) : [],
            Freeze(Diagnostics));
        // The model is built: the string table goes back to the pool, emptied so it keeps no string of this article alive.
        if (_shortSlices is { } cache)
        {
            _shortSlices = null;
            ArrayPool<string?>.Shared.Return(cache, clearArray: true);
        }
        return article;
    }

    /// <summary>The items as the model holds them; an empty list as the shared empty array, not a new one.</summary>
    private static ImmutableArray<T> Freeze<T>(List<T> items) => items.Count == 0 ? [] : [.. items];

    private ImmutableArray<BodyBlock> BuildBody()
    {
        var blocks = new BodyBlock[Body.Count];
        for (var i = 0; i < blocks.Length; i++)
        {
            var (kind, span) = Body[i];
            blocks[i] = new BodyBlock(kind, span, SliceString(span));
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(blocks);
    }
}

/// <summary>A body block while the article is read: its kind and where it is in <see cref="ParseContext.Text"/>.</summary>
internal readonly record struct BlockSpan(BodyBlockKind Kind, TextSpan Span);
