namespace NewsParsing.Metadata;

/// <summary>
/// Finds where a headline ends and the lede begins when a dump runs them together on one line with no
/// separator ("... surrender in Kursk region Russian President Vladimir Putin has urged ..."). Each word
/// boundary is scored by rules that hold for news writing in general: a headline does not end on a function
/// word or a comma; a lede opens a sentence (a name or title run followed by a verb, a sentence opener, a
/// dateline) and usually names the headline's subject again. When the line itself already opens like a lede
/// at least as well, there is no headline: one is never invented.
/// </summary>
internal static class HeadlineExtractor
{
    private const int MinHeadlineWords = 3;
    private const int MaxHeadlineWords = 30;
    private const int MinLedeSentenceWords = 6;

    /// <summary>How much better than "no headline" the best boundary must score.</summary>
    private const double MinScore = 3.5;
    private const double MinMargin = 0.75;

    // Words a headline does not end on: articles, prepositions, conjunctions, auxiliaries, titles.
    private static readonly HashSet<string> s_noHeadlineEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "but", "nor", "as",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
        "may", "might", "must", "shall", "do", "does", "did", "that", "which", "who", "whose", "whom", "than", "into",
        "onto", "about", "after", "before", "over", "under", "between", "against", "during", "without", "within",
        "said", "says", "told", "tells", "like", "vs", "via", "not", "no", "its", "his", "her", "their", "our", "my",
        "your", "this", "these", "those", "mr", "mrs", "ms", "dr", "president", "minister", "prime", "former", "gov",
        "sen", "rep", "gen", "st", "chief", "secretary", "leader", "prince", "king", "queen", "pope", "judge",
        "new", "if", "when", "while", "because", "so", "up", "out", "off", "per", "amid", "despite", "toward",
        "towards", "through", "since", "until", "upon", "also", "just", "only", "very", "more", "most", "such",
    };

    // Words that open a lede sentence.
    private static readonly HashSet<string> s_sentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "After", "When", "As", "While", "For", "It", "This", "That", "These",
        "Those", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Hundreds", "Thousands",
        "Dozens", "More", "Many", "Some", "Most", "Last", "Earlier", "Since", "During", "Despite", "Amid", "Following",
        "Over", "Nearly", "Almost", "About", "Authorities", "Officials", "Police", "Researchers", "Scientists", "If",
        "Although", "Though", "With", "Without", "According", "By", "From", "Our", "We", "I", "He", "She", "They",
        "Here", "There", "What", "Why", "How", "Who", "One", "Every", "Each", "Just", "Less", "Fewer", "Under",
    };

    // Finite verbs and auxiliaries that follow a lede's subject.
    private static readonly HashSet<string> s_verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "said", "says", "told", "can", "could",
        "may", "might", "must", "should", "on", "who", "announced", "warned", "urged", "became", "made", "took",
        "gave", "met", "won", "lost", "faces", "face", "led", "ran", "spoke", "wrote", "hit", "set", "put", "cut",
        "did", "does", "got", "went", "came", "saw", "kept", "left", "held", "began", "sent", "paid", "sought",
    };

    /// <summary>
    /// Returns the offset in <paramref name="line"/> where the lede starts, or -1 when the line opens with
    /// the lede (no headline).
    /// </summary>
    public static int FindLedeStart(ReadOnlySpan<char> line)
    {
        Span<Range> buffer = stackalloc Range[64];
        var count = SplitWords(line, buffer);
        var words = buffer[..count];
        if (count < MinHeadlineWords + MinLedeSentenceWords)
            return -1;

        var baseline = LedeScore(line, words, 0, headlineWords: 0);
        double best = double.NegativeInfinity;
        var bestAt = -1;
        var last = Math.Min(MaxHeadlineWords, count - MinLedeSentenceWords);
        for (var k = MinHeadlineWords; k <= last; k++)
        {
            if (!CanEndHeadline(line[words[k - 1]]) || !CanStartLede(line[words[k]]))
                continue;
            var score = LedeScore(line, words, k, k);
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

    private static bool CanEndHeadline(ReadOnlySpan<char> word)
    {
        var last = word[^1];
        if (last is ',' or ';' or ':' or '.' or '-' or '\u2013' or '\u2014' or '(' or '/')
            return false;
        return !s_noHeadlineEnd.Contains(Strip(word).ToString());
    }

    private static bool CanStartLede(ReadOnlySpan<char> word)
    {
        var c = word[0];
        if (c is '"' or '\u201C' or '\u2018' or '\'' or '(' && word.Length > 1)
            c = word[1];
        return char.IsUpper(c) || char.IsDigit(c);
    }

    private static double LedeScore(ReadOnlySpan<char> line, ReadOnlySpan<Range> words, int k, int headlineWords)
    {
        double score = 0;
        var first = line[words[k]];
        var run = 0;
        while (k + run < words.Length && IsCapitalized(line[words[k + run]]) && run < 6)
        {
            var w = line[words[k + run]];
            run++;
            if (w[^1] is ',' or '.' or ':' or ';')
                break;
        }
        if (IsDatelineWord(first, k + 1 < words.Length ? line[words[k + 1]] : default))
            score += 4;
        else if (s_sentenceOpeners.Contains(Strip(first).ToString()))
            score += 2.5;
        else if (run >= 2)
            score += 2;
        else if (run == 1)
            score += 0.5;

        if (k + run < words.Length)
        {
            var after = Strip(line[words[k + run]]);
            if (s_verbs.Contains(after.ToString()) || after.EndsWith("ed") && after.Length > 3)
                score += 2;
            else if (after.Length > 3 && after.EndsWith('s') && !after.EndsWith("ss") && char.IsLower(after[0]))
                score += 1;
        }

        if (headlineWords > 0)
        {
            // The lede names the headline's subject again.
            for (var i = 0; i < run; i++)
            {
                var name = Strip(line[words[k + i]]);
                if (name.Length > 2 && !s_sentenceOpeners.Contains(name.ToString()) && AppearsIn(line, words[..headlineWords], name))
                {
                    score += 1;
                    break;
                }
            }
            if (headlineWords < 4 || headlineWords > 22)
                score -= 1;
            var prev = line[words[k - 1]];
            if (prev[^1] is '?' or '!')
                score += 1;
            if (IsCapitalized(prev) && run > 0 && !IsTitleCase(line, words[..headlineWords]))
                score -= 1; // inside a run of names, unless the headline capitalises every word
            if (IsTitleCase(line, words[..headlineWords]) && !IsTitleCase(line, words[(k + run)..Math.Min(words.Length, k + run + 6)]))
                score += 1.5;
        }

        if (SentenceWords(line, words, k) < MinLedeSentenceWords)
            score -= 2;
        return score;
    }

    private static bool IsDatelineWord(ReadOnlySpan<char> word, ReadOnlySpan<char> next)
    {
        var core = Strip(word);
        if (core.Length < 3 || core.ContainsAnyInRange('a', 'z'))
            return false;
        return word[^1] == ',' || next.Length > 0 && (next[0] == '(' || next[0] is '\u2014' or '\u2013' or '-');
    }

    private static bool IsTitleCase(ReadOnlySpan<char> line, ReadOnlySpan<Range> words)
    {
        int content = 0, capitalized = 0;
        foreach (var range in words)
        {
            var word = Strip(line[range]);
            if (word.Length <= 3 && s_noHeadlineEnd.Contains(word.ToString()))
                continue;
            content++;
            if (word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0])))
                capitalized++;
        }
        return content >= 3 && capitalized >= content * 0.85;
    }

    private static int SentenceWords(ReadOnlySpan<char> line, ReadOnlySpan<Range> words, int k)
    {
        var n = 0;
        for (var i = k; i < words.Length; i++)
        {
            n++;
            var w = line[words[i]];
            if (w[^1] is '.' or '!' or '?' && !(w.Length <= 3 && char.IsUpper(w[0])))
                break;
        }
        return n;
    }

    private static bool AppearsIn(ReadOnlySpan<char> line, ReadOnlySpan<Range> words, ReadOnlySpan<char> name)
    {
        foreach (var range in words)
        {
            var word = Strip(line[range]);
            if (word.StartsWith(name, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static bool IsCapitalized(ReadOnlySpan<char> word)
    {
        var core = Strip(word);
        return core.Length > 0 && char.IsUpper(core[0]);
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
