using System.Runtime.CompilerServices;
using NewsParsing.Lexicons;
using NewsParsing.Metadata.Dates;
using NewsParsing.Model;

namespace NewsParsing.Claims;

/// <summary>Where a cue's content sits relative to the cue (the <c>frame</c> field of <c>cue-stance</c>).</summary>
internal enum CueFrame
{
    /// <summary>Content follows the cue, "that" optional, or precedes it ("..., Putin said").</summary>
    Say,
    /// <summary>An addressee may stand between cue and content ("told reporters that", "urged troops to").</summary>
    Tell,
    /// <summary>The cue is a preposition before the source ("according to TASS").</summary>
    Prep,
    /// <summary>The content is the cue's object, right after it ("praised Putin as a strong leader", "called him a liar").</summary>
    Object,
    /// <summary>
    /// A raising verb whose subject belongs to the content and whose source is unnamed ("Clinton appeared to
    /// assuage ...", "the talks seem to have stalled"): the subject, cue and infinitive are the content.
    /// </summary>
    Raise,
}

/// <summary>One inflected cue form with its lemma and stances, from <c>cue-stance.*.txt</c>.</summary>
internal sealed record CueEntry(string Lemma, Stance Stance, Stance NegatedStance, CueFrame Frame, int Words);

/// <summary>Word categories from <c>claim-words.*.txt</c>, as flags for one lookup per token.</summary>
[Flags]
internal enum WordClass : ushort
{
    None = 0,
    Aux = 1,
    Negation = 2,
    Adverb = 4,
    Pronoun = 8,
    Determiner = 16,
    Clause = 32,
    Opener = 64,
    Preposition = 128,
    Role = 256,
    Organization = 512,
    PluralPronoun = 1024,
    PersonPronoun = 2048,
    Conjunction = 4096,
    PluralNoun = 8192,
    VerbOnly = 16384,
}

/// <summary>
/// What one lookup tells about a word: everything the claim scanners ask of a token, so a sentence's words are
/// looked up once when its block is tokenised, not again by each rule that reads them.
/// </summary>
/// <remarks>
/// No references inside (the cue is an id into <see cref="ClaimLexicons.CueById"/>), so tokens that carry these facts
/// are copied into their list without GC write barriers.
/// </remarks>
/// <param name="Classes">The word's classes from <c>claim-words</c> (curly apostrophes read as straight ones).</param>
/// <param name="Facts">The other facts.</param>
/// <param name="CueId">The id of the one-word cue form the word is, or 0.</param>
internal readonly record struct WordFacts(WordClass Classes, TokenFacts Facts, short CueId);

/// <summary>Facts of a word beside its classes and cue entry.</summary>
[Flags]
internal enum TokenFacts : ushort
{
    None = 0,
    /// <summary>The first word of a multi-word cue form ("point" of "point out"): a cue match must look at the words after it.</summary>
    OpensLongerCue = 1,
    /// <summary>
    /// A time word that may stand between source and cue: a weekday name longer than three letters or a <c>frame</c> word of
    /// <c>time-words</c> ("yesterday", "today", "tonight").
    /// </summary>
    TimeWord = 2,
    /// <summary>In the <c>abbreviations</c> lexicon ("Mr", "Gen"): a period after it is no sentence end.</summary>
    Abbreviation = 4,
    /// <summary>In <c>claim-words</c> as written (so a curly apostrophe needs no second lookup).</summary>
    InClaimWords = 8,
    /// <summary>The first word of a hedge ("reportedly", "is" of "is said to"): a hedge may start at this word.</summary>
    OpensHedge = 16,
    /// <summary>
    /// Set by the tokenizer: letters mixed with digits or inner marks ("Trump’s", "so-called", "30-day"). The hedge,
    /// date and number scanners split such a token into other words than the tokenizer, so its own facts say nothing
    /// of theirs: <see cref="HidesHedge"/>, <see cref="HidesDate"/> and <see cref="HidesNumber"/> say it instead.
    /// </summary>
    MixesLettersAndMarks = 32,
    /// <summary>
    /// A word a date expression needs besides digits: a month or weekday name, or a <c>time-words</c> word with a day,
    /// direction or span role ("last", "this", "next", "past", "yesterday", "today", "tonight", "tomorrow").
    /// </summary>
    MayBeDateWord = 64,
    /// <summary>A one-word entry of the <c>numbers</c> lexicon ("twelve", "million", "about").</summary>
    NumberWord = 128,
    /// <summary>Set by the tokenizer on a token that mixes letters with other marks: a hedge may open at a word inside it.</summary>
    HidesHedge = 256,
    /// <summary>Set by the tokenizer on a token that mixes letters with other marks: a date may open at a word inside it.</summary>
    HidesDate = 512,
    /// <summary>Set by the tokenizer on a token that mixes letters with other marks: a number may open at a word inside it.</summary>
    HidesNumber = 1024,
}

