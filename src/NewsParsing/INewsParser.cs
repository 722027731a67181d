using NewsParsing.Model;

namespace NewsParsing;

/// <summary>
/// Parses news articles into <see cref="Article"/>s. Implementations are immutable and thread-safe:
/// register one as a singleton and share it.
/// </summary>
public interface INewsParser
{
    /// <summary>The options this parser was created with.</summary>
    NewsParserOptions Options { get; }

    /// <summary>
    /// Parses an article given as text. HTML (input that starts with a tag or doctype) is recognised and
    /// read as HTML; anything else is read as plain text.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="NewsParsingException">The input exceeds <see cref="NewsParserOptions.MaxInputChars"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Article Parse(string text, CancellationToken cancellationToken = default);

    /// <summary>Parses an HTML page.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="pageUrl">The page's address, used to resolve relative links; never fetched.</param>
    /// <param name="cancellationToken">Stops the parse.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="NewsParsingException">The input exceeds <see cref="NewsParserOptions.MaxInputChars"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Article ParseHtml(string html, Uri? pageUrl = null, CancellationToken cancellationToken = default);
}
