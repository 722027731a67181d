using System.Collections.Immutable;
using NewsParsing.Internal;
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
        _dates = new DateExpressionScanner(_lexicons.Months, _lexicons.Weekdays, _lexicons.TimeWords);
    }

    /// <summary>An attribution with the sentence it was found in (its frame for dates and hedges).</summary>
    private readonly record struct Found(Attribution Attribution, TextSpan Sentence);

    public void Run(ParseContext context)
    {
        if (!context.Options.ExtractClaims)
            return;
        var text = context.Text;
        // The lists below are the thread's, emptied, from the run before: a parse does not grow its own from empty.
        using var spare = ClaimScratch.Take();
        var tokens = spare.Tokens;
        var sentences = spare.Sentences;
        // Sized for a claim every few sentences so the list of large records rarely grows; pooled, as are the arrays
        // below sized by it, since on a long article they pass the large-object-heap threshold.
        using var found = new PooledList<Found>(text.Length / 128 + 8);
        var scratch = spare.Attributions;
        var frameScratch = spare.Frames;
        var hedgeScratch = spare.Hedges;
        var hints = spare.Hints;

        // Headlines attribute too ("Trump Says He Never Pledged ...", "Newspaper: Defense secretary used ..."); the
        // headline is scanned where it stands in the text before the body.
        if (HeadlineSpan(context) is { } headline)
        {
            tokens.Clear();
            SentenceTokenizer.Tokenize(text, headline.Start, headline.End, _lexicons, tokens);
            // Its hints spare the headline's claims a scan of every word for hedges, dates and numbers. It stands
            // before the body, so the blocks stay in text order.
            hints.AddBlock(headline, tokens);
            if (tokens.Count > 0)
            {
                scratch.Clear();
                _attributions.Scan(text, tokens, 0, tokens.Count, scratch, frameScratch, IsTitleCase(text, tokens));
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
            SentenceTokenizer.Tokenize(text, block.Span.Start, block.Span.End, _lexicons, tokens);
            SentenceTokenizer.Split(text, tokens, sentences);
            hints.AddBlock(block.Span, tokens);
            Found? previous = null;
            foreach (var (first, end) in sentences)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (end <= first)
                    continue;
                var sentence = TextSpan.FromBounds(tokens[first].Start, tokens[end - 1].End);
                scratch.Clear();
                _attributions.Scan(text, tokens, first, end, scratch, frameScratch);
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
                if (!ScanHedges(hints, text, sentence, hedgeScratch))
                    continue;
                if (HasOneWordLyHedge(hedgeScratch))
                {
                    var hedge = FirstLyHedge(hedgeScratch);
                    var entry = new CueEntry(hedge.Text.ToLowerInvariant(), Stance.Asserts, Stance.NotAttributed, CueFrame.Say, 1);
                    found.Add(new Found(new Attribution(Trim(text, sentence), null, hedge.Span, entry, false, true), sentence));
                }
            }
        }
        // Every direct or mixed quotation is a claim: the quote stage found some the scanner did not.
        var quotes = context.Quotes;
        var byStart = new QuotesByStart(quotes);
        using var linkedList = PooledList<bool>.OfDefaults(quotes.Count);
        var linked = linkedList.AsSpan();
        // The quotation each attribution found so far is, kept for building its claim below.
        using var quoteFor = PooledList<int?>.OfDefaults(found.Count);
        for (var i = 0; i < quoteFor.Count; i++)
        {
            quoteFor[i] = byStart.QuoteFor(found[i].Attribution.Content);
            if (quoteFor[i] is { } index)
                linked[index] = true;
        }
        for (var q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            if (quote.Kind is not (QuoteKind.Direct or QuoteKind.Mixed) || linked[q])
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

        using var resolver = new SourceResolver(_lexicons, _quoteLexicons, text);
        var quoteMentions = spare.QuoteMentions;
        foreach (var quote in quotes)
        {
            if (quote.SpeakerMention is { } m)
                quoteMentions.Add(m.Span);
        }
        using var sources = PooledList<TextSpan?>.OfDefaults(found.Count);
        for (var i = 0; i < found.Count; i++)
            sources[i] = found[i].Attribution.Source;
        using var mentions = PooledList<SpeakerMention?>.OfDefaults(found.Count);
        resolver.ResolveAll(sources.AsSpan(), quoteMentions, mentions.AsSpan());
        var reference = context.ReferenceDate;
        var numbers = spare.Numbers;
        var dateScratch = spare.Dates;
        // Built straight into the context's list while it is empty (this stage is the only one that adds claims), so a
        // long article's claims are not copied from a list of our own once more.
        var claims = context.Claims.Count == 0 ? context.Claims : new List<Claim>(found.Count);
        claims.EnsureCapacity(found.Count);
        // Claims of one sentence share its frame and come one after another: scan a frame once for the run of claims
        // that share it, so a run-on "sentence" with thousands of cues stays linear.
        TextSpan? lastFrame = null;
        (ImmutableArray<Hedge> Hedges, ImmutableArray<DateMention> Dates) scanned = default;
        for (var i = 0; i < found.Count; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var (attribution, sentence) = found[i];
            var mention = mentions[i];
            var frame = Bound(Union(sentence, attribution.Content));
            if (lastFrame != frame)
            {
                lastFrame = frame;
                hedgeScratch.Clear();
                ScanHedges(hints, text, frame, hedgeScratch);
                dateScratch.Clear();
                if (hints.TryGetDateCandidates(text, frame, out var dateCandidates))
                    _dates.Scan(text, frame, reference, dateScratch, dateCandidates);
                else
                    _dates.Scan(text, frame, reference, dateScratch);
                scanned = ([.. hedgeScratch], [.. dateScratch]);
            }
            var dates = scanned.Dates;
            numbers.Clear();
            if (hints.TryGetNumberCandidates(text, Bound(attribution.Content), out var numberCandidates))
                _numbers.Scan(text, Bound(attribution.Content), numbers, numberCandidates);
            else
                _numbers.Scan(text, Bound(attribution.Content), numbers);
            RemoveDateParts(numbers, dates);

            Cue? cue = attribution.Cue is { } cueSpan ? new Cue(cueSpan, context.SliceString(cueSpan), attribution.Entry.Lemma) : null;
            // A claim that is a quotation takes the quote's speaker: one resolution for both.
            var quoteIndex = i < quoteFor.Count ? quoteFor[i] : byStart.QuoteFor(attribution.Content);
            if (quoteIndex is { } qi && quotes[qi].Kind is QuoteKind.Direct or QuoteKind.Mixed && quotes[qi].SpeakerMention is { } quoteMention)
                mention = quoteMention;
            claims.Add(new Claim(
                attribution.Content,
                context.SliceString(attribution.Content),
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
        KeepClosestQuoteLinks(claims, quotes);
        claims.Sort(ClaimOrder.Instance);
        if (!ReferenceEquals(claims, context.Claims))
            context.Claims.AddRange(claims);
    }

    /// <summary>
    /// Adds the hedges in <paramref name="range"/> to <paramref name="found"/>, trying only the words the hints leave
    /// (all of them where the hints do not cover the range); returns whether any word was tried.
    /// </summary>
    private bool ScanHedges(ScanHints hints, string text, TextSpan range, List<Hedge> found)
    {
        if (!hints.TryGetHedgeCandidates(text, range, out var candidates))
            _hedges.Scan(text, range, found);
        else if (candidates.IsEmpty)
            return false;
        else
            _hedges.Scan(text, range, found, candidates);
        return true;
    }

    /// <summary>
    /// A quotation is one claim: where several claims link one quote, the closest fit keeps the link (the first
    /// in claim order on a tie) and the others lose it.
    /// </summary>
    private static void KeepClosestQuoteLinks(List<Claim> claims, List<Quote> quotes)
    {
        if (quotes.Count == 0)
            return;
        // Pooled: on a long article these are as long as the quote list.
        using var bestList = PooledList<int>.OfDefaults(quotes.Count);
        using var bestFitList = PooledList<double>.OfDefaults(quotes.Count);
        var best = bestList.AsSpan();
        var bestFit = bestFitList.AsSpan();
        best.Fill(-1);
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i].QuoteIndex is not { } q)
                continue;
            var fit = Fit(claims[i].Span, quotes[q].Span);
            if (best[q] < 0 || fit > bestFit[q])
            {
                best[q] = i;
                bestFit[q] = fit;
            }
        }
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i].QuoteIndex is { } q && best[q] != i)
                claims[i] = claims[i] with { QuoteIndex = null };
        }
    }

    /// <summary>Claims in text order: by start, then end. A shared instance, so sorting allocates no delegate.</summary>
    private sealed class ClaimOrder : IComparer<Claim>
    {
        public static readonly ClaimOrder Instance = new();

        public int Compare(Claim? a, Claim? b) =>
            a!.Span.Start != b!.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End);
    }

    /// <summary>Whether a hedge of one word ends in "-ly" ("reportedly", "allegedly"): the article's own hedge on a statement.</summary>
    private static bool HasOneWordLyHedge(List<Hedge> hedges)
    {
        foreach (var hedge in hedges)
        {
            if (hedge.Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !hedge.Text.Contains(' '))
                return true;
        }
        return false;
    }

    /// <summary>The first hedge ending in "-ly" (one word or not, as the claim's cue).</summary>
    private static Hedge FirstLyHedge(List<Hedge> hedges)
    {
        foreach (var hedge in hedges)
        {
            if (hedge.Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
                return hedge;
        }
        throw new InvalidOperationException("No hedge ends in -ly.");
    }

    /// <summary>Drops the numbers that are part of a date ("March 14, 2025" holds no count of 14).</summary>
    private static void RemoveDateParts(List<NumberMention> numbers, ImmutableArray<DateMention> dates)
    {
        if (dates.IsEmpty)
            return;
        var kept = 0;
        for (var n = 0; n < numbers.Count; n++)
        {
            var overlaps = false;
            foreach (var date in dates)
            {
                if (date.Span.Overlaps(numbers[n].Span))
                {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps)
                numbers[kept++] = numbers[n];
        }
        numbers.RemoveRange(kept, numbers.Count - kept);
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
    /// The quotes ordered by start, with the furthest end of any quote up to each position (a running maximum), so
    /// the quotes that can overlap a span are found by two binary searches, not a scan of every quote per claim
    /// (quadratic in article length). The quote stage lists quotes mostly, not always, in text order. Scare and
    /// headline quotes are never a claim's quotation and are left out, so a long one does not widen every search.
    /// </summary>
    private sealed class QuotesByStart
    {
        private readonly List<Quote> _quotes;
        private readonly int[] _order;
        private readonly int[] _starts;
        private readonly int[] _reach;

        /// <summary>The last answers of the searches in <see cref="_reach"/> and <see cref="_starts"/>.</summary>
        private int _firstHint, _lastHint;

        public QuotesByStart(List<Quote> quotes)
        {
            _quotes = quotes;
            var count = 0;
            foreach (var quote in quotes)
            {
                if (CanBeClaim(quote))
                    count++;
            }
            _order = new int[count];
            _starts = new int[count];
            count = 0;
            for (var q = 0; q < quotes.Count; q++)
            {
                if (!CanBeClaim(quotes[q]))
                    continue;
                _order[count] = q;
                _starts[count++] = quotes[q].Span.Start;
            }
            Array.Sort(_starts, _order);
            _reach = new int[count];
            var furthest = 0;
            for (var k = 0; k < _order.Length; k++)
            {
                furthest = Math.Max(furthest, quotes[_order[k]].Span.End);
                _reach[k] = furthest;
            }
        }

        /// <summary>
        /// The quotation a claim is: the direct, mixed or partial quote sharing the most text with its content (the
        /// first in the quote list on a tie).
        /// </summary>
        public int? QuoteFor(TextSpan content)
        {
            int? best = null;
            var bestShared = 0;
            // Quotes before 'first' all end at or before the content starts; from 'last' on they start at or after its end.
            var first = AscendingSearch.FirstAbove(new AscendingSearch.Array(_reach), content.Start, ref _firstHint);
            var last = AscendingSearch.FirstAbove(new AscendingSearch.Array(_starts), content.End - 1, ref _lastHint);
            for (var k = first; k < last; k++)
            {
                var q = _order[k];
                var quote = _quotes[q];
                if (!quote.Span.Overlaps(content))
                    continue;
                var shared = Math.Min(quote.Span.End, content.End) - Math.Max(quote.Span.Start, content.Start);
                // The quote must be most of the claim or the claim most of the quote.
                if (shared * 2 < Math.Min(quote.Span.Length, content.Length) || shared <= 0)
                    continue;
                if (best is { } b && (shared < bestShared || shared == bestShared && q > b))
                    continue;
                best = q;
                bestShared = shared;
            }
            return best;
        }

        private static bool CanBeClaim(Quote quote) => quote.Kind is not (QuoteKind.Scare or QuoteKind.Headline);
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
