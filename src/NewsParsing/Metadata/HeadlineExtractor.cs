using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.InteropServices;
using NewsParsing.Lexicons;
using NewsParsing.Segmentation;

namespace NewsParsing.Metadata;

/// <summary>
/// Finds where a headline ends and the lede begins when a dump runs them together on one line with no
/// separator ("... surrender in Kursk region Russian President Vladimir Putin has urged ..."). Every word
/// boundary is scored by rules that hold for news writing in general (each feature below says which), and
/// the best one is taken only when it reads clearly better than the line opening with the lede: a headline
/// is never invented. Word classes come from the <c>function-words</c> and <c>lede-verbs</c> lexicons.
/// </summary>
internal sealed class HeadlineExtractor
{
    private const int MinHeadlineWords = 3;
    private const int MaxHeadlineWords = 40;
    private const int MaxWords = 128;

    /// <summary>A lede's first sentence has at least this many words; a shorter one is a fragment.</summary>
    private const int MinLedeSentenceWords = 4;

    /// <summary>Words of the lede searched for the subject's finite verb.</summary>
    private const int VerbWindow = 8;

    /// <summary>How much of the article is searched for a word in lower case: the opening paragraphs suffice, and it bounds the work.</summary>
    private const int LowerCaseEvidenceChars = 20_000;

    /// <summary>Words of the lede searched for the headline's content words.</summary>
    private const int ReuseWindow = 30;

    /// <summary>The longest run of capitalised words read as the lede's opening name.</summary>
    private const int MaxCapitalizedRun = 6;

    /// <summary>Words after the lede's opening name whose case tells title case from sentence case.</summary>
    private const int LedeCaseWords = 8;

    /// <summary>Words after a boundary whose capitals <see cref="CapitalsBeforeLower"/> counts.</summary>
    private const int CapitalsWindow = 8;

    /// <summary>
    /// The scores read the class and case of a word at most this far past the last boundary (a capitalised run and the
    /// longest window read after it); further on only its stem and characters. Computed, so that widening a window
    /// cannot leave words it reads unclassified.
    /// </summary>
    private static readonly int ClassifiedPastLast = MaxCapitalizedRun + Math.Max(LedeCaseWords, Math.Max(VerbWindow, CapitalsWindow));

    /// <summary>
    /// How well a boundary must score, and by how much it must beat "no headline". The margin trades found
    /// headlines for invented ones; 1.25 keeps invented headlines under one title-less dump in ten
    /// (<c>newsparse eval dumps</c> measures both).
    /// </summary>
    private const double MinScore = 3.0;
    private const double MinMargin = 1.25;

    private readonly Lexicon _functionWords;
    private readonly Lexicon _ledeVerbs;
    private readonly Lexicon _weekdays;

    /// <summary>
    /// The classes of the function words: many words of the line are classified, nearly all are ASCII, and this
    /// table answers those inline where the general lexicon pays for a case-insensitive dictionary lookup.
    /// </summary>
    private readonly WordTable<WordClass> _classes;

    public HeadlineExtractor(LexiconSet lexicons)
    {
        _functionWords = lexicons.Get("function-words");
        _ledeVerbs = lexicons.Get("lede-verbs");
        _weekdays = lexicons.Get("weekdays");
        _classes = new WordTable<WordClass>(_functionWords.Keys.Select(key => KeyValuePair.Create(key, LexiconClassOf(key))));
    }

    private enum WordClass { Content, Determiner, Quantifier, Pronoun, Possessive, Preposition, Conjunction, Subordinator, Auxiliary, Particle, Title }

    /// <summary>
    /// What the scores ask of each word, worked out once per line: the boundary search asks the same questions
    /// of the same words for every boundary, and lexicon lookups and stripping dominated its cost. Some facts are
    /// worked out only for the words they are asked of (<see cref="Describe"/>); the comments say which.
    /// </summary>
    private struct WordFacts
    {
        public int CoreStart;        // Strip(word), as an offset and length into the line
        public int CoreLength;
        public WordClass Class;      // the class of Strip(word); this and the next four only before last + ClassifiedPastLast
        public WordClass CoreClass;  // the class of Strip(Strip(word)): what Classify(core) gives
        public bool CoreUpper;       // the core's first character is upper case (IsCapitalized)
        public bool CoreLower;       // ... lower case (IsLowerWord)
        public bool CoreLetter;      // ... a letter
        public bool DatelineWord;    // IsDatelineWord(word, next word); up to word last
        public bool EndsSentence;    // what SentenceWords stops at
        public int DatelineLength;   // DatelineExtractor.TryRead from this word: -1 none, Unknown not yet read
        public int LedeVerb;         // _ledeVerbs.Contains(core): 0 not yet looked up, 1 yes, 2 no
        public int SentenceEnd;      // the first word from this one on that ends a sentence, or the last word
        public ulong StemKey;        // the core's first five characters, lower-cased, a byte each, when they are ASCII
        public bool StemAscii;
    }

    private const int Unknown = int.MinValue;