/// <summary>
/// The lexicons the claim stage reads, compiled once per parser: cue forms (from <c>cue-stance</c>),
/// function words (<c>claim-words</c>), hedges, abbreviations, months and weekdays. Immutable.
/// </summary>
internal sealed class ClaimLexicons
{
    private static readonly ConditionalWeakTable<LexiconSet, ClaimLexicons> s_cache = [];

    // Every word of a sentence is tried as a cue and classified: span lookups that rule most words out by shape.
    private readonly SpanLookup<CueEntry> _cues;
    private readonly SpanLookup<WordClass> _words;

    /// <summary>
    /// All the per-word facts of the tables above and the time words and abbreviations, under one key, in a table
    /// with an inline path for ASCII words (nearly all tokens).
    /// </summary>
    private readonly WordTable<WordFacts> _facts;

    public ClaimLexicons(LexiconSet lexicons)
    {
        var cues = new Dictionary<string, CueEntry>(StringComparer.OrdinalIgnoreCase);
        var cueLexicon = lexicons.Get("cue-stance");
        foreach (var lemma in cueLexicon.Keys)
        {
            if (!cueLexicon.TryGet(lemma, out var fields) || fields.Length < 3)
                continue;
            var stance = ParseStance(fields[0]) ?? Stance.Asserts;
            var negated = fields.Length > 3 ? ParseStance(fields[3]) ?? Stance.NotAttributed : Stance.NotAttributed;
            var frame = fields[1] switch
            {
                "tell" => CueFrame.Tell,
                "prep" => CueFrame.Prep,
                "object" => CueFrame.Object,
                "raise" => CueFrame.Raise,
                _ => CueFrame.Say,
            };
            foreach (var form in fields[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var wordCount = form.Count(static c => c == ' ') + 1;
                cues.TryAdd(form, new CueEntry(lemma, stance, negated, frame, wordCount));
            }
        }
        _cues = new SpanLookup<CueEntry>(cues);
        MaxCueWords = cues.Count == 0 ? 1 : cues.Values.Max(static c => c.Words);

        var words = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        var wordLexicon = lexicons.Get("claim-words");
        foreach (var word in wordLexicon.Keys)
        {
            wordLexicon.TryGet(word, out var fields);
            var classes = WordClass.None;
            foreach (var field in fields)
            {
                classes |= field switch
                {
                    "aux" => WordClass.Aux,
                    "neg" => WordClass.Negation,
                    "adv" => WordClass.Adverb,
                    "pron" => WordClass.Pronoun,
                    "det" => WordClass.Determiner,
                    "clause" => WordClass.Clause,
                    "opener" => WordClass.Opener,
                    "prep" => WordClass.Preposition,
                    "role" => WordClass.Role,
                    "org" => WordClass.Organization,
                    "plural" => WordClass.PluralPronoun,
                    "person" => WordClass.PersonPronoun,
                    "conj" => WordClass.Conjunction,
                    "pl" => WordClass.PluralNoun,
                    "vb" => WordClass.VerbOnly,
                    _ => WordClass.None,
                };
            }
            words[word] = classes;
        }
        _words = new SpanLookup<WordClass>(words);

        Numbers = lexicons.Get("numbers");
        Hedges = lexicons.Get("hedges");
        Abbreviations = lexicons.Get("abbreviations");
        Months = lexicons.Get("months");
        Weekdays = lexicons.Get("weekdays");
        TimeWords = lexicons.Get("time-words");
        List<CueEntry> cueById = [null!]; // id 0: no cue
        var facts = CombineFacts(cues, words, Weekdays, Abbreviations, Hedges, Months, Numbers, TimeWords, cueById);
        _facts = new WordTable<WordFacts>(facts);
        _cueById = [.. cueById];
        _markFacts = new WordFacts[MarkFactsRange];
        for (var c = '\0'; c < MarkFactsRange; c++)
        {
            if (!char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c))
                _markFacts[c] = Facts([c], c == '’');
        }
    }

    /// <summary>
    /// Marks below this code point have their <see cref="Facts"/> in a table: ASCII, Latin-1 and the General Punctuation
    /// block (curly quotes, dashes, the ellipsis), which hold nearly every punctuation token of news text.
    /// </summary>
    private const char MarkFactsRange = '\u2070';

    /// <summary>The <see cref="Facts"/> of each one-character mark below <see cref="MarkFactsRange"/>, by code point.</summary>
    private readonly WordFacts[] _markFacts;

    /// <summary>
    /// <see cref="Facts"/> of a one-character punctuation token (a curly apostrophe counted as one): a table read for the
    /// common marks, where a lookup would hash the character and, beyond ASCII, search the general table.
    /// </summary>
    public WordFacts FactsOfMark(char mark) => mark < MarkFactsRange ? _markFacts[mark] : Facts([mark], mark == '’');

    private readonly CueEntry[] _cueById;

    /// <summary>The one-word cue entry of a <see cref="WordFacts.CueId"/> (not 0).</summary>
    public CueEntry CueById(short id) => _cueById[id];

