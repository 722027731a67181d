using NewsParsing.Model;

namespace NewsParsing.Claims;

/// <summary>One attribution found in a sentence, before its source is resolved to a speaker.</summary>
/// <param name="Content">The content span.</param>
/// <param name="Source">The source mention span, or <see langword="null"/> when implicit.</param>
/// <param name="Cue">The cue span, or <see langword="null"/> for a quotation with no cue.</param>
/// <param name="Entry">The cue's lexicon entry.</param>
/// <param name="Negated">Whether the cue is negated ("did not say").</param>
/// <param name="Implicit">Whether the source is unnamed ("it was reported", passives).</param>
internal readonly record struct Attribution(TextSpan Content, TextSpan? Source, TextSpan? Cue, CueEntry Entry, bool Negated, bool Implicit);

/// <summary>
/// Finds attributions in one sentence of tokens: who (source) says (cue) what (content). Reads clause
/// structure from function words only (no parser): a source noun phrase before the cue ("Putin claimed
/// that ..."), a trailing attribution ("..., the Russian Defense Ministry said Friday"), an inverted one
/// ("..., said Putin"), a participle or coordinated cue sharing the previous source ("..., insisting that",
/// "... and says"), "according to X", and passives ("it was reported that", "... was reported by X").
/// </summary>
internal sealed class AttributionScanner
{
    private const int MaxSourceWords = 9;
    private const int MaxAdjunctWords = 12;
    private const int MaxAddresseeWords = 8;

    private readonly ClaimLexicons _lexicons;

    public AttributionScanner(ClaimLexicons lexicons) => _lexicons = lexicons;

    internal enum FrameKind
    {
        /// <summary>Source before the cue, content after it.</summary>
        Forward,
        /// <summary>Content before a "source cue" at the end of the sentence.</summary>
        Trailing,
        /// <summary>"according to X".</summary>
        Prep,
    }

    /// <summary>One cue with its source and content being read; callers only hold a reusable list of them.</summary>
    internal struct Frame
    {
        public int Cue;          // token index of the cue's first word
        public int CueEnd;       // token index after the cue's last word
        public CueEntry Entry;
        public bool Negated;
        public int FrameStart;   // first token of the frame (source or boundary), for ending earlier content
        public bool EndsEarlier; // whether the frame ends the content of an earlier cue in the sentence
        public TextSpan? Source;
        public bool Implicit;
        public FrameKind Kind;
        public int ContentFirst; // token range of the content
        public int ContentEnd;
        public bool Spanning;    // a trailing cue with a quotation continued after it
        public bool Skip;
    }

    /// <summary>
    /// Adds the attributions of sentence <c>tokens[first..end)</c> to <paramref name="found"/>. In a title-cased
    /// headline a capitalised cue form ("Trump Says ...") is a verb, not a name. <paramref name="frames"/> is the
    /// caller's scratch list, reused across sentences (cleared here) so a sentence allocates nothing.
    /// </summary>
    public void Scan(string text, List<Token> tokens, int first, int end, List<Attribution> found, List<Frame> frames, bool titleCase = false)
    {
        ScanColonSource(text, tokens, first, end, found);
        frames.Clear();
        var inQuote = false;
        for (var i = first; i < end; i++)
        {
            var kind = tokens[i].Kind;
            if (kind is TokenKind.OpenQuote or TokenKind.CloseQuote or TokenKind.StraightQuote && text[tokens[i].Start] is not ('‘' or '’' or '\''))
            {
                inQuote = kind == TokenKind.OpenQuote || kind == TokenKind.StraightQuote && IsOpening(text, tokens, i);
                continue;
            }
            // Cues inside a quotation belong to the quoted speaker's words, not to the article's attribution.
            if (inQuote || kind != TokenKind.Word || !TryMatchCue(text, tokens, i, end, out var entry, out var cueEnd))
                continue;
            if (IsNounUse(text, tokens, i, first, entry, titleCase))
                continue;
            var frame = BuildFrame(text, tokens, first, end, i, cueEnd, entry, frames);
            if (!frame.Skip)
                frames.Add(frame);
            i = cueEnd - 1;
        }

        // A later participle, coordinated, trailing or "according to" frame ends the content of an earlier one.
        for (var k = 0; k < frames.Count; k++)
        {
            var frame = frames[k];
            if (!(frame.Kind == FrameKind.Forward || frame.Spanning) || frame.ContentFirst >= frame.ContentEnd)
                continue;
            var clauseChecked = false;
            for (var m = k + 1; m < frames.Count; m++)
            {
                var later = frames[m];
                if (later.EndsEarlier && later.FrameStart > frame.ContentFirst && later.FrameStart < frame.ContentEnd && later.FrameStart > frame.CueEnd)
                {
                    frame.ContentEnd = later.FrameStart;
                    break;
                }
                // "X said A, and more than 4 in 10 said B": a clause joined by ", and" / "; but" with its own source
                // and cue ends the earlier content. Only the first such cue is looked at (later ones are nested in it),
                // so a run-on sentence of cues stays quadratic at worst.
                if (!clauseChecked && later.Kind == FrameKind.Forward && later.Source is not null && later.Cue > frame.ContentFirst && later.Cue < frame.ContentEnd)
                {
                    clauseChecked = true;
                    if (ClauseBreakBefore(text, tokens, Math.Max(frame.CueEnd, frame.ContentFirst), later.Cue) is { } cut)
                    {
                        frame.ContentEnd = cut;
                        break;
                    }
                }
            }
            frames[k] = frame;
        }

        for (var k = 0; k < frames.Count; k++)
        {
            var frame = frames[k];
            // An attribution inside the content after another cue is part of what that source says ("X said that Y
            // wants Z"), not a claim of the article's own: the attribution corpora annotate the outer one. A trailing
            // "..., according to X" or "..., X said" keeps the attributions before it.
            if (IsNested(frames, k))
                continue;
            var content = ContentSpan(text, tokens, frame.ContentFirst, frame.ContentEnd);
            if (content.IsEmpty || !HasWord(text, tokens, frame.ContentFirst, frame.ContentEnd))
                continue;
            var cue = TextSpan.FromBounds(tokens[frame.Cue].Start, tokens[frame.CueEnd - 1].End);
            found.Add(new Attribution(content, frame.Source, cue, frame.Entry, frame.Negated, frame.Implicit));
        }
    }