    /// <summary>A packed stem no word has (StemKey uses five bytes), and the mask of a four-character stem.</summary>
    private const ulong NoStem = ulong.MaxValue;
    private const ulong Stem4Mask = (1UL << 32) - 1;

    /// <summary>One line's words and their facts, with running totals over the words that can be headline.</summary>
    private ref struct Line
    {
        public ReadOnlySpan<char> Text;
        public ReadOnlySpan<LineWord> Words;
        public Span<WordFacts> Facts;
        /// <summary>Running totals before word i (index i) of content words in lower and in upper case (CaseCounts).</summary>
        public Span<int> LowerContent;
        public Span<int> CapitalContent;
        /// <summary>Running totals before word i of straight double quotes, opening and closing curly quotes, and open parentheses.</summary>
        public Span<int> DoubleQuotes;
        public Span<int> Opened;
        public Span<int> Closed;
        public Span<int> Parens;
        /// <summary>Running totals before word i of the articles "the", "a", "an" (ArticleUse).</summary>
        public Span<int> Articles;
        /// <summary>The first word that is an appositive (ArticleUse), or int.MaxValue.</summary>
        public int FirstAppositive;
        /// <summary>IsMixedCase(k) holds when both are below k: the first title-case marker and the second lower-case content word (from word 1).</summary>
        public int FirstTitleMarker;
        public int SecondLower;
        /// <summary>Per word, its lower-cased first four (Stem4) or five (Stem5) characters as StemKey packs them; NoStem when the core is shorter or not ASCII.</summary>
        public Span<ulong> Stem4;
        public Span<ulong> Stem5;
        /// <summary>Bit i is set when word i's stem is not ASCII, so Stem4 and Stem5 cannot tell whether it repeats a stem.</summary>
        public UInt128 NonAsciiStems;
        /// <summary>The first j with a pair of words at j that repeats an earlier capitalised pair (RepeatsPair), or int.MaxValue.</summary>
        public int FirstRepeat;
        /// <summary>The first word that is a past or perfect auxiliary, or int.MaxValue.</summary>
        public int FirstPastAuxiliary;
        /// <summary>The first word that ends a sentence before a capitalised one (HasSentenceEnd), or int.MaxValue.</summary>
        public int FirstSentenceEnd;
        /// <summary>Whether the lede word l starts with the five-letter stem of headline word h: 0 not yet compared, 1 yes, 2 no.</summary>
        // Per headline word h, bit w is set when word w repeats h's five-letter stem.
        public Span<UInt128> Reuses;

        public readonly ReadOnlySpan<char> Word(int i) => Text[Words[i].Start..Words[i].End];

        public readonly ReadOnlySpan<char> Core(int i) => Text.Slice(Facts[i].CoreStart, Facts[i].CoreLength);
    }

    /// <summary>
    /// Returns the offset in <paramref name="line"/> where the lede starts, or -1 when the line opens with
    /// the lede (no headline).
    /// </summary>
    /// <param name="line">The line that holds the headline and the lede.</param>
    /// <param name="text">The whole article, which tells common words (also written in lower case) from names.</param>
    public int FindLedeStart(ReadOnlySpan<char> line, ReadOnlySpan<char> text)
    {
        if (text.Length > LowerCaseEvidenceChars)
            text = text[..LowerCaseEvidenceChars];
        Span<LineWord> buffer = stackalloc LineWord[MaxWords];
        var count = LineWords.Split(line, buffer);
        var words = buffer[..count];
        if (count < MinHeadlineWords + MinLedeSentenceWords)
            return -1;

        var last = Math.Min(MaxHeadlineWords, count - MinLedeSentenceWords);
        // Headline words are words[..k] with k <= last; running totals cover k = 0 ... last.
        var totals = last + 1;
        Span<int> counters = stackalloc int[7 * totals];
        var l = new Line
        {
            Text = line,
            Words = words,
            Facts = stackalloc WordFacts[count],
            LowerContent = counters[..totals],
            CapitalContent = counters.Slice(totals, totals),
            DoubleQuotes = counters.Slice(2 * totals, totals),
            Opened = counters.Slice(3 * totals, totals),
            Closed = counters.Slice(4 * totals, totals),
            Parens = counters.Slice(5 * totals, totals),
            Articles = counters.Slice(6 * totals, totals),
            Reuses = stackalloc UInt128[last],
            Stem4 = stackalloc ulong[(count + 7) & ~7],
            Stem5 = stackalloc ulong[(count + 7) & ~7],
        };
        Describe(ref l, last);

        // Which headline words name a subject the lede repeats: every boundary asks, so each pair is compared once.
        var stemColumns = Math.Min(count, last + ReuseWindow);
        for (var h = 0; h < last; h++)
        {
            ref readonly var f = ref l.Facts[h];
            if (f.CoreLength >= 4 && f.CoreClass == WordClass.Content)
                l.Reuses[h] = StemRepeats(in l, h, stemColumns);
        }

        var baseline = OpeningScore(ref l, 0);
        // A lede is written in sentence case: a line that opens in title case opens with a headline.
        if (OpensInTitleCase(in l))
            baseline -= 2;
        var best = double.NegativeInfinity;
        var bestAt = -1;
        // Only a boundary that scores this well can be taken, so one that cannot reach it need not be scored exactly.
        var acceptable = Math.Max(MinScore, baseline + MinMargin);
        for (var k = MinHeadlineWords; k <= last; k++)
        {
            // A boundary never falls inside a dateline ("NEW | YORK, Dec. 14 (UPI) —").
            if (!CanStartLede(l.Word(k)) || !CanEndHeadline(in l, k) || InsideDateline(ref l, k))
                continue;
            var score = OpeningScore(ref l, k) + BoundaryScore(ref l, k, out var commonWordScore);
            // The two costly terms come last, and only for a boundary that can still win: searching the text for a word
            // in lower case adds commonWordScore, a repeated phrase only subtracts. Scores are sums of quarters, exact in
            // a double, so the order of the terms does not change them.
            var highest = score + Math.Max(0, commonWordScore);
            if (highest < acceptable || highest <= best)
                continue;
            score += PhraseScore(in l, k);
            if (commonWordScore != 0 && score + Math.Max(0, commonWordScore) > best && AppearsInLowerCase(text, l.Core(k)))
                score += commonWordScore;
            if (score > best)
            {
                best = score;
                bestAt = k;
            }
        }
        if (bestAt < 0 || best < MinScore || best < baseline + MinMargin)
            return -1;
        return words[bestAt].Start;
    }

