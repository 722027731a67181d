namespace NewsParsing;

/// <summary>Which hard limit an input exceeded.</summary>
public enum NewsParsingErrorKind
{
    /// <summary>The input is longer than <see cref="NewsParserOptions.MaxInputChars"/>.</summary>
    InputTooLarge,
}

/// <summary>
/// Thrown when an input exceeds a hard limit. Every other problem with an input gives a best-effort
/// <see cref="Model.Article"/> with diagnostics instead.
/// </summary>
public sealed class NewsParsingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="kind">Which limit was exceeded.</param>
    /// <param name="offset">The input offset (characters or bytes) at which it was exceeded.</param>
    /// <param name="message">A sentence for people.</param>
    public NewsParsingException(NewsParsingErrorKind kind, long offset, string message)
        : base(message)
    {
        Kind = kind;
        Offset = offset;
    }

    /// <summary>Which limit was exceeded.</summary>
    public NewsParsingErrorKind Kind { get; }

    /// <summary>The input offset at which the limit was exceeded.</summary>
    public long Offset { get; }
}
