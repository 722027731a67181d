using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NewsParsing.Claims;
using NewsParsing.Lexicons;

namespace NewsParsing.Quotes;

/// <summary>How a speaker phrase word is classed in <c>speaker-words.*.txt</c>.</summary>
internal enum SpeakerWordClass : byte
{
    None,
    Title,
    Modifier,
    Honorific,
    Org,
    Group,
    Pronoun,
    Filler,
    Determiner,
    Clause,
    Time,
    /// <summary>A word that may stand between a cue and the subject after it ("äußerte sich der Chef", "sagte jedoch Merkel").</summary>
    Particle,
    /// <summary>A word opening a clause that is not its subject, so the subject follows the verb (German "Im Interview sagte er").</summary>
    Fronted,
    /// <summary>A word opening an attribution frame whose clause reports the rest of the sentence (German "Wie die Polizei mitteilte, …").</summary>
    Frame,
}

/// <summary>Yes-or-no facts of a word across the quote lexicons (a flag named in a file, or the file holding the word).</summary>
[Flags]
internal enum QuoteWordFlags : uint
{
    None = 0,

    /// <summary>An entry of <c>speaker-words.*.txt</c>.</summary>
    SpeakerWord = 1 << 0,
    Relative = 1 << 1,
    Complementizer = 1 << 2,
    Continues = 1 << 3,
    Oblique = 1 << 4,
    Alone = 1 << 5,
    Reported = 1 << 6,
    Article = 1 << 7,
    Expletive = 1 << 8,

    /// <summary>Flags of <c>function-words.*.txt</c>.</summary>
    Naming = 1 << 9,
    Adverbial = 1 << 10,
    NounBefore = 1 << 11,
    Subordinate = 1 << 12,

    /// <summary>An entry of <c>cue-verbs.*.txt</c>, and its flags.</summary>
    Cue = 1 << 13,
    SourceAfter = 1 << 14,
    QuoteOnly = 1 << 15,
    Participle = 1 << 16,
    Plain = 1 << 17,

    /// <summary>The first word of a cue of several words ("according" of "according to"): only then is the pair looked up.</summary>
    OpensLongerCue = 1 << 18,

    /// <summary>An entry of <c>reported-speech.*.txt</c>.</summary>
    ReportedSpeech = 1 << 19,
}

/// <summary>
/// All the quote lexicons say of one word, gathered when they are loaded, so one lookup answers every question the
/// scan asks of it (its speaker-word class, its flags, its function-word class, its cue).
/// </summary>
/// <param name="Flags">The yes-or-no facts.</param>
/// <param name="Class">Its class in <c>speaker-words.*.txt</c> (<see cref="SpeakerWordClass.None"/> when it has none).</param>
/// <param name="Agreement">A pronoun's agreement ("person", "group", "thing"), or null.</param>
/// <param name="FunctionClass">Its class in <c>function-words.*.txt</c> ("prep", "conj", "sub", "aux"), or null.</param>
/// <param name="CueFields">Its fields in <c>cue-verbs.*.txt</c> (the lemma, then flags), default when it is no cue.</param>
internal readonly record struct QuoteWordFacts(
    QuoteWordFlags Flags, SpeakerWordClass Class, string? Agreement, string? FunctionClass, ImmutableArray<string> CueFields)
{
    public bool Has(QuoteWordFlags flag) => (Flags & flag) != 0;

    public bool HasAll(QuoteWordFlags flags) => (Flags & flags) == flags;

    /// <summary>The cue's dictionary form ("say" for "said"), empty when the entry gives none.</summary>
    public string Lemma => CueFields.IsDefaultOrEmpty ? "" : CueFields[0];
}

/// <summary>
/// The word lists quote extraction reads, resolved once per <see cref="LexiconSet"/>: cue verbs
/// (<c>cue-verbs.*.txt</c>), speaker phrase words (<c>speaker-words.*.txt</c>), abbreviations and the verb forms of
/// reported speech (<c>reported-speech.*.txt</c>). Another language is another set of files; nothing here is language-specific code.
/// </summary>
internal sealed class QuoteLexicons
{
    private static readonly ConditionalWeakTable<LexiconSet, QuoteLexicons> Cache = [];

    /// <summary>Per word, the index of its facts in <see cref="_facts"/> (0 for none): ASCII words here, hashed inline.</summary>
    private readonly AsciiWordTable<int> _asciiFacts;

