using System.Collections.Frozen;
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
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWords;

    public HedgeScanner(Lexicon hedges)
    {
        _hedges = hedges;
        _firstWords = hedges.Keys
            .Select(static key => FirstWord(key))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The key up to the first character the scanner does not read as part of a word.</summary>
    private static string FirstWord(string key)
    {
        var j = 0;
        while (j < key.Length && (char.IsLetter(key[j]) || key[j] == '-' && j + 1 < key.Length && char.IsLetter(key[j + 1])))
            j++;
        return key[..j];
    }

    /// <summary>Adds the hedges in <c>text[span]</c> to <paramref name="found"/>.</summary>
    public void Scan(string text, TextSpan span, List<Hedge> found)
    {
        Span<(int Start, int End)> window = stackalloc (int, int)[MaxWords];
        var i = span.Start;
        while (i < span.End)
        {
            if (!char.IsLetter(text[i]) || i > span.Start && char.IsLetterOrDigit(text[i - 1]))
            {
                i++;
                continue;
            }
            // The next few words from i.
            var count = 0;
            var j = i;
            while (count < MaxWords && j < span.End)
            {
                var start = j;
                while (j < span.End && (char.IsLetter(text[j]) || text[j] == '-' && j + 1 < span.End && char.IsLetter(text[j + 1])))
                    j++;
                if (j == start)
                    break;
                window[count++] = (start, j);
                if (j >= span.End || text[j] != ' ')
                    break;
                j++;
            }
            var matched = 0;
            var candidates = count > 0 && _firstWords.Contains(text.AsSpan(i, window[0].End - i)) ? count : 0;
            for (var n = candidates; n >= 1 && matched == 0; n--)
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
            i = matched > 0 ? matched : count > 0 ? window[0].End : i + 1;
        }
    }
}
