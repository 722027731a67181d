using System.Globalization;
using System.Runtime.CompilerServices;
using NewsParsing.Lexicons;
using NewsParsing.Model;
using NewsParsing.Segmentation;

namespace NewsParsing.Claims;

/// <summary>
/// Finds numbers with their unit in running text: "28 settlements", "30-day ceasefire" (unit "day"),
/// "about 100 settlements" (approximate), "$1.2 million", "15%", "thousands of troops". Number words,
/// scales and approximators ("about", "nearly", "more than") come from the <c>numbers</c> lexicon.
/// </summary>
internal sealed class NumberScanner
{
    private readonly Lexicon _numbers;
    private readonly ClaimLexicons _words;

    /// <summary>The one-word entries of <see cref="_numbers"/>, their fields read once (not parsed again at every hit).</summary>
    private readonly SpanLookup<NumberWord> _numberWords;

    private static readonly ConditionalWeakTable<Lexicon, SpanLookup<NumberWord>> s_numberWords = [];

    /// <summary>What a word of the <c>numbers</c> lexicon is: a value ("twelve"), a scale ("million") or an approximator ("about").</summary>
    private readonly record struct NumberWord(decimal? Value, decimal? Factor, bool Approximates);

    public NumberScanner(Lexicon numbers, ClaimLexicons words)
    {
        _numbers = numbers;
        _words = words;
        _numberWords = s_numberWords.GetValue(numbers, static lexicon => new SpanLookup<NumberWord>(ReadNumberWords(lexicon)));
    }

    private static IEnumerable<KeyValuePair<string, NumberWord>> ReadNumberWords(Lexicon numbers)
    {
        foreach (var key in numbers.Keys)
        {
            numbers.TryGet(key, out var fields);
            decimal? value = fields.Length == 1 && decimal.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
            decimal? factor = fields.Length == 2 && fields[0] == "scale"
                && decimal.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : null;
            yield return new(key, new NumberWord(value, factor, fields.Length == 1 && fields[0] == "approx"));
        }
    }

    /// <summary>
    /// A number's word joins digits across '.' and ',' ("1,200", "1.2") and any word across an inner hyphen or
    /// apostrophe ("30-day", "Ukraine's").
    /// </summary>
    private readonly struct NumberJoin : IWordJoin
    {
        public static bool Continues(string text, int start, int at, int end) =>
            char.IsLetterOrDigit(text[at])
            || text[at] is '.' or ',' && char.IsAsciiDigit(text[start]) && at + 1 < end && char.IsAsciiDigit(text[at + 1])
            || text[at] is '-' or '\'' or '’' && at + 1 < end && char.IsLetterOrDigit(text[at + 1]);
    }

    /// <summary>Adds the numbers in <c>text[span]</c> to <paramref name="found"/>.</summary>
    public void Scan(string text, TextSpan span, List<NumberMention> found)
    {
        using var words = new SpanWords<NumberJoin>(text, span, stackalloc SpanWord[SpanWords<NumberJoin>.StackWords]);
        Scan(text, span, words.Words, found, default, everyWord: true);
    }

    /// <summary>
    /// Adds the numbers in <c>text[span]</c> to <paramref name="found"/>, trying only the words that overlap one of
    /// <paramref name="candidates"/> (in text order): the same finds as <see cref="Scan(string, TextSpan, List{NumberMention})"/>
    /// when every digit and number word lies in a candidate (<see cref="ScanHints.TryGetNumberCandidates"/>).
    /// </summary>
    public void Scan(string text, TextSpan span, List<NumberMention> found, ReadOnlySpan<TextSpan> candidates)
    {
        if (candidates.IsEmpty)
            return;
        // A number reads at most two words before its first word (an approximator) and three after (scale, "of", unit).
        var window = TextSpans.CandidateWindow(text, span, candidates, wordsBefore: 2, wordsAfter: 4);
        using var words = new SpanWords<NumberJoin>(text, window, stackalloc SpanWord[SpanWords<NumberJoin>.StackWords]);
        Scan(text, span, words.Words, found, candidates, everyWord: false);
    }

