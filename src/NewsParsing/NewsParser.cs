using System.Collections.Immutable;
using NewsParsing.Body;
using NewsParsing.Input;
using NewsParsing.Internal;
using NewsParsing.Model;
using NewsParsing.Pipeline;

namespace NewsParsing;

/// <summary>
/// Parses news articles, plain text or HTML, into immutable <see cref="Article"/>s.
/// A parser is immutable and thread-safe once created: create one and reuse it.
/// </summary>
/// <example>
/// <code>
/// var article = NewsParser.Default.Parse(File.ReadAllText("article.txt"));
/// Console.WriteLine(article.Headline);
/// </code>
/// </example>
public sealed partial class NewsParser : INewsParser
{
    private readonly ArticlePipeline _textPipeline;
    private readonly ArticlePipeline _htmlPipeline;

    private NewsParser(NewsParserOptions options)
    {
        Options = options;
        // Stages after reading are shared by both formats: they only see text and blocks.
        ImmutableArray<IArticleStage> analysis = [new Quotes.QuoteExtractor(options.Lexicons), new Claims.ClaimExtractor(options.Lexicons)];
        _textPipeline = new ArticlePipeline([new PlainTextReader(options.Lexicons), .. analysis]);
        _htmlPipeline = new ArticlePipeline([.. CreateHtmlStages(options), .. analysis]);
    }

    /// <summary>A parser with <see cref="NewsParserOptions.Default"/>.</summary>
    public static NewsParser Default { get; } = new(NewsParserOptions.Default);

    /// <summary>Creates a parser with options changed from the defaults.</summary>
    /// <param name="configure">Returns the options to use from the defaults, e.g. <c>o =&gt; o with { MaxInputChars = 100_000 }</c>.</param>
    public static NewsParser Create(Func<NewsParserOptions, NewsParserOptions>? configure = null) =>
        configure is null ? Default : Create(configure(NewsParserOptions.Default));

    /// <summary>Creates a parser with the given options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static NewsParser Create(NewsParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ReferenceEquals(options, NewsParserOptions.Default) ? Default : new NewsParser(options);
    }

    /// <inheritdoc/>
    public NewsParserOptions Options { get; }

    /// <inheritdoc/>
    public Article Parse(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LooksLikeHtml(text) ? ParseHtml(text, null, cancellationToken) : ParseText(text, cancellationToken);
    }

    /// <summary>Parses an article given as text; see <see cref="Parse(string, CancellationToken)"/>.</summary>
    /// <exception cref="NewsParsingException">The input exceeds <see cref="NewsParserOptions.MaxInputChars"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Article Parse(ReadOnlyMemory<char> text, CancellationToken cancellationToken = default)
    {
        if (text.Length > Options.MaxInputChars)
            NewsParsingThrow.InputTooLarge(text.Length, Options.MaxInputChars);
        return Parse(text.ToString(), cancellationToken);
    }

    /// <summary>
    /// Parses an article from bytes: the encoding comes from a BOM, an HTML charset declaration, or detection
    /// (UTF-8, UTF-16, else Windows-1252), with a diagnostic when it was guessed or bytes were invalid.
    /// </summary>
    /// <param name="stream">The article's bytes; read to the end, not closed.</param>
    /// <param name="cancellationToken">Stops the parse.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="NewsParsingException">The input exceeds <see cref="NewsParserOptions.MaxInputChars"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Article Parse(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var decoded = DecodeStream(stream, cancellationToken);
        var article = LooksLikeHtml(decoded.Text)
            ? ParseHtmlCore(decoded.Text, null, decoded.Diagnostics, cancellationToken)
            : ParseTextCore(decoded.Text, decoded.Diagnostics, cancellationToken);
        return article;
    }

    private Article ParseText(string text, CancellationToken cancellationToken) =>
        ParseTextCore(text, [], cancellationToken);

    private Article ParseTextCore(string text, ImmutableArray<ParseDiagnostic> inputDiagnostics, CancellationToken cancellationToken)
    {
        if (text.Length > Options.MaxInputChars)
            NewsParsingThrow.InputTooLarge(text.Length, Options.MaxInputChars);
        cancellationToken.ThrowIfCancellationRequested();
        var normalized = TextNormalizer.Normalize(text, cancellationToken);
        var context = new ParseContext(Options, ArticleFormat.PlainText, normalized.Text, normalized.Map, cancellationToken);
        if (!inputDiagnostics.IsEmpty)
            context.Diagnostics.AddRange(inputDiagnostics); // AddRange would box the empty array of a plain string
        if (normalized.ControlCharacters > 0)
            context.Diagnose(DiagnosticCode.BinaryInput, DiagnosticSeverity.Warning,
                $"The input held {normalized.ControlCharacters} control characters; they were read as spaces.");
        _textPipeline.Run(context);
        return context.ToArticle();
    }

    private EncodingSniffer.Decoded DecodeStream(Stream stream, CancellationToken cancellationToken)
    {
        // Every character takes at least one byte, so a byte limit of 4x the character limit is never too tight.
        var bytes = StreamReading.ReadAll(stream, (long)Options.MaxInputChars * 4, cancellationToken);
        return EncodingSniffer.Decode(bytes);
    }

    /// <summary>Whether text is HTML rather than plain text: it opens with a doctype, comment or known tag.</summary>
    internal static bool LooksLikeHtml(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..].TrimStart();
        if (text.Length < 2 || text[0] != '<')
            return false;
        var head = text[1..Math.Min(text.Length, 16)];
        return head.StartsWith("!doctype", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("!--", StringComparison.Ordinal)
            || head.StartsWith("html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("head", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("body", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("meta", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("?xml", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("article", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("div", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("p>", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("title", StringComparison.OrdinalIgnoreCase);
    }
}
