namespace NewsParsing.Quotes;

/// <summary>
/// English clause shapes around a cue that the main search misses: a subject set off from its verb by an
/// apposition, and a participle cue governed by a preposition (", upon saying …").
/// </summary>
internal sealed partial class QuoteScan
{
    /// <summary>Most tokens inside an apposition between a clause's subject and its verb ("Lopez, a former party chairman and candidate, poked").</summary>
    private const int MaxSubjectAppositionTokens = 14;

    /// <summary>
    /// `Lopez, a retired surgeon, then appeared …`, `Sam Ortiz — a teacher from Riverside — says …`: the phrase
    /// opening a clause is its subject when an apposition set off by a pair of commas or dashes (words only) follows it
    /// and a lower-case word (the verb or an adverb before it, or the cue itself at
    /// <paramref name="limit"/>) comes right after.
    /// </summary>
    private bool IsSubjectBeforeApposition(SpeakerPhrase phrase, int limit)
    {
        var open = phrase.Last + 1;
        if (!IsNamingPhrase(phrase) || open >= limit || _tokens[open].Kind != TokenKind.Punctuation)
            return false;
        var mark = _text[_tokens[open].Start];
        if (mark is not (',' or '\u2014' or '\u2013'))
            return false;
        var close = open + 1;
        while (close < limit && close <= open + MaxSubjectAppositionTokens && _tokens[close].Kind == TokenKind.Word)
            close++;
        if (close == open + 1 || close + 1 > limit || close + 1 >= _tokens.Count || close > open + MaxSubjectAppositionTokens
            || _tokens[close].Kind != TokenKind.Punctuation || _text[_tokens[close].Start] != mark || _tokens[close + 1].Kind != TokenKind.Word)
            return false;
        var verb = WordAt(close + 1);
        // A lower-case word that is no determiner, pronoun or conjunction: the clause goes on with its verb, not with
        // another member of a list ("Clinton, Sanders, and O'Malley") or a new clause ("In Iowa, the senator said").
        return !SpeakerResolver.IsCapitalized(verb)
            && ClassAt(close + 1) is not (SpeakerWordClass.Determiner or SpeakerWordClass.Pronoun)
            && FactsAt(close + 1).FunctionClass is not ("conj" or "det" or "pron" or "poss");
    }

    /// <summary>
    /// Whether a phrase only names or describes a speaker: a pronoun, or words that are capitalised or speaker words
    /// (titles, modifiers, organisations, groups, determiners: "The Clinton campaign"), never a clause that runs on
    /// ("Der Vorschlag ist zum Teil im Zusammenhang mit …").
    /// </summary>
    private bool IsNamingPhrase(SpeakerPhrase phrase)
    {
        if (phrase.IsPronoun)
            return true;
        for (var i = phrase.First; i <= phrase.Last; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word)
                continue;
            var word = WordAt(i);
            if (!SpeakerResolver.IsCapitalized(word) && ClassAt(i) is not (SpeakerWordClass.Title or SpeakerWordClass.Modifier
                or SpeakerWordClass.Org or SpeakerWordClass.Group or SpeakerWordClass.Determiner))
                return false;
        }
        return true;
    }

    /// <summary>
    /// `… incurred a wave of boos upon saying, "…"`, `began by saying he would …`: a participle cue right after a
    /// preposition that heads an adverbial (flag <c>adverbial</c> in <c>function-words.*.txt</c>) hangs on the subject
    /// of its clause, like one after a comma.
    /// </summary>
    private bool IsAdverbialPreposition(int before) =>
        _tokens[before].Kind == TokenKind.Word && FactsAt(before).Has(QuoteWordFlags.Adverbial);

    /// <summary>
    /// `his comments as being "sarcastic"`, `the chant "Lock her up!"`: a cue word right after an article or a possessive
    /// (flag <c>noun-before</c> in <c>function-words.*.txt</c>) is a noun naming speech, not the verb of a clause.
    /// </summary>
    private bool IsCueNoun(CueMatch cue, int floor) =>
        cue.First - 1 >= floor && _tokens[cue.First - 1].Kind == TokenKind.Word && FactsAt(cue.First - 1).Has(QuoteWordFlags.NounBefore);

    /// <summary>
    /// `In a statement released Thursday, Rep. Ann Lee reacted …`: a day or month after the first phrase of an
    /// opening adverbial belongs to it, capitalised as it is.
    /// </summary>
    private bool IsOpeningTimeWord(int i) => ClassAt(i) == SpeakerWordClass.Time;

    /// <summary>A bracket right after a subject's name opens its party or state ("Rep. Ann Lee (D-N.Y.) reacted").</summary>
    private bool IsBracketAfterName(int k) => _tokens[k].Kind == TokenKind.Punctuation && _text[_tokens[k].Start] == '(';

    /// <summary>
    /// `Although the council rejected the plan, Rivera went further: …`: a clause opened by a subordinator (flag
    /// <c>subordinate</c> in <c>function-words.*.txt</c>) ends at its first comma, after which the subject of the
    /// sentence is searched; <paramref name="floor"/> when the clause opens otherwise or no comma comes before <paramref name="limit"/>.
    /// </summary>
    private int SkipOpeningSubordinate(int floor, int limit)
    {
        if (floor >= limit || _tokens[floor].Kind != TokenKind.Word || !FactsAt(floor).Has(QuoteWordFlags.Subordinate))
            return floor;
        for (var i = floor + 1; i < limit; i++)
        {
            if (_tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Start] == ',')
                return i + 1;
        }
        return floor;
    }
}
