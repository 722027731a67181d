using System.Collections.Immutable;
using NewsParsing.Lexicons;
using NewsParsing.Metadata.Dates;
using NewsParsing.Model;
using NewsParsing.Pipeline;

namespace NewsParsing.Claims;

/// <summary>
/// The claim stage: finds attributed statements in the body (reported speech and thought, direct and mixed
/// quotations, "according to", passives), resolves their sources, and gives each its stance, hedges,
/// dates and numbers. Runs after the quote stage and links each claim to the quotation it is, if any.
/// Stateless: all per-call state is local to <see cref="Run"/>.
/// </summary>
internal sealed class ClaimExtractor : IArticleStage
{
    private readonly ClaimLexicons _lexicons;
    private readonly AttributionScanner _attributions;
    private readonly HedgeScanner _hedges;
    private readonly NumberScanner _numbers;
    private readonly DateExpressionScanner _dates;

    public ClaimExtractor(LexiconSet lexicons)
    {
        _lexicons = new ClaimLexicons(lexicons);
        _attributions = new AttributionScanner(_lexicons);
        _hedges = new HedgeScanner(_lexicons.Hedges);
        _numbers = new NumberScanner(lexicons.Get("numbers"), _lexicons);
        _dates = new DateExpressionScanner(_lexicons.Months, _lexicons.Weekdays);
    }

    /// <summary>An attribution with the sentence it was found in (its frame for dates and hedges).</summary>
    private readonly record struct Found(Attribution Attribution, TextSpan Sentence);

    public void Run(ParseContext context)
    {
        if (!context.Options.ExtractClaims)
            return;
        var text = context.Text;
        var tokens = new List<Token>();
        var sentences = new List<(int First, int End)>();
        var found = new List<Found>();
        var scratch = new List<Attribution>();
        var hedgeScratch = new List<Hedge>();

        foreach (var block in context.Body)
        {
            if (block.Kind is not (BodyBlockKind.Paragraph or BodyBlockKind.Blockquote or BodyBlockKind.ListItem))
                continue;
            context.CancellationToken.ThrowIfCancellationRequested();
            tokens.Clear();
            sentences.Clear();
            SentenceTokenizer.Tokenize(text, block.Span.Start, block.Span.End, tokens);
            SentenceTokenizer.Split(text, tokens, _lexicons.Abbreviations, sentences);
            Found? previous = null;
            foreach (var (first, end) in sentences)
            {
                if (end <= first)
                    continue;
                var sentence = TextSpan.FromBounds(tokens[first].Start, tokens[end - 1].End);
                scratch.Clear();
                _attributions.Scan(text, tokens, first, end, scratch);
                foreach (var attribution in scratch)
                    found.Add(new Found(attribution, sentence));
                if (scratch.Count > 0)
                {
                    previous = found[^1];
                    continue;
                }
                // A quotation running on after an attributed one ("...," Trump wrote. "I have ...") is the same source's.
                if (previous is { } prior && AttributionScanner.IsOpening(text, tokens, first) && EndsInQuote(text, prior.Attribution.Content))
                {
                    var content = Trim(text, sentence);
                    found.Add(new Found(prior.Attribution with { Content = content }, sentence));
                    previous = found[^1];
                    continue;
                }
                previous = null;
                // A statement hedged by the article ("had reportedly held") is a claim with an unnamed source.
                hedgeScratch.Clear();
                _hedges.Scan(text, sentence, hedgeScratch);
                if (hedgeScratch.Any(static h => h.Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !h.Text.Contains(' ')))
                {
                    var hedge = hedgeScratch.First(static h => h.Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase));
                    var entry = new CueEntry(hedge.Text.ToLowerInvariant(), Stance.Asserts, Stance.NotAttributed, CueFrame.Say, 1);
                    found.Add(new Found(new Attribution(Trim(text, sentence), null, hedge.Span, entry, false, true), sentence));
                }
            }
        }
        if (found.Count == 0)
            return;

        var resolver = new SourceResolver(_lexicons, text);
        var mentions = resolver.ResolveAll(found.Select(static f => f.Attribution.Source).ToArray());
        var reference = context.ReferenceDate;
        var dates = new List<DateMention>();
        var numbers = new List<NumberMention>();
        var claims = new List<Claim>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var (attribution, sentence) = found[i];
            var mention = mentions[i];
            var frame = Union(sentence, attribution.Content);

            hedgeScratch.Clear();
            _hedges.Scan(text, frame, hedgeScratch);
            dates.Clear();
            _dates.Scan(text, frame, reference, dates);
            numbers.Clear();
            _numbers.Scan(text, attribution.Content, numbers);
            numbers.RemoveAll(n => dates.Any(d => d.Span.Overlaps(n.Span)));

            var cue = new Cue(attribution.Cue, text.Substring(attribution.Cue.Start, attribution.Cue.Length), attribution.Entry.Lemma);
            claims.Add(new Claim(
                attribution.Content,
                text.Substring(attribution.Content.Start, attribution.Content.Length),
                attribution.Implicit ? null : mention?.Speaker,
                attribution.Implicit ? null : mention,
                attribution.Implicit || mention is null ? SourceKind.Implicit : SourceKind.Explicit,
                cue,
                StanceClassifier.Classify(attribution.Entry, attribution.Negated),
                [.. hedgeScratch],
                [.. dates],
                [.. numbers],
                QuoteFor(context.Quotes, attribution.Content)));
        }
        claims.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        context.Claims.AddRange(claims);
    }

    /// <summary>The quotation a claim is: the direct, mixed or partial quote sharing the most text with its content.</summary>
    private static int? QuoteFor(List<Quote> quotes, TextSpan content)
    {
        int? best = null;
        var bestShared = 0;
        for (var q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            if (quote.Kind is QuoteKind.Scare or QuoteKind.Headline || !quote.Span.Overlaps(content))
                continue;
            var shared = Math.Min(quote.Span.End, content.End) - Math.Max(quote.Span.Start, content.Start);
            // The quote must be most of the claim or the claim most of the quote.
            if (shared * 2 < Math.Min(quote.Span.Length, content.Length) || shared <= bestShared)
                continue;
            best = q;
            bestShared = shared;
        }
        return best;
    }

    private static bool EndsInQuote(string text, TextSpan span) =>
        span.Length > 0 && text[span.End - 1] is '"' or '”' or '»' or '’' or '\'';

    private static TextSpan Trim(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ':'))
            end--;
        return TextSpan.FromBounds(start, end);
    }

    private static TextSpan Union(TextSpan a, TextSpan b) => TextSpan.FromBounds(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));
}

/// <summary>The source's stance from the cue's lexicon entry and negation ("did not say" is not attributed).</summary>
internal static class StanceClassifier
{
    public static Stance Classify(CueEntry cue, bool negated) => negated ? cue.NegatedStance : cue.Stance;
}
