using System.Collections.Immutable;
using NewsParsing.Model;

namespace NewsParsing.Quotes;

/// <summary>
/// Source frames built on a noun of reported speech, read from the two-word frame cues of <c>cue-verbs.*.txt</c>
/// (flags <c>source-after</c> and <c>frame</c>: "nach Angaben", "nach Ansicht"): the noun may head a compound
/// ("Nach Polizeiangaben"), follow a genitive or an article ("Nach Müllers Angaben", "Nach dem Willen der Regierung"),
/// or stand before the preposition used as a postposition ("Seiner Ansicht nach").
/// </summary>
internal sealed partial class QuoteScan
{
    /// <summary>Longest frame noun tried as the tail of a compound ("Bundeswehrangaben" → "angaben").</summary>
    private const int MaxFrameNounChars = 24;

    /// <summary>
    /// `Nach Bundeswehrangaben kam es zu einer „Demonstration“`, `Nach Müllers Angaben soll „im Zweifel …“ sein`, `Seiner
    /// Ansicht nach „sind wir …“`: a sentence opened by a noun frame reports everything from the finite verb after the
    /// frame (verb second) to the sentence end; the frame's words name the source.
    /// </summary>
    private bool TryNounFrame(int t, out TextSpan content, out Attribution attribution)
    {
        content = default;
        attribution = default;
        if (t < 2 || _tokens[0].Kind != TokenKind.Word || _tokens[1].Kind != TokenKind.Word)
            return false;
        int noun, verb, sourceFirst;
        ImmutableArray<string> fields = default;
        // A frame key is a cue of several words whose first word is the preposition: a word opening none opens no frame.
        var opensAt0 = FactsAt(0).Has(QuoteWordFlags.OpensLongerCue);
        if (opensAt0 && TryFrameNoun(WordAt(1), WordAt(0), compound: true, out fields))
        {
            // "Nach Polizeiangaben kam …"
            noun = 1;
            sourceFirst = 1;
            verb = 2;
        }
        else if (opensAt0 && t > 2 && _tokens[2].Kind == TokenKind.Word && TryFrameNoun(WordAt(2), WordAt(0), compound: false, out fields))
        {
            // "Nach Müllers Angaben soll …", "Nach dem Willen der Regierung soll …", "Seiner Ansicht nach sind …".
            noun = 2;
            sourceFirst = 1;
            verb = 3;
            if (ClassAt(1) == SpeakerWordClass.Determiner)
            {
                if (!_resolver.TryFindAfter(_text, _tokens, 3, t - 1, out var genitive) || genitive.IsPronoun)
                    return false;
                sourceFirst = genitive.First;
                noun = genitive.Last;
                verb = genitive.Last + 1;
            }
            else if (!SpeakerResolver.IsCapitalized(WordAt(1)) || !WordAt(1).EndsWith("s", StringComparison.Ordinal))
            {
                return false;
            }
        }
        else if (t >= 3 && _tokens[2].Kind == TokenKind.Word && FactsAt(2).Has(QuoteWordFlags.OpensLongerCue) && TryFrameNoun(WordAt(1), WordAt(2), compound: false, out fields))
        {
            noun = 1;
            sourceFirst = 0;
            verb = 3;
        }
        else
        {
            return false;
        }
        // The finite verb follows the frame, or opens the quote right after it ("Seiner Ansicht nach „sind wir …“").
        if (verb > t || verb >= _tokens.Count
            || !(verb == t ? !StartsUtterance(_tokens[t]) : _tokens[verb].Kind == TokenKind.Word && !SpeakerResolver.IsCapitalized(WordAt(verb))))
            return false;
        var last = Math.Max(noun, verb - 1);
        // The source is the genitive ("Müllers"), the possessive standing for an earlier speaker ("Seiner"), or the
        // phrase after the article ("der Regierung"); the frame noun itself names nobody.
        var possessive = sourceFirst == 0;
        var sourceLast = possessive || sourceFirst == 1 && noun == 2 ? sourceFirst : noun;
        var phrase = new SpeakerPhrase(sourceFirst, sourceLast, TextSpan.FromBounds(_tokens[sourceFirst].Start, _tokens[sourceLast].End), IsPronoun: possessive);
        var cue = new CueMatch(0, last, fields[0], SourceAfter: true, QuoteOnly: false, Participle: false, Plain: false);
        attribution = Attribute(cue, new Source(phrase), verb);
        if (attribution.Mention < 0)
            return false;
        var end = WordsEnd(_tokens.Count, t + 1);
        content = TextSpan.FromBounds(_tokens[verb].Start, _tokens[end - 1].End);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="noun"/> with <paramref name="preposition"/> is a frame cue ("nach" + "Angaben"); with
    /// <paramref name="compound"/>, whether a compound's lower-case tail is one ("Polizeiangaben") instead (the plain
    /// two-word cue is read by the cue matcher, its source after it).
    /// </summary>
    private bool TryFrameNoun(ReadOnlySpan<char> noun, ReadOnlySpan<char> preposition, bool compound, out ImmutableArray<string> fields)
    {
        fields = default;
        if (!SpeakerResolver.IsCapitalized(noun) || preposition.Length + 1 + noun.Length > 2 * MaxFrameNounChars)
            return false;
        Span<char> key = stackalloc char[2 * MaxFrameNounChars];
        preposition.CopyTo(key);
        key[preposition.Length] = ' ';
        if (!compound)
            return IsFrameKey(key, preposition.Length, noun, out fields);
        // A tail starts at a lower-case letter after at least three letters of the first part ("Polizei|angaben").
        for (var i = 3; i < noun.Length - 3; i++)
        {
            if (char.IsLower(noun[i]) && noun[i - 1] != '-' && IsFrameKey(key, preposition.Length, noun[i..], out fields))
                return true;
        }
        return false;
    }

    private bool IsFrameKey(Span<char> key, int prepositionLength, ReadOnlySpan<char> noun, out ImmutableArray<string> fields)
    {
        fields = default;
        noun.CopyTo(key[(prepositionLength + 1)..]);
        var probe = key[..(prepositionLength + 1 + noun.Length)];
        ref readonly var facts = ref _lexicons.Facts(probe);
        fields = facts.CueFields;
        return facts.HasAll(QuoteWordFlags.SourceAfter | QuoteWordFlags.FrameCue);
    }

    /// <summary>Adds the content of a noun frame: a direct quote when it is nothing but the quotation, else reported speech.</summary>
    private int AddNounFrame(int t, TextSpan content, Attribution attribution)
    {
        var quote = _tokens[t];
        if (content.Start == quote.Start && content.End == quote.End)
        {
            AddDirect(quote.Span, attribution);
            return quote.End;
        }
        AddReported(content, attribution, QuotedWords(t, _tokens.Count));
        return Math.Max(content.End, quote.End);
    }

    /// <summary>
    /// `Hinter der Aktion sollen laut Verfassungsschutz der Prediger X und sein Netzwerk „Die wahre Religion“ stecken.`: a
    /// source frame inside its sentence (a source-after cue flagged <c>frame</c>: "laut", "nach Angaben") frames the whole
    /// sentence when no other cue speaks in it; names in quote marks included, the sentence is reported. The source may
    /// be a name in marks (`laut „Computerwoche“`), which is then no quote of its own.
    /// </summary>
    private bool TryInnerSourceFrame(int t, out TextSpan content, out Attribution attribution)
    {
        content = default;
        attribution = default;
        // The whole sentence is searched: bounded like every clause search, so a run-on sentence of many names stays linear.
        if (_tokens.Count > MaxClauseTokens)
            return false;
        CueMatch frame = default;
        var found = false;
        for (var j = 1; j < _tokens.Count; j++)
        {
            if (_tokens[j].Kind != TokenKind.Word || !CueMatcher.TryMatch(_text, _tokens, j, _lexicons, out var cue) || cue.QuoteOnly)
                continue;
            if (!cue.SourceAfter || !CueHas(cue, QuoteWordFlags.FrameCue) || found)
                return false;
            frame = cue;
            found = true;
            j = cue.Last;
        }
        if (!found || frame.Last + 1 >= _tokens.Count)
            return false;
        SpeakerPhrase phrase;
        var next = _tokens[frame.Last + 1];
        if (next.Kind == TokenKind.Quote && IsTitleLike(next))
        {
            if (frame.Last + 1 == t)
                return false;
            var name = _text.AsSpan(next.Start, next.End - next.Start);
            var first = name.IndexOfAnyExcept(QuoteMarkScanner.Marks);
            if (first < 0)
                return false;
            phrase = new SpeakerPhrase(frame.Last + 1, frame.Last + 1,
                TextSpan.FromBounds(next.Start + first, next.Start + name.LastIndexOfAnyExcept(QuoteMarkScanner.Marks) + 1), IsPronoun: false);
        }
        else if (!_resolver.TryFindSourceAfter(_text, _tokens, frame, _tokens.Count - 1, out phrase) || phrase.IsPronoun || phrase.First <= t && t <= phrase.Last)
        {
            return false;
        }
        attribution = Attribute(frame, new Source(phrase), phrase.Last + 1);
        if (attribution.Mention < 0)
            return false;
        var end = WordsEnd(_tokens.Count, t + 1);
        content = TextSpan.FromBounds(_tokens[0].Start, _tokens[end - 1].End);
        return true;
    }

    /// <summary>
    /// `Ein neues „Tarifmodell“ soll zudem Kunden anlocken.` after a sentence of attributed speech: a name in quote
    /// marks inside a sentence that reports by its verb form alone (Konjunktiv I, reportative "soll") is part of what
    /// the earlier speaker reported; the sentence is their reported speech like one with a quoted phrase.
    /// </summary>
    private bool TryReportedName(int t, int floor, out int end)
    {
        end = 0;
        if (!TryReportedSpeech(t, floor, out var content, out var attribution, out var quotedWords))
            return false;
        AddReported(content, attribution, quotedWords);
        end = Math.Max(content.End, _tokens[t].End);
        return true;
    }

    /// <summary>
    /// `…, gebe es keine Möglichkeit, sich zu wehren, schreibt der Verein auf seiner Website.`: a cue right after a comma
    /// opens a verb-first attribution clause whose subject follows the verb; the phrase before the comma belongs to what
    /// was said. Used where a sentence's attribution is read without its quotes (the speaker of reported speech after it).
    /// </summary>
    private bool TryTrailingClauseSource(CueMatch cue, out Source source)
    {
        source = default;
        if (cue.SourceAfter || cue.Participle || cue.QuoteOnly || cue.First < 2
            || _tokens[cue.First - 1].Kind != TokenKind.Punctuation || _text[_tokens[cue.First - 1].Start] != ',')
            return false;
        // "Perry, a party activist, says Trump …": the comma closes an apposition to the subject, which speaks.
        if (_resolver.TryFindAfter(_text, _tokens, 0, cue.First - 1, out var subject) && IsSubjectBeforeApposition(subject, cue.First))
            return false;
        var limit = Math.Min(_tokens.Count, cue.Last + 1 + MaxTrailingTokens) - 1;
        if (!_resolver.TryFindAfter(_text, _tokens, cue.Last + 1, limit, out var phrase) || IsOblique(phrase))
            return false;
        source = new Source(phrase);
        return true;
    }

    /// <summary>Most words between a clause's fronted adverbial and its finite auxiliary ("Im Interview mit dem Sender hat …").</summary>
    private const int MaxFrontedWords = 5;

    /// <summary>
    /// `So hat sich etwa die Vorsitzende Anna Berger … ausgesprochen und behauptet, …`, `Unterdessen hat sich auch der
    /// Minister … angeschlossen und mahnte an, …`: a clause opened by a fronted word (<see cref="IsFrontedAt"/>) has its
    /// subject after the finite auxiliary (verb second), past particles ("sich", "auch"); that phrase is the subject.
    /// </summary>
    private bool TryVerbSecondSubject(int floor, int limit, out SpeakerPhrase phrase)
    {
        phrase = default;
        if (floor >= limit || !IsFrontedAt(floor))
            return false;
        var aux = floor + 1;
        while (aux < limit && aux <= floor + MaxFrontedWords && _tokens[aux].Kind == TokenKind.Word && FactsAt(aux).FunctionClass != "aux")
            aux++;
        if (aux >= limit || aux > floor + MaxFrontedWords || _tokens[aux].Kind != TokenKind.Word)
            return false;
        var k = aux + 1;
        while (k < limit && _tokens[k].Kind == TokenKind.Word && ClassAt(k) is SpeakerWordClass.Particle or SpeakerWordClass.Filler)
            k++;
        return k < limit && _resolver.TryFindAfter(_text, _tokens, k, limit - 1, out phrase) && phrase.First == k && !IsOblique(phrase)
            && (phrase.IsPronoun || HasCapital(phrase));
    }

    /// <summary>
    /// Whether the word at <paramref name="k"/> is fronted, its clause's subject after the verb: a word of class
    /// <c>fronted</c> ("Unterdessen", "Im"), or a capitalised clause word right before a cue or an auxiliary, the verb in
    /// second place ("So sagte der Minister", "So hat sich …", "So said the minister"; not "So the minister said", "But
    /// he said"). The word lists of all languages share one entry a word, and "so" is a clause word in English.
    /// </summary>
    private bool IsFrontedAt(int k)
    {
        if (_tokens[k].Kind != TokenKind.Word)
            return false;
        var word = WordAt(k);
        var cls = ClassAt(k);
        if (cls == SpeakerWordClass.Fronted)
            return true;
        if (cls != SpeakerWordClass.Clause || !SpeakerResolver.IsCapitalized(word) || k + 1 >= _tokens.Count || _tokens[k + 1].Kind != TokenKind.Word)
            return false;
        return FactsAt(k + 1).FunctionClass == "aux" || FactsAt(k + 1).Has(QuoteWordFlags.Cue);
    }
}
