using System.Collections.Immutable;
using NewsParsing.Lexicons;
using NewsParsing.Metadata.Dates;
using NewsParsing.Model;
using NewsParsing.Pipeline;
using NewsParsing.Quotes;

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
    private readonly QuoteLexicons _quoteLexicons;
    private readonly AttributionScanner _attributions;
    private readonly HedgeScanner _hedges;
    private readonly NumberScanner _numbers;
    private readonly DateExpressionScanner _dates;

    public ClaimExtractor(LexiconSet lexicons)
    {
        _lexicons = ClaimLexicons.For(lexicons);
        _quoteLexicons = QuoteLexicons.For(lexicons);
        _attributions = new AttributionScanner(_lexicons);
        _hedges = new HedgeScanner(_lexicons.Hedges);
        _numbers = new NumberScanner(_lexicons.Numbers, _lexicons);
        _dates = new DateExpressionScanner(_lexicons.Months, _lexicons.Weekdays);
    }

    /// <summary>An attribution with the sentence it was found in (its frame for dates and hedges).</summary>
    private readonly record struct Found(Attribution Attribution, TextSpan Sentence);

    public void Run(ParseContext context)
    {
        if (!context.Options.ExtractClaims)
            return;
        var text = context.Text;
        var tokens = new List<Token>(256);
        var sentences = new List<(int First, int End)>();
        // Sized for a claim every few sentences so the list of large records rarely grows.
        var found = new List<Found>(text.Length / 128 + 8);
        var scratch = new List<Attribution>();
        var hedgeScratch = new List<Hedge>();

        // Headlines attribute too ("Trump Says He Never Pledged ...", "Newspaper: Defense secretary used ..."); the
        // headline is scanned where it stands in the text before the body.
        if (HeadlineSpan(context) is { } headline)
        {
            tokens.Clear();
            SentenceTokenizer.Tokenize(text, headline.Start, headline.End, tokens);
            if (tokens.Count > 0)
            {
                scratch.Clear();
                _attributions.Scan(text, tokens, 0, tokens.Count, scratch, IsTitleCase(text, tokens));
                foreach (var attribution in scratch)
                    found.Add(new Found(attribution, headline));
            }
        }

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
                context.CancellationToken.ThrowIfCancellationRequested();
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
        // Every direct or mixed quotation is a claim: the quote stage found some the scanner did not.
        var quotes = context.Quotes;
        var reach = QuoteReach(quotes);
        var linked = new HashSet<int>();
        foreach (var f in found)
        {
            if (QuoteFor(quotes, reach, f.Attribution.Content) is { } index)
                linked.Add(index);
        }
        for (var q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            if (quote.Kind is not (QuoteKind.Direct or QuoteKind.Mixed) || linked.Contains(q))
                continue;
            var entry = quote.Cue is { } quoteCue ? EntryFor(quoteCue.Lemma) : Quoted;
            var frame = quote.Span;
            if (quote.SpeakerMention is { } m)
                frame = Union(frame, m.Span);
            if (quote.Cue is { } c)
                frame = Union(frame, c.Span);
            found.Add(new Found(new Attribution(quote.Span, quote.SpeakerMention?.Span, quote.Cue?.Span, entry, false, quote.Speaker is null), frame));
        }
        if (found.Count == 0)
            return;

        var resolver = new SourceResolver(_lexicons, _quoteLexicons, text);
        var quoteMentions = new List<TextSpan>();
        foreach (var quote in quotes)
        {
            if (quote.SpeakerMention is { } m)
                quoteMentions.Add(m.Span);
        }
        var mentions = resolver.ResolveAll(found.Select(static f => f.Attribution.Source).ToArray(), quoteMentions);
        var reference = context.ReferenceDate;
        var numbers = new List<NumberMention>();
        var claims = new List<Claim>(found.Count);
        // Claims of one sentence share its frame: scan each frame once, so a run-on "sentence" with
        // thousands of cues stays linear.
        var frames = new Dictionary<TextSpan, (ImmutableArray<Hedge> Hedges, ImmutableArray<DateMention> Dates)>();
        for (var i = 0; i < found.Count; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var (attribution, sentence) = found[i];
            var mention = mentions[i];
            var frame = Bound(Union(sentence, attribution.Content));
            if (!frames.TryGetValue(frame, out var scanned))
            {
                hedgeScratch.Clear();
                _hedges.Scan(text, frame, hedgeScratch);
                var dateList = new List<DateMention>();
                _dates.Scan(text, frame, reference, dateList);
                frames[frame] = scanned = ([.. hedgeScratch], [.. dateList]);
            }
            var dates = scanned.Dates;
            numbers.Clear();
            _numbers.Scan(text, Bound(attribution.Content), numbers);
            numbers.RemoveAll(n => dates.Any(d => d.Span.Overlaps(n.Span)));

            Cue? cue = attribution.Cue is { } cueSpan ? new Cue(cueSpan, text.Substring(cueSpan.Start, cueSpan.Length), attribution.Entry.Lemma) : null;
            // A claim that is a quotation takes the quote's speaker: one resolution for both.
            var quoteIndex = QuoteFor(quotes, reach, attribution.Content);
            if (quoteIndex is { } qi && quotes[qi].Kind is QuoteKind.Direct or QuoteKind.Mixed && quotes[qi].SpeakerMention is { } quoteMention)
                mention = quoteMention;
            claims.Add(new Claim(
                attribution.Content,
                text.Substring(attribution.Content.Start, attribution.Content.Length),
                attribution.Implicit ? null : mention?.Speaker,
                attribution.Implicit ? null : mention,
                attribution.Implicit || mention is null ? SourceKind.Implicit : SourceKind.Explicit,
                cue,
                StanceClassifier.Classify(attribution.Entry, attribution.Negated, text.AsSpan(attribution.Content.Start, attribution.Content.Length)),
                scanned.Hedges,
                dates,
                [.. numbers],
                quoteIndex));
        }
        // A quotation is one claim: where several claims overlap one quote, the closest fit keeps the link.
        foreach (var group in Enumerable.Range(0, claims.Count).Where(i => claims[i].QuoteIndex is not null).GroupBy(i => claims[i].QuoteIndex!.Value))
        {
            var span = quotes[group.Key].Span;
            var best = group.MaxBy(i => Fit(claims[i].Span, span));
            foreach (var i in group)
            {
                if (i != best)
                    claims[i] = claims[i] with { QuoteIndex = null };
            }
        }
        claims.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        context.Claims.AddRange(claims);
    }

    /// <summary>The headline's span in the text when it stands there before the body (plain-text dumps), else null.</summary>
    private static TextSpan? HeadlineSpan(ParseContext context)
    {
        if (string.IsNullOrWhiteSpace(context.Headline))
            return null;
        var limit = context.Body.Count > 0 ? context.Body[0].Span.Start : context.Text.Length;
        if (limit < context.Headline.Length)
            return null;
        var at = context.Text.AsSpan(0, limit).IndexOf(context.Headline.AsSpan(), StringComparison.Ordinal);
        return at < 0 ? null : new TextSpan(at, context.Headline.Length);
    }

    /// <summary>Whether most longer words are capitalised ("Trump Says He Never Pledged To ..."), so a capital is no sign of a name.</summary>
    private static bool IsTitleCase(string text, List<Token> tokens)
    {
        int words = 0, capitals = 0;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word || token.Length < 4)
                continue;
            words++;
            if (char.IsUpper(text[token.Start]))
                capitals++;
        }
        return words >= 3 && capitals * 4 >= words * 3;
    }

    /// <summary>The entry for a quotation whose cue the quote stage found without one of ours.</summary>
    private static readonly CueEntry Quoted = new("say", Stance.Asserts, Stance.NotAttributed, CueFrame.Say, 1);

    private CueEntry EntryFor(string lemma) =>
        _lexicons.TryGetCue(lemma, out var entry) ? entry : Quoted with { Lemma = lemma };

    /// <summary>
    /// For quotes in text order, the furthest end of any quote up to each index (a running maximum), so the quotes
    /// that can overlap a span are found by two binary searches, not a scan of every quote per claim (which was
    /// quadratic in article length). Null when the quotes are not in text order: then every quote is scanned.
    /// </summary>
    private static int[]? QuoteReach(List<Quote> quotes)
    {
        var reach = new int[quotes.Count];
        var furthest = 0;
        for (var q = 0; q < quotes.Count; q++)
        {
            if (q > 0 && quotes[q].Span.Start < quotes[q - 1].Span.Start)
                return null;
            furthest = Math.Max(furthest, quotes[q].Span.End);
            reach[q] = furthest;
        }
        return reach;
    }

    /// <summary>The quotation a claim is: the direct, mixed or partial quote sharing the most text with its content.</summary>
    private static int? QuoteFor(List<Quote> quotes, int[]? reach, TextSpan content)
    {
        int? best = null;
        var bestShared = 0;
        int first = 0, last = quotes.Count;
        if (reach is not null)
        {
            // Quotes before 'first' all end at or before the content starts; from 'last' on they start after it ends.
            first = LowerBound(reach.Length, q => reach[q] > content.Start);
            last = LowerBound(quotes.Count, q => quotes[q].Span.Start >= content.End);
        }
        for (var q = first; q < last; q++)
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

    /// <summary>The first index in [0, count) where a monotone predicate holds, or count.</summary>
    private static int LowerBound(int count, Func<int, bool> holds)
    {
        int low = 0, high = count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (holds(middle))
                high = middle;
            else
                low = middle + 1;
        }
        return low;
    }

    /// <summary>
    /// Longest span scanned for hedges, dates and numbers: far beyond any real sentence, and a bound that keeps
    /// malformed run-on text (no sentence ends, thousands of cues) from costing time per claim and character.
    /// </summary>
    private const int MaxScanChars = 2000;

    private static TextSpan Bound(TextSpan span) => span.Length <= MaxScanChars ? span : new TextSpan(span.Start, MaxScanChars);

    /// <summary>Shared characters over the union of two spans: 1 for the same span.</summary>
    private static double Fit(TextSpan a, TextSpan b)
    {
        var shared = Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));
        var union = Math.Max(a.End, b.End) - Math.Min(a.Start, b.Start);
        return union == 0 ? 0 : (double)shared / union;
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
    /// <summary>
    /// The lexicon's stance for the cue, or its negated stance. A demand whose content is a question
    /// ("asked whether ...") doubts rather than demands.
    /// </summary>
    public static Stance Classify(CueEntry cue, bool negated, ReadOnlySpan<char> content)
    {
        if (negated)
            return cue.NegatedStance;
        if (cue.Stance == Stance.Demands && (StartsWithWord(content, "whether") || StartsWithWord(content, "if")))
            return Stance.Doubts;
        return cue.Stance;
    }

    private static bool StartsWithWord(ReadOnlySpan<char> text, string word) =>
        text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[word.Length]));
}