    /// <summary>
    /// Fills in the facts of every word and the running totals. Facts only the headline words and the words just past
    /// them are asked about are worked out for those alone: a long line's lede is mostly read for its stems.
    /// </summary>
    private void Describe(ref Line l, int last)
    {
        var line = l.Text;
        var words = l.Words;
        var facts = l.Facts;
        var stem4 = l.Stem4;
        var stem5 = l.Stem5;
        var classified = Math.Min(words.Length, last + ClassifiedPastLast);
        for (var i = 0; i < words.Length; i++)
        {
            var (start, end, ascii) = words[i];
            var word = line[start..end];
            var (offset, length) = StripRange(word);
            var core = word.Slice(offset, length);
            ref var f = ref facts[i];
            f.CoreStart = start + offset;
            f.CoreLength = length;
            // An empty core keeps the zeroed facts: content, no case, not a letter (what its class and first character give).
            if (i < classified && length > 0)
            {
                f.Class = ascii ? _classes.GetAscii(core) : ClassOf(core);
                f.CoreClass = IsStripped(core) ? f.Class : ClassOf(Strip(core));
                var first = core[0];
                f.CoreUpper = char.IsUpper(first);
                f.CoreLower = char.IsLower(first);
                f.CoreLetter = char.IsLetter(first);
            }
            f.EndsSentence = word[^1] is '.' or '!' or '?' && !(word.Length <= 4 && char.IsUpper(word[0]));
            f.DatelineLength = Unknown;
            (f.StemKey, f.StemAscii) = ascii ? (AsciiStemKey(core), true) : StemKey(core);
            stem4[i] = f.StemAscii && length >= 4 ? f.StemKey & Stem4Mask : NoStem;
            stem5[i] = f.StemAscii && length >= 5 ? f.StemKey : NoStem;
            if (!f.StemAscii)
                l.NonAsciiStems |= UInt128.One << i;
        }
        // SentenceWords from each word: up to the sentence's end, or to the line's.
        for (int i = words.Length - 1, end = words.Length - 1; i >= 0; i--)
        {
            if (facts[i].EndsSentence)
                end = i;
            facts[i].SentenceEnd = end;
        }

        // Facts of the headline words and running totals over them. The rarer facts are asked only of words that end
        // with the mark they need (a comma before an appositive, a full stop) or are short enough (articles, auxiliaries).
        l.FirstPastAuxiliary = l.FirstSentenceEnd = l.FirstAppositive = l.FirstTitleMarker = l.SecondLower = int.MaxValue;
        var lowerSinceFirst = 0;
        for (var i = 0; i < last; i++)
        {
            ref var f = ref facts[i];
            var word = l.Word(i);
            var core = l.Core(i);
            var next = l.Word(i + 1);
            f.DatelineWord = IsDatelineWord(core, word, next);
            // "U.S." and "Dr." are abbreviations, not sentence ends.
            if (word[^1] is '.' or '!' or '?' && l.FirstSentenceEnd == int.MaxValue && core.Length > 3
                && core.ContainsAnyInRange('a', 'z') && core.IndexOf('.') < 0 && facts[i + 1].CoreUpper)
                l.FirstSentenceEnd = i;
            // An appositive: a lower-case determiner, quantifier or subordinator after a comma.
            if (word[^1] == ',' && l.FirstAppositive == int.MaxValue && facts[i + 1].CoreLower
                && facts[i + 1].Class is WordClass.Determiner or WordClass.Quantifier or WordClass.Subordinator)
                l.FirstAppositive = i + 1;
            var article = false;
            if (word.Length <= 4)
            {
                article = word is "the" or "a" or "an";
                if (l.FirstPastAuxiliary == int.MaxValue && word is "has" or "have" or "had" or "was" or "were")
                    l.FirstPastAuxiliary = i;
            }
            l.Articles[i + 1] = l.Articles[i] + (article ? 1 : 0);
            if (i > 0 && f.CoreLetter)
            {
                if (f.CoreClass != WordClass.Content)
                {
                    if (lowerSinceFirst == 0 && f.CoreUpper && f.CoreClass is not WordClass.Title && l.FirstTitleMarker == int.MaxValue)
                        l.FirstTitleMarker = i;
                }
                else if (f.CoreLower && ++lowerSinceFirst == 2)
                {
                    l.SecondLower = i;
                }
            }
            var content = f.CoreLetter && f.CoreClass == WordClass.Content;
            l.LowerContent[i + 1] = l.LowerContent[i] + (content && !f.CoreUpper ? 1 : 0);
            l.CapitalContent[i + 1] = l.CapitalContent[i] + (content && f.CoreUpper ? 1 : 0);
        }
        // The word after the last headline word can open a dateline too.
        facts[last].DatelineWord = IsDatelineWord(l.Core(last), l.Word(last), last + 1 < words.Length ? l.Word(last + 1) : default);
        // Most headlines hold no quotation marks or parentheses: then every total of them stays 0.
        if (last > 0 && line[..words[last - 1].End].ContainsAny(s_quotesAndParentheses))
            CountQuotesAndParentheses(ref l, last);

        // A headline does not repeat itself: the first pair that repeats an earlier capitalised content-word pair.
        l.FirstRepeat = int.MaxValue;
        for (var j = 1; j + 1 < last && l.FirstRepeat == int.MaxValue; j++)
        {
            // Equal cores have equal facts, so word j must itself be a capitalised content word.
            ref readonly var fj = ref l.Facts[j];
            if (fj.CoreLength < 2 || !fj.CoreUpper || fj.CoreClass != WordClass.Content)
                continue;
            for (var i = 0; i < j; i++)
            {
                ref readonly var f = ref l.Facts[i];
                if (f.CoreLength != fj.CoreLength || f.StemKey != fj.StemKey || f.CoreClass != WordClass.Content)
                    continue;
                if (l.Core(j).Equals(l.Core(i), StringComparison.Ordinal) && l.Core(j + 1).Equals(l.Core(i + 1), StringComparison.Ordinal))
                {
                    l.FirstRepeat = j;
                    break;
                }
            }
        }
    }

