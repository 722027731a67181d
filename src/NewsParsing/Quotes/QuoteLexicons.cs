using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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

    /// <summary>A relative pronoun ("who", "which"): flag <c>relative</c> in <c>speaker-words.*.txt</c>.</summary>
    Relative = 1 << 1,

    /// <summary>A word opening a reported clause ("that", "dass"): flag <c>complementizer</c>.</summary>
    Complementizer = 1 << 2,

    /// <summary>A clause word that keeps a reported clause going past a quote ("if", "because"): flag <c>continues</c>.</summary>
    Continues = 1 << 3,

    /// <summary>A determiner marking an object case ("dem", "den"): flag <c>oblique</c>; its phrase never speaks.</summary>
    Oblique = 1 << 4,

    /// <summary>A determiner that can stand alone as a speaker ("one said", "said another"): flag <c>alone</c>.</summary>
    Alone = 1 << 5,

    /// <summary>With <see cref="Complementizer"/>: its clause is reported as a whole, names in marks included ("dass"): flag <c>reported</c>.</summary>
    Reported = 1 << 6,

    /// <summary>An article a quote may continue ("ein „Bürger erster Klasse …“"): flag <c>article</c>.</summary>
    Article = 1 << 7,

    /// <summary>The expletive an impersonal cue needs to report speech ("hieß es"): flag <c>expletive</c>.</summary>
    Expletive = 1 << 8,

    /// <summary>A word opening a naming clause inside a larger one ("what she calls …"): flag <c>naming</c> in <c>function-words.*.txt</c>.</summary>
    Naming = 1 << 9,

    /// <summary>A preposition heading an adverbial a participle cue hangs on the clause subject through ("upon saying"): flag <c>adverbial</c>.</summary>
    Adverbial = 1 << 10,

    /// <summary>An article or possessive that makes the cue word after it a noun ("the chant", "his comments"): flag <c>noun-before</c>.</summary>
    NounBefore = 1 << 11,

    /// <summary>A word opening a subordinate clause before the main one ("although", "when"): flag <c>subordinate</c>.</summary>
    Subordinate = 1 << 12,

    /// <summary>An entry of <c>cue-verbs.*.txt</c>.</summary>
    Cue = 1 << 13,

    /// <summary>A cue whose source follows it ("according to X"): flag <c>source-after</c>.</summary>
    SourceAfter = 1 << 14,

    /// <summary>A cue only right after a closing quote mark (a gesture: "“…!” beamed Hartley"): flag <c>quote-only</c>.</summary>
    QuoteOnly = 1 << 15,

    /// <summary>An -ing or -ed form that hangs on the clause subject (", saying that …"): flag <c>participle</c>.</summary>
    Participle = 1 << 16,

    /// <summary>The plain speech cue ("says"): another cue in its subject's clause lies inside what was said: flag <c>plain</c>.</summary>
    Plain = 1 << 17,

    /// <summary>The first word of a cue of several words ("according" of "according to"): only then is the pair looked up.</summary>
    OpensLongerCue = 1 << 18,

    /// <summary>An entry of <c>reported-speech.*.txt</c>.</summary>
    ReportedSpeech = 1 << 19,

    /// <summary>
    /// A verb that names or judges rather than reports ("nannte den Plan „Unsinn“"): only the words in marks are the
    /// speaker's. Flag <c>naming</c> in <c>cue-verbs.*.txt</c> (not the function-word flag of <see cref="Naming"/>).
    /// </summary>
    NamingCue = 1 << 20,

    /// <summary>A verb whose object may be a quoted phrase ("sprach von einer „Katastrophe“"): flag <c>object</c>.</summary>
    ObjectCue = 1 << 21,

    /// <summary>A fronted source reference that frames the rest of the sentence as reported ("Nach Angaben der Polizei …"): flag <c>frame</c>.</summary>
    FrameCue = 1 << 22,

    /// <summary>A verb of quoting ("zitiert die Zeitung den Minister"): its object, not its subject, speaks. Flag <c>quoting</c>.</summary>
    QuotingCue = 1 << 23,

    /// <summary>A verb that reports speech only with an expletive subject ("heißt es im Bericht"): flag <c>impersonal</c>.</summary>
    ImpersonalCue = 1 << 24,
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
    /// <summary>Whether any of <paramref name="flag"/> is set.</summary>
    public bool Has(QuoteWordFlags flag) => (Flags & flag) != 0;

    /// <summary>Whether all of <paramref name="flags"/> are set.</summary>
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

    /// <summary>Per word, the index of its facts in <see cref="_facts"/> (0 for none).</summary>
    private readonly WordTable<int> _factIndexes;

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
        _factIndexes = new WordTable<int>(indexes);
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
                | FlagIf(fields, "participle", QuoteWordFlags.Participle) | FlagIf(fields, "plain", QuoteWordFlags.Plain)
                | FlagIf(fields, "naming", QuoteWordFlags.NamingCue) | FlagIf(fields, "object", QuoteWordFlags.ObjectCue)
                | FlagIf(fields, "frame", QuoteWordFlags.FrameCue) | FlagIf(fields, "quoting", QuoteWordFlags.QuotingCue)
                | FlagIf(fields, "impersonal", QuoteWordFlags.ImpersonalCue);
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

    /// <summary><paramref name="bit"/> when a lexicon entry's fields carry <paramref name="flag"/>.</summary>
    private static QuoteWordFlags FlagIf(ImmutableArray<string> fields, string flag, QuoteWordFlags bit) => HasFlag(fields, flag) ? bit : QuoteWordFlags.None;

    /// <summary>What the lexicons say of <paramref name="word"/> (matched ignoring case, as every lexicon is); the default when nothing.</summary>
    public ref readonly QuoteWordFacts Facts(ReadOnlySpan<char> word) => ref _facts[FactsIndex(word)];

    /// <summary>Where the facts of <paramref name="word"/> are, for <see cref="Token.FactsIndex"/>.</summary>
    public int FactsIndex(ReadOnlySpan<char> word) => _factIndexes.Get(word);

    /// <summary><see cref="FactsIndex"/> of a word the caller knows is ASCII (no test of its characters).</summary>
    public int FactsIndexAscii(ReadOnlySpan<char> word) => _factIndexes.GetAscii(word);

    /// <summary>What the lexicons say of a token of <paramref name="text"/>: a word's facts were found when it was read.</summary>
    public ref readonly QuoteWordFacts FactsOf(ReadOnlySpan<char> text, Token token) =>
        ref token.Kind == TokenKind.Word ? ref _facts[token.FactsIndex] : ref Facts(text[token.Start..token.End]);

    /// <summary><see cref="Classify"/> of a token of <paramref name="text"/>.</summary>
    public SpeakerWordClass ClassOf(ReadOnlySpan<char> text, Token token) => ClassOf(in FactsOf(text, token), text[token.Start..token.End]);

    public Lexicon Cues { get; }
    public Lexicon Words { get; }
    public Lexicon Abbreviations { get; }

    /// <summary>Month names (<c>months.txt</c>): a day number with a dot before one is an ordinal, not a sentence end.</summary>
    public Lexicon Months { get; }

    /// <summary>Prepositions, conjunctions, subordinators and auxiliaries by class (<c>function-words.*.txt</c>): capitalised, they open a sentence, never a name.</summary>
    private Lexicon FunctionWords { get; }

    /// <summary>Verb forms that mark a clause as reported speech by themselves (German Konjunktiv I: "sei", "habe").</summary>
    public Lexicon ReportedSpeech { get; }

    public static QuoteLexicons For(LexiconSet set) => Cache.GetValue(set, static s => new QuoteLexicons(s));

    /// <summary>A word's class in <c>speaker-words.*.txt</c>.</summary>
    public SpeakerWordClass Classify(ReadOnlySpan<char> word) => ClassOf(in Facts(word), word);

    /// <summary>The class the facts of <paramref name="word"/> give; "Sen." is classed as "Sen" when only the latter is listed.</summary>
    public SpeakerWordClass ClassOf(in QuoteWordFacts facts, ReadOnlySpan<char> word) =>
        facts.Has(QuoteWordFlags.SpeakerWord) ? facts.Class
        : word.Length > 1 && word[^1] == '.' ? Facts(word[..^1]).Class
        : SpeakerWordClass.None;

    /// <summary>Whether a word is a cue by itself (an entry of <c>cue-verbs.*.txt</c>).</summary>
    public bool IsCue(ReadOnlySpan<char> word) => Facts(word).Has(QuoteWordFlags.Cue);

    /// <summary>Whether a word is a verb form of reported speech (<c>reported-speech.*.txt</c>).</summary>
    public bool IsReportedSpeech(ReadOnlySpan<char> word) => Facts(word).Has(QuoteWordFlags.ReportedSpeech);

    /// <summary>The agreement of a pronoun ("person", "group", "thing"), or null.</summary>
    public string? PronounAgreement(ReadOnlySpan<char> word) => Facts(word).Agreement;

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

    private static bool HasFlag(ImmutableArray<string> fields, string flag)
    {
        for (var i = 1; i < fields.Length; i++)
        {
            if (fields[i] == flag)
                return true;
        }
        return false;
    }
}
