namespace NewsParsing;

/// <summary>
/// Every default limit in one place, with why it has its value. Each is an option on
/// <see cref="NewsParserOptions"/>; exceeding a hard limit throws <see cref="NewsParsingException"/>.
/// </summary>
public static class NewsParserDefaults
{
    /// <summary>
    /// Largest input accepted, in UTF-16 characters (32 Mi = 64 MB of memory). The longest real articles
    /// are under 1 Mi characters; past this the input is a dump or an attack, and the caller should split it.
    /// </summary>
    public const int MaxInputChars = 32 * 1024 * 1024;

    /// <summary>
    /// Deepest HTML element nesting read. Real news pages nest under 60; AngleSharp's tree building is
    /// quadratic in unclosed depth, so deeper input is cut before AngleSharp sees it.
    /// </summary>
    public const int MaxHtmlDepth = 256;

    /// <summary>Most HTML elements read from one page. Large real pages have about 20,000; 20 times that is an attack.</summary>
    public const int MaxHtmlElements = 400_000;

    /// <summary>Largest JSON-LD block read, in characters. Real ones are a few KB; larger ones are skipped with a diagnostic.</summary>
    public const int MaxJsonLdChars = 1024 * 1024;

    /// <summary>
    /// Longest quotation, in characters. Real quotes span a few paragraphs at most; a mark with no partner
    /// must not turn the rest of the article into one quote.
    /// </summary>
    public const int MaxQuoteChars = 4000;

    /// <summary>
    /// Most authors, and most tags, kept from one article. Real articles name a handful; a header or page listing
    /// thousands is a dump or an attack, and keeping them all would make de-duplication quadratic.
    /// </summary>
    public const int MaxMetadataItems = 200;

    /// <summary>Longest headline, in characters. Longer first lines are ledes, not headlines.</summary>
    public const int MaxHeadlineChars = 300;
}
