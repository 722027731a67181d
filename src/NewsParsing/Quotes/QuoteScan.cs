using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NewsParsing.Internal;
using NewsParsing.Model;
using NewsParsing.Pipeline;

namespace NewsParsing.Quotes;

/// <summary>
/// The state of quote extraction over one article, block by block in reading order. Holds the scratch
/// lists (reused for every block) and what carries across sentences: the last attribution, for a quote
/// continued after it ("…," Trump wrote. "I have …"), and a pending "X said:" that introduces the next quote.
/// <see cref="Dispose"/> returns the pooled drafts and mentions.
/// </summary>
internal sealed partial class QuoteScan : IDisposable
{
    /// <summary>Most tokens between a quote and its trailing cue ("…," Sarah Warbelow, legal director for the rights group Human Rights Campaign, said).</summary>
    private const int MaxTrailingTokens = 24;

    /// <summary>
    /// Most tokens searched on either side of a quote for the cue of reported speech. Real clauses are far shorter;
    /// without a bound, a run-on "sentence" of thousands of quotes would make the search quadratic.
    /// </summary>
    private const int MaxClauseTokens = 150;

    /// <summary>A quote alone in its sentence with no speaker in reach is kept as direct when at least this long.</summary>
    private const int MinUnattributedDirectWords = 5;

    /// <summary>Most words between an attribution and the quote it continues ("…," she told Hewitt on Thursday, "…").</summary>
    private const int MaxContinuationGap = 20;

    /// <summary>Most tokens before a trailing speaker's name ("…," former Bush speechwriter Noam Neusner wrote).</summary>
    private const int MaxLeadInTokens = 6;

    /// <summary>Most words between a leading cue and the mark of its quote ("told the Reuters news agency simply, …").</summary>
    private const int MaxLeadingCueWords = 6;

    /// <summary>Most tokens of a name introducing a quote with a colon ("Gerald F. Seib, The Wall Street Journal:").</summary>
    private const int MaxColonNameTokens = 10;

    /// <summary>Fewest quoted words that make a reported clause mixed rather than partial ("nothing will work out").</summary>
    private const int MinMixedQuoteWords = 4;

    /// <summary>Most tokens between an outer cue and the source of a cue nested in its complement ("added that Putin").</summary>
    private const int MaxNestingGap = 3;

    /// <summary>Most words between a relative pronoun and its cue ("who in 2010 said", "who has repeatedly said").</summary>
    private const int MaxRelativeGap = 4;

    /// <summary>Most lower-case words after the first phrase of an opening adverbial ("Eight years ago, he …").</summary>
    private const int MaxOpeningWords = 4;

    /// <summary>An introduction's cue stands among its last this many tokens ("X agreed.", "he said, adding:").</summary>
    private const int IntroductionCueTokens = 4;

    /// <summary>Runs of non-white characters in the tail of a sentence read for <see cref="TryLastIntroductionCue"/>: more than its tokens and the one before.</summary>
    private const int TailRuns = IntroductionCueTokens + 2;

    /// <summary>Most sentences searched back for the speaker of reported speech that names none ("Das Virus sei „…“").</summary>
    private const int MaxReportedLookback = 3;

    private const string ClosingMarks = "\"'\u201D\u2019\u201C\u00BB\u00AB\u203A";

    /// <summary>Closing marks with the spaces between nested ones (`… 'above the president,' "`).</summary>
    private const string ClosingMarksAndSpace = ClosingMarks + " \u00A0";

    private readonly ParseContext _context;
    private readonly string _text;
    private readonly QuoteLexicons _lexicons;
    private readonly SpeakerResolver _resolver;
    private readonly MentionChain _chain;
    /// <summary>Above this many tokens the token list is not kept for the next scan (a run-on sentence of a long text).</summary>
    private const int MaxSpareTokens = 4096;

    /// <summary>
    /// The scratch lists of the last scan on this thread, kept for the next: new lists would grow from empty through
    /// every size to the longest sentence's tokens on every parse (allocation that is no part of the model). A scan
    /// takes them and gives them back when disposed, so a second scan on the thread meanwhile makes its own.
    /// </summary>
    [ThreadStatic]
    private static Scratch? t_spare;

    private readonly Scratch _scratch;
    private readonly List<QuoteSegment> _segments;
    private readonly List<TextSpan> _sentences;
    private readonly List<Token> _tokens;
    private readonly PooledList<Draft> _drafts;
    private readonly List<TextSpan> _lookbackSentences;
    private Attribution? _last;
    private int _lastSentence;
    private Attribution? _colon;
    private int _blockIndex = -1;
    private int _sentenceMention = -1;
    private TextSpan? _previousBlock;
    private TextSpan? _nextBlock;
    private int _sentenceIndex;
    private int _reportedBlock = -1;
    private int _reportedSentence = -1;
    private Attribution? _reportedSpeaker;

    /// <summary>The last speaker given to a quote of sentence <see cref="_spokenSentence"/> in block <see cref="_spokenBlock"/>.</summary>
    private Attribution? _spoken;
    private int _spokenBlock = -1;
    private int _spokenSentence = -1;

    /// <summary>The last sentence with quotes (block and index), and how many sentences the block before had.</summary>
    private int _quotedBlock = -1;
    private int _quotedSentence = -1;
    private int _previousSentenceCount;

    public QuoteScan(ParseContext context, QuoteLexicons lexicons, SpeakerResolver resolver)
    {
        _context = context;
        _text = context.Text;
        _lexicons = lexicons;
        _resolver = resolver;
        _scratch = t_spare ?? new Scratch();
        t_spare = null;
        (_segments, _sentences, _tokens, _lookbackSentences) = (_scratch.Segments, _scratch.Sentences, _scratch.Tokens, _scratch.LookbackSentences);
        _chain = new MentionChain(context.Text, lexicons);
        // About one quotation per few hundred characters of news text: sized so the list rarely grows.
        _drafts = new PooledList<Draft>(context.Text.Length / 128 + 8);
    }

    /// <summary>Who said it and through which cue; <see cref="Mention"/> is -1 when no speaker was found.</summary>
    private readonly record struct Attribution(int Mention, TextSpan? Cue, string? Lemma, TextSpan? Via, int Block);

    /// <summary>
    /// Whose words a cue introduces: a phrase to resolve, or a mention already made in this sentence. <see cref="At"/>
    /// is where the mention is written when that is not the phrase itself (a relative pronoun: "McConnell, who said").
    /// </summary>
    private readonly record struct Source(SpeakerPhrase Phrase, int Mention = -1, TextSpan? At = null);

    private readonly record struct Draft(TextSpan Span, QuoteKind Kind, Attribution? Attribution, ImmutableArray<TextSpan> Quoted = default);

    /// <summary>The lists a scan fills and clears block by block and sentence by sentence.</summary>
    private sealed class Scratch
    {
        public readonly List<QuoteSegment> Segments = [];
        public readonly List<TextSpan> Sentences = [];
        public readonly List<Token> Tokens = [];
        public readonly List<TextSpan> LookbackSentences = [];
    }

    /// <summary>Quotes in a headline or subheading: kind <see cref="QuoteKind.Headline"/>, no speaker invented.</summary>
    public void ScanHeadline(TextSpan span)
    {
        _previousBlock = null;
        if (!ReadSegments(span, next: null))
            return;
        foreach (var segment in _segments)
            _drafts.Add(new Draft(TextSpan.FromBounds(segment.Start, segment.End), QuoteKind.Headline, null));
    }

