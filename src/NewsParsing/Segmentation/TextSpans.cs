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
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWord = char.IsLetterOrDigit(c);
            if (isWord && !inWord)
                count++;
            inWord = isWord || inWord && c is '\'' or '\u2019' or '-';
        }
        return count;
    }
}
