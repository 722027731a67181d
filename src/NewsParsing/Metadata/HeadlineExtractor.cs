using NewsParsing.Lexicons;

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

    public HeadlineExtractor(LexiconSet lexicons)
    {
        _functionWords = lexicons.Get("function-words");
        _ledeVerbs = lexicons.Get("lede-verbs");
        _weekdays = lexicons.Get("weekdays");
    }

    private enum WordClass { Content, Determiner, Quantifier, Pronoun, Possessive, Preposition, Conjunction, Subordinator, Auxiliary, Particle, Title }

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
        Span<Range> buffer = stackalloc Range[MaxWords];
        var count = SplitWords(line, buffer);
        var words = buffer[..count];
        if (count < MinHeadlineWords + MinLedeSentenceWords)
            return -1;
        // Which words could name the headline's subject again: classified once per line, not once per boundary.
        Span<bool> reusable = stackalloc bool[count];
        for (var i = 0; i < count; i++)
        {
            var word = Strip(line[words[i]]);
            reusable[i] = word.Length >= 4 && Classify(word) == WordClass.Content;
        }

        var baseline = OpeningScore(line, words, 0);
        // A lede is written in sentence case: a line that opens in title case opens with a headline.
        if (OpensInTitleCase(line, words))
            baseline -= 2;
        var best = double.NegativeInfinity;
        var bestAt = -1;
        var last = Math.Min(MaxHeadlineWords, count - MinLedeSentenceWords);
        for (var k = MinHeadlineWords; k <= last; k++)
        {
            // A boundary never falls inside a dateline ("NEW | YORK, Dec. 14 (UPI) —").
            if (!CanStartLede(line[words[k]]) || !CanEndHeadline(line, words[..k]) || InsideDateline(line, words, k))
                continue;
            var score = OpeningScore(line, words, k) + BoundaryScore(text, line, words, reusable, k);
            if (score > best)
            {
                best = score;
                bestAt = k;
            }
        }
        if (bestAt < 0 || best < MinScore || best < baseline + MinMargin)
            return -1;
        return words[bestAt].Start.Value;
    }

    /// <summary>How much the words from <paramref name="k"/> on read like the opening of a news lede.</summary>
    private double OpeningScore(ReadOnlySpan<char> line, ReadOnlySpan<Range> words, int k)
    {
        var first = line[words[k]];
        var score = 0.0;
        // A dateline ("KYIV, Ukraine (AP) —", "SHANGHAI:") only ever opens a story.
        if (IsDateline(line, words, k))
            return 6;
        var cls = Classify(first);
        var run = CapitalizedRun(line, words, k);
        // A capitalised determiner, pronoun or subordinator opens a sentence; a run of capitals is a named subject.
        if (cls is WordClass.Determiner or WordClass.Quantifier or WordClass.Pronoun or WordClass.Possessive or WordClass.Subordinator or WordClass.Preposition)
            score += 2;
        else if (run >= 2)
            score += 1.5;
        else if (run == 1 || char.IsDigit(Strip(first) is { Length: > 0 } s ? s[0] : ' '))
            score += 0.5;
        // A lede is a full sentence: its subject is followed by a finite verb within a few words.
        if (HasFiniteVerb(line, words, k))
            score += 2;
        // A fragment ("Live updates") is no lede.
        if (SentenceWords(line, words, k) < MinLedeSentenceWords)
            score -= 2;
        return score;
    }

    /// <summary>How well words[..k] read as a headline that ends where words[k..] begin.</summary>
    private double BoundaryScore(ReadOnlySpan<char> text, ReadOnlySpan<char> line, ReadOnlySpan<Range> words, ReadOnlySpan<bool> reusable, int k)
    {
        var score = 0.0;
        var headline = words[..k];
        var prev = line[words[k - 1]];
        var next = line[words[k]];
        var nextClass = Classify(next);

        var (lowerContent, capitalContent) = CaseCounts(line, headline);
        var titleCase = lowerContent == 0 && capitalContent >= 3;
        if (titleCase)
        {
            // A title-case headline ends where sentence case begins: after its opening name, the lede is lower case.
            var from = k + Math.Max(1, CapitalizedRun(line, words, k));
            var (ledeLower, ledeCapital) = CaseCounts(line, words[Math.Min(from, words.Length)..Math.Min(words.Length, from + 8)]);
            score += ledeLower > ledeCapital ? 2 : -1;
            // Capitalised words before the lede's first lower-case one are more likely the headline's tail.
            score -= 0.5 * Math.Min(3, CapitalsBeforeLower(line, words, k + 1));
            // In title case a capitalised preposition ("Of", "With") is still headline; a word the text writes
            // in lower case elsewhere is a common noun still in title case.
            if (nextClass is WordClass.Preposition or WordClass.Particle or WordClass.Conjunction)
                score -= 2;
            else if (nextClass == WordClass.Content && AppearsInLowerCase(text, line, words, k))
                score -= 1;
        }
        else if (IsMixedCase(line, headline))
        {
            // Title case that turns into sentence case has run on past its headline into the lede.
            score -= 2;
        }
        else if (IsLowerWord(prev) && nextClass is not WordClass.Content and not WordClass.Title)
        {
            // In sentence case, a capitalised function word after a lower-case one can only start a sentence.
            score += 2;
        }
        else if (IsLowerWord(prev) && nextClass == WordClass.Content && AppearsInLowerCase(text, line, words, k))
        {
            // So can a capitalised common noun (one the text also writes in lower case): "grant | Program supported".
            score += 1.5;
        }
        else if (IsCapitalized(prev) && Classify(prev) is WordClass.Content or WordClass.Title && IsCapitalized(next) && nextClass is WordClass.Content or WordClass.Title)
        {
            // Splitting a run of capitals ("Vladimir | Putin") cuts a name.
            score -= 1.5;
        }

        // A boundary never splits a phrase the text uses elsewhere as a unit ("Meghan | Markle").
        if (PairOccursElsewhere(line, words, k - 1))
            score -= 2;
        // A headline does not repeat itself; a repeated name means it has swallowed the lede's subject.
        if (RepeatsPair(line, headline))
            score -= 1.5;
        // The lede's subject is often the name the headline opens with.
        if (OpensWithSameWords(line, headline, words[k..]))
            score += 1;
        // Headlinese drops past and perfect auxiliaries ("has shared", "were given"): 3% of titles, 20% of ledes' openings.
        if (HasPastAuxiliary(line, headline))
            score -= 1;
        // Headlinese drops articles: ", the ..." opens 0.8% of titles but 8% of ledes, and articles are a third as dense.
        var (appositive, articles) = ArticleUse(line, headline);
        if (appositive)
            score -= 1.5;
        if (articles > 1)
            score -= 0.5 * (articles - 1);
        // News style puts the day after the verb ("shot a woman Wednesday"): a weekday after a lower-case word continues the sentence.
        if (IsLowerWord(prev) && _weekdays.Contains(Strip(next)))
            score -= 1.5;
        // A headline may end on a question or exclamation, never on a full stop.
        if (prev[^1] is '?' or '!')
            score += 1;
        // A headline is one phrase, not two sentences.
        if (HasSentenceEnd(line, headline))
            score -= 1.5;
        // Headlines run about 4 to 18 words.
        if (k < 4)
            score -= 0.5;
        else if (k > 18)
            score -= (k - 18) * 0.25;
        // The lede names the headline's subject again.
        var reused = Reused(line, headline, reusable[..k], words[k..Math.Min(words.Length, k + ReuseWindow)]);
        score += reused switch { 0 => 0, 1 => 0.75, _ => 1.25 };
        return score;
    }

    private bool CanEndHeadline(ReadOnlySpan<char> line, ReadOnlySpan<Range> headline)
    {
        var word = line[headline[^1]];
        var last = word[^1];
        if (last is ',' or ';' or ':' or '.' or '-' or '\u2013' or '\u2014' or '(' or '/' or '&' or '\u2026')
            return false;
        if (last is not ('?' or '!' or '"' or '\u201D' or '\u2019' or '\'' or ')')
            && Classify(word) is WordClass.Determiner or WordClass.Possessive or WordClass.Preposition or WordClass.Conjunction or WordClass.Auxiliary or WordClass.Title)
            return false;
        // A headline closes the quotations and parentheses it opens.
        int doubleQuotes = 0, opened = 0, closed = 0, parens = 0;
        foreach (var range in headline)
        {
            foreach (var c in line[range])
            {
                switch (c)
                {
                    case '"': doubleQuotes++; break;
                    case '\u201C': opened++; break;
                    case '\u201D': closed++; break;
                    case '(': parens++; break;
                    case ')': parens--; break;
                }
            }
        }
        return doubleQuotes % 2 == 0 && opened == closed && parens == 0;
    }

    private static bool CanStartLede(ReadOnlySpan<char> word)
    {
        var c = word[0];
        if (c is '"' or '\u201C' or '\u2018' or '\'' or '(' && word.Length > 1)
            c = word[1];
        return char.IsUpper(c) || char.IsDigit(c);
    }

    private bool HasFiniteVerb(ReadOnlySpan<char> line, ReadOnlySpan<Range> words, int k)
    {
        // After a personal pronoun ("You want", "We've reached") the next word is the verb.
        if (Classify(line[words[k]]) == WordClass.Pronoun && k + 1 < words.Length && (IsLowerWord(line[words[k + 1]]) || line[words[k]].ContainsAny('\'', '\u2019')))
            return true;
        var end = Math.Min(words.Length, k + VerbWindow);
        for (var i = k; i < end; i++)
        {
            var word = line[words[i]];
            var core = Strip(word);
            if (i > k && core.Length > 0 && char.IsLower(core[0]))
            {
                var cls = Classify(word);
                if (cls == WordClass.Auxiliary || _ledeVerbs.Contains(core))
                    return true;
                // Regular past tense or third person after a subject: "announced", "plans" (not "news", "status").
                if (cls == WordClass.Content && core.Length > 3 && (core.EndsWith("ed") || core[^1] == 's' && core[^2] is not ('s' or 'u' or 'i')))
                    return true;
            }
            else if (i > k && Classify(word) is WordClass.Auxiliary)
            {
                return true;
            }
            if (word[^1] is '.' or '!' or '?' && i > k)
                return false;
        }
        return false;
    }

    private WordClass Classify(ReadOnlySpan<char> word)
    {
        var core = Strip(word);
        if (core.IsEmpty || !_functionWords.TryGet(core, out var fields) || fields.Length == 0)
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

    /// <summary>Lower-case and capitalised content words (function words do not tell title case).</summary>
    private (int Lower, int Capital) CaseCounts(ReadOnlySpan<char> line, ReadOnlySpan<Range> words)
    {
        int lower = 0, capital = 0;
        foreach (var range in words)
        {
            var core = Strip(line[range]);
            if (core.IsEmpty || !char.IsLetter(core[0]) || Classify(core) != WordClass.Content)
                continue;
            if (char.IsUpper(core[0]))
                capital++;
            else
                lower++;
        }
        return (lower, capital);
    }

    private int CapitalizedRun(ReadOnlySpan<char> line, ReadOnlySpan<Range> words, int k)
    {
        var run = 0;
        while (k + run < words.Length && run < 6 && IsCapitalized(line[words[k + run]]))
        {
            var w = line[words[k + run]];
            run++;
            if (w[^1] is ',' or '.' or ':' or ';')
                break;
        }
        return run;
    }

    private static bool HasSentenceEnd(ReadOnlySpan<char> line, ReadOnlySpan<Range> headline)
    {
        for (var i = 0; i < headline.Length - 1; i++)
        {
            var word = line[headline[i]];
            var core = Strip(word);
            // "U.S." and "Dr." are abbreviations, not sentence ends.
            if (word[^1] is '.' or '!' or '?' && core.Length > 3 && core.ContainsAnyInRange('a', 'z') && core.IndexOf('.') < 0 && IsCapitalized(line[headline[i + 1]]))
                return true;
        }
        return false;
    }

    /// <summary>How many content words of the headline the lede repeats (by a five-letter stem).</summary>
    /// <param name="line">The line.</param>
    /// <param name="headline">The headline's words.</param>
    /// <param name="reusable">For each headline word, whether it is a content word of four letters or more.</param>
    /// <param name="lede">The lede's first words.</param>
    private static int Reused(ReadOnlySpan<char> line, ReadOnlySpan<Range> headline, ReadOnlySpan<bool> reusable, ReadOnlySpan<Range> lede)
    {
        var reused = 0;
        for (var h = 0; h < headline.Length; h++)
        {
            if (!reusable[h])
                continue;
            var word = Strip(line[headline[h]]);
            var stem = word[..Math.Min(5, word.Length)];
            foreach (var l in lede)
            {
                if (Strip(line[l]).StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                {
                    reused++;
                    break;
                }
            }
        }
        return reused;
    }


    private int CapitalsBeforeLower(ReadOnlySpan<char> line, ReadOnlySpan<Range> words, int from)
    {
        var capitals = 0;
        for (var i = from; i < words.Length && i < from + 8; i++)
        {
            var core = Strip(line[words[i]]);
            if (core.IsEmpty || !char.IsLetter(core[0]) || Classify(core) != WordClass.Content)
                continue;
            if (char.IsLower(core[0]))
                break;
            capitals++;
        }
        return capitals;
    }

    /// <summary>Whether the text also writes the word at <paramref name="k"/> in lower case, as a common word.</summary>
    private static bool AppearsInLowerCase(ReadOnlySpan<char> text, ReadOnlySpan<char> line, ReadOnlySpan<Range> words, int k)
    {
        var word = Strip(line[words[k]]);
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

    /// <summary>Whether a comma is followed by a lower-case determiner or relative, and how many lower-case articles there are.</summary>
    private (bool Appositive, int Articles) ArticleUse(ReadOnlySpan<char> line, ReadOnlySpan<Range> headline)
    {
        var appositive = false;
        var articles = 0;
        for (var i = 0; i < headline.Length; i++)
        {
            var word = line[headline[i]];
            if (word is "the" or "a" or "an")
                articles++;
            if (i > 0 && line[headline[i - 1]][^1] == ',' && IsLowerWord(word) && Classify(word) is WordClass.Determiner or WordClass.Quantifier or WordClass.Subordinator)
                appositive = true;
        }
        return (appositive, articles);
    }

    /// <summary>Capitalised content words up to the first lower-case one, with a capitalised inner function word ("On", "Are").</summary>
    private bool OpensInTitleCase(ReadOnlySpan<char> line, ReadOnlySpan<Range> words)
    {
        int capitals = 0, innerFunction = 0;
        for (var i = 0; i < words.Length && i < 12; i++)
        {
            var core = Strip(line[words[i]]);
            if (core.IsEmpty || !char.IsLetter(core[0]))
                continue;
            var cls = Classify(core);
            if (char.IsLower(core[0]))
            {
                if (cls == WordClass.Content)
                    break;
                continue;
            }
            if (cls == WordClass.Content)
                capitals++;
            else if (i > 0 && cls != WordClass.Title && !core.SequenceEqual("I"))
                innerFunction++;
        }
        return capitals >= 3 && innerFunction > 0;
    }

    private static bool HasPastAuxiliary(ReadOnlySpan<char> line, ReadOnlySpan<Range> headline)
    {
        foreach (var range in headline)
        {
            var word = line[range];
            if (word is "has" or "have" or "had" or "was" or "were")
                return true;
        }
        return false;
    }

    private static bool PairOccursElsewhere(ReadOnlySpan<char> line, ReadOnlySpan<Range> words, int i)
    {
        var a = Strip(line[words[i]]);
        var b = Strip(line[words[i + 1]]);
        if (a.IsEmpty || b.IsEmpty)
            return false;
        for (var j = 0; j + 1 < words.Length; j++)
        {
            if (j != i && Strip(line[words[j]]).Equals(a, StringComparison.OrdinalIgnoreCase) && Strip(line[words[j + 1]]).Equals(b, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private bool RepeatsPair(ReadOnlySpan<char> line, ReadOnlySpan<Range> headline)
    {
        for (var i = 0; i + 1 < headline.Length; i++)
        {
            var a = Strip(line[headline[i]]);
            if (a.Length < 2 || !char.IsUpper(a[0]) || Classify(a) != WordClass.Content)
                continue;
            var b = Strip(line[headline[i + 1]]);
            for (var j = i + 1; j + 1 < headline.Length; j++)
            {
                if (Strip(line[headline[j]]).Equals(a, StringComparison.Ordinal) && Strip(line[headline[j + 1]]).Equals(b, StringComparison.Ordinal))
                    return true;
            }
        }
        return false;
    }

    private bool OpensWithSameWords(ReadOnlySpan<char> line, ReadOnlySpan<Range> headline, ReadOnlySpan<Range> lede)
    {
        var a = Strip(line[headline[0]]);
        if (a.IsEmpty || !char.IsUpper(a[0]) || Classify(a) != WordClass.Content)
            return false;
        return a.Equals(Strip(line[lede[0]]), StringComparison.Ordinal);
    }

    /// <summary>A title-case start (a capitalised inner function word before any lower-case content word) that later turns lower case.</summary>
    private bool IsMixedCase(ReadOnlySpan<char> line, ReadOnlySpan<Range> headline)
    {
        var titleMarker = false;
        var lower = 0;
        for (var i = 1; i < headline.Length; i++)
        {
            var core = Strip(line[headline[i]]);
            if (core.IsEmpty || !char.IsLetter(core[0]))
                continue;
            var cls = Classify(core);
            if (cls != WordClass.Content)
            {
                if (lower == 0 && char.IsUpper(core[0]) && cls is not WordClass.Title)
                    titleMarker = true;
                continue;
            }
            if (char.IsLower(core[0]))
                lower++;
        }
        return titleMarker && lower >= 2;
    }

    /// <summary>Whether a dateline starts in the few words before <paramref name="k"/> and runs past it.</summary>
    private static bool InsideDateline(ReadOnlySpan<char> line, ReadOnlySpan<Range> words, int k)
    {
        for (var j = k - 1; j >= Math.Max(0, k - 4); j--)
        {
            if (DatelineExtractor.TryRead(line[words[j].Start.Value..], out var length, out _) && words[j].Start.Value + length > words[k].Start.Value)
                return true;
            if (j == k - 1 && IsDatelineWord(line[words[j]], line[words[k]]))
                return true;
        }
        return false;
    }

    private static bool IsDateline(ReadOnlySpan<char> line, ReadOnlySpan<Range> words, int k) =>
        IsDatelineWord(line[words[k]], k + 1 < words.Length ? line[words[k + 1]] : default)
        || DatelineExtractor.TryRead(line[words[k].Start.Value..], out _, out _);

    private static bool IsDatelineWord(ReadOnlySpan<char> word, ReadOnlySpan<char> next)
    {
        var core = Strip(word);
        if (core.Length < 3 || core.ContainsAnyInRange('a', 'z'))
            return false;
        return word[^1] is ',' or ':' || next.Length > 0 && (next[0] == '(' || next[0] is '\u2014' or '\u2013' or '-');
    }

    private int SentenceWords(ReadOnlySpan<char> line, ReadOnlySpan<Range> words, int k)
    {
        var n = 0;
        for (var i = k; i < words.Length; i++)
        {
            n++;
            var w = line[words[i]];
            if (w[^1] is '.' or '!' or '?' && !(w.Length <= 4 && char.IsUpper(w[0])))
                break;
        }
        return n;
    }

    private static bool IsCapitalized(ReadOnlySpan<char> word)
    {
        var core = Strip(word);
        return core.Length > 0 && char.IsUpper(core[0]);
    }

    private static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        var core = Strip(word);
        return core.Length > 0 && char.IsLower(core[0]);
    }

    /// <summary>The word without surrounding punctuation and a possessive ending.</summary>
    private static ReadOnlySpan<char> Strip(ReadOnlySpan<char> word)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && !char.IsLetterOrDigit(word[start]))
            start++;
        while (end > start && !char.IsLetterOrDigit(word[end - 1]))
            end--;
        var core = word[start..end];
        if (core.Length > 2 && core[^2] is '\'' or '\u2019' && core[^1] is 's' or 'S')
            core = core[..^2];
        return core;
    }

    private static int SplitWords(ReadOnlySpan<char> line, Span<Range> words)
    {
        var count = 0;
        var i = 0;
        while (i < line.Length && count < words.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
                i++;
            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
                i++;
            if (i > start)
                words[count++] = new Range(start, i);
        }
        return count;
    }
}
