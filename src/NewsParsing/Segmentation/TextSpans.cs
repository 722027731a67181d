using NewsParsing.Model;

namespace NewsParsing.Segmentation;

/// <summary>Span helpers shared by the scanners.</summary>
internal static class TextSpans
{
    /// <summary>Shrinks a range to exclude white space at both ends.</summary>
    public static TextSpan Trim(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return TextSpan.FromBounds(start, end);
    }

    public static TextSpan Trim(ReadOnlySpan<char> text, TextSpan span) => Trim(text, span.Start, span.End);

    /// <summary>Counts the words (runs of letters or digits) in text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="limit">Where to stop counting: a caller asking "at least n words?" need not read a long text to its end.</param>
    public static int CountWords(ReadOnlySpan<char> text, int limit = int.MaxValue)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWord = char.IsLetterOrDigit(c);
            if (isWord && !inWord && ++count == limit)
                return count;
            inWord = isWord || inWord && c is '\'' or '\u2019' or '-';
        }
        return count;
    }

    /// <summary>
    /// The part of <paramref name="range"/> a word scanner that reads up to <paramref name="wordsBefore"/> words before a
    /// candidate and <paramref name="wordsAfter"/> after it must split: from <paramref name="wordsBefore"/> runs of
    /// non-space characters holding a letter or digit before the first candidate to as many runs after the last (each
    /// such run holds at least one word). Its ends are the range's or lie at a white space, which no word splitter joins,
    /// so its words are the range's words between them.
    /// </summary>
    public static TextSpan CandidateWindow(string text, TextSpan range, ReadOnlySpan<TextSpan> candidates, int wordsBefore, int wordsAfter)
    {
        if (candidates.IsEmpty)
            return range;
        // Back to the start of the first candidate's run, then past wordsBefore runs with a letter or digit.
        var start = Math.Max(range.Start, candidates[0].Start);
        start = RunStart(text, range.Start, start);
        for (var runs = 0; runs < wordsBefore && start > range.Start;)
        {
            while (start > range.Start && char.IsWhiteSpace(text[start - 1]))
                start--;
            var runEnd = start;
            start = RunStart(text, range.Start, start);
            if (HasLetterOrDigit(text, start, runEnd))
                runs++;
        }
        // On to the end of the last candidate's run, then past wordsAfter runs with a letter or digit.
        var end = Math.Min(range.End, Math.Max(start, candidates[^1].End));
        end = RunEnd(text, range.End, end);
        for (var runs = 0; runs < wordsAfter && end < range.End;)
        {
            while (end < range.End && char.IsWhiteSpace(text[end]))
                end++;
            var runStart = end;
            end = RunEnd(text, range.End, end);
            if (HasLetterOrDigit(text, runStart, end))
                runs++;
        }
        return TextSpan.FromBounds(start, end);
    }

    private static int RunStart(string text, int lowest, int position)
    {
        while (position > lowest && !char.IsWhiteSpace(text[position - 1]))
            position--;
        return position;
    }

    private static int RunEnd(string text, int highest, int position)
    {
        while (position < highest && !char.IsWhiteSpace(text[position]))
            position++;
        return position;
    }

    private static bool HasLetterOrDigit(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (char.IsLetterOrDigit(text[k]))
                return true;
        }
        return false;
    }
}
