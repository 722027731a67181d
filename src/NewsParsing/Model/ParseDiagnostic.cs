namespace NewsParsing.Model;

/// <summary>How much a diagnostic matters to a caller.</summary>
public enum DiagnosticSeverity
{
    /// <summary>A note on how the input was read; the result is complete.</summary>
    Info,
    /// <summary>Part of the result is a best effort (a guess, a truncation, an unbalanced mark).</summary>
    Warning,
    /// <summary>A part of the input could not be read; the result lacks it.</summary>
    Error,
}

/// <summary>What a diagnostic is about. The values are stable and may be switched on.</summary>
public enum DiagnosticCode
{
    /// <summary>The input had no text at all.</summary>
    EmptyInput,
    /// <summary>The input looked binary (control characters, NUL bytes) and was read as best it could be.</summary>
    BinaryInput,
    /// <summary>Bytes that were not valid in the detected encoding were replaced.</summary>
    InvalidEncoding,
    /// <summary>The input's encoding was detected rather than declared.</summary>
    EncodingDetected,
    /// <summary>No headline could be told apart from the lede.</summary>
    NoHeadline,
    /// <summary>No publication date was found.</summary>
    NoPublicationDate,
    /// <summary>A date field held an impossible date (2025-02-30) and was ignored.</summary>
    InvalidDate,
    /// <summary>HTML input was given where only plain text is supported.</summary>
    HtmlNotSupported,
    /// <summary>The HTML nests deeper than the configured limit; deeper content was flattened or cut.</summary>
    HtmlTooDeep,
    /// <summary>The HTML has more elements than the configured limit; the rest was not read.</summary>
    HtmlTooLarge,
    /// <summary>Structured data (JSON-LD) was malformed or over its size limit and was skipped.</summary>
    InvalidStructuredData,
    /// <summary>The page looks like a listing, gallery or home page rather than one article.</summary>
    NotAnArticle,
    /// <summary>A quotation mark has no partner; the quote was closed at the end of its paragraph.</summary>
    UnbalancedQuote,
    /// <summary>A quotation exceeded the configured length limit and was not taken as a quote.</summary>
    QuoteTooLong,
    /// <summary>A limit other than those above was reached and the rest of a stage was skipped.</summary>
    LimitReached,
}

/// <summary>A note on how an input was read, with where in the text it applies.</summary>
/// <param name="Code">What the note is about.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">A sentence for people.</param>
/// <param name="Span">Where in <see cref="Article.Text"/> it applies, when it applies to a place.</param>
public sealed record ParseDiagnostic(DiagnosticCode Code, DiagnosticSeverity Severity, string Message, TextSpan? Span = null);