    /// <summary>One table of <see cref="WordFacts"/> keyed by every word any of the per-word questions can answer yes for.</summary>
    private static Dictionary<string, WordFacts> CombineFacts(Dictionary<string, CueEntry> cues, Dictionary<string, WordClass> words, Lexicon weekdays,
        Lexicon abbreviations, Lexicon hedges, Lexicon months, Lexicon numbers, Lexicon timeWords, List<CueEntry> cueById)
    {
        var facts = new Dictionary<string, WordFacts>(StringComparer.OrdinalIgnoreCase);
        void Add(string word, Func<WordFacts, WordFacts> change) =>
            facts[word] = change(facts.TryGetValue(word, out var known) ? known : default);

        foreach (var (word, classes) in words)
            Add(word, f => f with { Classes = classes, Facts = f.Facts | TokenFacts.InClaimWords });
        foreach (var (form, entry) in cues)
        {
            var space = form.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                var id = checked((short)cueById.Count);
                cueById.Add(entry);
                Add(form, f => f with { CueId = id });
            }
            else
                Add(form[..space], f => f with { Facts = f.Facts | TokenFacts.OpensLongerCue });
        }
        foreach (var day in weekdays.Keys)
        {
            if (day.Length > 3)
                Add(day, f => f with { Facts = f.Facts | TokenFacts.TimeWord });
        }
        foreach (var word in Metadata.Dates.TimeWords.WithRole(timeWords, TimeWordRoles.Frame))
            Add(word, f => f with { Facts = f.Facts | TokenFacts.TimeWord });
        foreach (var word in abbreviations.Keys)
            Add(word, f => f with { Facts = f.Facts | TokenFacts.Abbreviation });
        foreach (var hedge in hedges.Keys)
        {
            if (HedgeScanner.FirstWord(hedge) is { Length: > 0 } first)
                Add(first, f => f with { Facts = f.Facts | TokenFacts.OpensHedge });
        }
        foreach (var word in months.Keys.Concat(weekdays.Keys).Concat(Metadata.Dates.TimeWords.WithRole(timeWords, TimeWord.DateRoles)))
            Add(word, f => f with { Facts = f.Facts | TokenFacts.MayBeDateWord });
        foreach (var word in numbers.Keys)
        {
            if (!word.Contains(' '))
                Add(word, f => f with { Facts = f.Facts | TokenFacts.NumberWord });
        }
        return facts;
    }

    /// <summary>
    /// Everything the claim scanners ask of one word, in one lookup: the same answers as <see cref="Classify"/>,
    /// <see cref="TryGetCue"/> (for a one-word form), the weekday/time-word test and the abbreviation list.
    /// <paramref name="hasCurlyApostrophe"/> says whether the word holds a '’' (the tokenizer knows), which
    /// <see cref="Classify"/> reads as a straight one.
    /// </summary>
    public WordFacts Facts(ReadOnlySpan<char> word, bool hasCurlyApostrophe)
    {
        var facts = _facts.Get(word);
        if (hasCurlyApostrophe && (facts.Facts & TokenFacts.InClaimWords) == 0 && word.Length <= 16)
            facts = facts with { Classes = Classify(word) };
        return facts;
    }

    /// <summary>
    /// <see cref="Facts"/> of a word the tokenizer read as ASCII (so holding no curly apostrophe): no test of its characters.
    /// </summary>
    public WordFacts FactsOfAscii(ReadOnlySpan<char> word) => _facts.GetAscii(word);

    /// <summary>The compiled lexicons of a set, built once per set.</summary>
    public static ClaimLexicons For(LexiconSet set) => s_cache.GetValue(set, static s => new ClaimLexicons(s));

    public Lexicon Numbers { get; }
    public Lexicon Hedges { get; }
    public Lexicon Abbreviations { get; }
    public Lexicon Months { get; }
    public Lexicon Weekdays { get; }
    /// <summary>The <c>time-words</c> lexicon: "yesterday", "last", "since" and their roles in date expressions.</summary>
    public Lexicon TimeWords { get; }

    /// <summary>The most words in one cue form ("point out" is two).</summary>
    public int MaxCueWords { get; }

    public bool TryGetCue(ReadOnlySpan<char> form, out CueEntry entry) => _cues.TryGetValue(form, out entry!);

    public WordClass Classify(ReadOnlySpan<char> word)
    {
        if (_words.TryGetValue(word, out var classes))
            return classes;
        // Curly apostrophes are spelled with a straight one in the list ("didn’t" = "didn't").
        if (word.Contains('’') && word.Length <= 16)
        {
            Span<char> buffer = stackalloc char[word.Length];
            word.CopyTo(buffer);
            buffer.Replace('’', '\'');
            return _words.TryGetValue(buffer, out classes) ? classes : WordClass.None;
        }
        return WordClass.None;
    }

    /// <summary>Reads a stance name as written in lexicon files and the JSON contract.</summary>
    public static Stance? ParseStance(string name) => name switch
    {
        "asserts" => Stance.Asserts,
        "denies" => Stance.Denies,
        "doubts" => Stance.Doubts,
        "predicts" => Stance.Predicts,
        "demands" => Stance.Demands,
        "notAttributed" => Stance.NotAttributed,
        _ => null,
    };
}
