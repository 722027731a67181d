using NewsParsing.Model;

namespace NewsParsing.Segmentation;

/// <summary>
/// Splits plain text into raw blocks: blank lines always separate; inside a run of lines, a line break
/// separates too unless the line before was wrapped (it runs on: no closing punctuation, and either long
/// or followed by a lower-case word). List items and Markdown headings always stand alone.
/// </summary>
internal static class ParagraphSplitter
{
    /// <summary>Lines shorter than this that lack closing punctuation are titles, not wrapped text.</summary>
    private const int MinWrappedLineLength = 50;

    public static void Split(ReadOnlySpan<char> text, int start, List<TextSpan> blocks, CancellationToken cancellationToken)
    {
        var reader = new BlockReader(text, start, cancellationToken);
        while (reader.MoveNext())
            blocks.Add(reader.Current);
    }

    /// <summary>The blocks of <see cref="Split"/> one at a time, so a caller can keep them where it likes (a rented array).</summary>
    public ref struct BlockReader
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly CancellationToken _cancellationToken;
        private LineScanner _lines;
        private int _blockStart = -1, _blockEnd = -1, _count;
        private bool _done;

        public BlockReader(ReadOnlySpan<char> text, int start, CancellationToken cancellationToken)
        {
            _text = text;
            _lines = new LineScanner(text, start);
            _cancellationToken = cancellationToken;
        }

        /// <summary>The block found by the last <see cref="MoveNext"/> (trimmed, never empty).</summary>
        public TextSpan Current { get; private set; }

        public bool MoveNext()
        {
            while (!_done)
            {
                if (!_lines.MoveNext())
                {
                    _done = true;
                    return Flush();
                }
                if ((++_count & 0xFFF) == 0)
                    _cancellationToken.ThrowIfCancellationRequested();
                var line = _lines.Current;
                if (line.IsWhiteSpace())
                {
                    if (Flush())
                        return true;
                    continue;
                }
                var flushed = _blockStart >= 0 && StartsNewBlock(TrimmedLast(_text, _blockStart, _blockEnd), line.TrimStart()) && Flush();
                if (_blockStart < 0)
                    _blockStart = _lines.Start;
                _blockEnd = _lines.End;
                if (flushed)
                    return true;
            }
            return false;
        }

        /// <summary>Ends the open block; true when it holds text (then <see cref="Current"/> is it).</summary>
        private bool Flush()
        {
            var found = false;
            if (_blockStart >= 0)
            {
                var span = TextSpans.Trim(_text, _blockStart, _blockEnd);
                if (!span.IsEmpty)
                {
                    Current = span;
                    found = true;
                }
            }
            _blockStart = _blockEnd = -1;
            return found;
        }
    }

    private static ReadOnlySpan<char> TrimmedLast(ReadOnlySpan<char> text, int blockStart, int blockEnd)
    {
        var block = text[blockStart..blockEnd];
        var lastBreak = block.LastIndexOf('\n');
        return (lastBreak < 0 ? block : block[(lastBreak + 1)..]).Trim();
    }

    private static bool StartsNewBlock(ReadOnlySpan<char> previous, ReadOnlySpan<char> line)
    {
        if (IsListItem(line) || IsMarkdownHeading(line) || IsMarkdownHeading(previous) || IsListItem(previous) && !char.IsLower(line[0]))
            return true;
        if (EndsSentence(previous))
            return true;
        // A run-on line: wrapped prose continues; a short unpunctuated line is a title of its own.
        return !(char.IsLower(line[0]) || previous.Length >= MinWrappedLineLength);
    }

    public static bool EndsSentence(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        if (line.IsEmpty)
            return false;
        var last = line[^1];
        if (last is '"' or '\u201D' or '\u2019' or '\'' or ')' or '\u00BB' or '\u201C')
            return line.Length > 1 && line[^2] is '.' or '!' or '?' or '\u2026' or ',' || last == ')';
        return last is '.' or '!' or '?' or ':' or ';' or '\u2026';
    }

    /// <summary>A bulleted ("- ", "* ", "• ") or numbered ("1. ", "2) ") line.</summary>
    public static bool IsListItem(ReadOnlySpan<char> line)
    {
        if (line.Length < 2)
            return false;
        if (line[0] is '-' or '*' or '\u2022' or '\u2023' or '\u25E6' or '\u2013' && line[1] == ' ')
            return true;
        var digits = 0;
        while (digits < line.Length && digits < 3 && char.IsAsciiDigit(line[digits]))
            digits++;
        return digits > 0 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' ';
    }

    /// <summary>"# Title" to "###### Title".</summary>
    public static bool IsMarkdownHeading(ReadOnlySpan<char> line)
    {
        var hashes = 0;
        while (hashes < line.Length && line[hashes] == '#')
            hashes++;
        return hashes is > 0 and <= 6 && hashes < line.Length && line[hashes] == ' ';
    }
}