    public void ScanBlock(TextSpan block, TextSpan? next)
    {
        if (_blockIndex < 0)
            _chain.BodyStart = block.Start;
        _blockIndex++;
        _nextBlock = next;
        var hasQuotes = ReadSegments(block, next);
        _sentences.Clear();
        if (!hasQuotes)
        {
            // Only an introduction ("He said:") matters in a block with no quote.
            _colon = null;
            if (_text[block.End - 1] == ':' && next is { } following && OpensWithMark(following))
            {
                SentenceScanner.Split(_text, block.Start, block.End, [], _lexicons, _sentences);
                _colon = ReadColonIntroduction(_sentences[^1]);
            }
            _previousBlock = block;
            return;
        }
        SentenceScanner.Split(_text, block.Start, block.End, CollectionsMarshal.AsSpan(_segments), _lexicons, _sentences);
        var covered = -1;
        var segment = 0;
        for (var s = 0; s < _sentences.Count; s++)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            var sentence = _sentences[s];
            _sentenceIndex = s;
            // WordScanner emits a quote token only for a quotation that opens inside the sentence: a sentence where none
            // opens has no quote to attribute, and its tokens are needed, if at all, for an introduction.
            while (segment < _segments.Count && _segments[segment].End <= sentence.Start)
                segment++;
            var following = s + 1 < _sentences.Count ? _sentences[s + 1] : next;
            if (segment >= _segments.Count || _segments[segment].Start < sentence.Start || _segments[segment].Start >= sentence.End)
            {
                // An introduction only matters to a quote opening the next sentence or block; most sentences skip the work.
                _colon = following is { } f && OpensWithMark(f) ? ReadColonIntroduction(sentence) : null;
                continue;
            }
            WordScanner.Tokenize(_text, sentence, CollectionsMarshal.AsSpan(_segments), _lexicons, _tokens);
            var floor = 0;
            _sentenceMention = -1;
            for (var t = 0; t < _tokens.Count; t++)
            {
                if (_tokens[t].Kind != TokenKind.Quote || _tokens[t].Start < covered)
                    continue;
                var drafts = _drafts.Count;
                var end = ReadQuote(t, ref floor, s == 0 && t == 0);
                covered = Math.Max(covered, end);
                _quotedBlock = _blockIndex;
                _quotedSentence = s;
                if (_drafts.Count > drafts && _drafts[^1].Attribution is { Mention: >= 0 } spoken)
                {
                    _spoken = spoken;
                    _spokenBlock = _blockIndex;
                    _spokenSentence = s;
                }
            }
            // A sentence holding a quotation introduces none (see ReadColonIntroduction).
            _colon = null;
        }
        _previousBlock = block;
        _previousSentenceCount = _sentences.Count;
    }

    public void Dispose()
    {
        _drafts.Dispose();
        _chain.Dispose();
        _segments.Clear();
        _sentences.Clear();
        _tokens.Clear();
        _lookbackSentences.Clear();
        if (_tokens.Capacity <= MaxSpareTokens)
            t_spare = _scratch;
    }

    /// <summary>Builds the quotes and adds them to the context in text order.</summary>
    public void Complete()
    {
        _chain.Freeze();
        // Drafts come nearly always in text order; only then (no two starting together) is sorting skipped, as it would
        // change nothing.
        if (!StrictlyInTextOrder(_drafts.AsSpan()))
            _drafts.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        // A continued quote carries its attribution's outlet again: its name is read once.
        (TextSpan Span, string Name)? lastVia = null;
        foreach (var draft in _drafts.AsSpan())
        {
            SpeakerMention? mention = null;
            Cue? cue = null;
            string? via = null;
            if (draft.Attribution is { } attribution)
            {
                mention = attribution.Mention >= 0 ? _chain.GetMention(attribution.Mention) : null;
                if (attribution.Cue is { } cueSpan)
                    cue = new Cue(cueSpan, _context.SliceString(cueSpan), attribution.Lemma ?? "");
                if (attribution.Via is { } viaSpan)
                {
                    via = lastVia is { } known && known.Span == viaSpan ? known.Name : _chain.DisplayName(viaSpan);
                    lastVia = (viaSpan, via);
                }
            }
            var quoted = draft.Kind == QuoteKind.Direct ? [draft.Span] : draft.Quoted.IsDefault ? [] : draft.Quoted;
            _context.Quotes.Add(new Quote(draft.Span, _context.SliceString(draft.Span), draft.Kind, mention?.Speaker, mention, cue, via) { Quoted = quoted });
        }
    }

    private static bool StrictlyInTextOrder(ReadOnlySpan<Draft> drafts)
    {
        for (var i = 1; i < drafts.Length; i++)
        {
            if (drafts[i].Span.Start <= drafts[i - 1].Span.Start)
                return false;
        }
        return true;
    }

    /// <summary>Reads the block's quotations into <see cref="_segments"/>, with diagnostics for long or unbalanced ones.</summary>
    private bool ReadSegments(TextSpan block, TextSpan? next)
    {
        _segments.Clear();
        var text = _text.AsSpan();
        var first = text[block.Start..block.End].IndexOfAny(QuoteMarkScanner.Marks);
        if (first < 0)
            return false;
        // The scanner starts at the first mark: it reads the characters around a mark from the whole text, so the
        // text before it, which holds no mark, need not be searched again.
        var scanner = new QuoteMarkScanner(text, block.Start + first, block.End);
        while (scanner.MoveNext())
        {
            var segment = scanner.Current;
            var span = TextSpan.FromBounds(segment.Start, segment.End);
            if (segment.End - segment.Start > _context.Options.MaxQuoteChars)
            {
                _context.Diagnose(DiagnosticCode.QuoteTooLong, DiagnosticSeverity.Warning,
                    $"A quotation of {span.Length} characters exceeds MaxQuoteChars ({_context.Options.MaxQuoteChars}); it was not taken as a quote.", span);
                continue;
            }
            // A quote running on into a paragraph that opens with a mark is the multi-paragraph convention, not an error.
            if (!segment.Closed && !(next is { } following && OpensWithMark(following)))
            {
                _context.Diagnose(DiagnosticCode.UnbalancedQuote, DiagnosticSeverity.Warning,
                    "A quotation mark has no partner; the quote was closed at the end of its paragraph.", span);
            }
            if (segment.InnerEnd > segment.InnerStart)
                _segments.Add(segment);
        }
        return _segments.Count > 0;
    }

    private bool OpensWithMark(TextSpan block) =>
        block.Length > 1 && _text[block.Start] is '"' or '\u201C' or '\u201E' or '\u00AB' or '\u00BB' or '\u2018' or '\'';

    /// <summary>Attributes the quote at token <paramref name="t"/>; returns the end of the text it covers.</summary>
    private int ReadQuote(int t, ref int floor, bool opensBlock)
    {
        var quote = _tokens[t];
        var span = quote.Span;
        // A name or title in quote marks after a word of its sentence (`on Fox News' "Sunday Morning Futures," Issa
        // said`, `die Zeitung „Die Welt“`) is not quoted speech.
        var named = IsTitleLike(quote);
        if (named && t > floor && _tokens[t - 1].Kind == TokenKind.Word)
        {
            if (TryFrame(t, floor, out var framed, out var frame))
            {
                _drafts.Add(new Draft(framed, QuoteKind.Partial, frame, []));
                return framed.End;
            }
            if (TryNameInReportedClause(t, floor, out var reportedEnd))
                return reportedEnd;
            if (!IsCueBefore(t))
            {
                if (TryNamedJudgement(t, floor, out var judged))
                    return judged;
                if (TryReportedName(t, floor, out var reported))
                    return reported;
                _drafts.Add(new Draft(span, QuoteKind.Scare, null));
                return quote.End;
            }
        }
        // A lower-case quote after words of its own sentence is part of reported speech, not an utterance.
        Attribution attribution;
        // The quote's own end is asked first: it is cheaper than the search for a leading cue, and decides as often.
        if (EndsUtterance(t) && (StartsUtterance(quote) || OnlyPunctuationBetween(floor, t) || !HasLeadingCue(t, floor))
            && (TryTrailing(t, out attribution, out var after) || TryTrailingQuotedSource(t, out attribution, out after)))
        {
            // A name in quote marks inside the attribution ("Bill Eastland, wearing "Ted Cruz" pins, said") or as its
            // source (`„…“, schrieb die „Abendpost“`) is covered: it is no quote of its own.
            var covers = Math.Max(quote.End, _tokens[after - 1].End);
            if (TryAddTrailingClause(t, floor, attribution))
            {
                floor = after;
                return covers;
            }
            AddDirect(span, attribution);
            floor = after;
            return covers;
        }
        if (TryContinuation(t, floor, out attribution) || StartsUtterance(quote) && !RunsOn(t) && TryLeading(t, floor, out attribution))
        {
            AddDirect(span, attribution);
            floor = t + 1;
            return quote.End;
        }
        if (IsAlone(t))
        {
            if (_colon is { } colon)
            {
                AddDirect(span, colon);
                return quote.End;
            }
            if (_last is { } last && (last.Block == _blockIndex || opensBlock && last.Block == _blockIndex - 1))
            {
                // Continued after its attribution, in this paragraph or as the next one: one speaker and one cue
                // (`"…," Carson continued.` then a paragraph `"Even under …"`: the annotated relation spans both).
                // A sentence of the writer's own between them (`"…," says Roloson. Roloson supports Clinton. "I'm …"`)
                // ends the relation: the same speaker, but a quote of its own.
                AddDirect(span, last.Block == _blockIndex && _lastSentence < _sentenceIndex - 1 ? last with { Cue = null, Lemma = null, Via = null } : last);
                return quote.End;
            }
            if (TryDashByline(out var byline))
            {
                AddDirect(span, byline);
                return quote.End;
            }
            if (TryPreviousSentenceSpeaker(opensBlock, out var previous))
            {
                AddDirect(span, previous);
                return quote.End;
            }
            if (Segmentation.TextSpans.CountWords(_text.AsSpan(span.Start, span.Length), MinUnattributedDirectWords) >= MinUnattributedDirectWords)
            {
                _drafts.Add(new Draft(span, QuoteKind.Direct, null));
                return quote.End;
            }
        }
        if (floor == 0 && !named && TryNounFrame(t, out var framedContent, out attribution))
            return AddNounFrame(t, framedContent, attribution);
        if (TryEmbedded(t, floor, out var content, out attribution, out var quotedWords))
        {
            if (TryAddNamedWords(t, content, attribution))
                return content.End;
            if (IsColonUtterance(t, floor))
            {
                AddDirect(span, attribution);
                return quote.End;
            }
            AddReported(content, attribution, quotedWords);
            return content.End;
        }
        if (TryColonQuote(t, floor, out attribution))
        {
            AddDirect(span, attribution);
            return quote.End;
        }
        if (!named && TryReportedSpeech(t, floor, out content, out attribution, out quotedWords))
        {
            AddReported(content, attribution, quotedWords);
            return content.End;
        }
        _drafts.Add(new Draft(span, QuoteKind.Scare, null));
        return quote.End;
    }

    /// <summary>
    /// Whether a cue with its subject right before it ends at token <paramref name="t"/> - 1 (`Some chanted "USA! USA!"`,
    /// `who she dubbed "Mr. P"`): the capitalised words are then what was said, not a title (`a film called "Familias"`).
    /// </summary>
    private bool IsCueBefore(int t)
    {
        for (var j = t - 1; j >= 1 && j >= t - 2 && _tokens[j].Kind == TokenKind.Word; j--)
        {
            if (!CueMatcher.TryMatch(_text, _tokens, j, _lexicons, out var cue) || cue.Last != t - 1 || cue.QuoteOnly)
                continue;
            if (_tokens[j - 1].Kind != TokenKind.Word)
                return false;
            var subject = WordAt(j - 1);
            return SpeakerResolver.IsCapitalized(subject) || ClassAt(j - 1) == SpeakerWordClass.Pronoun || FactsAt(j - 1).Has(QuoteWordFlags.Alone);
        }
        return false;
    }

    /// <summary>
    /// `… veröffentlichte der Verfasser folgenden Kommentar: „Wer …“`: a whole utterance after a colon that ends its
    /// sentence is a direct quote, given to the subject of the introducing clause (or to no one when it has none).
    /// </summary>
    private bool TryColonQuote(int t, int floor, out Attribution attribution)
    {
        attribution = new Attribution(-1, null, null, null, _blockIndex);
        var quote = _tokens[t];
        if (t - 1 <= floor || _tokens[t - 1].Kind != TokenKind.Punctuation || _text[_tokens[t - 1].Start] != ':' || !StartsUtterance(quote))
            return false;
        for (var i = t + 1; i < _tokens.Count; i++)
        {
            if (_tokens[i].Kind != TokenKind.Punctuation)
                return false;
        }
        if (Segmentation.TextSpans.CountWords(_text.AsSpan(quote.Start, quote.End - quote.Start), MinUnattributedDirectWords) < MinUnattributedDirectWords)
            return false;
        if (TryFindSubject(floor, t - 1, out var subject) && _chain.Add(subject) is var mention and >= 0)
            attribution = attribution with { Mention = mention };
        return true;
    }

    /// <summary>
    /// Reported speech with no cue of its own (German Konjunktiv I: `Das Virus sei „nicht das Virus, das uns besorgt.“`):
    /// a sentence whose verb marks it as reported continues the speaker of the last attribution, a few sentences back
    /// in this paragraph or the one before. The content is the clause, as for other reported speech.
    /// </summary>
    private bool TryReportedSpeech(int t, int floor, out TextSpan content, out Attribution attribution, out int quotedWords)
    {
        content = default;
        attribution = default;
        quotedWords = 0;
        if (_lexicons.ReportedSpeech.Count == 0)
            return false;
        var sentenceEnd = Math.Min(_tokens.Count, t + MaxClauseTokens);
        var reported = false;
        for (var i = Math.Max(floor, t - MaxClauseTokens); i < sentenceEnd && !reported; i++)
            reported = _tokens[i].Kind == TokenKind.Word && FactsAt(i).Has(QuoteWordFlags.ReportedSpeech);
        if (!reported)
            return false;
        // The lookback runs once per sentence (a sentence of many quotes must not repeat it).
        if (_reportedBlock != _blockIndex || _reportedSentence != _sentenceIndex)
        {
            _reportedBlock = _blockIndex;
            _reportedSentence = _sentenceIndex;
            var sentence = TextSpan.FromBounds(_tokens[0].Start, _tokens[^1].End);
            _reportedSpeaker = FindEarlierSpeaker(out var earlier) ? earlier : null;
            // The lookback tokenized other sentences: restore this one (the same tokens as before).
            RetokenizeSentence();
            if (_tokens.Count == 0 || _tokens[0].Start != sentence.Start)
                _reportedSpeaker = null;
        }
        if (_reportedSpeaker is not { } found)
            return false;
        attribution = found;
        // Its own relation: the cue belongs to the sentence it was found in.
        attribution = attribution with { Cue = null, Lemma = null, Via = null, Block = _blockIndex };
        var contentEnd = ClauseEnd(t, sentenceEnd);
        content = ExtendReported(TextSpan.FromBounds(_tokens[floor].Start, _tokens[contentEnd - 1].End), floor);
        quotedWords = QuotedWords(floor, contentEnd);
        return true;
    }

    /// <summary>
    /// A quote closing its paragraph, signed by the next one with a dash and a name (`"Great speech. …"` then
    /// `-President Obama, tweeting after …`): the name is the speaker.
    /// </summary>
    private bool TryDashByline(out Attribution attribution)
    {
        attribution = default;
        if (_sentenceIndex != _sentences.Count - 1 || _nextBlock is not { } next || _text[next.Start] is not ('-' or '\u2014' or '\u2013'))
            return false;
        WordScanner.Tokenize(_text, next, [], _lexicons, _tokens);
        var found = false;
        if (_tokens.Count > 1 && _tokens[0].Kind == TokenKind.Punctuation
            && _resolver.TryFindAfter(_text, _tokens, 1, _tokens.Count - 1, out var phrase) && phrase.First == 1 && !phrase.IsPronoun && HasCapital(phrase))
        {
            var mention = _chain.Add(phrase);
            attribution = new Attribution(mention, null, null, null, _blockIndex);
            found = mention >= 0;
        }
        RetokenizeSentence();
        return found;
    }

    /// <summary>
    /// `Carter said that the U.S. would not withdraw.` then `"That's because …"`: a quote standing alone right after a
    /// sentence of reported speech (in its paragraph, or closing the paragraph before) goes on with that speaker.
    /// A sentence with quotes of its own gives the speaker it was attributed; one without, its first cue with a source
    /// (the main clause: `Rather, he said, continued struggles …`). The quote keeps that cue: one relation with the sentence.
    /// </summary>
    private bool TryPreviousSentenceSpeaker(bool opensBlock, out Attribution attribution)
    {
        attribution = default;
        TextSpan sentence;
        if (_sentenceIndex > 0)
        {
            if (_quotedBlock == _blockIndex && _quotedSentence == _sentenceIndex - 1)
            {
                // Its last cue (a trailing "Susan said" over an earlier "calling …"), read with its quotes as quotes.
                WordScanner.Tokenize(_text, _sentences[_sentenceIndex - 1], CollectionsMarshal.AsSpan(_segments), _lexicons, _tokens);
                var last = AttributionOfTokens(fromEnd: true, out attribution);
                RetokenizeSentence();
                if (last)
                {
                    attribution = attribution with { Block = _blockIndex };
                    return true;
                }
                return TakeSpoken(_blockIndex, _sentenceIndex - 1, out attribution);
            }
            sentence = _sentences[_sentenceIndex - 1];
        }
        else if (opensBlock && _previousBlock is { } previous)
        {
            if (_quotedBlock == _blockIndex - 1 && _quotedSentence == _previousSentenceCount - 1)
                return TakeSpoken(_blockIndex - 1, _quotedSentence, out attribution);
            _lookbackSentences.Clear();
            SentenceScanner.Split(_text, previous.Start, previous.End, [], _lexicons, _lookbackSentences);
            if (_lookbackSentences.Count == 0)
                return false;
            sentence = _lookbackSentences[^1];
        }
        else
        {
            return false;
        }
        var found = AttributionOfSentence(sentence, fromEnd: false, out attribution);
        // The lookback tokenized the sentence before: restore this one.
        RetokenizeSentence();
        attribution = attribution with { Block = _blockIndex };
        return found;
    }

    /// <summary>Tokenizes this sentence again after a lookback reused the token list (the same tokens as before).</summary>
    private void RetokenizeSentence()
    {
        WordScanner.Tokenize(_text, _sentences[_sentenceIndex], CollectionsMarshal.AsSpan(_segments), _lexicons, _tokens);
        _sentenceMention = -1;
    }

    private bool TakeSpoken(int block, int sentence, out Attribution attribution)
    {
        attribution = default;
        if (_spoken is not { } spoken || _spokenBlock != block || _spokenSentence != sentence)
            return false;
        attribution = spoken with { Block = _blockIndex };
        return true;
    }

    /// <summary>The last cue with a source in the sentences before this one (this block, then the block before).</summary>
    private bool FindEarlierSpeaker(out Attribution attribution)
    {
        attribution = default;
        var searched = 0;
        for (var s = _sentenceIndex - 1; s >= 0 && searched < MaxReportedLookback; s--, searched++)
        {
            if (AttributionOfSentence(_sentences[s], fromEnd: true, out attribution))
                return true;
        }
        if (searched >= MaxReportedLookback || _previousBlock is not { } previous)
            return false;
        _lookbackSentences.Clear();
        SentenceScanner.Split(_text, previous.Start, previous.End, [], _lexicons, _lookbackSentences);
        for (var s = _lookbackSentences.Count - 1; s >= 0 && searched < MaxReportedLookback; s--, searched++)
        {
            if (AttributionOfSentence(_lookbackSentences[s], fromEnd: true, out attribution))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The first (or, <paramref name="fromEnd"/>, the last) cue with a source in another sentence, read without its quotes;
    /// the sentence's tokens replace this one's until <see cref="RetokenizeSentence"/>.
    /// </summary>
    private bool AttributionOfSentence(TextSpan sentence, bool fromEnd, out Attribution attribution)
    {
        WordScanner.Tokenize(_text, sentence, [], _lexicons, _tokens);
        return AttributionOfTokens(fromEnd, out attribution);
    }

    /// <summary>The first (or, <paramref name="fromEnd"/>, the last) cue with a source among the sentence's tokens.</summary>
    private bool AttributionOfTokens(bool fromEnd, out Attribution attribution)
    {
        attribution = default;
        _sentenceMention = -1;
        for (var n = 0; n < _tokens.Count; n++)
        {
            var j = fromEnd ? _tokens.Count - 1 - n : n;
            if (!CueMatcher.TryMatch(_text, _tokens, j, _lexicons, out var cue) || cue.QuoteOnly)
                continue;
            if (!TryTrailingClauseSource(cue, out var source) && !TryFindCueSource(cue, 0, _tokens.Count - 1, out source))
                continue;
            attribution = Attribute(cue, source, _tokens.Count);
            if (attribution.Mention >= 0)
                return true;
        }
        return false;
    }

    /// <summary>
    /// Adds reported speech holding a quotation: mixed when the reported clause runs into a quoted clause of at least
    /// <see cref="MinMixedQuoteWords"/> words that ends it, partial (quoted words inside it) otherwise.
    /// </summary>
    private void AddReported(TextSpan content, Attribution attribution, int quotedWords)
    {
        var kind = quotedWords >= MinMixedQuoteWords && EndsWithQuote(content) ? QuoteKind.Mixed : QuoteKind.Partial;
        _drafts.Add(new Draft(content, kind, attribution, QuotedIn(content)));
    }

    /// <summary>The quotations of this sentence inside a reported clause, but names in quote marks ("die Zeitung „Die Welt“").</summary>
    private ImmutableArray<TextSpan> QuotedIn(TextSpan content)
    {
        // Gathered on the stack and copied once into the model's array (a builder would allocate itself and an array to drain).
        Span<TextSpan> buffer = stackalloc TextSpan[8];
        var count = 0;
        List<TextSpan>? more = null;
        foreach (var token in _tokens)
        {
            if (token.Kind != TokenKind.Quote || token.Start < content.Start || token.End > content.End || IsTitleLike(token))
                continue;
            if (count < buffer.Length)
                buffer[count++] = token.Span;
            else
                (more ??= []).Add(token.Span);
        }
        if (count == 0)
            return [];
        return more is null ? [.. buffer[..count]] : [.. buffer[..count], .. more];
    }

    /// <summary>Whether every word inside the marks starts with a capital or a digit ("Die Welt", "Meet The Press", "Shenzhou 6").</summary>
    internal bool IsTitleLike(Token quote)
    {
        var words = 0;
        var inWord = false;
        for (var i = quote.Start + 1; i < quote.End; i++)
        {
            var c = _text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    if (!char.IsUpper(c) && !char.IsDigit(c))
                        return false;
                    words++;
                }
                inWord = true;
            }
            else
            {
                // Hyphens, apostrophes and dots stay inside a word ("Schatten-CIA", "Macy's", "U.S.").
                inWord = inWord && c is '-' or '\'' or '\u2019' or '.';
            }
        }
        return words > 0;
    }

    private bool EndsWithQuote(TextSpan content)
    {
        var last = _text.AsSpan(content.Start, content.Length).TrimEnd();
        return last.Length > 0 && ClosingMarks.Contains(last[^1]);
    }

    private void AddDirect(TextSpan span, Attribution attribution)
    {
        _drafts.Add(new Draft(span, QuoteKind.Direct, attribution));
        _last = attribution with { Block = _blockIndex };
        _lastSentence = _sentenceIndex;
    }

    /// <summary>The quote's own words end an utterance: ",", ".", "?", "!" or a dash before the closing mark, or a comma after it.</summary>
    private bool EndsUtterance(int t)
    {
        var quote = _tokens[t];
        var inner = _text.AsSpan(quote.Start + 1, Math.Max(0, quote.End - quote.Start - 1)).TrimEnd(ClosingMarksAndSpace);
        if (inner.Length > 0 && inner[^1] is ',' or '.' or '?' or '!' or '\u2026' or '\u2014' or '\u2013' or '-' or ':' or ';')
            return true;
        return t + 1 < _tokens.Count && _tokens[t + 1].Kind == TokenKind.Punctuation && _text[_tokens[t + 1].Start] is ',' or '\u2014' or '\u2013';
    }

    /// <summary>
    /// Whether the sentence runs on in words after a quote that ends no utterance (`Cruz warned that the "Washington
    /// cartel" is growing nervous`): the quote is then part of a reported clause, not a quotation introduced by its cue.
    /// </summary>
    private bool RunsOn(int t) => t + 1 < _tokens.Count && _tokens[t + 1].Kind == TokenKind.Word && !EndsUtterance(t);

    private bool StartsUtterance(Token quote)
    {
        for (var i = quote.Start + 1; i < quote.End; i++)
        {
            var c = _text[i];
            if (char.IsLetterOrDigit(c))
                return char.IsUpper(c) || char.IsDigit(c);
            if (c is '.' or '\u2026' or '[')
                return true;
        }
        return false;
    }

    private bool IsAlone(int t)
    {
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (i != t && _tokens[i].Kind != TokenKind.Punctuation)
                return false;
        }
        return true;
    }

    /// <summary>`"…," Putin said`, `"…," said James Acton`, `"…," he added, TASS reported`.</summary>
    private bool TryTrailing(int t, out Attribution attribution, out int after)
    {
        attribution = default;
        after = t + 1;
        var k = t + 1;
        if (k < _tokens.Count && _tokens[k].Kind == TokenKind.Punctuation && _text[_tokens[k].Start] is ',' or '\u2014' or '\u2013')
            k++;
        var limit = Math.Min(_tokens.Count, k + MaxTrailingTokens);
        for (var j = k; j < limit; j++)
        {
            var token = _tokens[j];
            // An abbreviation's point before a comma ("Mitch McConnell, R-Ky., said") and a name in quote marks inside an
            // apposition ("Bill Eastland, wearing "Ted Cruz" pins, said") go on to the cue.
            if (token.Kind == TokenKind.Punctuation && _text[token.Start] == '.' && IsAbbreviationPoint(j)
                || token.Kind == TokenKind.Quote && j > k && IsTitleLike(token))
                continue;
            if (token.Kind == TokenKind.Quote || token.Kind == TokenKind.Punctuation && _text[token.Start] is '.' or ';' or ':' or '!' or '?')
                return false;
            if (!CueMatcher.TryMatch(_text, _tokens, j, _lexicons, out var cue))
                continue;
            if (cue.QuoteOnly && j != k)
                continue;
            SpeakerPhrase phrase;
            var impersonal = ImpersonalSource(cue, k, _tokens.Count - 1, out var named);
            if (impersonal is Impersonal.Named or Impersonal.NamedSubordinate)
            {
                // "…", hieß es vom Abgeordneten X: the source is the phrase after the preposition.
                phrase = named;
            }
            else if (impersonal == Impersonal.NotSpeech)
            {
                continue;
            }
            else if (!cue.SourceAfter && _resolver.TryFindAfter(_text, _tokens, k, j - 1, out phrase) && phrase.First == k && !phrase.IsPronoun
                && HasCapital(phrase) && IsAppositionBetween(phrase.Last + 1, j))
            {
                // "…," Harry Bond, 30, of Raleigh, N.C., said: the name right after the quote, then its apposition
            }
            else if (!cue.SourceAfter && j > k && _resolver.TryFindBefore(_text, _tokens, j - 1, k, out phrase) && IsLeadIn(k, phrase.First))
            {
                // "…," Putin said; "…," Trump running mate Gov. Mike Pence said; "…," his wife, Gabriela Lazar, wrote
            }
            else if (!cue.Participle && OnlyFillersBetween(k, j) && _resolver.TryFindAfter(_text, _tokens, cue.Last + 1, _tokens.Count - 1, out phrase))
            {
                // "…," said James Acton (never ", telling Fox 35": after a participle comes the listener)
            }

            else
            {
                continue;
            }
            var end = Math.Max(cue.Last, phrase.Last) + 1;
            attribution = Attribute(cue, new Source(phrase), end);
            after = end;
            return attribution.Mention >= 0;
        }
        return false;
    }

    /// <summary>A point written right after a word and followed by a comma ("R-Ky.,"): an abbreviation's, not a sentence's end.</summary>
    private bool IsAbbreviationPoint(int j) =>
        j > 0 && j + 1 < _tokens.Count && _tokens[j - 1].End == _tokens[j].Start && _tokens[j - 1].Kind == TokenKind.Word
        && _tokens[j + 1].Kind == TokenKind.Punctuation && _text[_tokens[j + 1].Start] == ',';

    /// <summary>
    /// Whether tokens <c>[from, cue)</c> are an apposition between a name and its cue: opened by a comma or a bracket
    /// and closed by a comma (or the bracket) right before the cue ("Jim Jordan (R-Ohio), a panel member, said").
    /// </summary>
    private bool IsAppositionBetween(int from, int cue)
    {
        if (from >= cue - 1 || _tokens[from].Kind != TokenKind.Punctuation || _tokens[cue - 1].Kind != TokenKind.Punctuation)
            return false;
        var close = _text[_tokens[cue - 1].Start];
        return _text[_tokens[from].Start] is ',' or '(' && close is ',' or ')';
    }

    /// <summary>`Putin said: "…"`, `He added, "…"`, `"A," he said, "B."` (B continues A), `Kathleen Parker: "…"`.</summary>
    private bool TryLeading(int t, int floor, out Attribution attribution)
    {
        attribution = default;
        var k = t - 1;
        if (k < floor)
            return false;
        var punctuation = _tokens[k].Kind == TokenKind.Punctuation ? _text[_tokens[k].Start] : '\0';
        if (punctuation is ':' or ',' or '\u2014' or '\u2013')
            k--;
        var reach = punctuation is ':' or ',' ? MaxLeadingCueWords : 2;
        for (var j = k; j >= floor && j >= k - reach && _tokens[j].Kind == TokenKind.Word; j--)
        {
            // The cue stands a few words before the mark ("wrote, …", "tweeted this: …", "told the Reuters news agency simply, …").
            if (!CueMatcher.TryMatch(_text, _tokens, j, _lexicons, out var cue) || cue.QuoteOnly)
                continue;
            if (!TryFindCueSource(cue, floor, t - 1, out var source))
                return false;
            attribution = Attribute(cue, source, t);
            return attribution.Mention >= 0;
        }
        // `"A," he said, "B."`: B continues the quote attributed just before it in this sentence.
        if (punctuation != ':' || k < floor)
            return false;
        // `Kathleen Parker, The Washington Post: "…"`, `… caucus - HuffPollster: "…"`: a name alone before a colon.
        var nameStart = floor;
        for (var i = k; i >= floor; i--)
        {
            if (_tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Start] is '-' or '\u2014' or '\u2013')
            {
                nameStart = i + 1;
                break;
            }
        }
        if (k - nameStart < MaxColonNameTokens && IsNameList(nameStart, k + 1)
            && _resolver.TryFindAfter(_text, _tokens, nameStart, k, out var speaker) && !speaker.IsPronoun)
        {
            var mention = _chain.Add(speaker);
            attribution = new Attribution(mention, null, null, null, _blockIndex);
            return mention >= 0;
        }
        // `Trump went even further: "…"`: a clause ending in a colon gives the quote to its subject.
        if (TryFindSubject(floor, k + 1, out var subject))
        {
            var mention = _chain.Add(subject);
            attribution = new Attribution(mention, null, null, null, _blockIndex);
            return mention >= 0;
        }
        return false;
    }

    /// <summary>
    /// `"A," he said, "and B."`: a quote right after the attribution of the quote before it in the sentence
    /// continues it, whatever its case; words may sit between (`"A," she told Hewitt on Thursday, "B."`).
    /// </summary>
    private bool TryContinuation(int t, int floor, out Attribution attribution)
    {
        attribution = default;
        if (floor == 0 || t - floor > MaxContinuationGap || _last is not { } last || last.Block != _blockIndex || _sentenceMention != last.Mention)
            return false;
        for (var i = floor; i < t; i++)
        {
            if (_tokens[i].Kind == TokenKind.Quote || _tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Start] is '.' or ';' or '?' or '!')
                return false;
        }
        attribution = last;
        // A participle cue in between starts a new relation of the same speaker: `"A," she said, adding, "B."` (cue "adding").
        for (var i = floor; i < t; i++)
        {
            if (_tokens[i].Kind == TokenKind.Word && CueMatcher.TryMatch(_text, _tokens, i, _lexicons, out var cue) && cue.Participle)
            {
                // `"A," Trump told a rally, saying Clinton would "abolish …"`: words after the participle are its reported
                // clause, which the quote ends; that is mixed speech, not the quote continued.
                if (!OnlyPunctuationBetween(cue.Last + 1, t))
                    return false;
                attribution = last with { Cue = CueMatcher.SpanOf(_tokens, cue), Lemma = cue.Lemma, Via = null };
                break;
            }
        }
        return true;
    }

    /// <summary>
    /// The source of a cue before its quote: the phrase before it ("Putin said"); for ", saying …" and
    /// ", adding …" the speaker of the clause they hang on. A phrase after the cue is its object ("told
    /// reporters"), not its source, unless the cue opens the clause ("Said Trump: …") or is "according to".
    /// </summary>
    private bool TryFindCueSource(CueMatch cue, int floor, int ceiling, out Source source)
    {
        source = default;
        SpeakerPhrase phrase;
        // "Damals hieß das Lokal „…“": an impersonal cue without its expletive names and reports nothing. (A named source
        // before a leading impersonal cue is left to the general search below.)
        var impersonal = ImpersonalSource(cue, floor, ceiling, out var impersonalSource);
        if (impersonal == Impersonal.NotSpeech)
            return false;
        if (impersonal == Impersonal.NamedSubordinate)
        {
            source = new Source(impersonalSource);
            return true;
        }
        if (cue.Participle && cue.First > floor && (HangsOnClause(cue.First - 1) || IsAdverbialPreposition(cue.First - 1)))
        {
            for (var j = floor; j < cue.First - 1; j++)
            {
                if (CueMatcher.TryMatch(_text, _tokens, j, _lexicons, out var main) && !main.Participle && !main.QuoteOnly
                    && TryFindCueSource(main, floor, cue.First - 1, out source))
                    return true;
            }
            if (_sentenceMention >= 0)
            {
                source = new Source(default, _sentenceMention);
                return true;
            }
            if (!TryFindSubject(floor, cue.First - 1, out phrase))
                return false;
            source = new Source(phrase);
            return true;
        }
        if (cue.SourceAfter)
        {
            if (!_resolver.TryFindSourceAfter(_text, _tokens, cue, ceiling, out phrase))
                return false;
        }
        else if (TryRelativeSource(cue, floor, out source))
        {
            return true;
        }
        else if (OpensWithFrontedPhrase(floor, cue.First) && _resolver.TryFindAfter(_text, _tokens, cue.Last + 1, ceiling, out phrase))
        {
            // Verb second: "Im Deutschlandfunk sagte sie: …", "Zu dem Skandal führte Elshorst aus, …".
        }
        // The phrase before the cue, found once for both questions below.
        else if (_resolver.TryFindBefore(_text, _tokens, cue.First - 1, floor, out phrase))
        {
            // An object before the verb ("Den Unterschied schilderte Max Raabe so: …"): the subject follows the verb.
            if (IsOblique(phrase) && _resolver.TryFindAfter(_text, _tokens, cue.Last + 1, ceiling, out var afterVerb) && !IsOblique(afterVerb))
                phrase = afterVerb;
        }
        else if (!(cue.First == floor && _resolver.TryFindAfter(_text, _tokens, cue.Last + 1, ceiling, out phrase))
            && !TryFindSubject(floor, cue.First, out phrase))
        {
            return false;
        }
        phrase = SubjectOverObject(phrase, floor);
        // `Trump issued a statement saying …`, `the campaign sent an email calling …`: a participle right after an object
        // with no name in it hangs on the clause's subject, named or a pronoun ("she released a statement saying"), who speaks through it.
        // So does a relative clause on such an object (`Trump released a video that said …`): the video is what he said it through.
        if ((cue.Participle || IsObjectRelative(phrase.Last + 1, cue.First)) && !phrase.IsPronoun && phrase.First > floor && !HasCapital(phrase)
            && TryFindSubject(floor, phrase.First, out var subject) && subject.Last < phrase.First && (subject.IsPronoun || HasCapital(subject)))
            phrase = subject;
        source = new Source(phrase);
        return true;
    }

    /// <summary>Whether tokens <c>[from, cue)</c> hold a complementizer ("that"): the phrase before them heads a relative clause.</summary>
    private bool IsObjectRelative(int from, int cue)
    {
        for (var i = from; i < cue; i++)
        {
            if (_tokens[i].Kind == TokenKind.Word && FactsAt(i).Has(QuoteWordFlags.Complementizer))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a participle after token <paramref name="before"/> hangs on its clause's subject: after punctuation
    /// (", saying …") or coordinated with an earlier verb by a conjunction ("mentioning the wall and adding, …").
    /// </summary>
    private bool HangsOnClause(int before)
    {
        var token = _tokens[before];
        return token.Kind == TokenKind.Punctuation
            || token.Kind == TokenKind.Word && FactsAt(before).FunctionClass == "conj";
    }

    /// <summary>
    /// `McConnell, who in 2010 said …`, `Trump - who previously said …`: a relative pronoun before the cue (past fillers,
    /// adverbs and times) is the written source; it stands for the phrase before it, which names the speaker.
    /// </summary>
    private bool TryRelativeSource(CueMatch cue, int floor, out Source source)
    {
        source = default;
        var j = cue.First - 1;
        while (j > floor && j >= cue.First - MaxRelativeGap && _tokens[j].Kind == TokenKind.Word && !IsRelative(j) && MaySeparateRelative(j))
            j--;
        if (j <= floor || _tokens[j].Kind != TokenKind.Word || !IsRelative(j))
            return false;
        var antecedentEnd = j - 1;
        if (_tokens[antecedentEnd].Kind == TokenKind.Punctuation && _text[_tokens[antecedentEnd].Start] is '-' or '\u2014' or '\u2013')
            antecedentEnd--;
        // "McConnell, now the majority leader, who": the apposition's head; "McConnell, who": the name before the comma.
        if (antecedentEnd < floor || !_resolver.TryFindBefore(_text, _tokens, antecedentEnd, floor, out var antecedent)
            && !(_tokens[antecedentEnd].Kind == TokenKind.Punctuation && _text[_tokens[antecedentEnd].Start] == ','
                 && _resolver.TryFindBefore(_text, _tokens, antecedentEnd - 1, floor, out antecedent)))
            return false;
        source = new Source(antecedent, At: _tokens[j].Span);
        return true;
    }

    /// <summary>The characters of token <paramref name="index"/>.</summary>
    private ReadOnlySpan<char> WordAt(int index) => SpeakerResolver.Word(_text, _tokens[index]);

    /// <summary>What the lexicons say of token <paramref name="index"/>.</summary>
    private ref readonly QuoteWordFacts FactsAt(int index) => ref _lexicons.FactsOf(_text, _tokens[index]);

    /// <summary>The speaker-word class of token <paramref name="index"/> (<see cref="QuoteLexicons.Classify"/>).</summary>
    private SpeakerWordClass ClassAt(int index) => _lexicons.ClassOf(_text, _tokens[index]);

    /// <summary>Whether a phrase opens with an object-case determiner ("dem Minister", "den Bericht").</summary>
    private bool IsOblique(SpeakerPhrase phrase) =>
        !phrase.IsPronoun && (FactsAt(phrase.First).Has(QuoteWordFlags.Oblique) || IsObliqueByEnding(phrase));

    private bool HasCapital(SpeakerPhrase phrase)
    {
        for (var i = phrase.First; i <= phrase.Last; i++)
        {
            if (SpeakerResolver.IsCapitalized(WordAt(i)))
                return true;
        }
        return false;
    }

    private bool IsRelative(int j) => FactsAt(j).Has(QuoteWordFlags.Relative);

    /// <summary>
    /// A word between a relative pronoun and its verb that leaves the pronoun the subject ("has", "previously", "in 2010");
    /// a determiner, a pronoun or a name starts another subject ("which the campaign said").
    /// </summary>
    private bool MaySeparateRelative(int j)
    {
        var word = WordAt(j);
        return !SpeakerResolver.IsCapitalized(word) && ClassAt(j) is not (SpeakerWordClass.Determiner or SpeakerWordClass.Pronoun);
    }

    /// <summary>
    /// Whether the clause before a cue opens with a preposition or adverb (class <c>fronted</c>) and holds no
    /// punctuation: then, in a verb-second language, the subject stands right after the verb.
    /// </summary>
    private bool OpensWithFrontedPhrase(int floor, int cue)
    {
        if (floor >= cue || !IsFrontedAt(floor))
            return false;
        for (var i = floor + 1; i < cue; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word)
                return false;
        }
        return true;
    }

    /// <summary>The subject of a clause: the first speaker phrase followed by a word ("Washington (AFP) – Democrat Hillary Clinton has …").</summary>
    private bool TryFindSubject(int floor, int limit, out SpeakerPhrase phrase)
    {
        if (TryVerbSecondSubject(floor, limit, out phrase))
            return true;
        var k = SkipOpeningSubordinate(floor, limit);
        for (var attempt = 0; attempt < 4 && k < limit; attempt++)
        {
            while (k < limit && _tokens[k].Kind != TokenKind.Word)
                k++;
            if (k >= limit)
                return false;
            var found = _resolver.TryFindAfter(_text, _tokens, k, limit - 1, out phrase);
            if (found && attempt == 0 && IsSubjectBeforeApposition(phrase, limit))
                return true;
            if (found && phrase.Last + 1 < limit && _tokens[phrase.Last + 1].Kind == TokenKind.Word)
            {
                // A phrase followed by a pronoun is an adverbial before the subject ("Then he cut into Bush, calling …").
                if (!phrase.IsPronoun && ClassAt(phrase.Last + 1) == SpeakerWordClass.Pronoun)
                {
                    k = phrase.Last + 1;
                    continue;
                }
                // So is an opening phrase of a few lower-case words before a comma and a subject ("Eight years ago, he …").
                if (attempt == 0 && TrySubjectAfterOpening(phrase, limit, out var subject))
                    phrase = subject;
                return true;
            }
            var next = k + 1;
            while (next < limit && _tokens[next].Kind == TokenKind.Word)
                next++;
            k = next;
        }
        return false;
    }

    /// <summary>
    /// `Minutes later, she sent an email saying …`: when the words after a sentence's first phrase are a few lower-case
    /// words up to a comma, and a pronoun or a name followed by a word comes after the comma, that is the subject.
    /// </summary>
    private bool TrySubjectAfterOpening(SpeakerPhrase opening, int limit, out SpeakerPhrase subject)
    {
        subject = default;
        var i = opening.Last + 1;
        while (i < limit && i <= opening.Last + MaxOpeningWords && _tokens[i].Kind == TokenKind.Word && (!SpeakerResolver.IsCapitalized(WordAt(i)) || IsOpeningTimeWord(i))
            && !FactsAt(i).Has(QuoteWordFlags.Cue))
            i++;
        if (i >= limit || _tokens[i].Kind != TokenKind.Punctuation || _text[_tokens[i].Start] != ',')
            return false;
        return _resolver.TryFindAfter(_text, _tokens, i + 1, limit - 1, out subject) && subject.First == i + 1
            && subject.Last + 1 < limit && (_tokens[subject.Last + 1].Kind == TokenKind.Word || IsBracketAfterName(subject.Last + 1))
            && (subject.IsPronoun || HasCapital(subject));
    }

    /// <summary>
    /// A quote inside reported speech: `Trump claimed to have held "productive discussions" with Putin`,
    /// `Zelenskyy added that … "nothing will work out"`, or `… "surrender or die," Putin warned.` The content
    /// runs from the cue to the end of the clause (before a trailing `, TASS reported`).
    /// </summary>
    private bool TryEmbedded(int t, int floor, out TextSpan content, out Attribution attribution, out int quotedWords)
    {
        content = default;
        attribution = default;
        quotedWords = 0;
        var sentenceEnd = Math.Min(_tokens.Count, t + MaxClauseTokens);
        // Leading cue: the nearest cue before the quote with a source, unless it sits in the complement
        // of an earlier cue ("Zelenskyy added that Putin has demanded … "…"" belongs to "added").
        if (TryChooseLeadingCue(t, floor, out var cue, out var source))
        {
            var contentStart = cue.SourceAfter ? source.Phrase.Last + 1 : ComplementStart(cue.Last + 1, t);
            if (contentStart < _tokens.Count && _tokens[contentStart].Kind == TokenKind.Punctuation && _text[_tokens[contentStart].Start] is ',' or ':')
                contentStart++;
            if (contentStart > t)
                contentStart = t;
            var contentEnd = ClauseEnd(t, sentenceEnd);
            ReportedClause(t, sentenceEnd, ref contentStart, ref contentEnd);
            attribution = Attribute(cue, source, contentEnd);
            if (attribution.Mention < 0)
                return false;
            content = TextSpan.FromBounds(_tokens[contentStart].Start, _tokens[contentEnd - 1].End);
            quotedWords = QuotedWords(contentStart, contentEnd);
            return true;
        }
        // Trailing cue: `…, Putin said.` or `…, according to TASS.`
        for (var j = t + 1; j < sentenceEnd; j++)
        {
            if (!(_tokens[j].Kind == TokenKind.Punctuation && _text[_tokens[j].Start] == ','))
                continue;
            if (!TryAttributionAt(j + 1, out var trailingCue, out var trailingPhrase))
                continue;
            var start = floor;
            attribution = Attribute(trailingCue, new Source(trailingPhrase), j);
            if (attribution.Mention < 0)
                return false;
            content = TextSpan.FromBounds(_tokens[start].Start, _tokens[j - 1].End);
            quotedWords = QuotedWords(start, j);
            return true;
        }
        return TryInvertedCue(t, floor, sentenceEnd, out content, out attribution, out quotedWords);
    }

    /// <summary>
    /// A cue after the quote with no comma between, its subject after it or the clause's own: `Von einer „gezielten
    /// Indiskredition“ sprach der Grünen-Politiker Christian Ströbele`, `Die Regierung hatte den Bericht als „falsch“
    /// zurückgewiesen.` (a participle closing the sentence).
    /// </summary>
    private bool TryInvertedCue(int t, int floor, int sentenceEnd, out TextSpan content, out Attribution attribution, out int quotedWords)
    {
        content = default;
        attribution = default;
        quotedWords = 0;
        for (var j = t + 1; j < sentenceEnd; j++)
        {
            var token = _tokens[j];
            if (token.Kind == TokenKind.Quote || token.Kind == TokenKind.Punctuation && _text[token.Start] is '.' or ';' or ':' or '!' or '?' or ',')
                return false;
            if (!CueMatcher.TryMatch(_text, _tokens, j, _lexicons, out var cue) || cue.QuoteOnly || cue.SourceAfter || cue.Participle)
                continue;
            SpeakerPhrase phrase;
            var closesSentence = cue.Last + 1 >= sentenceEnd || _tokens[cue.Last + 1].Kind == TokenKind.Punctuation && _text[_tokens[cue.Last + 1].Start] is '.' or '!' or '?';
            if (!(_resolver.TryFindAfter(_text, _tokens, cue.Last + 1, sentenceEnd - 1, out phrase) && !phrase.IsPronoun)
                && !(closesSentence && TryFindSubject(floor, t, out phrase)))
                continue;
            attribution = Attribute(cue, new Source(phrase), cue.Last + 1);
            if (attribution.Mention < 0)
                return false;
            var contentEnd = ClauseEnd(t, sentenceEnd);
            content = TextSpan.FromBounds(_tokens[floor].Start, _tokens[contentEnd - 1].End);
            quotedWords = QuotedWords(floor, contentEnd);
            return true;
        }
        return false;
    }

    /// <summary>
    /// Where the reported clause after a cue opens: at its complementizer when words stand between (`told supporters
    /// after his victory that "…"`: the listener and the time are not what was said), else at <paramref name="from"/>.
    /// </summary>
    private int ComplementStart(int from, int t)
    {
        for (var i = from; i < t; i++)
        {
            var token = _tokens[i];
            if (token.Kind == TokenKind.Word)
            {
                if (FactsAt(i).Has(QuoteWordFlags.Complementizer))
                    return i;
                // A verb or a subject means the clause has begun and a later "that" is relative ("his campaign is the one that …").
                if (IsClauseWord(i))
                    break;
                continue;
            }
            // A name in quote marks is part of the listener ("told ABC's "Good Morning America" that …").
            if (token.Kind == TokenKind.Quote && IsTitleLike(token))
                continue;
            if (token.Kind != TokenKind.Punctuation || _text[token.Start] != ',')
                break;
        }
        return from;
    }

    /// <summary>A word that shows a clause under way: a verb (auxiliary, cue, -ing form) or a pronoun subject.</summary>
    private bool IsClauseWord(int index)
    {
        var word = WordAt(index);
        ref readonly var facts = ref FactsAt(index);
        return ClassAt(index) is SpeakerWordClass.Pronoun
            || facts.FunctionClass == "aux"
            || facts.Has(QuoteWordFlags.Cue)
            || word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(word[0]);
    }

    /// <summary>
    /// `Ryan told CNN that Ginsburg's comments "show bias"`: a cue whose source opens a that-clause is nested in the
    /// complement of an earlier cue of the sentence, which is the attribution of the whole clause.
    /// </summary>
    private bool TryOuterCue(SpeakerPhrase inner, int floor, out CueMatch outer, out Source outerSource)
    {
        outer = default;
        outerSource = default;
        var that = inner.First - 1;
        if (that <= floor || _tokens[that].Kind != TokenKind.Word || !FactsAt(that).Has(QuoteWordFlags.Complementizer))
            return false;
        for (var j = that - 1; j >= floor && j >= that - MaxClauseTokens; j--)
        {
            var token = _tokens[j];
            // A name in quote marks ("told ABC's "Good Morning America" that he …") is part of the outer clause.
            if (token.Kind == TokenKind.Quote && !IsTitleLike(token) || token.Kind == TokenKind.Punctuation && _text[token.Start] is '.' or ';' or ':' or '!' or '?')
                return false;
            if (token.Kind != TokenKind.Word || !CueMatcher.TryMatch(_text, _tokens, j, _lexicons, out outer) || outer.QuoteOnly || outer.Last >= that)
                continue;
            return TryFindCueSource(outer, floor, that - 1, out outerSource) && outerSource.Phrase.Last < that;
        }
        return false;
    }

    /// <summary>
    /// `Kasich says he would sit Putin down and tell him "no more nonsense"`: a later cue with no punctuation between it
    /// and a plain speech cue (flag <c>plain</c>: "say") whose subject opens the sentence lies inside what was said; the
    /// plain cue attributes the whole clause.
    /// A comma and a conjunction before the quote (`said he had not read the plan, but called it a "…"`) open a verb of
    /// the subject's own, which keeps the quote.
    /// </summary>
    private bool TrySayingOver(CueMatch inner, int floor, int t, out CueMatch outer, out Source outerSource)
    {
        outer = default;
        outerSource = default;
        if (inner.Plain)
            return false;
        for (var i = inner.Last + 1; i + 1 < t; i++)
        {
            if (_tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Start] == ',' && _tokens[i + 1].Kind == TokenKind.Word
                && FactsAt(i + 1).FunctionClass == "conj")
                return false;
        }
        for (var i = inner.First - 1; i > floor; i--)
        {
            var token = _tokens[i];
            if (token.Kind != TokenKind.Word)
                return false;
            if (!CueMatcher.TryMatch(_text, _tokens, i, _lexicons, out outer) || !outer.Plain || outer.Participle || outer.QuoteOnly || outer.SourceAfter || outer.Last >= inner.First)
                continue;
            return _resolver.TryFindBefore(_text, _tokens, outer.First - 1, floor, out var phrase) && phrase.First == floor && !phrase.IsPronoun
                && TryFindCueSource(outer, floor, outer.First - 1, out outerSource);
        }
        return false;
    }

    private bool TryChooseLeadingCue(int t, int floor, out CueMatch chosen, out Source source)
    {
        chosen = default;
        source = default;
        for (var j = t - 1; j >= floor && j >= t - MaxClauseTokens; j--)
        {
            if (_tokens[j].Kind != TokenKind.Word || !CueMatcher.TryMatch(_text, _tokens, j, _lexicons, out var cue) || cue.QuoteOnly || cue.Last >= t
                || IsCueNoun(cue, floor))
                continue;
            if (!TryFindCueSource(cue, floor, t - 1, out var found))
                continue;
            chosen = cue;
            source = found;
            if (found.Mention >= 0 || cue.Participle && j > floor && HangsOnClause(j - 1))
                return true;
            if (TrySayingOver(cue, floor, t, out var sayCue, out var saySource))
            {
                chosen = sayCue;
                source = saySource;
                return true;
            }
            var phrase = found.Phrase;
            if (TryOuterCue(phrase, floor, out var thatCue, out var thatSource))
            {
                chosen = thatCue;
                source = thatSource;
                return true;
            }
            // Nested: an earlier cue whose complement holds this cue's source with no punctuation between.
            // A source after its cue (German verb second: "Zu dem Skandal führte Elshorst aus") is no complement: the
            // search starts before the cue, which is never its own outer cue.
            var before = Math.Min(phrase.First, cue.First);
            // `Clinton says she appreciated … what she calls a "war of words."`: a naming clause ("what X calls") is
            // never the attribution of its sentence; the cue it sits in may stand anywhere before it, past commas.
            var naming = before > floor && _tokens[before - 1].Kind == TokenKind.Word && FactsAt(before - 1).Has(QuoteWordFlags.Naming);
            for (var i = before - 1; i >= floor && i >= before - (naming ? MaxClauseTokens : MaxNestingGap); i--)
            {
                if (_tokens[i].Kind == TokenKind.Quote || _tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Start] is '.' or ';' or ':' or '!' or '?')
                    break;
                if (_tokens[i].Kind != TokenKind.Word)
                {
                    if (!naming)
                        break;
                    continue;
                }
                // After a determiner a cue word is a noun ("in the hopes of shedding what Gilbert called …").
                if (naming && i > floor && ClassAt(i - 1) == SpeakerWordClass.Determiner)
                    continue;
                if (CueMatcher.TryMatch(_text, _tokens, i, _lexicons, out var outer) && !outer.QuoteOnly && outer.Last < phrase.First
                    && TryFindCueSource(outer, floor, phrase.First - 1, out var outerSource) && outerSource.Phrase.Last < outer.First + 1)
                {
                    chosen = outer;
                    source = outerSource;
                    break;
                }
            }
            return true;
        }
        return false;
    }

    /// <summary>A cue with its source at token <paramref name="k"/>: "Putin said", "said Putin", "according to TASS".</summary>
    private bool TryAttributionAt(int k, out CueMatch cue, out SpeakerPhrase phrase)
    {
        phrase = default;
        for (var j = k; j < _tokens.Count && j < k + MaxTrailingTokens; j++)
        {
            var token = _tokens[j];
            if (token.Kind == TokenKind.Quote || token.Kind == TokenKind.Punctuation && _text[token.Start] is '.' or ';' or ':')
                break;
            if (!CueMatcher.TryMatch(_text, _tokens, j, _lexicons, out cue) || cue.QuoteOnly)
                continue;
            if (!cue.SourceAfter && j > k && _resolver.TryFindBefore(_text, _tokens, j - 1, k, out phrase) && OnlyFillersBetween(SkipAuxiliary(k), phrase.First))
                return true;
            if (!cue.Participle && OnlyFillersBetween(k, j) && _resolver.TryFindAfter(_text, _tokens, cue.Last + 1, _tokens.Count - 1, out phrase))
                return true;
            return false;
        }
        cue = default;
        return false;
    }

    /// <summary>
    /// Where the clause holding the quote at <paramref name="t"/> ends: right after its last quote when punctuation
    /// or a new clause follows (`"rigged," angering …`, `"jobs" but he …`, `"absurd" - except …`), else the sentence end.
    /// </summary>
    private int ClauseEnd(int t, int sentenceEnd)
    {
        var lastQuote = t;
        for (var j = t; j < sentenceEnd; j++)
        {
            var token = _tokens[j];
            if (token.Kind == TokenKind.Quote)
            {
                lastQuote = j;
                if (EndsWithComma(token))
                    return j + 1;
                continue;
            }
            if (token.Kind == TokenKind.Punctuation && _text[token.Start] is ',' or ';' or ':' or '(' or '\u2014' or '\u2013' or '-')
                return j;
            if (token.Kind == TokenKind.Word && StartsClause(j))
                return j;
        }
        return WordsEnd(sentenceEnd, lastQuote + 1);
    }

    /// <summary>The token index after the last token before <paramref name="end"/> that is not punctuation, at least <paramref name="floor"/>: where a clause's words end.</summary>
    private int WordsEnd(int end, int floor)
    {
        while (end > floor && _tokens[end - 1].Kind == TokenKind.Punctuation)
            end--;
        return end;
    }

    private bool EndsWithComma(Token quote)
    {
        var inner = _text.AsSpan(quote.Start, quote.End - quote.Start).TrimEnd(ClosingMarksAndSpace);
        return inner.Length > 0 && inner[^1] == ',';
    }

    /// <summary>A conjunction opening a new clause after a quote ("but", "before"), or "and" before a verb ("and emphasized").</summary>
    private bool StartsClause(int j)
    {
        var word = WordAt(j);
        if (ClassAt(j) == SpeakerWordClass.Clause)
            return !FactsAt(j).Has(QuoteWordFlags.Continues);
        if (word is not ("and" or "or") || j + 1 >= _tokens.Count || _tokens[j + 1].Kind != TokenKind.Word)
            return false;
        var next = WordAt(j + 1);
        return FactsAt(j + 1).Has(QuoteWordFlags.Cue) || next.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(next[0]);
    }

    /// <summary>
    /// The words of the last quotation in tokens <c>[from, to)</c>, counted up to <see cref="MinMixedQuoteWords"/>: every
    /// caller only asks whether there are that many.
    /// </summary>
    private int QuotedWords(int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
        {
            if (_tokens[i].Kind == TokenKind.Quote)
                return Segmentation.TextSpans.CountWords(WordAt(i), MinMixedQuoteWords);
        }
        return 0;
    }

    private bool HasLeadingCue(int t, int floor)
    {
        // Bounded like every clause search, so a run of thousands of quotes in one sentence stays linear.
        for (var j = Math.Max(floor, t - MaxClauseTokens); j < t; j++)
        {
            if (CueMatcher.TryMatch(_text, _tokens, j, _lexicons, out var cue) && !cue.QuoteOnly)
                return true;
        }
        return false;
    }

    /// <summary>Capitalised words and commas only: "Gerald F. Seib, The Wall Street Journal".</summary>
    private bool IsNameList(int from, int to)
    {
        if (from >= to)
            return false;
        for (var i = from; i < to; i++)
        {
            var token = _tokens[i];
            if (token.Kind == TokenKind.Punctuation ? _text[token.Start] != ',' : token.Kind != TokenKind.Word || !SpeakerResolver.IsCapitalized(SpeakerResolver.Word(_text, token)))
                return false;
        }
        return true;
    }

    private bool OnlyPunctuationBetween(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_tokens[i].Kind != TokenKind.Punctuation)
                return false;
        }
        return true;
    }

    private bool OnlyWordsBetween(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word)
                return false;
        }
        return true;
    }

    /// <summary>Words (and commas) that may precede a trailing speaker's name: "Trump running mate", "his wife,".</summary>
    private bool IsLeadIn(int from, int to)
    {
        if (to - from > MaxLeadInTokens)
            return false;
        for (var i = from; i < to; i++)
        {
            var token = _tokens[i];
            if (token.Kind == TokenKind.Quote || token.Kind == TokenKind.Punctuation && _text[token.Start] != ',')
                return false;
        }
        return true;
    }

    private bool OnlyFillersBetween(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var token = _tokens[i];
            if (token.Kind != TokenKind.Word || ClassAt(i) != SpeakerWordClass.Filler)
                return false;
        }
        return true;
    }

    /// <summary>Resolves the phrase and looks past the attribution for the outlet it came through.</summary>
    private Attribution Attribute(CueMatch cue, Source source, int after)
    {
        source = QuotedPerson(cue, source);
        var mention = source.Mention >= 0 ? source.Mention : _chain.AddAt(source.Phrase, source.At ?? source.Phrase.Span);
        if (mention >= 0)
            _sentenceMention = mention;
        TextSpan? via = null;
        for (var j = after; j < _tokens.Count; j++)
        {
            if (_tokens[j].Kind == TokenKind.Quote)
                break;
            // ", TASS reported" (or, after a quote ending in a comma, "according to DailyMail.com" right away).
            var at = _tokens[j].Kind == TokenKind.Punctuation && _text[_tokens[j].Start] == ',' ? j + 1
                : j == after && j > 0 && _tokens[j - 1].Kind == TokenKind.Quote && EndsWithComma(_tokens[j - 1]) ? j
                : -1;
            if (at >= 0 && TryAttributionAt(at, out var outletCue, out var outlet) && !outlet.IsPronoun
                && outletCue.Lemma is "report" or "according to")
            {
                via = outlet.Span;
                break;
            }
        }
        // "According to TASS, Putin said": the outlet is the source when nothing else speaks.
        return new Attribution(mention, CueMatcher.SpanOf(_tokens, cue), cue.Lemma, via, _blockIndex);
    }

    /// <summary>The last cue among the last tokens of <see cref="_tokens"/> that may end an introduction ("X agreed.").</summary>
    private bool TryLastIntroductionCue(out CueMatch cue)
    {
        for (var j = _tokens.Count - 2; j >= 0 && j >= _tokens.Count - IntroductionCueTokens; j--)
        {
            if (CueMatcher.TryMatch(_text, _tokens, j, _lexicons, out cue) && !cue.QuoteOnly)
                return true;
        }
        cue = default;
        return false;
    }

    /// <summary>
    /// Tokenizes only the end of a sentence that no quotation reaches into, from a white space before its last
    /// <see cref="TailRuns"/> runs of other characters: a token never spans white space outside a quotation, so the
    /// tokens from there on are the whole sentence's last ones (at least one a run; one more before the cue words, which
    /// <see cref="CueMatcher"/> looks at, and one after them). False when the tail would be the whole sentence.
    /// </summary>
    private bool TryTokenizeTail(TextSpan sentence)
    {
        foreach (var segment in _segments)
        {
            if (segment.Start < sentence.End && segment.End > sentence.Start)
                return false;
        }
        var runs = 0;
        for (var p = sentence.End - 2; p > sentence.Start; p--)
        {
            if (!char.IsWhiteSpace(_text[p]) || char.IsWhiteSpace(_text[p + 1]) || ++runs < TailRuns)
                continue;
            WordScanner.Tokenize(_text, TextSpan.FromBounds(p, sentence.End), [], _lexicons, _tokens);
            return true;
        }
        return false;
    }

    /// <summary>
    /// A sentence that introduces the quote after it, in this block or the next: "X said:", "X agreed.",
    /// or "Trump issued the following statement:" (the subject speaks).
    /// </summary>
    private Attribution? ReadColonIntroduction(TextSpan sentence)
    {
        var last = _text[sentence.End - 1];
        if (last is not (':' or '.'))
            return null;
        // "X agreed." needs its cue among the last tokens: most sentences have none, and their tail tells so.
        if (last == '.' && TryTokenizeTail(sentence) && !TryLastIntroductionCue(out _))
            return null;
        WordScanner.Tokenize(_text, sentence, CollectionsMarshal.AsSpan(_segments), _lexicons, _tokens);
        if (_tokens.Exists(static token => token.Kind == TokenKind.Quote))
            return null;
        _sentenceMention = -1;
        if (TryLastIntroductionCue(out var cue))
        {
            if (!TryFindCueSource(cue, 0, _tokens.Count - 2, out var source))
                return null;
            var attribution = Attribute(cue, source, _tokens.Count);
            return attribution.Mention >= 0 ? attribution : null;
        }
        if (last == ':' && TryFindSubject(0, _tokens.Count - 1, out var subject))
        {
            var mention = _chain.Add(subject);
            return mention >= 0 ? new Attribution(mention, null, null, null, _blockIndex) : null;
        }
        return null;
    }
}