    private static readonly SearchValues<char> s_quotesAndParentheses = SearchValues.Create("\"\u201C\u201D()");

    /// <summary>
    /// Running totals before each word of the quotation marks and parentheses CanEndHeadline asks about: each mark is
    /// found by a search and counted for its word, then the counts are summed.
    /// </summary>
    private static void CountQuotesAndParentheses(ref Line l, int last)
    {
        var headline = l.Text[..l.Words[last - 1].End];
        var word = 0;
        for (var at = headline.IndexOfAny(s_quotesAndParentheses); at >= 0;)
        {
            while (l.Words[word].End <= at)
                word++;
            switch (headline[at])
            {
                case '"': l.DoubleQuotes[word + 1]++; break;
                case '\u201C': l.Opened[word + 1]++; break;
                case '\u201D': l.Closed[word + 1]++; break;
                case '(': l.Parens[word + 1]++; break;
                case ')': l.Parens[word + 1]--; break;
            }
            var next = headline[(at + 1)..].IndexOfAny(s_quotesAndParentheses);
            at = next < 0 ? -1 : at + 1 + next;
        }
        for (var i = 1; i <= last; i++)
        {
            l.DoubleQuotes[i] += l.DoubleQuotes[i - 1];
            l.Opened[i] += l.Opened[i - 1];
            l.Closed[i] += l.Closed[i - 1];
            l.Parens[i] += l.Parens[i - 1];
        }
    }

    /// <summary>How much the words from <paramref name="k"/> on read like the opening of a news lede.</summary>
    private double OpeningScore(ref Line l, int k)
    {
        var score = 0.0;
        // A dateline ("KYIV, Ukraine (AP) —", "SHANGHAI:") only ever opens a story.
        if (IsDateline(ref l, k))
            return 6;
        var cls = l.Facts[k].Class;
        var run = CapitalizedRun(in l, k);
        // A capitalised determiner, pronoun or subordinator opens a sentence; a run of capitals is a named subject.
        if (cls is WordClass.Determiner or WordClass.Quantifier or WordClass.Pronoun or WordClass.Possessive or WordClass.Subordinator or WordClass.Preposition)
            score += 2;
        else if (run >= 2)
            score += 1.5;
        else if (run == 1 || char.IsDigit(l.Facts[k].CoreLength > 0 ? l.Core(k)[0] : ' '))
            score += 0.5;
        // A lede is a full sentence: its subject is followed by a finite verb within a few words.
        if (HasFiniteVerb(ref l, k))
            score += 2;
        // A fragment ("Live updates") is no lede.
        if (SentenceWords(in l, k) < MinLedeSentenceWords)
            score -= 2;
        return score;
    }