    private void Scan(string text, TextSpan span, ReadOnlySpan<SpanWord> words, List<NumberMention> found, ReadOnlySpan<TextSpan> candidates, bool everyWord)
    {
        Span<char> pairBuffer = stackalloc char[64];
        var nextCandidate = 0;

        for (var w = 0; w < words.Length; w++)
        {
            // A number opens at a digit or a number word, which lies in a candidate: the words between candidates are not read.
            if (!everyWord)
            {
                while (nextCandidate < candidates.Length && candidates[nextCandidate].End <= words[w].Start)
                    nextCandidate++;
                if (nextCandidate == candidates.Length)
                    break;
                if (candidates[nextCandidate].Start >= words[w].End)
                    continue;
            }
            var word = words[w].In(text);
            decimal value;
            string? unit = null;
            var numberEnd = words[w].End;
            var end = numberEnd;
            var next = w + 1;
            var isWord = false;
            if (char.IsAsciiDigit(word[0]))
            {
                var digits = word;
                var hyphen = word.IndexOf('-');
                if (hyphen > 0)
                {
                    digits = word[..hyphen];
                    var hyphenUnit = word[(hyphen + 1)..];
                    if (hyphenUnit.IsEmpty || !char.IsLetter(hyphenUnit[0]))
                        continue;
                    unit = hyphenUnit.ToString(); // "30-day"
                }
                if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value))
                    continue;
                // A bare four-digit year is a date, not a count.
                if (unit is null && digits.Length == 4 && value is >= 1800 and <= 2200 && !digits.Contains(','))
                    continue;
            }
            else if (_numberWords.TryGetValue(word, out var numberWord) && numberWord.Value is { } wordValue)
            {
                value = wordValue;
                isWord = true;
            }
            else
                continue;

            // Scale: "1.2 million".
            if (next < words.Length && _numberWords.TryGetValue(words[next].In(text), out var scale) && scale.Factor is { } factor
                && Near(text, words[w], words[next]))
            {
                value *= factor;
                end = words[next].End;
                next++;
            }
            // Percent sign or unit noun: "15%", "28 settlements", "thousands of troops".
            if (unit is null && end < span.End && text[end] == '%')
            {
                unit = "%";
                end++;
            }
            else if (unit is null && next < words.Length && Near(text, words[next - 1], words[next]))
            {
                var candidate = next;
                if (words[candidate].In(text).Equals("of", StringComparison.OrdinalIgnoreCase) && candidate + 1 < words.Length)
                    candidate++;
                var noun = words[candidate].In(text);
                if (IsUnitWord(noun))
                {
                    unit = noun.ToString();
                    end = words[candidate].End;
                }
            }
            if (isWord && unit is null)
                continue; // "one" alone is a pronoun, not a count

            var start = words[w].Start;
            if (start > span.Start && text[start - 1] == '$')
            {
                start--;
                unit ??= "$";
            }
            var approximate = false;
            if (w > 0 && Near(text, words[w - 1], words[w]) && _numberWords.TryGetValue(words[w - 1].In(text), out var before) && before.Approximates)
            {
                approximate = true;
                start = words[w - 1].Start;
            }
            else if (w > 1 && Near(text, words[w - 1], words[w]) && Near(text, words[w - 2], words[w - 1]))
            {
                var first = words[w - 2].In(text);
                var second = words[w - 1].In(text);
                ReadOnlySpan<char> pair = first.Length + 1 + second.Length <= pairBuffer.Length
                    ? Join(first, second, pairBuffer)
                    : string.Concat(first, " ", second);
                if (_numbers.TryGet(pair, out var twoWord) && twoWord.Length == 1 && twoWord[0] == "approx")
                {
                    approximate = true;
                    start = words[w - 2].Start;
                }
            }
            found.Add(new NumberMention(TextSpan.FromBounds(start, end), text[start..end], value, unit, approximate));
            w = Math.Max(w, IndexAtOrBefore(words, end, w));
        }
    }

    private bool IsUnitWord(ReadOnlySpan<char> word) =>
        word.Length > 1 && char.IsLower(word[0]) && !_numberWords.ContainsKey(word)
        && (_words.Classify(word) & (WordClass.Aux | WordClass.Negation | WordClass.Adverb | WordClass.Pronoun | WordClass.Determiner
            | WordClass.Clause | WordClass.Preposition)) == 0;

    /// <summary>"more than": two words joined by a space, written into <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> Join(ReadOnlySpan<char> first, ReadOnlySpan<char> second, Span<char> buffer)
    {
        first.CopyTo(buffer);
        buffer[first.Length] = ' ';
        second.CopyTo(buffer[(first.Length + 1)..]);
        return buffer[..(first.Length + 1 + second.Length)];
    }

    private static int IndexAtOrBefore(ReadOnlySpan<SpanWord> words, int end, int from)
    {
        var w = from;
        while (w + 1 < words.Length && words[w + 1].End <= end)
            w++;
        return w;
    }

    private static bool Near(string text, SpanWord a, SpanWord b) => b.Start - a.End is >= 0 and <= 2 && text.AsSpan(a.End, b.Start - a.End).Trim().IsEmpty;
}
