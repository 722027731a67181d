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

/// <summary>
/// The word lists quote extraction reads, resolved once per <see cref="LexiconSet"/>: cue verbs
/// (<c>cue-verbs.*.txt</c>), speaker phrase words (<c>speaker-words.*.txt</c>), abbreviations and the verb forms of
/// reported speech (<c>reported-speech.*.txt</c>). Another language is another set of files; nothing here is language-specific code.
/// </summary>
internal sealed class QuoteLexicons
{
    private static readonly ConditionalWeakTable<LexiconSet, QuoteLexicons> Cache = [];

    private QuoteLexicons(LexiconSet set)
    {
        Cues = set.Get("cue-verbs");
        Words = set.Get("speaker-words");
        Abbreviations = set.Get("abbreviations");
        ReportedSpeech = set.Get("reported-speech");
        FunctionWords = set.Get("function-words");
        Months = set.Get("months");
    }

    public Lexicon Cues { get; }
    public Lexicon Words { get; }
    public Lexicon Abbreviations { get; }

    /// <summary>Month names (<c>months.txt</c>): a day number with a dot before one is an ordinal, not a sentence end.</summary>
    public Lexicon Months { get; }

    /// <summary>Prepositions, conjunctions, subordinators and auxiliaries by class (<c>function-words.*.txt</c>): capitalised, they open a sentence, never a name.</summary>
    private Lexicon FunctionWords { get; }

    /// <summary>A word's class in <see cref="FunctionWords"/> ("prep", "conj", "sub", "aux"), or null when it is none.</summary>
    public string? FunctionWordClass(ReadOnlySpan<char> word) =>
        FunctionWords.TryGet(word, out var fields) && fields.Length > 0 ? fields[0] : null;

    /// <summary>Whether a word opens a naming clause inside a larger one ("what she calls …"): flag <c>naming</c> in <c>function-words.*.txt</c>.</summary>
    public bool IsNamingRelative(ReadOnlySpan<char> word) => FunctionWords.TryGet(word, out var fields) && HasFlag(fields, "naming");

    /// <summary>Whether a preposition heads an adverbial that a participle cue hangs on the clause subject through ("upon saying", "by telling"): flag <c>adverbial</c> in <c>function-words.*.txt</c>.</summary>
    public bool IsAdverbialPreposition(ReadOnlySpan<char> word) => FunctionWords.TryGet(word, out var fields) && HasFlag(fields, "adverbial");

    /// <summary>Whether an article or possessive makes the cue word after it a noun ("the chant", "his comments"): flag <c>noun-before</c> in <c>function-words.*.txt</c>.</summary>
    public bool IsNounDeterminer(ReadOnlySpan<char> word) => FunctionWords.TryGet(word, out var fields) && HasFlag(fields, "noun-before");

    /// <summary>Whether a word opens a subordinate clause before the main one ("although", "when"): flag <c>subordinate</c> in <c>function-words.*.txt</c>.</summary>
    public bool IsSubordinator(ReadOnlySpan<char> word) => FunctionWords.TryGet(word, out var fields) && HasFlag(fields, "subordinate");

    /// <summary>Verb forms that mark a clause as reported speech by themselves (German Konjunktiv I: "sei", "habe").</summary>
    public Lexicon ReportedSpeech { get; }

    public static QuoteLexicons For(LexiconSet set) => Cache.GetValue(set, static s => new QuoteLexicons(s));

    public SpeakerWordClass Classify(ReadOnlySpan<char> word)
    {
        if (!Words.TryGet(word, out var fields) && !(word.Length > 1 && word[^1] == '.' && Words.TryGet(word[..^1], out fields)))
            return SpeakerWordClass.None;
        return fields.IsDefaultOrEmpty ? SpeakerWordClass.None : Parse(fields[0]);
    }

    /// <summary>The agreement of a pronoun ("person", "group", "thing"), or null.</summary>
    public string? PronounAgreement(ReadOnlySpan<char> word) =>
        Words.TryGet(word, out var fields) && fields.Length > 1 && fields[0] == "pronoun" ? fields[1] : null;

    /// <summary>Whether a word is a relative pronoun ("who", "which"): flag <c>relative</c> in <c>speaker-words.*.txt</c>.</summary>
    public bool IsRelative(ReadOnlySpan<char> word) => Words.TryGet(word, out var fields) && HasFlag(fields, "relative");

    /// <summary>Whether a word opens a reported clause ("that", "dass"): flag <c>complementizer</c> in <c>speaker-words.*.txt</c>.</summary>
    public bool IsComplementizer(ReadOnlySpan<char> word) => Words.TryGet(word, out var fields) && HasFlag(fields, "complementizer");

    /// <summary>Whether a clause word keeps a reported clause going past a quote ("if", "because"): flag <c>continues</c>.</summary>
    public bool ContinuesClause(ReadOnlySpan<char> word) => Words.TryGet(word, out var fields) && HasFlag(fields, "continues");

    /// <summary>Whether a determiner marks an object case ("dem", "den"): flag <c>oblique</c>; its phrase is never the subject that speaks.</summary>
    public bool IsOblique(ReadOnlySpan<char> word) => Words.TryGet(word, out var fields) && HasFlag(fields, "oblique");

    /// <summary>Whether a determiner can stand alone as a speaker ("one said", "said another"): flag <c>alone</c>.</summary>
    public bool StandsAlone(ReadOnlySpan<char> word) => Words.TryGet(word, out var fields) && HasFlag(fields, "alone");

    /// <summary>Whether a complementizer's clause is reported as a whole, names in marks included: flags <c>complementizer</c> and <c>reported</c> ("dass").</summary>
    public bool IsReportingComplementizer(ReadOnlySpan<char> word) =>
        Words.TryGet(word, out var fields) && HasFlag(fields, "complementizer") && HasFlag(fields, "reported");

    /// <summary>Whether a word is an article a quote may continue (flag <c>article</c>: "ein „Bürger erster Klasse …“").</summary>
    public bool IsArticle(ReadOnlySpan<char> word) => Words.TryGet(word, out var fields) && HasFlag(fields, "article");

    /// <summary>Whether a word is the expletive an impersonal cue needs to report speech (flag <c>expletive</c>: "hieß es").</summary>
    public bool IsExpletive(ReadOnlySpan<char> word) => Words.TryGet(word, out var fields) && HasFlag(fields, "expletive");

    /// <summary>Whether the cue written <paramref name="cue"/> carries <paramref name="flag"/> in <c>cue-verbs.*.txt</c>.</summary>
    public bool CueHasFlag(ReadOnlySpan<char> cue, string flag) => Cues.TryGet(cue, out var fields) && HasFlag(fields, flag);

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