    /// <summary>The same for words with other characters.</summary>
    private readonly SpanLookup<int> _otherFacts;

    /// <summary>The facts of the words, the default (nothing known) first.</summary>
    private readonly QuoteWordFacts[] _facts;

    private QuoteLexicons(LexiconSet set)
    {
        Cues = set.Get("cue-verbs");
        Words = set.Get("speaker-words");
        Abbreviations = set.Get("abbreviations");
        ReportedSpeech = set.Get("reported-speech");
        FunctionWords = set.Get("function-words");
        Months = set.Get("months");
        var facts = GatherFacts();
        _facts = [default, .. facts.Values];
        var indexes = facts.Keys.Select(static (key, i) => KeyValuePair.Create(key, i + 1)).ToList();
        _asciiFacts = new AsciiWordTable<int>(indexes);
        _otherFacts = new SpanLookup<int>(indexes);
    }

    /// <summary>The facts of every word of the lexicons, keyed ignoring case as each lexicon is.</summary>
    private Dictionary<string, QuoteWordFacts> GatherFacts()
    {
        var facts = new Dictionary<string, QuoteWordFacts>(StringComparer.OrdinalIgnoreCase);
        void Update(string key, Func<QuoteWordFacts, QuoteWordFacts> change) =>
            facts[key] = change(facts.TryGetValue(key, out var known) ? known : default);
        foreach (var key in Words.Keys)
        {
            Words.TryGet(key, out var fields);
            var cls = fields.IsDefaultOrEmpty ? SpeakerWordClass.None : Parse(fields[0]);
            var agreement = fields.Length > 1 && fields[0] == "pronoun" ? fields[1] : null;
            var flags = QuoteWordFlags.SpeakerWord
                | FlagIf(fields, "relative", QuoteWordFlags.Relative) | FlagIf(fields, "complementizer", QuoteWordFlags.Complementizer)
                | FlagIf(fields, "continues", QuoteWordFlags.Continues) | FlagIf(fields, "oblique", QuoteWordFlags.Oblique)
                | FlagIf(fields, "alone", QuoteWordFlags.Alone) | FlagIf(fields, "reported", QuoteWordFlags.Reported)
                | FlagIf(fields, "article", QuoteWordFlags.Article) | FlagIf(fields, "expletive", QuoteWordFlags.Expletive);
            Update(key, known => known with { Flags = known.Flags | flags, Class = cls, Agreement = agreement });
        }
        foreach (var key in FunctionWords.Keys)
        {
            FunctionWords.TryGet(key, out var fields);
            var functionClass = fields.Length > 0 ? fields[0] : null;
            var flags = FlagIf(fields, "naming", QuoteWordFlags.Naming) | FlagIf(fields, "adverbial", QuoteWordFlags.Adverbial)
                | FlagIf(fields, "noun-before", QuoteWordFlags.NounBefore) | FlagIf(fields, "subordinate", QuoteWordFlags.Subordinate);
            Update(key, known => known with { Flags = known.Flags | flags, FunctionClass = functionClass });
        }
        foreach (var key in Cues.Keys)
        {
            Cues.TryGet(key, out var fields);
            var flags = QuoteWordFlags.Cue
                | FlagIf(fields, "source-after", QuoteWordFlags.SourceAfter) | FlagIf(fields, "quote-only", QuoteWordFlags.QuoteOnly)
                | FlagIf(fields, "participle", QuoteWordFlags.Participle) | FlagIf(fields, "plain", QuoteWordFlags.Plain);
            Update(key, known => known with { Flags = known.Flags | flags, CueFields = fields });
            // A cue of several words is matched from its first word, which a word of text can only equal when the
            // space after it is the first white space of the key (a word holds none).
            var space = 0;
            while (space < key.Length && !char.IsWhiteSpace(key[space]))
                space++;
            if (space > 0 && space < key.Length)
                Update(key[..space], static known => known with { Flags = known.Flags | QuoteWordFlags.OpensLongerCue });
        }
        foreach (var key in ReportedSpeech.Keys)
            Update(key, static known => known with { Flags = known.Flags | QuoteWordFlags.ReportedSpeech });
        return facts;
    }

    private static QuoteWordFlags FlagIf(ImmutableArray<string> fields, string flag, QuoteWordFlags bit) => HasFlag(fields, flag) ? bit : QuoteWordFlags.None;