    /// <summary>The cue entry of a colon after a source at the start of a sentence or headline ("Newspaper: ...").</summary>
    private static readonly CueEntry s_colon = new("say", Stance.Asserts, Stance.NotAttributed, CueFrame.Say, 1);

    private const int MaxColonSourceWords = 4;

    /// <summary>
    /// "Newspaper: Defense secretary used personal email", "WALLACE: Governor, I don't ...": a short name before a colon
    /// that opens the sentence is the source of the clause after it. Function words, pronouns and cue forms before the
    /// colon ("Here is what we know:") make it no source.
    /// </summary>
    private void ScanColonSource(string text, List<Token> tokens, int first, int end, List<Attribution> found)
    {
        var j = first;
        while (j < end && j - first <= MaxColonSourceWords && tokens[j].Kind == TokenKind.Word)
        {
            var word = Slice(text, tokens[j]);
            if ((tokens[j].Classes & (WordClass.Clause | WordClass.Preposition | WordClass.Aux | WordClass.Negation | WordClass.Pronoun | WordClass.Determiner | WordClass.Adverb)) != 0
                || tokens[j].IsCue && (j > first || !char.IsUpper(word[0])))
                return;
            j++;
        }
        if (j == first || j - first > MaxColonSourceWords || j + 1 >= end || tokens[j].Kind != TokenKind.Colon || text[tokens[j].Start] != ':'
            || !char.IsUpper(text[tokens[first].Start]))
            return;
        var contentEnd = TrimEnd(tokens, j + 1, end);
        var words = 0;
        for (var k = j + 1; k < contentEnd; k++)
        {
            if (tokens[k].Kind is TokenKind.Word or TokenKind.Number)
                words++;
        }
        if (words < 3)
            return;
        var source = TextSpan.FromBounds(tokens[first].Start, tokens[j - 1].End);
        var content = ContentSpan(text, tokens, j + 1, contentEnd);
        if (!content.IsEmpty)
            found.Add(new Attribution(content, source, new TextSpan(tokens[j].Start, 1), s_colon, false, false));
    }

    /// <summary>The last ", and" / "; but" (a clause punctuation before a conjunction) in <c>(from, cue)</c> with no other punctuation after it, or null.</summary>
    private int? ClauseBreakBefore(string text, List<Token> tokens, int from, int cue)
    {
        for (var b = cue - 2; b > from; b--)
        {
            var t = tokens[b];
            if (t.Kind is TokenKind.Comma or TokenKind.Colon or TokenKind.Dash)
            {
                return tokens[b + 1].Kind == TokenKind.Word && (tokens[b + 1].Classes & WordClass.Conjunction) != 0
                    ? b : null;
            }
            if (t.Kind is not (TokenKind.Word or TokenKind.Number))
                return null;
        }
        return null;
    }

    private static bool IsNested(List<Frame> frames, int index)
    {
        var cue = frames[index].Cue;
        for (var k = 0; k < frames.Count; k++)
        {
            if (k != index && frames[k].Kind == FrameKind.Forward && frames[k].ContentFirst <= cue && cue < frames[k].ContentEnd)
                return true;
        }
        return false;
    }

