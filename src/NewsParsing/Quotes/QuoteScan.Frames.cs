using NewsParsing.Model;

namespace NewsParsing.Quotes;

/// <summary>
/// Attribution frames and naming cues, driven by lexicon flags so that each language opts in through its files
/// (German: <c>cue-verbs.de.txt</c> flag <c>naming</c>, <c>speaker-words.de.txt</c> class <c>frame</c>).
/// </summary>
internal sealed partial class QuoteScan
{
    /// <summary>
    /// A cue that names or judges rather than reports (`bezeichnete den Plan als „Unsinn“`, `nannte ihn einen „Lügner“`):
    /// only the quoted words are the speaker's, the clause around them is the writer's. The quotations of the clause
    /// from token <paramref name="t"/> on become direct quotes of the cue's speaker; returns false when the cue is
    /// not such a cue or the clause quotes nothing but names.
    /// </summary>
    private bool TryAddNamedWords(int t, TextSpan content, Attribution attribution)
    {
        if (attribution.Cue is not { } cue)
            return false;
        ref readonly var facts = ref _lexicons.Facts(_text.AsSpan(cue.Start, cue.Length));
        if (!(facts.Has(QuoteWordFlags.NamingCue) || facts.Has(QuoteWordFlags.ObjectCue) && content.Start > cue.Start && IsPhraseOnly(t, content)))
            return false;
        var added = false;
        for (var i = t; i < _tokens.Count && _tokens[i].Start < content.End; i++)
        {
            if (_tokens[i].Kind != TokenKind.Quote || i > t && IsTitleLike(_tokens[i]))
                continue;
            _drafts.Add(new Draft(_tokens[i].Span, QuoteKind.Direct, attribution));
            added = true;
        }
        return added;
    }

    /// <summary>
    /// `Er nannte den Bericht eine „Verhöhnung Polens“`, `bezeichnete ihn als „Schatten-CIA“`: capitalised words in quote
    /// marks look like a name, but after a lower-case word (an article, "als") in the clause of a naming cue they are
    /// the speaker's judgement, a direct quote. A name keeps its head noun before the marks ("die Zeitung „Die Welt“").
    /// The cue is looked for before the clause search runs, so a sentence without one is left as it was.
    /// </summary>
    private bool TryNamedJudgement(int t, int floor, out int end)
    {
        end = 0;
        if (SpeakerResolver.IsCapitalized(WordAt(t - 1)) || !HasNamingCue(floor, Math.Min(_tokens.Count, t + MaxTrailingTokens))
            || !TryEmbedded(t, floor, out var content, out var attribution, out _) || !TryAddNamedWords(t, content, attribution))
            return false;
        end = Math.Max(content.End, _tokens[t].End);
        return true;
    }

    /// <summary>
    /// `Er sprach von einer „vollständigen Zerstörung“`, `forderte eine „rechtssichere Frist“`: a cue whose object may be a
    /// quoted phrase (flag <c>object</c>) quotes only that phrase when it is short (fewer words than a mixed quote) and the content after the cue is no
    /// clause of its own: no comma, complementizer or reported-speech verb form in it ("forderte, dass …" reports a clause).
    /// </summary>
    private bool IsPhraseOnly(int t, TextSpan content)
    {
        if (QuotedWords(t, t + 1) >= MinMixedQuoteWords)
            return false;
        for (var i = 0; i < _tokens.Count && _tokens[i].Start < content.End; i++)
        {
            var token = _tokens[i];
            if (token.End <= content.Start || i == t)
                continue;
            if (token.Kind == TokenKind.Punctuation && _text[token.Start] is ',' or ':' or ';'
                || token.Kind == TokenKind.Word && FactsAt(i).Has(QuoteWordFlags.Complementizer | QuoteWordFlags.ReportedSpeech))
                return false;
        }
        return true;
    }