    /// <summary>What the lexicons say of <paramref name="word"/> (matched ignoring case, as every lexicon is); the default when nothing.</summary>
    public ref readonly QuoteWordFacts Facts(ReadOnlySpan<char> word) => ref _facts[FactsIndex(word)];

    /// <summary>Where the facts of <paramref name="word"/> are, for <see cref="Token.Facts"/>.</summary>
    public int FactsIndex(ReadOnlySpan<char> word)
    {
        if (!_asciiFacts.TryGetValue(word, out var index))
            _otherFacts.TryGetValue(word, out index);
        return index;
    }

    /// <summary>What the lexicons say of a token of <paramref name="text"/>: a word's facts were found when it was read.</summary>
    public ref readonly QuoteWordFacts FactsOf(ReadOnlySpan<char> text, Token token) =>
        ref token.Kind == TokenKind.Word ? ref _facts[token.Facts] : ref Facts(text[token.Start..token.End]);

    /// <summary><see cref="Classify"/> of a token of <paramref name="text"/>.</summary>
    public SpeakerWordClass ClassOf(ReadOnlySpan<char> text, Token token)
    {
        ref readonly var facts = ref FactsOf(text, token);
        if (facts.Has(QuoteWordFlags.SpeakerWord))
            return facts.Class;
        return token.End - token.Start > 1 && text[token.End - 1] == '.' ? Facts(text[token.Start..(token.End - 1)]).Class : SpeakerWordClass.None;
    }

    public Lexicon Cues { get; }
    public Lexicon Words { get; }
    public Lexicon Abbreviations { get; }

    /// <summary>Month names (<c>months.txt</c>): a day number with a dot before one is an ordinal, not a sentence end.</summary>
    public Lexicon Months { get; }

    /// <summary>Prepositions, conjunctions, subordinators and auxiliaries by class (<c>function-words.*.txt</c>): capitalised, they open a sentence, never a name.</summary>
    private Lexicon FunctionWords { get; }

    /// <summary>A word's class in <see cref="FunctionWords"/> ("prep", "conj", "sub", "aux"), or null when it is none.</summary>
    public string? FunctionWordClass(ReadOnlySpan<char> word) => Facts(word).FunctionClass;

    /// <summary>Whether a word opens a naming clause inside a larger one ("what she calls …"): flag <c>naming</c> in <c>function-words.*.txt</c>.</summary>
    public bool IsNamingRelative(ReadOnlySpan<char> word) => Facts(word).Has(QuoteWordFlags.Naming);

    /// <summary>Whether a preposition heads an adverbial that a participle cue hangs on the clause subject through ("upon saying", "by telling"): flag <c>adverbial</c> in <c>function-words.*.txt</c>.</summary>
    public bool IsAdverbialPreposition(ReadOnlySpan<char> word) => Facts(word).Has(QuoteWordFlags.Adverbial);

    /// <summary>Whether an article or possessive makes the cue word after it a noun ("the chant", "his comments"): flag <c>noun-before</c> in <c>function-words.*.txt</c>.</summary>
    public bool IsNounDeterminer(ReadOnlySpan<char> word) => Facts(word).Has(QuoteWordFlags.NounBefore);

    /// <summary>Whether a word opens a subordinate clause before the main one ("although", "when"): flag <c>subordinate</c> in <c>function-words.*.txt</c>.</summary>
    public bool IsSubordinator(ReadOnlySpan<char> word) => Facts(word).Has(QuoteWordFlags.Subordinate);

    /// <summary>Verb forms that mark a clause as reported speech by themselves (German Konjunktiv I: "sei", "habe").</summary>
    public Lexicon ReportedSpeech { get; }

    public static QuoteLexicons For(LexiconSet set) => Cache.GetValue(set, static s => new QuoteLexicons(s));

    public SpeakerWordClass Classify(ReadOnlySpan<char> word)
    {
        ref readonly var facts = ref Facts(word);
        if (facts.Has(QuoteWordFlags.SpeakerWord))
            return facts.Class;
        // "Sen." is classed as "Sen".
        return word.Length > 1 && word[^1] == '.' ? Facts(word[..^1]).Class : SpeakerWordClass.None;
    }

    /// <summary>Whether a word is a cue by itself (an entry of <c>cue-verbs.*.txt</c>).</summary>
    public bool IsCue(ReadOnlySpan<char> word) => Facts(word).Has(QuoteWordFlags.Cue);