    private Frame BuildFrame(string text, List<Token> tokens, int first, int end, int cue, int cueEnd, CueEntry entry, List<Frame> earlier)
    {
        var frame = new Frame { Cue = cue, CueEnd = cueEnd, Entry = entry };

        // The auxiliaries, negations, adverbs and time words between source and cue ("has not yet said",
        // "on Thursday warned", ", however, denied").
        var k = cue - 1;
        var passive = false;
        while (k >= first)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Word)
            {
                var classes = t.Classes;
                if ((classes & WordClass.Negation) != 0)
                    frame.Negated = true;
                if ((classes & (WordClass.Aux | WordClass.Negation | WordClass.Adverb)) != 0)
                {
                    if (IsBeForm(Slice(text, t)))
                        passive = true;
                    k--;
                    continue;
                }
                // "refused to say", "declined to confirm": the negation reaches the cue through "to".
                if (Slice(text, t).Equals("to", StringComparison.OrdinalIgnoreCase) && k - 1 >= first && tokens[k - 1].Kind == TokenKind.Word
                    && (tokens[k - 1].Classes & WordClass.Negation) != 0)
                {
                    k--;
                    continue;
                }
                if (t.Is(TokenFacts.TimeWord))
                {
                    k--;
                    if (k >= first && tokens[k].Kind == TokenKind.Word && Slice(text, tokens[k]).Equals("on", StringComparison.OrdinalIgnoreCase))
                        k--;
                    continue;
                }
            }
            else if (t.Kind == TokenKind.Comma && k - 2 >= first && tokens[k - 2].Kind == TokenKind.Comma
                && tokens[k - 1].Kind == TokenKind.Word && (tokens[k - 1].Classes & (WordClass.Opener | WordClass.Adverb)) != 0)
            {
                k -= 3; // ", however,"
                continue;
            }
            break;
        }
        var chainStart = k + 1;

        if (entry.Frame == CueFrame.Prep)
            return PrepFrame(text, tokens, first, end, cue, cueEnd, frame);

        if (entry.Frame == CueFrame.Raise)
            return RaiseFrame(text, tokens, first, end, chainStart, cueEnd, frame, earlier);

        passive &= IsParticiple(Slice(text, tokens[cue]));
        if (passive)
            return PassiveFrame(text, tokens, first, end, chainStart, cueEnd, frame);

        var npStart = SourceStart(text, tokens, first, chainStart);
        var boundary = npStart - 1; // the token before the source, if any

        // No source before the cue: a participle ("..., insisting that"), a coordinated verb ("... and says"),
        // or an inverted trailing attribution ("..., said Putin.").
        if (npStart == chainStart)
        {
            if (chainStart > first && tokens[chainStart - 1].Kind is TokenKind.Comma or TokenKind.CloseQuote or TokenKind.StraightQuote
                && TryInverted(text, tokens, first, end, cue, cueEnd, ref frame))
                return frame;
            // "Roberta Lange, the state party chairwoman, said ...", "Suu Kyi, 70, said ...": the name before an appositive.
            if (chainStart > first && tokens[chainStart - 1].Kind == TokenKind.Comma && !Slice(text, tokens[cue]).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && AppositiveSource(text, tokens, first, chainStart - 1) is { } named)
            {
                frame.Kind = FrameKind.Forward;
                frame.Source = TextSpan.FromBounds(tokens[named.Start].Start, tokens[named.End - 1].End);
                frame.FrameStart = named.Start > first && IsBoundary(text, tokens[named.Start - 1]) ? named.Start - 1 : named.Start;
                frame.EndsEarlier = named.Start > first && tokens[named.Start - 1].Kind is TokenKind.Comma or TokenKind.Colon or TokenKind.Dash;
                SetForwardContent(text, tokens, end, cueEnd, ref frame);
                return frame;
            }
            // "Asked about his speeches, Huckabee's campaign said ...": a participle opening the sentence has an unnamed
            // source and its content ends at the comma.
            if (chainStart == first && Slice(text, tokens[cue]) is var opening
                && (opening.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || opening.EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
            {
                frame.Kind = FrameKind.Forward;
                frame.Implicit = true;
                frame.FrameStart = chainStart;
                SetForwardContent(text, tokens, end, cueEnd, ref frame);
                for (var c = frame.ContentFirst; c < frame.ContentEnd; c++)
                {
                    if (tokens[c].Kind == TokenKind.Comma)
                    {
                        frame.ContentEnd = c;
                        break;
                    }
                }
                return frame;
            }
            // "went out of his way to criticize ...": an infinitive takes the clause's subject; inside another cue's
            // content ("urged troops to instruct ...") it is dropped as nested.
            var infinitive = chainStart > first && Slice(text, tokens[chainStart - 1]).Equals("to", StringComparison.OrdinalIgnoreCase);
            frame.Kind = FrameKind.Forward;
            frame.EndsEarlier = chainStart > first && IsBoundary(text, tokens[chainStart - 1]);
            frame.FrameStart = chainStart > first && IsBoundary(text, tokens[chainStart - 1]) ? chainStart - 1 : chainStart;
            frame.Source = earlier.Count > 0 ? earlier[^1].Source : SentenceSubject(text, tokens, first, cue);
            frame.Implicit = frame.Source is null && earlier.Count > 0 && earlier[^1].Implicit;
            if (frame.Source is null && !frame.Implicit)
                frame.Source = SentenceSubject(text, tokens, first, cue);
            if (frame.Source is null && infinitive)
                frame.Implicit = true;
            else if (frame.Source is null)
                frame.Skip = true;
            SetForwardContent(text, tokens, end, cueEnd, ref frame);
            return frame;
        }

        var source = TextSpan.FromBounds(tokens[npStart].Start, tokens[chainStart - 1].End);
        if (npStart == chainStart - 1 && IsPronounContraction(Slice(text, tokens[npStart])))
            source = new TextSpan(source.Start, source.Length - 2); // "He’s said": the source is "He"
        frame.Source = source;
        frame.FrameStart = boundary >= first && IsBoundary(text, tokens[boundary]) ? boundary : npStart;

        // Trailing: "<content>, Putin said (in a statement) (Friday)." or "<"quote,"> he said, <"more">".
        var afterCue = cueEnd;
        if (entry.Frame == CueFrame.Tell)
        {
            // "told reporters", "told CBS' Face the Nation": the addressee before any adjunct.
            while (afterCue < end && afterCue - cueEnd < MaxAddresseeWords && tokens[afterCue].Kind is TokenKind.Word or TokenKind.Number
                && !Slice(text, tokens[afterCue]).Equals("that", StringComparison.OrdinalIgnoreCase)
                && (afterCue == cueEnd || (tokens[afterCue].Classes & (WordClass.Clause | WordClass.Preposition)) == 0))
                afterCue++;
        }
        var after = SkipAdjuncts(text, tokens, afterCue, end);
        // The attribution closes its clause: the sentence ends, or a comma leads to more of the quotation, to a
        // participle cue (", adding that"), to "according to", or (right after the cue) back into the content
        // ("if Clinton is the nominee, he said, he would ...").
        var endsHere = after >= end || tokens[after].Kind == TokenKind.SentenceEnd
            || tokens[after].Kind == TokenKind.Colon && after + 1 >= end
            || tokens[after].Kind is TokenKind.Comma or TokenKind.Dash && after + 1 < end
                && (IsOpening(text, tokens, after + 1) || StartsFrame(text, tokens, after + 1, end) || after == cueEnd && chainStart - npStart <= 3);
        var afterQuote = boundary >= first && IsClosing(text, tokens, boundary)
            && !(cueEnd < end && Slice(text, tokens[cueEnd]).Equals("that", StringComparison.OrdinalIgnoreCase));
        if (boundary >= first && tokens[boundary].Kind is TokenKind.Comma or TokenKind.CloseQuote or TokenKind.StraightQuote or TokenKind.Dash
            && (endsHere || afterQuote) && boundary - first >= 2)
        {
            frame.Kind = FrameKind.Trailing;
            frame.EndsEarlier = true;
            frame.ContentFirst = SkipOpeners(text, tokens, first, boundary);
            frame.ContentEnd = tokens[boundary].Kind is TokenKind.CloseQuote or TokenKind.StraightQuote ? boundary + 1 : boundary;
            // A quotation or clause continued after the attribution belongs to the same content.
            if (after < end && tokens[after].Kind == TokenKind.Comma && after + 1 < end
                && (IsOpening(text, tokens, after + 1) || after == cueEnd && !StartsFrame(text, tokens, after + 1, end)))
            {
                frame.ContentEnd = TrimEnd(tokens, after + 1, end);
                frame.Spanning = true;
            }
            // "..., Putin said, TASS reported": the outlet relays an attribution already found; not a claim of its own.
            if (earlier.Count > 0 && earlier[^1].Kind == FrameKind.Trailing && earlier[^1].CueEnd <= boundary)
                frame.Skip = true;
            return frame;
        }

        frame.Kind = FrameKind.Forward;
        frame.EndsEarlier = boundary >= first && (tokens[boundary].Kind is TokenKind.Comma or TokenKind.Colon or TokenKind.Dash
            || tokens[boundary].Kind == TokenKind.Word && (tokens[boundary].Classes & WordClass.Conjunction) != 0);
        SetForwardContent(text, tokens, end, cueEnd, ref frame);
        return frame;
    }

    private Frame PrepFrame(string text, List<Token> tokens, int first, int end, int cue, int cueEnd, Frame frame)
    {
        frame.Kind = FrameKind.Prep;
        var np = cueEnd;
        while (np < end && np - cueEnd < MaxSourceWords && tokens[np].Kind is TokenKind.Word or TokenKind.Number
            && (np == cueEnd || (tokens[np].Classes & WordClass.Clause) == 0))
            np++;
        if (np == cueEnd)
        {
            frame.Skip = true;
            return frame;
        }
        frame.Source = TextSpan.FromBounds(tokens[cueEnd].Start, tokens[np - 1].End);
        frame.EndsEarlier = true;
        frame.FrameStart = cue > first && tokens[cue - 1].Kind is TokenKind.Comma or TokenKind.Dash ? cue - 1 : cue;
        if (cue - first >= 2)
        {
            frame.ContentFirst = SkipOpeners(text, tokens, first, cue);
            frame.ContentEnd = frame.FrameStart;
        }
        else
        {
            var start = np < end && tokens[np].Kind == TokenKind.Comma ? np + 1 : np;
            frame.ContentFirst = start;
            frame.ContentEnd = TrimEnd(tokens, start, end);
        }
        return frame;
    }

    /// <summary>"it was reported that ...", "X is expected to ...", "O’Malley’s move was first reported by MSNBC".</summary>
    private Frame PassiveFrame(string text, List<Token> tokens, int first, int end, int chainStart, int cueEnd, Frame frame)
    {
        frame.Kind = FrameKind.Forward;
        var npStart = SourceStart(text, tokens, first, chainStart);
        var after = cueEnd;
        if (after < end && Slice(text, tokens[after]).Equals("by", StringComparison.OrdinalIgnoreCase) && npStart < chainStart)
        {
            var np = after + 1;
            while (np < end && np - after <= MaxSourceWords && tokens[np].Kind is TokenKind.Word or TokenKind.Number
                && (tokens[np].Classes & WordClass.Clause) == 0)
                np++;
            if (np > after + 1)
            {
                frame.Source = TextSpan.FromBounds(tokens[after + 1].Start, tokens[np - 1].End);
                frame.ContentFirst = npStart;
                frame.ContentEnd = chainStart;
                return frame;
            }
        }
        frame.Implicit = true;
        var subjectIsIt = npStart == chainStart - 1 && Slice(text, tokens[npStart]).Equals("it", StringComparison.OrdinalIgnoreCase);
        if (subjectIsIt || npStart == chainStart)
        {
            SetForwardContent(text, tokens, end, cueEnd, ref frame);
            frame.FrameStart = npStart;
            return frame;
        }
        // "Ukrainian troops are said to be surrounded": the subject and the infinitive are the content.
        if (after < end && Slice(text, tokens[after]).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            frame.ContentFirst = npStart;
            frame.ContentEnd = TrimEnd(tokens, npStart, end);
            return frame;
        }
        frame.Skip = true;
        return frame;
    }

    /// <summary>
    /// "Clinton, casting herself as ..., appeared to assuage ...": the clause from its subject through the infinitive
    /// is the content and the source is unnamed. Only "to", "that", "like" or "as (if)" after the cue makes it an
    /// attribution ("appeared on television" is not one).
    /// </summary>
    private Frame RaiseFrame(string text, List<Token> tokens, int first, int end, int chainStart, int cueEnd, Frame frame, List<Frame> earlier)
    {
        frame.Kind = FrameKind.Forward;
        frame.Implicit = true;
        if (cueEnd >= end || tokens[cueEnd].Kind != TokenKind.Word
            || !(Slice(text, tokens[cueEnd]).Equals("to", StringComparison.OrdinalIgnoreCase) || Slice(text, tokens[cueEnd]).Equals("that", StringComparison.OrdinalIgnoreCase)
                || Slice(text, tokens[cueEnd]).Equals("like", StringComparison.OrdinalIgnoreCase) || Slice(text, tokens[cueEnd]).Equals("as", StringComparison.OrdinalIgnoreCase)))
        {
            frame.Skip = true;
            return frame;
        }
        // "it seems that ...": the clause after "that" is the content.
        if (chainStart - 1 >= first && Slice(text, tokens[chainStart - 1]).Equals("it", StringComparison.OrdinalIgnoreCase)
            || Slice(text, tokens[cueEnd]).Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            SetForwardContent(text, tokens, end, cueEnd, ref frame);
            frame.FrameStart = chainStart;
            return frame;
        }
        // The subject starts the clause: after an earlier attribution's cue in this sentence, else at the sentence start.
        var start = SkipOpeners(text, tokens, first, chainStart);
        if (earlier.Count > 0 && earlier[^1].CueEnd <= chainStart)
            start = Math.Max(start, SourceStart(text, tokens, earlier[^1].CueEnd, chainStart));
        if (start >= chainStart)
        {
            frame.Skip = true;
            return frame;
        }
        frame.ContentFirst = start;
        frame.ContentEnd = TrimEnd(tokens, start, end);
        frame.FrameStart = start;
        return frame;
    }

    private const int MaxAppositiveTokens = 14;

    /// <summary>
    /// For "NAME, APPOSITIVE, cue" with <paramref name="comma"/> the comma before the cue: the token range of the name,
    /// or null when the words before the comma are no appositive (a quotation, a sentence end, a cue of their own).
    /// </summary>
    private (int Start, int End)? AppositiveSource(string text, List<Token> tokens, int first, int comma)
    {
        var j = comma - 1;
        while (j >= first && comma - j <= MaxAppositiveTokens)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Comma)
                break;
            if (t.Kind is not (TokenKind.Word or TokenKind.Number) && !IsAbbreviationDot(text, tokens, j) && t.Kind != TokenKind.Other)
                return null;
            if (t.Kind == TokenKind.Word && t.IsCue)
                return null;
            j--;
        }
        if (j < first || tokens[j].Kind != TokenKind.Comma || j == comma - 1)
            return null;
        var nameStart = SourceStart(text, tokens, first, j);
        if (nameStart >= j || !(char.IsUpper(text[tokens[nameStart].Start]) || tokens[nameStart].Kind == TokenKind.Number))
            return null;
        return (nameStart, j);
    }

    /// <summary>"..., said Putin." / "“...,” said the ministry."</summary>
    private bool TryInverted(string text, List<Token> tokens, int first, int end, int cue, int cueEnd, ref Frame frame)
    {
        var np = cueEnd;
        // The inverted source is a noun phrase: an auxiliary ("said the accounts were balanced") makes it a clause.
        while (np < end && np - cueEnd < MaxSourceWords && tokens[np].Kind is TokenKind.Word or TokenKind.Number
            && (tokens[np].Classes & (WordClass.Clause | WordClass.Preposition | WordClass.Aux | WordClass.Negation)) == 0)
            np++;
        if (np == cueEnd || np < end && tokens[np].Kind is not (TokenKind.SentenceEnd or TokenKind.Comma))
            return false;
        // "..., told her supporters, ..." names an addressee; "X, the pollster, said Mr. Y ..." is no inversion.
        if (frame.Entry.Frame == CueFrame.Tell || np < end && IsAbbreviationDot(text, tokens, np))
            return false;
        if (!char.IsUpper(text[tokens[cueEnd].Start]) && (tokens[cueEnd].Classes & (WordClass.Pronoun | WordClass.Determiner)) == 0)
            return false;
        var boundary = cue - 1;
        if (boundary - first < 2)
            return false;
        frame.Kind = FrameKind.Trailing;
        frame.EndsEarlier = true;
        frame.FrameStart = boundary;
        frame.Source = TextSpan.FromBounds(tokens[cueEnd].Start, tokens[np - 1].End);
        frame.ContentFirst = SkipOpeners(text, tokens, first, boundary);
        frame.ContentEnd = tokens[boundary].Kind is TokenKind.CloseQuote or TokenKind.StraightQuote ? boundary + 1 : boundary;
        return true;
    }

    /// <summary>Content after the cue: past an addressee ("told reporters"), adjuncts ("in a statement"), "that" or a colon.</summary>
    private void SetForwardContent(string text, List<Token> tokens, int end, int cueEnd, ref Frame frame)
    {
        var start = cueEnd;
        // "that" within reach (after an addressee or adjuncts) opens the content; an object cue's content is right after it.
        var reach = Math.Min(end, cueEnd + (frame.Entry.Frame switch
        {
            CueFrame.Tell => MaxAddresseeWords,
            CueFrame.Object => 1,
            _ => MaxAdjunctWords,
        }));
        for (var j = cueEnd; j < reach; j++)
        {
            var t = tokens[j];
            // "told her supporters, "I still love ..."": after an addressee, a comma and a quotation open the content.
            if (t.Kind == TokenKind.Comma && frame.Entry.Frame == CueFrame.Tell && j > cueEnd && j + 1 < end && IsOpening(text, tokens, j + 1))
            {
                start = j + 1;
                break;
            }
            if (t.Kind is TokenKind.SentenceEnd or TokenKind.OpenQuote or TokenKind.StraightQuote or TokenKind.Comma)
                break;
            if (t.Kind == TokenKind.Colon)
            {
                start = j + 1;
                break;
            }
            // The complementizer belongs to the content, as in the attribution corpora ("said that ..."). It opens the
            // content only after an addressee or adjuncts, never as the demonstrative of "said the test could change that".
            if (t.Kind == TokenKind.Word && Slice(text, t).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                if (j + 1 < end && tokens[j + 1].Kind is not (TokenKind.SentenceEnd or TokenKind.Comma or TokenKind.Colon or TokenKind.Dash)
                    && (frame.Entry.Frame == CueFrame.Tell || SkipAdjuncts(text, tokens, cueEnd, end) >= j))
                    start = j;
                break;
            }
            if (t.Kind == TokenKind.Word && (t.Classes & WordClass.Clause) != 0 && j > cueEnd)
                break;
        }
        if (start == cueEnd)
        {
            // "said Thursday he agreed": time words after the cue are frame, not content.
            while (start < end && tokens[start].Kind == TokenKind.Word && tokens[start].Is(TokenFacts.TimeWord))
                start++;
            if (start < end && tokens[start].Kind == TokenKind.Comma && start + 1 < end && IsOpening(text, tokens, start + 1))
                start++;
        }
        frame.ContentFirst = start;
        frame.ContentEnd = TrimEnd(tokens, start, end);
    }

    /// <summary>The first token of the source noun phrase ending just before <paramref name="chainStart"/>, or <paramref name="chainStart"/> when there is none.</summary>
    private int SourceStart(string text, List<Token> tokens, int first, int chainStart)
    {
        var j = chainStart - 1;
        if (j < first)
            return chainStart;
        var last = tokens[j];
        if (last.Kind != TokenKind.Word && last.Kind != TokenKind.Number)
            return chainStart;
        var lastClasses = last.Classes;
        if ((lastClasses & WordClass.Pronoun) != 0 || IsPronounContraction(Slice(text, last)))
            return j;
        if ((lastClasses & (WordClass.Clause | WordClass.Preposition | WordClass.Determiner | WordClass.Opener)) != 0)
            return chainStart;
        var start = j;
        while (j >= first && chainStart - j <= MaxSourceWords)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.SentenceEnd && j > first && tokens[j - 1].End == t.Start && tokens[j - 1].Is(TokenFacts.Abbreviation))
            {
                j--; // "Mr." inside a name
                continue;
            }
            if (t.Kind is not (TokenKind.Word or TokenKind.Number))
                break;
            var word = Slice(text, t);
            var classes = t.Classes;
            if ((classes & WordClass.Clause) != 0 || (classes & (WordClass.Aux | WordClass.Negation)) != 0)
                break;
            if ((classes & WordClass.Preposition) != 0 && !word.Equals("of", StringComparison.OrdinalIgnoreCase))
                break;
            if ((classes & WordClass.Pronoun) != 0 && j != chainStart - 1)
                break;
            if (j < chainStart - 1 && t.IsCue && !char.IsUpper(word[0]))
                break;
            start = j;
            j--;
        }
        // "of" never starts a phrase.
        while (start < chainStart && Slice(text, tokens[start]).Equals("of", StringComparison.OrdinalIgnoreCase))
            start++;
        return start;
    }

    /// <summary>The subject at the start of the sentence, for a participle cue with no earlier source ("He ..., asking Putin to ...").</summary>
    private TextSpan? SentenceSubject(string text, List<Token> tokens, int first, int limit)
    {
        var j = SkipOpeners(text, tokens, first, limit);
        // Skip an opening adverbial phrase ("In a dramatic turn of events, ...", "Earlier Friday, ...").
        for (var c = j; c < limit && c - j < MaxAdjunctWords; c++)
        {
            if (tokens[c].Kind == TokenKind.Comma)
            {
                if ((tokens[j].Classes & (WordClass.Preposition | WordClass.Adverb | WordClass.Clause)) != 0 || tokens[j].Is(TokenFacts.TimeWord))
                    j = c + 1;
                break;
            }
        }
        var start = j;
        while (j < limit && (tokens[j].Kind is TokenKind.Word or TokenKind.Number || j > start && IsAbbreviationDot(text, tokens, j)))
        {
            if (tokens[j].Kind == TokenKind.SentenceEnd)
            {
                j++; // "Mr." inside a name
                continue;
            }
            var classes = tokens[j].Classes;
            if ((classes & WordClass.Pronoun) != 0 && j == start)
                return TextSpan.FromBounds(tokens[j].Start, tokens[j].End);
            if ((classes & (WordClass.Aux | WordClass.Negation | WordClass.Adverb | WordClass.Clause | WordClass.Preposition)) != 0 || tokens[j].IsCue)
                break;
            if (!char.IsUpper(text[tokens[j].Start]) && (classes & (WordClass.Determiner | WordClass.Role)) == 0)
                break;
            j++;
        }
        return j > start && char.IsUpper(text[tokens[j - 1].Start]) ? TextSpan.FromBounds(tokens[start].Start, tokens[j - 1].End) : null;
    }

    /// <summary>Whether the sentence-end token at <paramref name="index"/> is the dot of an abbreviation ("Mr.").</summary>
    private bool IsAbbreviationDot(string text, List<Token> tokens, int index) =>
        tokens[index].Kind == TokenKind.SentenceEnd && index > 0 && tokens[index - 1].End == tokens[index].Start
        && tokens[index - 1].Kind == TokenKind.Word && tokens[index - 1].Is(TokenFacts.Abbreviation);

    /// <summary>Whether a participle cue or "according to" starts at <paramref name="index"/>.</summary>
    private bool StartsFrame(string text, List<Token> tokens, int index, int end) =>
        tokens[index].Kind == TokenKind.Word && TryMatchCue(text, tokens, index, end, out var entry, out _)
        && (entry.Frame == CueFrame.Prep || Slice(text, tokens[index]).EndsWith("ing", StringComparison.OrdinalIgnoreCase));

    /// <summary>Skips adjuncts after a cue: "in televised remarks", "Friday", "in a post on Truth Social".</summary>
    private int SkipAdjuncts(string text, List<Token> tokens, int from, int end)
    {
        var j = from;
        while (j < end && j - from < MaxAdjunctWords)
        {
            var t = tokens[j];
            if (t.Kind is not (TokenKind.Word or TokenKind.Number))
                return j;
            var word = Slice(text, t);
            if (t.Is(TokenFacts.TimeWord))
            {
                j++;
                continue;
            }
            // "to surrender" is content; "to reporters", "to CNN" is an adjunct.
            if (word.Equals("to", StringComparison.OrdinalIgnoreCase) && j + 1 < end && tokens[j + 1].Kind == TokenKind.Word
                && !char.IsUpper(text[tokens[j + 1].Start]) && (tokens[j + 1].Classes & WordClass.Determiner) == 0
                && !Slice(text, tokens[j + 1]).EndsWith('s'))
                return j;
            if ((t.Classes & WordClass.Preposition) != 0)
            {
                // A prepositional phrase runs to the next punctuation, "that" or clause word.
                j++;
                while (j < end && j - from < MaxAdjunctWords && tokens[j].Kind is TokenKind.Word or TokenKind.Number
                    && (tokens[j].Classes & WordClass.Clause) == 0)
                    j++;
                continue;
            }
            return j;
        }
        return j;
    }

    private int SkipOpeners(string text, List<Token> tokens, int first, int end)
    {
        var j = first;
        while (j < end)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Comma || t.Kind == TokenKind.Word && (t.Classes & WordClass.Opener) != 0)
            {
                j++;
                continue;
            }
            break;
        }
        return j;
    }

    /// <summary>Longest joined cue form read: longer forms are not in the lexicon.</summary>
    private const int MaxCueChars = 64;

    private bool TryMatchCue(string text, List<Token> tokens, int i, int end, out CueEntry entry, out int cueEnd)
    {
        // Longest multi-word form first ("called for" before "called"); only the first word of such a form can open one.
        var token = tokens[i];
        if (token.Is(TokenFacts.OpensLongerCue) && TryMatchLongerCue(text, tokens, i, end, out entry, out cueEnd))
            return true;
        if (token.Kind == TokenKind.Word && token.IsCue && token.Length < MaxCueChars)
        {
            entry = _lexicons.CueById(token.Lexicon.CueId);
            cueEnd = i + 1;
            return true;
        }
        entry = null!;
        cueEnd = i;
        return false;
    }

    /// <summary>A cue form of two or more words from <paramref name="i"/>, longest first, joined by single spaces.</summary>
    private bool TryMatchLongerCue(string text, List<Token> tokens, int i, int end, out CueEntry entry, out int cueEnd)
    {
        Span<char> buffer = stackalloc char[MaxCueChars];
        for (var words = Math.Min(_lexicons.MaxCueWords, end - i); words >= 2; words--)
        {
            var length = 0;
            var ok = true;
            for (var w = 0; w < words && ok; w++)
            {
                var t = tokens[i + w];
                if (t.Kind != TokenKind.Word || length + t.Length + 1 > buffer.Length)
                {
                    ok = false;
                    break;
                }
                if (w > 0)
                    buffer[length++] = ' ';
                text.AsSpan(t.Start, t.Length).CopyTo(buffer[length..]);
                length += t.Length;
            }
            if (ok && _lexicons.TryGetCue(buffer[..length], out entry) && entry.Words == words)
            {
                cueEnd = i + words;
                return true;
            }
        }
        entry = null!;
        cueEnd = i;
        return false;
    }

    /// <summary>"the claims", "his call", "her warning": a cue form used as a noun is not a cue.</summary>
    private bool IsNounUse(string text, List<Token> tokens, int i, int first, CueEntry entry, bool titleCase)
    {
        if (entry.Frame == CueFrame.Prep)
            return false;
        var word = Slice(text, tokens[i]);
        if (char.IsUpper(word[0]) && i > first && !titleCase)
            return true; // a capitalised cue form mid-sentence is a name ("Tell", "Post")
        if (i == first)
            return false;
        var previous = tokens[i - 1];
        // "32 state committees", "34% support": a count before a cue form makes it a noun.
        if (previous.Kind == TokenKind.Number || previous.Kind == TokenKind.Other && text[previous.Start] == '%')
            return true;
        if (previous.Kind != TokenKind.Word)
            return false;
        var previousWord = Slice(text, previous);
        var classes = previous.Classes;
        if ((classes & WordClass.Determiner) != 0)
            return true;
        // "Putin’s remarks": a possessive before a cue form makes it a noun; "He’s said" is a pronoun and "has".
        if (previousWord.EndsWith("’s", StringComparison.OrdinalIgnoreCase) || previousWord.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
            return (classes & WordClass.Pronoun) == 0 && !IsPronounContraction(previousWord);
        // A base form ("appeal", "order", "support") is a verb only after a plural subject, a pronoun, an
        // auxiliary or an adverb ("officials say", "people say", "they appeal", "will order"); else a noun
        // ("public appeal", "Oklahoma state senator": a singular name takes "says").
        if (word.Equals(entry.Lemma, StringComparison.OrdinalIgnoreCase) && !word.Contains(' ')
            && (tokens[i].Classes & WordClass.VerbOnly) == 0
            && (classes & (WordClass.Pronoun | WordClass.Aux | WordClass.Negation | WordClass.Adverb | WordClass.PluralNoun)) == 0
            && !(previousWord.EndsWith('s') && (classes & WordClass.Clause) == 0) && !previousWord.Equals("to", StringComparison.OrdinalIgnoreCase)
            && !IsSubjectClauseWord(previousWord))
            return true;
        if ((classes & WordClass.Preposition) != 0 && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            return !Slice(text, previous).Equals("to", StringComparison.OrdinalIgnoreCase);
        // "denied claims": a cue form right after a verb cue is its object; after "the report" it is the verb.
        var previousIsNoun = i - 2 >= first && tokens[i - 2].Kind == TokenKind.Word
            && (tokens[i - 2].Classes & WordClass.Determiner) != 0;
        // Only a form that can be a noun ("claims", "report") is an object; "state said" is a verb after a name.
        return !previousIsNoun && previous.IsCue && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && (word.EndsWith('s') || word.Equals(entry.Lemma, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Clause words a base-form verb may follow directly: relative pronouns that are its subject and coordinators
    /// sharing one ("officials who say", "denies this and says"); after "if", "as" or "while" a subject must come
    /// first, so "if state job growth" has a noun.
    /// </summary>
    private static bool IsSubjectClauseWord(ReadOnlySpan<char> word) =>
        word.Equals("who", StringComparison.OrdinalIgnoreCase) || word.Equals("which", StringComparison.OrdinalIgnoreCase)
        || word.Equals("that", StringComparison.OrdinalIgnoreCase) || word.Equals("and", StringComparison.OrdinalIgnoreCase)
        || word.Equals("or", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase)
        || word.Equals("nor", StringComparison.OrdinalIgnoreCase);

    /// <summary>"He’s", "she's", "it’s": a pronoun with a contracted "has" or "is".</summary>
    private bool IsPronounContraction(ReadOnlySpan<char> word) =>
        word.Length > 2 && (word[^2] is '’' or '\'') && word[^1] is 's' or 'S'
        && (_lexicons.Classify(word[..^2]) & WordClass.Pronoun) != 0;

    private static int TrimEnd(List<Token> tokens, int start, int end)
    {
        var e = end;
        while (e > start && tokens[e - 1].Kind is TokenKind.SentenceEnd or TokenKind.Comma or TokenKind.Colon or TokenKind.Dash)
            e--;
        return e;
    }

    private TextSpan ContentSpan(string text, List<Token> tokens, int first, int end)
    {
        while (end > first && tokens[end - 1].Kind is TokenKind.SentenceEnd or TokenKind.Comma or TokenKind.Colon or TokenKind.Dash)
            end--;
        while (end > first && tokens[end - 1].Kind == TokenKind.Word && (tokens[end - 1].Classes & WordClass.Clause) != 0
            && Slice(text, tokens[end - 1]) is var w && (w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("but", StringComparison.OrdinalIgnoreCase)))
            end--;
        while (end > first && tokens[end - 1].Kind is TokenKind.SentenceEnd or TokenKind.Comma or TokenKind.Colon or TokenKind.Dash)
            end--;
        if (end <= first)
            return default;
        return TextSpan.FromBounds(tokens[first].Start, tokens[end - 1].End);
    }

    /// <summary>Whether the content has a word besides a leading "that" ("He said that." has none).</summary>
    private static bool HasWord(string text, List<Token> tokens, int first, int end)
    {
        if (first < end && Slice(text, tokens[first]).Equals("that", StringComparison.OrdinalIgnoreCase))
            first++;
        for (var j = first; j < end; j++)
        {
            if (tokens[j].Kind is TokenKind.Word or TokenKind.Number)
                return true;
        }
        return false;
    }

    private bool IsBoundary(string text, Token token) =>
        token.Kind is TokenKind.Comma or TokenKind.Colon or TokenKind.Dash
        || token.Kind == TokenKind.Word && (token.Classes & WordClass.Clause) != 0;

    private static bool IsClosing(string text, List<Token> tokens, int index)
    {
        var t = tokens[index];
        return t.Kind == TokenKind.CloseQuote && text[t.Start] != '’'
            || t.Kind == TokenKind.StraightQuote && t.Start > 0 && !char.IsWhiteSpace(text[t.Start - 1]);
    }

    internal static bool IsOpening(string text, List<Token> tokens, int index)
    {
        var t = tokens[index];
        return t.Kind == TokenKind.OpenQuote
            || t.Kind == TokenKind.StraightQuote && (t.Start == 0 || char.IsWhiteSpace(text[t.Start - 1]));
    }

    private static bool IsBeForm(ReadOnlySpan<char> word) =>
        word.Equals("is", StringComparison.OrdinalIgnoreCase) || word.Equals("are", StringComparison.OrdinalIgnoreCase)
        || word.Equals("was", StringComparison.OrdinalIgnoreCase) || word.Equals("were", StringComparison.OrdinalIgnoreCase)
        || word.Equals("been", StringComparison.OrdinalIgnoreCase) || word.Equals("being", StringComparison.OrdinalIgnoreCase)
        || word.Equals("be", StringComparison.OrdinalIgnoreCase);

    private static bool IsParticiple(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("en", StringComparison.OrdinalIgnoreCase)
        || word.Equals("said", StringComparison.OrdinalIgnoreCase) || word.Equals("told", StringComparison.OrdinalIgnoreCase)
        || word.Equals("thought", StringComparison.OrdinalIgnoreCase) || word.Equals("found", StringComparison.OrdinalIgnoreCase)
        || word.Equals("known", StringComparison.OrdinalIgnoreCase) || word.Equals("shown", StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Slice(string text, Token token) => text.AsSpan(token.Start, token.Length);
}
