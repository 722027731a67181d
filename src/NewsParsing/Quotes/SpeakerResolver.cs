using NewsParsing.Model;

namespace NewsParsing.Quotes;

/// <summary>A speaker phrase found next to a cue: its tokens and what the words say it is.</summary>
/// <param name="First">The index of its first token.</param>
/// <param name="Last">The index of its last token.</param>
/// <param name="Span">Its text span.</param>
/// <param name="IsPronoun">Whether it is a lone pronoun ("he"), to be resolved through the chain.</param>
internal readonly record struct SpeakerPhrase(int First, int Last, TextSpan Span, bool IsPronoun);

/// <summary>
/// Finds who speaks for a cue, and links speaker phrases into entities.
/// <para>
/// Entry point, shared by quotes and claims: tokenize a sentence with <see cref="WordScanner.Tokenize"/>,
/// find a cue with <see cref="CueMatcher.TryMatch"/>, then call <see cref="TryFindSource"/> for the phrase
/// that names the source (before the cue: "Russian President Vladimir Putin said"; after it: "said James
/// Acton", "according to TASS"; through an apposition: "Dino Spencer, who runs the gym, said"), and
/// <see cref="MentionChain.Add"/> to resolve it ("Putin" and "he" join "Vladimir Putin"). After the last
/// mention, <see cref="MentionChain.Freeze"/> gives each mention its final <see cref="Speaker"/>.
/// </para>
/// All word knowledge comes from the lexicons (<c>speaker-words.*.txt</c>, <c>cue-verbs.*.txt</c>);
/// the class is stateless and thread-safe.
/// </summary>
internal sealed class SpeakerResolver
{
    /// <summary>Most tokens between a speaker and its cue across an apposition ("X, a physicist who ..., said").</summary>
    private const int MaxAppositionTokens = 30;

    /// <summary>Most words between a determiner and the cue in a described source ("the new campaign ad says").</summary>
    private const int MaxDescribedWords = 3;

    public SpeakerResolver(QuoteLexicons lexicons) => Lexicons = lexicons;

    public QuoteLexicons Lexicons { get; }

    /// <summary>
    /// Finds the source phrase of <paramref name="cue"/>: after it for "according to"-type cues, else before it
    /// (not before token <paramref name="floor"/>), else after it (not past <paramref name="ceiling"/>).
    /// </summary>
    public bool TryFindSource(ReadOnlySpan<char> text, List<Token> tokens, CueMatch cue, int floor, int ceiling, out SpeakerPhrase phrase)
    {
        if (cue.SourceAfter)
            return TryFindSourceAfter(text, tokens, cue, ceiling, out phrase);
        return TryFindBefore(text, tokens, cue.First - 1, floor, out phrase)
            || TryFindAfter(text, tokens, cue.Last + 1, ceiling, out phrase);
    }

    /// <summary>
    /// The source after an "according to"-type cue, past the preposition that links a noun cue to it
    /// ("nach Ansicht von Senator Dodd", "in the words of the minister").
    /// </summary>
    public bool TryFindSourceAfter(ReadOnlySpan<char> text, List<Token> tokens, CueMatch cue, int ceiling, out SpeakerPhrase phrase)
    {
        var first = cue.Last + 1;
        if (first < ceiling && tokens[first].Kind == TokenKind.Word && IsConnector(Word(text, tokens[first])))
            first++;
        if (TryFindAfter(text, tokens, first, ceiling, out phrase))
            return true;
        // "according to conservative talk radio host Rush Limbaugh": descriptive words before the title that heads the source.
        for (var k = first; k <= ceiling && k <= first + MaxDescribedWords && tokens[k].Kind == TokenKind.Word && !IsCapitalized(Word(text, tokens[k])); k++)
        {
            if (Lexicons.ClassOf(text, tokens[k]) == SpeakerWordClass.Title)
                return TryFindAfter(text, tokens, k, ceiling, out phrase);
        }
        return false;
    }