    /// <summary>
    /// How well words[..k] read as a headline that ends where words[k..] begin, but for <see cref="PhraseScore"/> and
    /// <paramref name="commonWordScore"/>: what to add when the text also writes word k in lower case, as a common word
    /// (0 when that does not matter).
    /// </summary>
    private double BoundaryScore(ref Line l, int k, out double commonWordScore)
    {
        var score = 0.0;
        commonWordScore = 0;
        ref readonly var prevFacts = ref l.Facts[k - 1];
        var prev = l.Word(k - 1);
        var nextClass = l.Facts[k].Class;

        var lowerContent = l.LowerContent[k];
        var capitalContent = l.CapitalContent[k];
        var titleCase = lowerContent == 0 && capitalContent >= 3;
        if (titleCase)
        {
            // A title-case headline ends where sentence case begins: after its opening name, the lede is lower case.
            var from = k + Math.Max(1, CapitalizedRun(in l, k));
            var (ledeLower, ledeCapital) = CaseCounts(in l, Math.Min(from, l.Words.Length), Math.Min(l.Words.Length, from + LedeCaseWords));
            score += ledeLower > ledeCapital ? 2 : -1;
            // Capitalised words before the lede's first lower-case one are more likely the headline's tail.
            score -= 0.5 * Math.Min(3, CapitalsBeforeLower(in l, k + 1));
            // In title case a capitalised preposition ("Of", "With") is still headline; a word the text writes
            // in lower case elsewhere is a common noun still in title case.
            if (nextClass is WordClass.Preposition or WordClass.Particle or WordClass.Conjunction)
                score -= 2;
            else if (nextClass == WordClass.Content)
                commonWordScore = -1;
        }
        else if (l.FirstTitleMarker < k && l.SecondLower < k)
        {
            // Title case that turns into sentence case has run on past its headline into the lede.
            score -= 2;
        }
        else if (prevFacts.CoreLower && nextClass is not WordClass.Content and not WordClass.Title)
        {
            // In sentence case, a capitalised function word after a lower-case one can only start a sentence.
            score += 2;
        }
        else if (prevFacts.CoreLower && nextClass == WordClass.Content)
        {
            // So can a capitalised common noun (one the text also writes in lower case): "grant | Program supported".
            // (When word k is not one, no later case applies: word k - 1 is in lower case.)
            commonWordScore = 1.5;
        }
        else if (prevFacts.CoreUpper && prevFacts.Class is WordClass.Content or WordClass.Title && l.Facts[k].CoreUpper && nextClass is WordClass.Content or WordClass.Title)
        {
            // Splitting a run of capitals ("Vladimir | Putin") cuts a name.
            score -= 1.5;
        }

        // A headline does not repeat itself; a repeated name means it has swallowed the lede's subject.
        if (l.FirstRepeat < k - 1)
            score -= 1.5;
        // The lede's subject is often the name the headline opens with.
        if (OpensWithSameWords(in l, k))
            score += 1;
        // Headlinese drops past and perfect auxiliaries ("has shared", "were given"): 3% of titles, 20% of ledes' openings.
        if (l.FirstPastAuxiliary < k)
            score -= 1;
        // Headlinese drops articles: ", the ..." opens 0.8% of titles but 8% of ledes, and articles are a third as dense.
        if (l.FirstAppositive < k)
            score -= 1.5;
        var articles = l.Articles[k];
        if (articles > 1)
            score -= 0.5 * (articles - 1);
        // News style puts the day after the verb ("shot a woman Wednesday"): a weekday after a lower-case word continues the sentence.
        if (prevFacts.CoreLower && _weekdays.Contains(l.Core(k)))
            score -= 1.5;
        // A headline may end on a question or exclamation, never on a full stop.
        if (prev[^1] is '?' or '!')
            score += 1;
        // A headline is one phrase, not two sentences.
        if (l.FirstSentenceEnd < k - 1)
            score -= 1.5;
        // Headlines run about 4 to 18 words.
        if (k < 4)
            score -= 0.5;
        else if (k > 18)
            score -= (k - 18) * 0.25;
        // The lede names the headline's subject again.
        var reused = Reused(in l, k, Math.Min(l.Words.Length, k + ReuseWindow));
        score += reused switch { 0 => 0, 1 => 0.75, _ => 1.25 };
        return score;
    }

    /// <summary>A boundary never splits a phrase the text uses elsewhere as a unit ("Meghan | Markle").</summary>
    private static double PhraseScore(in Line l, int k) => PairOccursElsewhere(in l, k - 1) ? -2 : 0;

