using NewsParsing.Lexicons;
using NewsParsing.Model;
using NewsParsing.Pipeline;

namespace NewsParsing.Quotes;

/// <summary>
/// The quotes stage: finds every quotation of the headline and body (<see cref="QuoteMarkScanner"/>), splits
/// its paragraph into sentences (<see cref="SentenceScanner"/>) and tokens (<see cref="WordScanner"/>), tells
/// direct, mixed, partial, scare and headline quotes apart, and attributes them to speakers through cues
/// (<see cref="CueMatcher"/>, <see cref="SpeakerResolver"/>, <see cref="MentionChain"/>). Stateless: the
/// per-parse state lives in a <see cref="QuoteScan"/>. Skipped when <see cref="NewsParserOptions.ExtractQuotes"/>
/// is false; a text with no quote mark costs one vectorised search.
/// </summary>
internal sealed class QuoteExtractor : IArticleStage
{
    private readonly QuoteLexicons _lexicons;
    private readonly SpeakerResolver _resolver;

    public QuoteExtractor(LexiconSet lexicons)
    {
        _lexicons = QuoteLexicons.For(lexicons);
        _resolver = new SpeakerResolver(_lexicons);
    }

    public void Run(ParseContext context)
    {
        if (!context.Options.ExtractQuotes || context.Text.AsSpan().IndexOfAny(QuoteMarkScanner.Marks) < 0)
            return;
        // Disposed on every exit, cancellation included: it returns the pooled drafts and mentions.
        using var scan = new QuoteScan(context, _lexicons, _resolver);
        if (context.Headline is { Length: > 0 } headline)
        {
            var at = context.Text.IndexOf(headline, StringComparison.Ordinal);
            if (at >= 0)
                scan.ScanHeadline(TextSpan.FromBounds(at, at + headline.Length));
        }
        var body = context.Body;
        for (var i = 0; i < body.Count; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var block = body[i];
            var next = i + 1 < body.Count ? body[i + 1].Span : (TextSpan?)null;
            if (block.Kind is BodyBlockKind.Subheading)
                scan.ScanHeadline(block.Span);
            else if (block.Kind is not (BodyBlockKind.Table or BodyBlockKind.Preformatted))
                scan.ScanBlock(block.Span, next);
        }
        scan.Complete();
    }
}