    /// <summary>
    /// `Er behauptete, die Schulen kämen nur durch „Trickserei“ zustande`, `bestätigte, dass es sich um die „Graf Zeppelin“
    /// handele`: capitalised words in marks inside a reported clause (opened by a complementizer or holding a reported-speech
    /// verb form; flag <c>reported</c> on the complementizer) are part of what was reported, a name or not: the clause is a partial or mixed quote of the cue's speaker.
    /// </summary>
    private bool TryNameInReportedClause(int t, int floor, out int end)
    {
        end = 0;
        if (_lexicons.ReportedSpeech.Count == 0 || !HasReportedWord(floor, t) && !HasReportedWord(t + 1, Math.Min(_tokens.Count, t + MaxClauseTokens))
            || !TryEmbedded(t, floor, out var content, out var attribution, out var quotedWords) || !IsReportedClause(content))
            return false;
        AddReported(content, attribution, quotedWords);
        end = Math.Max(content.End, _tokens[t].End);
        return true;
    }

    /// <summary>Whether tokens <c>[from, to)</c> hold a reporting complementizer or a reported-speech verb form.</summary>
    private bool HasReportedWord(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_tokens[i].Kind == TokenKind.Word && (FactsAt(i).HasAll(QuoteWordFlags.Complementizer | QuoteWordFlags.Reported) || FactsAt(i).Has(QuoteWordFlags.ReportedSpeech)))
                return true;
        }
        return false;
    }

    private bool HasCue(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_tokens[i].Kind == TokenKind.Word && CueMatcher.TryMatch(_text, _tokens, i, _lexicons, out _))
                return true;
        }
        return false;
    }

    /// <summary>Whether a content span holds a reporting complementizer or a reported-speech verb form.</summary>
    private bool IsReportedClause(TextSpan content)
    {
        var from = 0;
        while (from < _tokens.Count && _tokens[from].End <= content.Start)
            from++;
        var to = from;
        while (to < _tokens.Count && _tokens[to].Start < content.End)
            to++;
        return from < to && HasReportedWord(from, to);
    }

    private bool HasNamingCue(int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (_tokens[j].Kind == TokenKind.Word && FactsAt(j).Has(QuoteWordFlags.NamingCue))
                return true;
        }
        return false;
    }

    /// <summary>
    /// A sentence opened by an attribution frame (`Wie die Zeitung berichtet, wird der Film „Titel“ heißen.`,
    /// class <c>frame</c> for the opening word): everything after the frame's comma is reported, names in quote marks
    /// included, so the content runs to the sentence end and the frame's cue and source attribute it.
    /// </summary>
    private bool TryFrame(int t, int floor, out TextSpan content, out Attribution attribution)
    {
        content = default;
        attribution = default;
        if (floor == 0 && (TrySourceFrame(t, out content, out attribution) || TryNounFrame(t, out content, out attribution)
            || TryInnerSourceFrame(t, out content, out attribution)
            || TryTrailingCueClause(t, out content, out attribution)
            || TrySubjectCueSentence(t, out content, out attribution)))
            return true;
        var opening = FrameOpening();
        if (floor != 0 || opening < 0)
            return false;
        // The frame ends at its first comma, which must come before the quote, with its cue right before the comma.
        var comma = opening + 1;
        while (comma < t && !(_tokens[comma].Kind == TokenKind.Punctuation && _text[_tokens[comma].Start] == ','))
        {
            if (_tokens[comma].Kind != TokenKind.Word && !IsInnerPoint(comma))
                return false;
            comma++;
        }
        if (comma >= t - 1 || !CueMatcher.TryMatch(_text, _tokens, comma - 1, _lexicons, out var cue) || cue.QuoteOnly || cue.SourceAfter)
            return false;
        attribution = TryFindCueSource(cue, opening + 1, comma - 1, out var source)
            ? Attribute(cue, source, comma)
            : new Attribution(-1, CueMatcher.SpanOf(_tokens, cue), cue.Lemma, null, _blockIndex);
        var end = WordsEnd(_tokens.Count, t + 1);
        content = TextSpan.FromBounds(_tokens[comma + 1].Start, _tokens[end - 1].End);
        return true;
    }

    /// <summary>
    /// The token of the word that opens a frame (class <c>frame</c>: "Wie die Polizei mitteilte, …"), first in the sentence
    /// or after a conjunction or particle that links the sentence to the one before ("Aber wie es hieß, …", "Doch wie …");
    /// -1 when the sentence opens no frame.
    /// </summary>
    private int FrameOpening()
    {
        var k = 0;
        if (_tokens.Count > 1 && _tokens[0].Kind == TokenKind.Word
            && (FactsAt(0).FunctionClass == "conj" || ClassAt(0) == SpeakerWordClass.Particle))
            k = 1;
        return _tokens[k].Kind == TokenKind.Word && ClassAt(k) == SpeakerWordClass.Frame ? k : -1;
    }

    /// <summary>A point right after a number inside a clause ("vom 22. August"): an ordinal's, not a sentence end.</summary>
    private bool IsInnerPoint(int k) =>
        _tokens[k].Kind == TokenKind.Punctuation && _text[_tokens[k].Start] == '.' && k > 0 && _tokens[k - 1].End == _tokens[k].Start
        && char.IsDigit(_text[_tokens[k - 1].End - 1]) && k + 1 < _tokens.Count && _tokens[k + 1].Kind == TokenKind.Word;

    /// <summary>
    /// `Auf der Website heißt es zur Begründung, warum man das Bild wählte: „Die Striche wurden …“`: a whole utterance after
    /// a colon that ends its sentence is quoted as it was said, a direct quote of the cue's speaker, however far the cue
    /// stands before the colon; the clause between the cue and the colon is the writer's, not reported words.
    /// </summary>
    private bool IsColonUtterance(int t, int floor) =>
        t - 1 > floor && _tokens[t - 1].Kind == TokenKind.Punctuation && _text[_tokens[t - 1].Start] == ':' && StartsUtterance(_tokens[t])
        && OnlyPunctuationBetween(t + 1, _tokens.Count);

    /// <summary>
    /// `Nach Angaben der Polizei kamen rund „4.000 Menschen“ zu der Kundgebung.`: a sentence opened by a source-first cue
    /// that frames it (flag <c>frame</c>: "nach Angaben", "nach Ansicht") reports everything after the frame's source,
    /// from the finite verb that follows it (verb second) to the sentence end, names in quote marks included.
    /// </summary>
    private bool TrySourceFrame(int t, out TextSpan content, out Attribution attribution)
    {
        content = default;
        attribution = default;
        if (!CueMatcher.TryMatch(_text, _tokens, 0, _lexicons, out var cue) || !cue.SourceAfter || cue.Last + 2 >= t
            || !CueHas(cue, QuoteWordFlags.FrameCue))
            return false;
        // The finite verb: the first lower-case word after a capitalised one that is no article or preposition.
        var verb = cue.Last + 2;
        while (verb < t && !(_tokens[verb].Kind == TokenKind.Word && !SpeakerResolver.IsCapitalized(WordAt(verb))
            && ClassAt(verb) is not (SpeakerWordClass.Determiner or SpeakerWordClass.Fronted)
            && _tokens[verb - 1].Kind == TokenKind.Word && SpeakerResolver.IsCapitalized(WordAt(verb - 1))))
            verb++;
        if (verb >= t || !_resolver.TryFindSourceAfter(_text, _tokens, cue, verb - 1, out var phrase))
            return false;
        attribution = Attribute(cue, new Source(phrase), verb);
        var end = WordsEnd(_tokens.Count, t + 1);
        content = TextSpan.FromBounds(_tokens[verb].Start, _tokens[end - 1].End);
        return true;
    }

    /// <summary>
    /// `Der neue Planet begleitet den Stern „HD 13189“, teilte die Universität mit.`: a sentence that ends in a verb-first
    /// cue clause after a comma (`, sagte X`) reports everything before that comma, names in quote marks included.
    /// </summary>
    private bool TryTrailingCueClause(int t, out TextSpan content, out Attribution attribution)
    {
        content = default;
        attribution = default;
        for (var c = t + 1; c + 1 < _tokens.Count; c++)
        {
            if (_tokens[c].Kind == TokenKind.Quote)
                return false;
            if (_tokens[c].Kind != TokenKind.Punctuation || _text[_tokens[c].Start] != ','
                || !CueMatcher.TryMatch(_text, _tokens, c + 1, _lexicons, out var cue) || cue.SourceAfter || cue.QuoteOnly || cue.Participle
                || !TryTrailing(c - 1, out attribution, out _) || attribution.Cue is not { } span || span.Start != _tokens[c + 1].Start)
                continue;
            content = TextSpan.FromBounds(_tokens[0].Start, _tokens[c - 1].End);
            _last = attribution with { Block = _blockIndex };
            return true;
        }
        return false;
    }

    /// <summary>
    /// `Die Gewerkschaft fordert eine Abkehr von der „Agenda 2030“.`: a sentence that opens with its subject, followed
    /// by a cue verb (verb second), states the subject's words as a whole, the name in quote marks included; a naming
    /// cue is left to the judgement rule.
    /// </summary>
    private bool TrySubjectCueSentence(int t, out TextSpan content, out Attribution attribution)
    {
        content = default;
        attribution = default;
        for (var j = 1; j < t; j++)
        {
            if (_tokens[j].Kind != TokenKind.Word)
                return false;
            if (!CueMatcher.TryMatch(_text, _tokens, j, _lexicons, out var cue))
                continue;
            if (cue.SourceAfter || cue.QuoteOnly || cue.Participle || cue.Last >= t
                || !FactsAt(j).Has(QuoteWordFlags.Cue) || FactsAt(j).Has(QuoteWordFlags.NamingCue)
                || !_resolver.TryFindBefore(_text, _tokens, j - 1, 0, out var phrase) || phrase.First != 0 || phrase.Last != j - 1)
                return false;
            // A complement clause ("schrieb, dass …", "sagte der Zeitung „Die Welt“, die Reform komme") is the reported
            // part, not the whole sentence.
            for (var k = cue.Last + 1; k < _tokens.Count; k++)
            {
                if (_tokens[k].Kind == TokenKind.Word && FactsAt(k).Has(QuoteWordFlags.Complementizer)
                    || _tokens[k].Kind == TokenKind.Punctuation && _text[_tokens[k].Start] == ',')
                    return false;
            }
            attribution = Attribute(cue, new Source(phrase), cue.Last + 1);
            var end = WordsEnd(_tokens.Count, t + 1);
            content = TextSpan.FromBounds(_tokens[0].Start, _tokens[end - 1].End);
            return attribution.Mention >= 0;
        }
        return false;
    }

    /// <summary>
    /// `Nach der Wahl könne die Politik handeln, „damit Jobs entstehen“, erklärte der Verband.`: a quote that opens in
    /// lower case after words of its sentence continues the reported clause before it, so the clause up to the quote
    /// is the content (mixed), attributed to the trailing cue, rather than the quoted words alone.
    /// </summary>
    private bool TryAddTrailingClause(int t, int floor, Attribution attribution)
    {
        var quote = _tokens[t];
        if (StartsUtterance(quote) && !AfterArticle(t) || OnlyPunctuationBetween(floor, t) || _tokens[floor].Kind != TokenKind.Word)
            return false;
        var content = TextSpan.FromBounds(_tokens[floor].Start, quote.End);
        var kind = QuotedWords(floor, t + 1) >= MinMixedQuoteWords ? QuoteKind.Mixed : QuoteKind.Partial;
        _drafts.Add(new Draft(content, kind, attribution, QuotedIn(content)));
        _last = attribution with { Block = _blockIndex };
        _lastSentence = _sentenceIndex;
        return true;
    }

    /// <summary>
    /// `im Web ein „Bürger erster Klasse zu werden“`: a quote right after an article (flag <c>article</c>) continues its
    /// noun phrase, though its first word is a capitalised noun; no utterance starts there.
    /// </summary>
    private bool AfterArticle(int t) =>
        t > 0 && _tokens[t - 1].Kind == TokenKind.Word && FactsAt(t - 1).Has(QuoteWordFlags.Article);

    /// <summary>
    /// Reported speech with no cue of its own (Konjunktiv I) reports its whole sentence, and the sentences right before
    /// it that are reported the same way and quote and cue nothing (`Für eine Frist sei das rechtens. Zurzeit seien alle
    /// Anlagen „randvoll“.`): one passage of reported speech, as a reader takes it.
    /// </summary>
    private TextSpan ExtendReported(TextSpan content, int floor)
    {
        var end = WordsEnd(_tokens.Count, 1);
        var stop = Math.Max(content.End, _tokens[end - 1].End);
        var start = content.Start;
        var s = _sentenceIndex - 1;
        for (; floor == 0 && s >= 0 && s >= _sentenceIndex - MaxReportedLookback && IsReportedSentence(_sentences[s]); s--)
            start = _sentences[s].Start;
        if (floor == 0 && s < 0)
            start = ExtendReportedIntoPreviousBlock(start, MaxReportedLookback - _sentenceIndex);
        return TextSpan.FromBounds(start, stop);
    }

    // Where the reported sentences closing the paragraph before start, worked out once per block and sentence.
    private int _extendedBlock = -1;
    private int _extendedSentence = -1;
    private int _extendedStart = -1;

    /// <summary>
    /// `Dem Land werde ferner die Hilfe verweigert, …` then a paragraph `Die Auflagen seien „unzumutbar“.`: a passage of
    /// reported speech opening its paragraph goes on from the reported sentences that close the paragraph before.
    /// </summary>
    private int ExtendReportedIntoPreviousBlock(int start, int budget)
    {
        if (budget <= 0 || _previousBlock is not { } previous || _sentences.Count == 0)
            return start;
        // Only from the paragraph right before: a table or preformatted block between (not scanned) or boilerplate the
        // reader dropped between would otherwise end up inside the quote.
        if (!_text.AsSpan(previous.End, _sentences[0].Start - previous.End).IsWhiteSpace())
            return start;
        // Once per sentence: a sentence of many quotes must not split the paragraph before again for each.
        if (_extendedBlock != _blockIndex || _extendedSentence != _sentenceIndex)
        {
            _extendedBlock = _blockIndex;
            _extendedSentence = _sentenceIndex;
            _extendedStart = -1;
            _lookbackSentences.Clear();
            SentenceScanner.Split(_text, previous.Start, previous.End, [], _lexicons, _lookbackSentences);
            for (var s = _lookbackSentences.Count - 1; s >= 0 && budget > 0 && IsReportedSentence(_lookbackSentences[s]); s--, budget--)
                _extendedStart = _lookbackSentences[s].Start;
        }
        return _extendedStart >= 0 ? Math.Min(start, _extendedStart) : start;
    }

    /// <summary>Whether a sentence holds a reported-speech verb form and no quote mark or cue.</summary>
    private bool IsReportedSentence(TextSpan sentence)
    {
        var text = _text.AsSpan(sentence.Start, sentence.Length);
        if (text.IndexOfAny(QuoteMarkScanner.Marks) >= 0)
            return false;
        var reported = false;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
                i++;
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
                i++;
            if (i == start)
                break;
            var word = text[start..i];
            if (_lexicons.IsCue(word))
                return false;
            reported |= _lexicons.IsReportedSpeech(word);
        }
        return reported;
    }

    /// <summary>
    /// `Paolo hatte die Ausführung mit den Worten abgelehnt: „…“`: a phrase before the cue that opens with an object-case
    /// determiner or follows a preposition (class <c>fronted</c>) is an object or adjunct, never the subject that speaks;
    /// the clause's subject before it is. Returns <paramref name="phrase"/> when there is no such subject.
    /// </summary>
    private SpeakerPhrase SubjectOverObject(SpeakerPhrase phrase, int floor)
    {
        if (phrase.IsPronoun || phrase.First <= floor)
            return phrase;
        var before = _tokens[phrase.First - 1];
        if (!IsOblique(phrase) && !(before.Kind == TokenKind.Word && ClassAt(phrase.First - 1) == SpeakerWordClass.Fronted))
            return phrase;
        return TryFindSubject(floor, phrase.First, out var subject) && subject.Last < phrase.First && !IsOblique(subject) ? subject : phrase;
    }

    /// <summary>
    /// `Karsai sagte am Sonntag vor Journalisten, Afghanistan sei ein „Opfer des Terrorismus“ und …`: after a cue, a comma
    /// opens the reported clause when a reported-speech verb form follows it (no complementizer needed); the clause,
    /// not the cue's adjuncts, is the content, and being reported as a whole it runs to the sentence end.
    /// </summary>
    private void ReportedClause(int t, int sentenceEnd, ref int contentStart, ref int contentEnd)
    {
        if (_lexicons.ReportedSpeech.Count == 0)
            return;
        // `unterstrich, dass es „klüger“ sei, den Bundestag einzubeziehen, auch wenn …`: a clause opened by a reporting
        // complementizer is reported to the sentence end, its own subordinate clauses included, unless another cue follows.
        if (contentStart < t && _tokens[contentStart].Kind == TokenKind.Word && FactsAt(contentStart).HasAll(QuoteWordFlags.Complementizer | QuoteWordFlags.Reported)
            && !HasCue(contentEnd, sentenceEnd))
        {
            contentEnd = Math.Max(contentEnd, WordsEnd(sentenceEnd, t + 1));
            return;
        }
        var comma = -1;
        for (var i = t - 1; i > contentStart && comma < 0; i--)
        {
            if (_tokens[i].Kind == TokenKind.Quote)
                return;
            if (_tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Start] == ',')
                comma = i;
        }
        if (comma < 0)
            return;
        var reported = false;
        for (var i = comma + 1; i < sentenceEnd && !reported; i++)
            reported = _tokens[i].Kind == TokenKind.Word && FactsAt(i).Has(QuoteWordFlags.ReportedSpeech);
        if (!reported)
            return;
        contentStart = comma + 1;
        var end = WordsEnd(sentenceEnd, t + 1);
        contentEnd = Math.Max(contentEnd, end);
    }

    /// <summary>
    /// `„…“, schrieb die „Abendpost“.`: a trailing cue whose source is a name in quote marks (a newspaper, a broadcaster),
    /// after at most a determiner. The name without its marks is the speaker.
    /// </summary>
    private bool TryTrailingQuotedSource(int t, out Attribution attribution, out int after)
    {
        attribution = default;
        after = t + 1;
        var k = t + 1;
        if (k < _tokens.Count && _tokens[k].Kind == TokenKind.Punctuation && _text[_tokens[k].Start] == ',')
            k++;
        if (k >= _tokens.Count || !CueMatcher.TryMatch(_text, _tokens, k, _lexicons, out var cue) || cue.SourceAfter || cue.Participle)
            return false;
        var m = cue.Last + 1;
        if (m < _tokens.Count && _tokens[m].Kind == TokenKind.Word && ClassAt(m) == SpeakerWordClass.Determiner)
            m++;
        if (m >= _tokens.Count || _tokens[m].Kind != TokenKind.Quote || !IsTitleLike(_tokens[m]))
            return false;
        var name = _text.AsSpan(_tokens[m].Start, _tokens[m].End - _tokens[m].Start);
        var first = name.IndexOfAnyExcept(QuoteMarkScanner.Marks);
        if (first < 0)
            return false;
        var start = _tokens[m].Start + first;
        var end = _tokens[m].Start + name.LastIndexOfAnyExcept(QuoteMarkScanner.Marks) + 1;
        attribution = Attribute(cue, new Source(new SpeakerPhrase(m, m, TextSpan.FromBounds(start, end), IsPronoun: false)), m + 1);
        after = m + 1;
        return attribution.Mention >= 0;
    }

    /// <summary>
    /// `„…“, zitiert die „Abendpost“ den Minister`, `Die Zeitung zitiert einen Augenzeugen mit den Worten: „…“`: a cue of
    /// quoting (flag <c>quoting</c>: "zitieren") has the outlet as its subject and the person it quotes as its object, right
    /// after the verb and the subject; that person is the speaker. Returns <paramref name="source"/> when there is no object.
    /// </summary>
    private Source QuotedPerson(CueMatch cue, Source source)
    {
        if (source.Mention >= 0 || source.At is not null)
            return source;
        if (!CueHas(cue, QuoteWordFlags.QuotingCue))
            return source;
        var from = Math.Max(cue.Last, source.Phrase.Last) + 1;
        if (from >= _tokens.Count || _tokens[from].Kind != TokenKind.Word
            || !_resolver.TryFindAfter(_text, _tokens, from, _tokens.Count - 1, out var quoted) || quoted.First != from)
            return source;
        // The object ends before a preposition ("einen Augenzeugen mit den Worten").
        for (var i = quoted.First + 1; i <= quoted.Last; i++)
        {
            if (ClassAt(i) != SpeakerWordClass.Fronted)
                continue;
            if (i - 1 == quoted.First && ClassAt(quoted.First) == SpeakerWordClass.Determiner)
                return source;
            quoted = quoted with { Last = i - 1, Span = TextSpan.FromBounds(_tokens[quoted.First].Start, _tokens[i - 1].End) };
            break;
        }
        return new Source(quoted);
    }

    /// <summary>
    /// `Der englischsprachigen Zeitung sagte Karma: „…“`: a determiner that is an object case only before an adjective
    /// with a given ending (flag <c>oblique-before:en</c> on German "der": "der neue Minister" is a subject, "der neuen
    /// Ministerin" a dative or genitive).
    /// </summary>
    private bool IsObliqueByEnding(SpeakerPhrase phrase)
    {
        if (phrase.First + 1 > phrase.Last || !_lexicons.Words.TryGet(WordAt(phrase.First), out var fields))
            return false;
        var next = WordAt(phrase.First + 1);
        if (next.Length == 0 || SpeakerResolver.IsCapitalized(next))
            return false;
        for (var i = 1; i < fields.Length; i++)
        {
            if (fields[i].StartsWith(ObliqueBefore, StringComparison.Ordinal) && next.EndsWith(fields[i].AsSpan(ObliqueBefore.Length), StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private const string ObliqueBefore = "oblique-before:";

    /// <summary>
    /// `…, hatte Koch-Mehrin damals gesagt`, `…, wird Mike Downey zitiert`: in a verb-first attribution an auxiliary
    /// (class <c>aux</c> of <c>function-words</c>) stands before the subject; returns the token after it, else <paramref name="k"/>.
    /// </summary>
    private int SkipAuxiliary(int k) =>
        k + 1 < _tokens.Count && _tokens[k].Kind == TokenKind.Word && FactsAt(k).FunctionClass == "aux" ? k + 1 : k;

    /// <summary>How an impersonal cue ("heißt es") speaks: not such a cue, no speech at all, through no one named, or through a phrase.</summary>
    private enum Impersonal : byte
    {
        No,
        NotSpeech,
        Unnamed,
        Named,
        /// <summary>Named, the cue in a subordinate clause with its expletive before it: the named phrase speaks, whatever stands between it and the verb.</summary>
        NamedSubordinate,
    }

    /// <summary>Most words between the expletive and its verb in a subordinate clause ("wie es aus den Kreisen der Regierung hieß").</summary>
    private const int MaxImpersonalWords = 10;

    /// <summary>
    /// `Auf der Website heißt es: „…“`, `„…“, hieß es vom Abgeordneten X`, `wie es aus Kreisen der Regierung hieß, …`: a cue
    /// flagged <c>impersonal</c> ("heißen") reports speech only with the expletive (flag <c>expletive</c>: "es"); without it
    /// the verb names ("Damals hieß das Lokal „Zur Hütte“"). Its source is the phrase after a preposition of its clause,
    /// right before the verb or after the expletive; with none the speaker is not named.
    /// </summary>
    private Impersonal ImpersonalSource(CueMatch cue, int floor, int ceiling, out SpeakerPhrase phrase)
    {
        phrase = default;
        if (!CueHas(cue, QuoteWordFlags.ImpersonalCue))
            return Impersonal.No;
        ceiling = Math.Min(ceiling, _tokens.Count - 1);
        if (cue.Last + 1 <= ceiling && IsExpletive(cue.Last + 1))
        {
            // Verb second or first: "Auf der Website heißt es", "hieß es vom Abgeordneten X", "heißt es dann im Bericht".
            var k = cue.Last + 2;
            while (k <= ceiling && _tokens[k].Kind == TokenKind.Word && ClassAt(k) is SpeakerWordClass.Particle or SpeakerWordClass.Time or SpeakerWordClass.Filler)
                k++;
            if (k < ceiling && IsPreposition(k) && _resolver.TryFindAfter(_text, _tokens, k + 1, ceiling, out phrase) && !phrase.IsPronoun)
                return Impersonal.Named;
            for (var i = floor; i < cue.First; i++)
            {
                if (IsPreposition(i) && _resolver.TryFindAfter(_text, _tokens, i + 1, cue.First - 1, out phrase) && !phrase.IsPronoun
                    && OnlyWordsBetween(i, cue.First) && phrase.Last + 1 == cue.First)
                    return Impersonal.Named;
            }
            return Impersonal.Unnamed;
        }
        // Subordinate: "wie es aus den Kreisen der Regierung hieß", "in dem es unter anderem heißt".
        for (var e = cue.First - 1; e >= floor && e >= cue.First - MaxImpersonalWords && _tokens[e].Kind == TokenKind.Word; e--)
        {
            if (!IsExpletive(e))
                continue;
            for (var i = e + 1; i < cue.First; i++)
            {
                if (IsPreposition(i) && _resolver.TryFindAfter(_text, _tokens, i + 1, cue.First - 1, out phrase) && !phrase.IsPronoun)
                    return Impersonal.NamedSubordinate;
            }
            return Impersonal.Unnamed;
        }
        return Impersonal.NotSpeech;
    }

    private bool IsExpletive(int k) => _tokens[k].Kind == TokenKind.Word && FactsAt(k).Has(QuoteWordFlags.Expletive);

    /// <summary>Whether a matched cue, written as in the text (one word or two), carries <paramref name="flag"/>.</summary>
    private bool CueHas(CueMatch cue, QuoteWordFlags flag)
    {
        var span = CueMatcher.SpanOf(_tokens, cue);
        return _lexicons.Facts(_text.AsSpan(span.Start, span.Length)).Has(flag);
    }

    private bool IsPreposition(int k) =>
        _tokens[k].Kind == TokenKind.Word && ClassAt(k) == SpeakerWordClass.Fronted && k + 1 < _tokens.Count && _tokens[k + 1].Kind == TokenKind.Word;
}