    private bool CanEndHeadline(in Line l, int k)
    {
        var word = l.Word(k - 1);
        var last = word[^1];
        if (last is ',' or ';' or ':' or '.' or '-' or '\u2013' or '\u2014' or '(' or '/' or '&' or '\u2026')
            return false;
        if (last is not ('?' or '!' or '"' or '\u201D' or '\u2019' or '\'' or ')')
            && l.Facts[k - 1].Class is WordClass.Determiner or WordClass.Possessive or WordClass.Preposition or WordClass.Conjunction or WordClass.Auxiliary or WordClass.Title)
            return false;
        // A headline closes the quotations and parentheses it opens.
        return l.DoubleQuotes[k] % 2 == 0 && l.Opened[k] == l.Closed[k] && l.Parens[k] == 0;
    }

    private static bool CanStartLede(ReadOnlySpan<char> word)
    {
        var c = word[0];
        if (c is '"' or '\u201C' or '\u2018' or '\'' or '(' && word.Length > 1)
            c = word[1];
        return char.IsUpper(c) || char.IsDigit(c);
    }

    private bool HasFiniteVerb(ref Line l, int k)
    {
        var words = l.Words;
        // After a personal pronoun ("You want", "We've reached") the next word is the verb.
        if (l.Facts[k].Class == WordClass.Pronoun && k + 1 < words.Length && (l.Facts[k + 1].CoreLower || l.Word(k).ContainsAny('\'', '\u2019')))
            return true;
        var end = Math.Min(words.Length, k + VerbWindow);
        for (var i = k; i < end; i++)
        {
            var word = l.Word(i);
            ref var f = ref l.Facts[i];
            if (i > k && f.CoreLower)
            {
                var cls = f.Class;
                if (cls == WordClass.Auxiliary || IsLedeVerb(ref l, i))
                    return true;
                // Regular past tense or third person after a subject: "announced", "plans" (not "news", "status").
                var core = l.Core(i);
                if (cls == WordClass.Content && core.Length > 3 && (core.EndsWith("ed") || core[^1] == 's' && core[^2] is not ('s' or 'u' or 'i')))
                    return true;
            }
            else if (i > k && f.Class is WordClass.Auxiliary)
            {
                return true;
            }
            if (word[^1] is '.' or '!' or '?' && i > k)
                return false;
        }
        return false;
    }

    private bool IsLedeVerb(ref Line l, int i)
    {
        ref var f = ref l.Facts[i];
        if (f.LedeVerb == 0)
            f.LedeVerb = _ledeVerbs.Contains(l.Core(i)) ? 1 : 2;
        return f.LedeVerb == 1;
    }

    /// <summary>The class of a word already stripped of punctuation (an empty one, as any word no list holds, is content).</summary>
    private WordClass ClassOf(ReadOnlySpan<char> core) => _classes.Get(core);

    /// <summary>The class the <c>function-words</c> lexicon gives a word, <see cref="WordClass.Content"/> when it lists none.</summary>
    private WordClass LexiconClassOf(ReadOnlySpan<char> core)
    {
        if (!_functionWords.TryGet(core, out var fields) || fields.Length == 0)
            return WordClass.Content;
        return fields[0] switch
        {
            "det" => WordClass.Determiner,
            "quant" => WordClass.Quantifier,
            "pron" => WordClass.Pronoun,
            "poss" => WordClass.Possessive,
            "prep" => WordClass.Preposition,
            "conj" => WordClass.Conjunction,
            "sub" => WordClass.Subordinator,
            "aux" => WordClass.Auxiliary,
            "part" => WordClass.Particle,
            "title" => WordClass.Title,
            _ => WordClass.Content,
        };
    }

    /// <summary>Lower-case and capitalised content words of words[from..to) (function words do not tell title case).</summary>
    private static (int Lower, int Capital) CaseCounts(in Line l, int from, int to)
    {
        int lower = 0, capital = 0;
        for (var i = from; i < to; i++)
        {
            ref readonly var f = ref l.Facts[i];
            if (!f.CoreLetter || f.CoreClass != WordClass.Content)
                continue;
            if (f.CoreUpper)
                capital++;
            else
                lower++;
        }
        return (lower, capital);
    }

    private static int CapitalizedRun(in Line l, int k)
    {
        var run = 0;
        while (k + run < l.Words.Length && run < MaxCapitalizedRun && l.Facts[k + run].CoreUpper)
        {
            var w = l.Word(k + run);
            run++;
            if (w[^1] is ',' or '.' or ':' or ';')
                break;
        }
        return run;
    }

    /// <summary>How many content words of the headline words[..k] the lede words[k..ledeEnd) repeat (by a five-letter stem).</summary>
    private static int Reused(in Line l, int k, int ledeEnd)
    {
        var window = ((UInt128.One << (ledeEnd - k)) - 1) << k;
        var reused = 0;
        foreach (var repeats in l.Reuses[..k])
        {
            if ((repeats & window) != 0)
                reused++;
        }
        return reused;
    }

