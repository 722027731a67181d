namespace NewsParsing.Model;

/// <summary>Why a piece of the input is not part of the body.</summary>
public enum DropReason
{
    /// <summary>Header metadata: a <c>date</c> line, front matter, <c>Title:</c> fields.</summary>
    Metadata,
    /// <summary>The headline, reported in <see cref="Article.Headline"/>.</summary>
    Headline,
    /// <summary>A byline, reported in <see cref="Article.Authors"/>.</summary>
    Byline,
    /// <summary>A dateline ("KYIV, Ukraine (AP) —"), reported in <see cref="Article.Dateline"/>.</summary>
    Dateline,
    /// <summary>A wire trailer ("Reporting by ...; Editing by ...", "X contributed to this report").</summary>
    Trailer,
    /// <summary>An advertisement or sponsor notice.</summary>
    Advertisement,
    /// <summary>Site navigation, menus, breadcrumbs, footers.</summary>
    Navigation,
    /// <summary>Links to other articles ("Read more", "Related").</summary>
    Related,
    /// <summary>A newsletter or subscription prompt.</summary>
    Newsletter,
    /// <summary>Social sharing widgets.</summary>
    Share,
    /// <summary>Image or video captions and credits.</summary>
    Caption,
    /// <summary>Reader comments.</summary>
    Comments,
    /// <summary>Cookie and consent banners.</summary>
    Consent,
    /// <summary>Scripts, styles, forms and other non-text markup.</summary>
    Markup,
    /// <summary>Other boilerplate that is not article text.</summary>
    Boilerplate,
}

/// <summary>Input text that the parser did not keep in the body, and why.</summary>
/// <param name="Text">The text that was left out.</param>
/// <param name="Reason">Why it was left out.</param>
/// <param name="Span">
/// Where it is in <see cref="Article.Text"/> for plain-text input; <see langword="null"/> for HTML,
/// where dropped text is not part of <see cref="Article.Text"/>.
/// </param>
public sealed record DroppedText(string Text, DropReason Reason, TextSpan? Span);