    /// <summary>Whether a word is a verb form of reported speech (<c>reported-speech.*.txt</c>).</summary>
    public bool IsReportedSpeech(ReadOnlySpan<char> word) => Facts(word).Has(QuoteWordFlags.ReportedSpeech);

    /// <summary>The agreement of a pronoun ("person", "group", "thing"), or null.</summary>
    public string? PronounAgreement(ReadOnlySpan<char> word) => Facts(word).Agreement;

    /// <summary>Whether a word is a relative pronoun ("who", "which"): flag <c>relative</c> in <c>speaker-words.*.txt</c>.</summary>
    public bool IsRelative(ReadOnlySpan<char> word) => Facts(word).Has(QuoteWordFlags.Relative);

    /// <summary>Whether a word opens a reported clause ("that", "dass"): flag <c>complementizer</c> in <c>speaker-words.*.txt</c>.</summary>
    public bool IsComplementizer(ReadOnlySpan<char> word) => Facts(word).Has(QuoteWordFlags.Complementizer);

    /// <summary>Whether a clause word keeps a reported clause going past a quote ("if", "because"): flag <c>continues</c>.</summary>
    public bool ContinuesClause(ReadOnlySpan<char> word) => Facts(word).Has(QuoteWordFlags.Continues);

    /// <summary>Whether a determiner marks an object case ("dem", "den"): flag <c>oblique</c>; its phrase is never the subject that speaks.</summary>
    public bool IsOblique(ReadOnlySpan<char> word) => Facts(word).Has(QuoteWordFlags.Oblique);

    /// <summary>Whether a determiner can stand alone as a speaker ("one said", "said another"): flag <c>alone</c>.</summary>
    public bool StandsAlone(ReadOnlySpan<char> word) => Facts(word).Has(QuoteWordFlags.Alone);

    /// <summary>Whether a complementizer's clause is reported as a whole, names in marks included: flags <c>complementizer</c> and <c>reported</c> ("dass").</summary>
    public bool IsReportingComplementizer(ReadOnlySpan<char> word) =>
        (Facts(word).Flags & (QuoteWordFlags.Complementizer | QuoteWordFlags.Reported)) == (QuoteWordFlags.Complementizer | QuoteWordFlags.Reported);

    /// <summary>Whether a word is an article a quote may continue (flag <c>article</c>: "ein „Bürger erster Klasse …“").</summary>
    public bool IsArticle(ReadOnlySpan<char> word) => Facts(word).Has(QuoteWordFlags.Article);

    /// <summary>Whether a word is the expletive an impersonal cue needs to report speech (flag <c>expletive</c>: "hieß es").</summary>
    public bool IsExpletive(ReadOnlySpan<char> word) => Facts(word).Has(QuoteWordFlags.Expletive);

    /// <summary>Whether the cue written <paramref name="cue"/> carries <paramref name="flag"/> in <c>cue-verbs.*.txt</c>.</summary>
    public bool CueHasFlag(ReadOnlySpan<char> cue, string flag) => Facts(cue) is { CueFields.IsDefault: false } facts && HasFlag(facts.CueFields, flag);

    /// <summary>Whether a word names a time (a weekday, month, "yesterday"), which is never a speaker.</summary>
    public bool IsTimeWord(ReadOnlySpan<char> word) => Classify(word) == SpeakerWordClass.Time;

    private static SpeakerWordClass Parse(string name) => name switch
    {
        "title" => SpeakerWordClass.Title,
        "modifier" => SpeakerWordClass.Modifier,
        "honorific" => SpeakerWordClass.Honorific,
        "org" => SpeakerWordClass.Org,
        "group" => SpeakerWordClass.Group,
        "pronoun" => SpeakerWordClass.Pronoun,
        "filler" => SpeakerWordClass.Filler,
        "determiner" => SpeakerWordClass.Determiner,
        "clause" => SpeakerWordClass.Clause,
        "time" => SpeakerWordClass.Time,
        "particle" => SpeakerWordClass.Particle,
        "fronted" => SpeakerWordClass.Fronted,
        "frame" => SpeakerWordClass.Frame,
        _ => SpeakerWordClass.None,
    };

    internal static bool HasFlag(ImmutableArray<string> fields, string flag)
    {
        for (var i = 1; i < fields.Length; i++)
        {
            if (fields[i] == flag)
                return true;
        }
        return false;
    }
}