    /// <summary>The words after h, up to <paramref name="columns"/>, that start with h's five-letter stem (ignoring case).</summary>
    private static UInt128 StemRepeats(in Line l, int h, int columns)
    {
        ref readonly var stemFacts = ref l.Facts[h];
        var stemLength = Math.Min(5, stemFacts.CoreLength);
        var stemMask = (1UL << (8 * stemLength)) - 1;
        var repeats = UInt128.Zero;
        if (stemFacts.StemAscii)
        {
            // ASCII stems compare as packed keys, several words at a time; a word that is not ASCII is compared as text.
            repeats = MatchingStems(stemLength == 5 ? l.Stem5 : l.Stem4, stemFacts.StemKey, h + 1, columns);
            var others = l.NonAsciiStems & ~((UInt128.One << (h + 1)) - 1);
            while (others != UInt128.Zero)
            {
                var o = (int)UInt128.TrailingZeroCount(others);
                others &= others - 1;
                if (o >= columns)
                    break;
                if (l.Facts[o].CoreLength >= stemLength && l.Core(o).StartsWith(l.Core(h)[..stemLength], StringComparison.OrdinalIgnoreCase))
                    repeats |= UInt128.One << o;
            }
            return repeats;
        }
        for (var w = h + 1; w < columns; w++)
        {
            ref readonly var f = ref l.Facts[w];
            if (f.CoreLength < stemLength)
                continue;
            var match = stemFacts.StemAscii && f.StemAscii
                ? (f.StemKey & stemMask) == stemFacts.StemKey
                : l.Core(w).StartsWith(l.Core(h)[..stemLength], StringComparison.OrdinalIgnoreCase);
            if (match)
                repeats |= UInt128.One << w;
        }
        return repeats;
    }

    /// <summary>
    /// Bit w set for each w in [from, to) whose stem is <paramref name="key"/>. The stems are padded with zeros (no stem
    /// packs to zero) to a multiple of eight, so the vector compares need no tail.
    /// </summary>
    private static UInt128 MatchingStems(ReadOnlySpan<ulong> stems, ulong key, int from, int to)
    {
        ulong low = 0, high = 0;
        ref var first = ref MemoryMarshal.GetReference(stems);
        // From a multiple of eight: each compare's bits then fall into one half of the mask.
        var w = from & ~7;
        if (Vector512.IsHardwareAccelerated)
        {
            var target = Vector512.Create(key);
            for (; w < to; w += Vector512<ulong>.Count)
                Place(Vector512.Equals(Vector512.LoadUnsafe(ref first, (nuint)w), target).ExtractMostSignificantBits(), w, ref low, ref high);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var target = Vector256.Create(key);
            for (; w < to; w += Vector256<ulong>.Count)
                Place(Vector256.Equals(Vector256.LoadUnsafe(ref first, (nuint)w), target).ExtractMostSignificantBits(), w, ref low, ref high);
        }
        else
        {
            for (; w < to; w++)
                Place(stems[w] == key ? 1UL : 0, w, ref low, ref high);
        }
        var below = to >= 128 ? UInt128.MaxValue : (UInt128.One << to) - 1;
        return new UInt128(high, low) & below & ~((UInt128.One << from) - 1);
    }

    /// <summary>Puts the match bits of words w, w + 1, ... into the low or high half of a 128-bit mask.</summary>
    private static void Place(ulong bits, int w, ref ulong low, ref ulong high)
    {
        if (w < 64)
            low |= bits << w;
        else
            high |= bits << (w - 64);
    }

    private static int CapitalsBeforeLower(in Line l, int from)
    {
        var capitals = 0;
        for (var i = from; i < l.Words.Length && i < from + CapitalsWindow; i++)
        {
            ref readonly var f = ref l.Facts[i];
            if (!f.CoreLetter || f.CoreClass != WordClass.Content)
                continue;
            if (f.CoreLower)
                break;
            capitals++;
        }
        return capitals;
    }

