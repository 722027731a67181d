using NewsParsing.Internal;
using NewsParsing.Lexicons;

namespace NewsParsing;

/// <summary>
/// How a <see cref="NewsParser"/> reads articles. Immutable: change it with <c>with</c>, e.g.
/// <c>NewsParser.Create(o =&gt; o with { MaxInputChars = 1_000_000 })</c>. Values are validated when set.
/// </summary>
public sealed record NewsParserOptions
{
    /// <summary>The defaults: see <see cref="NewsParserDefaults"/>.</summary>
    public static NewsParserOptions Default { get; } = new();

    /// <summary>
    /// The date that relative dates ("on Friday") resolve against when the article gives no publication date.
    /// </summary>
    public DateTimeOffset? ReferenceDate { get; init; }

    /// <summary>Largest input accepted, in characters; longer input throws <see cref="NewsParsingException"/>.</summary>
    public int MaxInputChars
    {
        get;
        init => field = value > 0 ? value : Invalid(nameof(MaxInputChars), value);
    } = NewsParserDefaults.MaxInputChars;

    /// <summary>Deepest HTML nesting read; deeper content is flattened with a diagnostic.</summary>
    public int MaxHtmlDepth
    {
        get;
        init => field = value > 0 ? value : Invalid(nameof(MaxHtmlDepth), value);
    } = NewsParserDefaults.MaxHtmlDepth;

    /// <summary>Most HTML elements read from one page; the rest is not read, with a diagnostic.</summary>
    public int MaxHtmlElements
    {
        get;
        init => field = value > 0 ? value : Invalid(nameof(MaxHtmlElements), value);
    } = NewsParserDefaults.MaxHtmlElements;

    /// <summary>Largest JSON-LD block read; larger ones are skipped with a diagnostic.</summary>
    public int MaxJsonLdChars
    {
        get;
        init => field = value > 0 ? value : Invalid(nameof(MaxJsonLdChars), value);
    } = NewsParserDefaults.MaxJsonLdChars;

    /// <summary>Longest quotation; longer spans between marks are not taken as quotes.</summary>
    public int MaxQuoteChars
    {
        get;
        init => field = value > 0 ? value : Invalid(nameof(MaxQuoteChars), value);
    } = NewsParserDefaults.MaxQuoteChars;

    /// <summary>Most authors and most tags kept from one article; the rest are left out with a diagnostic.</summary>
    public int MaxMetadataItems
    {
        get;
        init => field = value > 0 ? value : Invalid(nameof(MaxMetadataItems), value);
    } = NewsParserDefaults.MaxMetadataItems;

    /// <summary>Whether <see cref="Model.Article.Dropped"/> lists the text left out of the body.</summary>
    public bool IncludeDroppedText { get; init; } = true;

    /// <summary>Whether quotations are extracted.</summary>
    public bool ExtractQuotes { get; init; } = true;

    /// <summary>Whether claims are extracted.</summary>
    public bool ExtractClaims { get; init; } = true;

    /// <summary>The word lists (cue verbs, hedges, titles, boilerplate) the parser uses: data, not code.</summary>
    public LexiconSet Lexicons { get; init; } = LexiconSet.Default;

    private static int Invalid(string name, int value)
    {
        NewsParsingThrow.OptionOutOfRange(name, value);
        return 0;
    }
}
