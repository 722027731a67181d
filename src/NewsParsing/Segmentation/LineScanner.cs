namespace NewsParsing.Segmentation;

/// <summary>Enumerates the lines of normalised text (<c>\n</c> breaks) as offsets, without allocating.</summary>
internal ref struct LineScanner
{
    private readonly ReadOnlySpan<char> _text;
    private int _next;

    public LineScanner(ReadOnlySpan<char> text, int start = 0)
    {
        _text = text;
        _next = start;
    }

    /// <summary>The start of the current line.</summary>
    public int Start { get; private set; }

    /// <summary>The end of the current line, before its <c>\n</c>.</summary>
    public int End { get; private set; }

    /// <summary>Where the next line starts (after the current line's break).</summary>
    public readonly int Next => _next;

    public readonly ReadOnlySpan<char> Current => _text[Start..End];

    public bool MoveNext()
    {
        if (_next > _text.Length)
            return false;
        Start = _next;
        var newline = _text[Start..].IndexOf('\n');
        if (newline < 0)
        {
            End = _text.Length;
            _next = _text.Length + 1; // past the end: this was the last line
        }
        else
        {
            End = Start + newline;
            _next = End + 1;
        }
        return true;
    }
}