    /// <summary>Whether the text also writes the word (stripped) in lower case, as a common word.</summary>
    private static bool AppearsInLowerCase(ReadOnlySpan<char> text, ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0]) || word[1..].ContainsAnyInRange('A', 'Z'))
            return false;
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        var n = word[..lower.Length].ToLowerInvariant(lower);
        var needle = lower[..n];
        var at = 0;
        while (at < text.Length)
        {
            var hit = text[at..].IndexOf(needle, StringComparison.Ordinal);
            if (hit < 0)
                return false;
            var start = at + hit;
            var end = start + needle.Length;
            if ((start == 0 || !char.IsLetter(text[start - 1])) && (end >= text.Length || !char.IsLetter(text[end])))
                return true;
            at = end;
        }
        return false;
    }

    /// <summary>Capitalised content words up to the first lower-case one, with a capitalised inner function word ("On", "Are").</summary>
    private static bool OpensInTitleCase(in Line l)
    {
        int capitals = 0, innerFunction = 0;
        for (var i = 0; i < l.Words.Length && i < 12; i++)
        {
            ref readonly var f = ref l.Facts[i];
            if (!f.CoreLetter)
                continue;
            var cls = f.CoreClass;
            if (f.CoreLower)
            {
                if (cls == WordClass.Content)
                    break;
                continue;
            }
            if (cls == WordClass.Content)
                capitals++;
            else if (i > 0 && cls != WordClass.Title && !l.Core(i).SequenceEqual("I"))
                innerFunction++;
        }
        return capitals >= 3 && innerFunction > 0;
    }

    private static bool PairOccursElsewhere(in Line l, int i)
    {
        var a = l.Core(i);
        var b = l.Core(i + 1);
        if (a.IsEmpty || b.IsEmpty)
            return false;
        for (var j = 0; j + 1 < l.Words.Length; j++)
        {
            ref readonly var f = ref l.Facts[j];
            // Two ASCII stems that differ as packed keys differ ignoring case.
            if (j == i || f.CoreLength != a.Length || f.StemAscii && l.Facts[i].StemAscii && f.StemKey != l.Facts[i].StemKey)
                continue;
            if (l.Core(j).Equals(a, StringComparison.OrdinalIgnoreCase)
                && l.Core(j + 1).Equals(b, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static bool OpensWithSameWords(in Line l, int k)
    {
        ref readonly var f = ref l.Facts[0];
        if (f.CoreLength == 0 || !f.CoreUpper || f.CoreClass != WordClass.Content)
            return false;
        return l.Core(0).Equals(l.Core(k), StringComparison.Ordinal);
    }

    /// <summary>Whether a dateline starts in the few words before <paramref name="k"/> and runs past it.</summary>
    private static bool InsideDateline(ref Line l, int k)
    {
        for (var j = k - 1; j >= Math.Max(0, k - 4); j--)
        {
            var length = DatelineLength(ref l, j);
            if (length >= 0 && l.Words[j].Start + length > l.Words[k].Start)
                return true;
            if (j == k - 1 && l.Facts[j].DatelineWord)
                return true;
        }
        return false;
    }

    /// <summary>The length of a dateline that starts at word j, or -1.</summary>
    private static int DatelineLength(ref Line l, int j)
    {
        ref var f = ref l.Facts[j];
        if (f.DatelineLength == Unknown)
            f.DatelineLength = DatelineExtractor.TryRead(l.Text[l.Words[j].Start..], out var length, out _) ? length : -1;
        return f.DatelineLength;
    }

    private static bool IsDateline(ref Line l, int k) =>
        l.Facts[k].DatelineWord || DatelineLength(ref l, k) >= 0;

    private static bool IsDatelineWord(ReadOnlySpan<char> core, ReadOnlySpan<char> word, ReadOnlySpan<char> next)
    {
        // The cheap tests of the word's end and the next word first: few words pass them.
        return core.Length >= 3 && (word[^1] is ',' or ':' || next.Length > 0 && (next[0] == '(' || next[0] is '\u2014' or '\u2013' or '-'))
            && !core.ContainsAnyInRange('a', 'z');
    }

    /// <summary><see cref="StemKey"/> of a core known to be ASCII: the first four characters lower-cased at once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per word, and small
    private static ulong AsciiStemKey(ReadOnlySpan<char> core)
    {
        if (core.Length < 4)
            return StemKey(core).Key;
        // Four 16-bit characters packed into their low bytes: 0d0c0b0a -> 00dc00ba -> 0000dcba.
        var key = AsciiWordTable.Lower(MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(core)));
        key = (key | (key >> 8)) & 0x0000_FFFF_0000_FFFF;
        key = (key | (key >> 16)) & 0xFFFF_FFFF;
        return core.Length == 4 ? key : key | (AsciiWordTable.Lower(core[4]) << 32);
    }

    private static int SentenceWords(in Line l, int k) => l.Facts[k].SentenceEnd - k + 1;

    /// <summary>Whether <see cref="Strip"/> leaves a non-empty core as it is: it ends with a letter or digit and no possessive.</summary>
    private static bool IsStripped(ReadOnlySpan<char> core) => char.IsLetterOrDigit(core[^1]) && !EndsWithPossessive(core);

    /// <summary>The word without surrounding punctuation and a possessive ending.</summary>
    private static ReadOnlySpan<char> Strip(ReadOnlySpan<char> word)
    {
        var (offset, length) = StripRange(word);
        return word.Slice(offset, length);
    }

    private static (int Offset, int Length) StripRange(ReadOnlySpan<char> word)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && !char.IsLetterOrDigit(word[start]))
            start++;
        while (end > start && !char.IsLetterOrDigit(word[end - 1]))
            end--;
        if (EndsWithPossessive(word[start..end]))
            end -= 2;
        return (start, end - start);
    }

    /// <summary>"Trump's", "Putin’s": an apostrophe and s after at least one character.</summary>
    private static bool EndsWithPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^2] is '\'' or '\u2019' && word[^1] is 's' or 'S';

    /// <summary>The first five characters, lower-cased, one byte each; false when one of them is not ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per word, and small
    private static (ulong Key, bool Ascii) StemKey(ReadOnlySpan<char> core)
    {
        var key = 0UL;
        var length = Math.Min(5, core.Length);
        for (var c = 0; c < length; c++)
        {
            var ch = core[c];
            if (!char.IsAscii(ch))
                return (0, false);
            key |= (ulong)char.ToLowerInvariant(ch) << (8 * c);
        }
        return (key, true);
    }
}
