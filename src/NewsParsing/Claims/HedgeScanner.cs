using System.Collections.Immutable;
using NewsParsing.Lexicons;
using NewsParsing.Model;

namespace NewsParsing.Claims;

/// <summary>
/// Finds hedges ("allegedly", "reportedly", "according to", "is said to") in a span: whole words, longest
/// phrase first, from the <c>hedges</c> lexicon.
/// </summary>
internal sealed class HedgeScanner
{
    private const int MaxWords = 4;
    private readonly Lexicon _hedges;

    /// <summary>The first words of all hedges: most words start none, so one lookup rules out every phrase.</summary>
    private readonly Lexicon _firstWords;

    public HedgeScanner(Lexicon hedges)
    {
        _hedges = hedges;
        _firstWords = new Lexicon(hedges.Keys.Select(static key => (FirstWord(key), ImmutableArray<string>.Empty)));
    }

    /// <summary>The key up to the first character the scanner does not read as part of a word.</summary>
    internal static string FirstWord(string key)
    {
        var j = 0;
        while (j < key.Length && (char.IsLetter(key[j]) || key[j] == '-' && j + 1 < key.Length && char.IsLetter(key[j + 1])))
            j++;
        return key[..j];
    }

    /// <summary>Adds the hedges in <c>text[span]</c> to <paramref name="found"/>.</summary>
    public void Scan(string text, TextSpan span, List<Hedge> found)
    {
        var i = span.Start;
        ScanFrom(text, span, ref i, span.End, found);
    }

    /// <summary>
    /// Adds the hedges in <c>text[span]</c> to <paramref name="found"/>, trying starts only inside <paramref name="candidates"/>
    /// (in text order): the same finds as <see cref="Scan(string, TextSpan, List{Hedge})"/> when every word that opens a
    /// hedge lies in a candidate (<see cref="ScanHints.TryGetHedgeCandidates"/>), without reading the words between them.
    /// </summary>
    public void Scan(string text, TextSpan span, List<Hedge> found, ReadOnlySpan<TextSpan> candidates)
    {
        var i = span.Start;
        foreach (var candidate in candidates)
        {
            // A hedge found earlier may run past this candidate's start (or all of it): i never goes back.
            i = Math.Max(i, candidate.Start);
            ScanFrom(text, span, ref i, Math.Min(candidate.End, span.End), found);
        }
    }

    /// <summary>Tries hedges at the word starts from <paramref name="i"/> up to <paramref name="limit"/>; a hedge may run on to the span's end.</summary>
    private void ScanFrom(string text, TextSpan span, ref int i, int limit, List<Hedge> found)
    {
        Span<(int Start, int End)> window = stackalloc (int, int)[MaxWords];
        while (i < limit)
        {
            if (!char.IsLetter(text[i]) || i > span.Start && char.IsLetterOrDigit(text[i - 1]))
            {
                i++;
                continue;
            }
            // Most words start no hedge: one lookup of the first word rules out every phrase.
            var firstEnd = WordEnd(text, i, span.End);
            var first = text.AsSpan(i, firstEnd - i);
            if (!_firstWords.Contains(first))
            {
                i = firstEnd;
                continue;
            }
            // The next few words from i.
            var count = 0;
            var j = i;
            while (count < MaxWords && j < span.End)
            {
                var start = j;
                j = WordEnd(text, j, span.End);
                if (j == start)
                    break;
                window[count++] = (start, j);
                if (j >= span.End || text[j] != ' ')
                    break;
                j++;
            }
            var matched = 0;
            for (var n = count; n >= 1 && matched == 0; n--)
            {
                var length = window[n - 1].End - i;
                if (_hedges.LongestKey < length)
                    continue;
                if (_hedges.Contains(text.AsSpan(i, length)))
                {
                    found.Add(new Hedge(TextSpan.FromBounds(i, window[n - 1].End), text[i..window[n - 1].End]));
                    matched = window[n - 1].End;
                }
            }
            i = matched > 0 ? matched : firstEnd;
        }
    }

    /// <summary>The end of the word of letters (and inner hyphens) from <paramref name="start"/>.</summary>
    private static int WordEnd(string text, int start, int end)
    {
        var j = start;
        while (j < end && (char.IsLetter(text[j]) || text[j] == '-' && j + 1 < end && char.IsLetter(text[j + 1])))
            j++;
        return j;
    }
}