    /// <summary>Finds a speaker phrase ending at or before token <paramref name="last"/>, skipping fillers.</summary>
    public bool TryFindBefore(ReadOnlySpan<char> text, List<Token> tokens, int last, int floor, out SpeakerPhrase phrase)
    {
        phrase = default;
        var j = SkipFillersBackward(text, tokens, last, floor);
        if (j < floor)
            return false;
        var token = tokens[j];
        if (token.Kind == TokenKind.Word && Lexicons.ClassOf(text, token) == SpeakerWordClass.Pronoun)
        {
            phrase = new SpeakerPhrase(j, j, token.Span, IsPronoun: true);
            return true;
        }
        if (token.Kind == TokenKind.Punctuation && text[token.Start] == ',')
            return TryApposition(text, tokens, j, floor, out phrase);
        return TryScanBackward(text, tokens, j, floor, out phrase);
    }

    /// <summary>Finds a speaker phrase starting at token <paramref name="first"/> ("said James Acton, ...").</summary>
    public bool TryFindAfter(ReadOnlySpan<char> text, List<Token> tokens, int first, int ceiling, out SpeakerPhrase phrase)
    {
        phrase = default;
        ceiling = Math.Min(ceiling, tokens.Count - 1);
        var k = first;
        // "said Tuesday", "said quietly": time words and adverbs, never prepositions ("said in Washington").
        while (k <= ceiling && tokens[k].Kind == TokenKind.Word
            && (IsTimeOrAdverb(text, tokens[k]) || IsOpeningFunctionWord(text, tokens, k) || Lexicons.ClassOf(text, tokens[k]) == SpeakerWordClass.Particle))
            k++;
        if (k > ceiling || tokens[k].Kind != TokenKind.Word)
            return false;
        var opening = Lexicons.ClassOf(text, tokens[k]);
        if (opening == SpeakerWordClass.Pronoun)
        {
            phrase = new SpeakerPhrase(k, k, tokens[k].Span, IsPronoun: true);
            return true;
        }
        // A preposition opens an adverbial ("Im Brief", "Zur Lage"), never a speaker phrase.
        if (opening == SpeakerWordClass.Fronted)
            return false;
        var start = k;
        var end = -1;
        var hasHead = false;
        while (k <= ceiling && tokens[k].Kind == TokenKind.Word)
        {
            var word = Word(text, tokens[k]);
            var cls = Lexicons.ClassOf(text, tokens[k]);
            if (cls == SpeakerWordClass.Determiner && k == start)
            {
                if (IsLoneDeterminer(text, tokens, k, k + 1 <= ceiling ? k + 1 : -1))
                {
                    phrase = new SpeakerPhrase(k, k, tokens[k].Span, IsPronoun: false);
                    return true;
                }
                k++;
                continue;
            }
            if (IsConnector(word) && k > start && k < ceiling && tokens[k + 1].Kind == TokenKind.Word && IsCapitalized(Word(text, tokens[k + 1])))
            {
                k++;
                continue;
            }
            // A capitalised function word inside the phrase is a name ("said Will Doyle").
            if (cls is SpeakerWordClass.Filler or SpeakerWordClass.Clause && !(IsCapitalized(word) && k > 0 && tokens[k - 1].Kind == TokenKind.Word) || IsTimeHere(text, tokens, k) && k > start)
                break;
            if (IsCapitalized(word) || cls is SpeakerWordClass.Title or SpeakerWordClass.Modifier or SpeakerWordClass.Honorific or SpeakerWordClass.Org or SpeakerWordClass.Group)
            {
                hasHead |= IsCapitalized(word) || cls is SpeakerWordClass.Title or SpeakerWordClass.Org or SpeakerWordClass.Group;
                end = k;
                k++;
                continue;
            }
            // "said a longtime GOP data expert": after a determiner, plain words lead to a head within reach.
            if (k > start && Lexicons.ClassOf(text, tokens[start]) == SpeakerWordClass.Determiner && HeadWithin(text, tokens, k, ceiling, MaxDescribedWords))
            {
                k++;
                continue;
            }
            break;
        }
        if (end < start || !hasHead || Lexicons.ClassOf(text, tokens[start]) == SpeakerWordClass.Time)
            return false;
        phrase = new SpeakerPhrase(start, end, TextSpan.FromBounds(tokens[start].Start, tokens[end].End), IsPronoun: false);
        return true;
    }

    private int SkipFillersBackward(ReadOnlySpan<char> text, List<Token> tokens, int j, int floor)
    {
        var skippedParenthesis = false;
        while (j >= floor)
        {
            var token = tokens[j];
            // "Putin on Friday urged" skips the time; "Theresa May said" keeps the name.
            if (token.Kind == TokenKind.Word && IsFillerOrTime(text, token)
                && !(IsCapitalized(Word(text, token)) && j > floor && tokens[j - 1].Kind == TokenKind.Word && IsCapitalized(Word(text, tokens[j - 1]))))
            {
                j--;
                continue;
            }
            // "Sen. Chuck Schumer (D-N.Y.) said": a party and state tag after the name.
            if (!skippedParenthesis && token.Kind == TokenKind.Punctuation && text[token.Start] == ')')
            {
                var open = j - 1;
                while (open >= floor && !(tokens[open].Kind == TokenKind.Punctuation && text[tokens[open].Start] == '('))
                    open--;
                if (open < floor || j - open > 8)
                    return j;
                skippedParenthesis = true;
                j = open - 1;
                continue;
            }
            return j;
        }
        return j;
    }

    private bool IsFillerOrTime(ReadOnlySpan<char> text, Token token)
    {
        var word = Word(text, token);
        return Lexicons.ClassOf(text, token) is SpeakerWordClass.Filler or SpeakerWordClass.Time
            || word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]);
    }

    /// <summary>"But", "However" opening a sentence or clause: not part of the subject after them.</summary>
    private bool IsOpeningFunctionWord(ReadOnlySpan<char> text, List<Token> tokens, int k) =>
        (k == 0 || tokens[k - 1].Kind != TokenKind.Word) && Lexicons.ClassOf(text, tokens[k]) is SpeakerWordClass.Filler or SpeakerWordClass.Clause
        || OpensSentence(text, tokens, k);

    /// <summary>
    /// A capitalised word opening a sentence or clause that is no name: a preposition, conjunction, subordinator or auxiliary
    /// ("And", "For", "Amid", "Then") or an -ing form or -ly adverb running on into lower-case words ("Speaking to
    /// supporters, Cruz said", "Hastily politicizing …"; "Manning said" stays a name).
    /// </summary>
    private bool OpensSentence(ReadOnlySpan<char> text, List<Token> tokens, int k)
    {
        if (k > 0 && tokens[k - 1].Kind == TokenKind.Word)
            return false;
        var word = Word(text, tokens[k]);
        if (!IsCapitalized(word))
            return false;
        var functionClass = Lexicons.FactsOf(text, tokens[k]).FunctionClass;
        if (functionClass is "prep" or "conj" or "sub" or "aux")
            return true;
        // "No wonder Trump said": a determiner that opens no speaker phrase of its own (quantities do: "Hundreds of protesters").
        if (functionClass == "det" && Lexicons.ClassOf(text, tokens[k]) != SpeakerWordClass.Determiner)
            return true;
        if (k + 1 >= tokens.Count || tokens[k + 1].Kind != TokenKind.Word || IsCapitalized(Word(text, tokens[k + 1])) || Lexicons.FactsOf(text, tokens[k + 1]).Has(QuoteWordFlags.Cue))
            return false;
        // "Hastily politicizing the tragedy, Trump …": an -ly adverb before a lower-case word that is no filler ("Kelly also said").
        return word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal)
            || word.Length > 5 && word.EndsWith("ly", StringComparison.Ordinal) && Lexicons.ClassOf(text, tokens[k + 1]) != SpeakerWordClass.Filler;
    }

    /// <summary>A time word, unless it is the last name of a capitalised run ("Theresa May").</summary>
    private bool IsTimeHere(ReadOnlySpan<char> text, List<Token> tokens, int k) =>
        Lexicons.ClassOf(text, tokens[k]) == SpeakerWordClass.Time
        && !(IsCapitalized(Word(text, tokens[k])) && k > 0 && tokens[k - 1].Kind == TokenKind.Word && IsCapitalized(Word(text, tokens[k - 1]))
             && Lexicons.ClassOf(text, tokens[k - 1]) == SpeakerWordClass.None);

    private bool IsTimeOrAdverb(ReadOnlySpan<char> text, Token token)
    {
        var word = Word(text, token);
        return Lexicons.ClassOf(text, token) == SpeakerWordClass.Time || word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]);
    }

    /// <summary>"X, a physicist who ..., said": the phrase before the apposition, else the apposition itself.</summary>
    private bool TryApposition(ReadOnlySpan<char> text, List<Token> tokens, int comma, int floor, out SpeakerPhrase phrase)
    {
        phrase = default;
        var open = comma - 1;
        while (open >= floor && comma - open <= MaxAppositionTokens
            && !(tokens[open].Kind == TokenKind.Punctuation && text[tokens[open].Start] is ',' or '\u2014' or '(')
            && tokens[open].Kind != TokenKind.Quote)
            open--;
        if (open < floor || comma - open > MaxAppositionTokens || tokens[open].Kind == TokenKind.Quote)
            return false;
        var hasBefore = TryScanBackward(text, tokens, open - 1, floor, out var before);
        if (hasBefore && HasProperName(text, tokens, before))
        {
            phrase = before;
            return true;
        }
        // "the presumptive nominee, Donald Trump, tweeted": the apposition holds the name.
        if (TryScanBackward(text, tokens, comma - 1, open + 1, out var inner) && inner.First == open + 1)
        {
            phrase = inner;
            return true;
        }
        phrase = before;
        return hasBefore;
    }

    private bool HasProperName(ReadOnlySpan<char> text, List<Token> tokens, SpeakerPhrase phrase)
    {
        for (var k = phrase.First; k <= phrase.Last; k++)
        {
            var word = Word(text, tokens[k]);
            if (IsCapitalized(word) && Lexicons.ClassOf(text, tokens[k]) is SpeakerWordClass.None or SpeakerWordClass.Org)
                return true;
        }
        return false;
    }

    /// <summary>A noun phrase ending at token <paramref name="last"/>: names, titles, organisations, groups.</summary>
    private bool TryScanBackward(ReadOnlySpan<char> text, List<Token> tokens, int last, int floor, out SpeakerPhrase phrase)
    {
        phrase = default;
        if (last < floor || tokens[last].Kind != TokenKind.Word)
            return false;
        var k = last;
        var start = -1;
        var hasHead = false;
        while (k >= floor && tokens[k].Kind == TokenKind.Word)
        {
            var word = Word(text, tokens[k]);
            ref readonly var facts = ref Lexicons.FactsOf(text, tokens[k]);
            var cls = Lexicons.ClassOf(in facts, word);
            if (cls == SpeakerWordClass.Determiner)
            {
                if (start >= 0)
                    start = k;
                else if (k == last && facts.Has(QuoteWordFlags.Alone))
                {
                    // "one said", "… another told me": the determiner is the whole source.
                    start = k;
                    hasHead = true;
                }
                break;
            }
            if (IsConnector(word) && start >= 0 && k > floor && tokens[k - 1].Kind == TokenKind.Word && IsCapitalized(Word(text, tokens[k - 1])))
            {
                k--;
                continue;
            }
            var sentenceInitial = k == 0 || tokens[k - 1].Kind != TokenKind.Word;
            if (cls is SpeakerWordClass.Filler or SpeakerWordClass.Clause && (!IsCapitalized(word) || sentenceInitial)
                || cls is SpeakerWordClass.Pronoun || IsTimeHere(text, tokens, k) || facts.Has(QuoteWordFlags.Cue) && !IsCapitalized(word))
                break;
            if (IsCapitalized(word) || cls is SpeakerWordClass.Title or SpeakerWordClass.Modifier or SpeakerWordClass.Honorific or SpeakerWordClass.Org or SpeakerWordClass.Group)
            {
                hasHead |= IsCapitalized(word) || cls is SpeakerWordClass.Title or SpeakerWordClass.Org or SpeakerWordClass.Group;
                start = k;
                k--;
                continue;
            }
            // A described source: "the suit says", "the presumptive GOP nominee" (a determiner within reach).
            // A conjunction before the cue coordinates it with an earlier verb ("the border and adding"): no source ends there.
            if ((k == last && !IsConjunction(text, tokens[k]) || start >= 0) && DeterminerWithin(text, tokens, k, floor, MaxDescribedWords) is var determiner and >= 0)
            {
                start = determiner;
                hasHead = true;
            }
            break;
        }
        if (start < 0 || !hasHead)
            return false;
        // A capitalised first word of a sentence that is not a name ("But", "Earlier", "And", "Speaking to") is not part of it.
        // So is a fronted adverb or preposition opening a German clause ("Unterdessen", "Im"): the subject follows the verb.
        while (start <= last && (Lexicons.ClassOf(text, tokens[start]) is SpeakerWordClass.Filler or SpeakerWordClass.Clause or SpeakerWordClass.Fronted
            || OpensSentence(text, tokens, start)))
            start++;
        if (start > last)
            return false;
        phrase = new SpeakerPhrase(start, last, TextSpan.FromBounds(tokens[start].Start, tokens[last].End), IsPronoun: false);
        return true;
    }

    private bool HeadWithin(ReadOnlySpan<char> text, List<Token> tokens, int k, int ceiling, int words)
    {
        for (var i = k + 1; i <= ceiling && i <= k + words; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
                return false;
            var word = Word(text, tokens[i]);
            var cls = Lexicons.ClassOf(text, tokens[i]);
            if (cls == SpeakerWordClass.Time)
                return false;
            if (cls is SpeakerWordClass.Title or SpeakerWordClass.Group or SpeakerWordClass.Org || IsCapitalized(word))
                return true;
        }
        return false;
    }

    private int DeterminerWithin(ReadOnlySpan<char> text, List<Token> tokens, int k, int floor, int words)
    {
        for (var i = k - 1; i >= floor && i >= k - words; i--)
        {
            if (tokens[i].Kind != TokenKind.Word)
                return -1;
            var cls = Lexicons.ClassOf(text, tokens[i]);
            if (cls == SpeakerWordClass.Determiner)
                return i;
            if (cls is SpeakerWordClass.Filler or SpeakerWordClass.Pronoun || Lexicons.FactsOf(text, tokens[i]).Has(QuoteWordFlags.Cue))
                return -1;
        }
        return -1;
    }

    /// <summary>A conjunction: class <c>conj</c> of <c>function-words</c>, or a <c>clause</c> word of <c>speaker-words</c> ("but", "before").</summary>
    private bool IsConjunction(ReadOnlySpan<char> text, Token token) =>
        Lexicons.FactsOf(text, token).FunctionClass == "conj"
        || Lexicons.ClassOf(text, token) == SpeakerWordClass.Clause;

    /// <summary>"said another." : a determiner that can stand alone, with no word of its phrase after it.</summary>
    private bool IsLoneDeterminer(ReadOnlySpan<char> text, List<Token> tokens, int k, int next) =>
        Lexicons.FactsOf(text, tokens[k]).Has(QuoteWordFlags.Alone) && (next < 0 || tokens[next].Kind != TokenKind.Word);

    /// <summary>"of" and "for" join title and organisation inside a name ("Secretary of State John Kerry").</summary>
    private static bool IsConnector(ReadOnlySpan<char> word) =>
        word is "of" or "for" or "de" or "von" or "van" or "al" or "bin";

    internal static bool IsCapitalized(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    internal static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, Token token) => text[token.Start..token.End];
}
