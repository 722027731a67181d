using System.Buffers;

namespace NewsParsing.Quotes;

/// <summary>A top-level quotation found by <see cref="QuoteMarkScanner"/>: its marks and whether it closed.</summary>
/// <param name="Start">The index of the opening mark.</param>
/// <param name="End">The index just past the closing mark, or the end of the block when <paramref name="Closed"/> is false.</param>
/// <param name="Closed">Whether a partner mark closed it; otherwise it runs to the end of its block.</param>
/// <param name="Single">Whether the marks are single (' ‘ ’ ‚ ‹ ›) rather than double.</param>
/// <param name="MarkLength">The length of each mark: 2 for the typewriter double mark <c>''</c>, else 1.</param>
internal readonly record struct QuoteSegment(int Start, int End, bool Closed, bool Single, int MarkLength = 1)
{
    /// <summary>The first character inside the marks.</summary>
    public int InnerStart => Start + MarkLength;

    /// <summary>Just past the last character inside the marks.</summary>
    public int InnerEnd => Closed ? End - MarkLength : End;
}

/// <summary>
/// Finds the top-level quotations of one block (a paragraph) in every mark style: straight " and ',
/// curly “ ” ‘ ’, mismatched pairs ("…”), „German“, »guillemets« and «French». Quotes never cross the
/// block: a mark with no partner runs to the block end (<see cref="QuoteSegment.Closed"/> false), so one
/// stray mark cannot swallow the article. Apostrophes (Trump’s, Noven'ke, '90s) are not marks.
/// Marks nested inside a quotation are part of its text. A <c>ref struct</c> over the text: no allocation.
/// </summary>
internal ref struct QuoteMarkScanner
{
    /// <summary>Every character that can be a quotation mark.</summary>
    internal static readonly SearchValues<char> Marks = SearchValues.Create("\"'\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u00AB\u00BB\u2039\u203A");

    private readonly ReadOnlySpan<char> _text;
    private readonly int _end;
    private int _position;

    /// <summary>Scans the block <c>[start, end)</c> of the article text.</summary>
    public QuoteMarkScanner(ReadOnlySpan<char> text, int start, int end)
    {
        _text = text;
        _position = start;
        _end = end;
        Current = default;
    }

    /// <summary>The quotation found by the last successful <see cref="MoveNext"/>.</summary>
    public QuoteSegment Current { get; private set; }

    /// <summary>Finds the next top-level quotation of the block.</summary>
    public bool MoveNext()
    {
        while (_position < _end)
        {
            var found = _text[_position.._end].IndexOfAny(Marks);
            if (found < 0)
                break;
            var open = _position + found;
            _position = open + 1;
            var c = _text[open];
            if (c == '\'' && open + 1 < _end && _text[open + 1] == '\'')
            {
                // ''typewriter double marks'' (some wire copy): a double quote made of two apostrophes.
                _position = open + 2;
                if (!OpensStraight(open > 0 ? _text[open - 1] : ' ', open + 2 < _end ? _text[open + 2] : ' '))
                    continue;
                var pairClose = FindDoubledClose(open + 2);
                Current = pairClose >= 0
                    ? new QuoteSegment(open, pairClose + 2, Closed: true, Single: false, MarkLength: 2)
                    : new QuoteSegment(open, _end, Closed: false, Single: false, MarkLength: 2);
                _position = pairClose >= 0 ? pairClose + 2 : _end;
                return true;
            }
            if (!OpensQuote(open, c))
                continue;
            var single = IsSingle(c);
            var close = FindClose(open, c, single);
            if (close >= 0)
            {
                Current = new QuoteSegment(open, close + 1, Closed: true, single);
                _position = close + 1;
                return true;
            }
            // A single mark with no partner is an apostrophe ('em, '90s, the voters' choice), not a quote.
            if (single)
                continue;
            Current = new QuoteSegment(open, _end, Closed: false, Single: false);
            _position = _end;
            return true;
        }
        return false;
    }

    private readonly int FindDoubledClose(int from)
    {
        var i = from;
        while (i + 1 < _end)
        {
            var found = _text[i.._end].IndexOf("''", StringComparison.Ordinal);
            if (found < 0)
                return -1;
            var at = i + found;
            if (!char.IsWhiteSpace(_text[at - 1]))
                return at;
            i = at + 2;
        }
        return -1;
    }

    private static bool IsSingle(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A';

    /// <summary>Whether the mark at <paramref name="at"/> can open a quotation here.</summary>
    private readonly bool OpensQuote(int at, char c)
    {
        var before = at > 0 ? _text[at - 1] : ' ';
        var after = at + 1 < _end ? _text[at + 1] : ' ';
        switch (c)
        {
            case '\u201C' or '\u201E' or '\u201F' or '\u00AB' or '\u2039':
                // “ „ « ‹ open unless glued to a word on the left and followed by space (a closing “ in German,
                // a French closing « never happens, a mismatched closer typed as an opener).
                return !(IsWordChar(before) && !IsWordChar(after));
            case '\u00BB' or '\u203A':
                // German »text«: opens when followed by a word character and not preceded by one.
                return !IsWordChar(before) && !char.IsWhiteSpace(after);
            case '"':
                return OpensStraight(before, after);
            case '\'' or '\u2018' or '\u201A' or '\u201B':
                // A single opener sits before a word and after a space or an opening bracket;
                // between letters or before a digit ('90s) it is an apostrophe.
                return OpensStraight(before, after) && !char.IsAsciiDigit(after);
            default: // ’ ” never open
                return false;
        }
    }

    private static bool OpensStraight(char before, char after) =>
        (char.IsWhiteSpace(before) || IsOpeningContext(before)) && !char.IsWhiteSpace(after) && after != '\0';

    private static bool IsOpeningContext(char c) =>
        c is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or ':' or '\u201C' or '\u201E' or '"' or '\u00AB' or '\u00BB';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>The index of the mark closing the quotation opened at <paramref name="open"/>, or -1.</summary>
    private readonly int FindClose(int open, char opener, bool single)
    {
        var i = open + 1;
        var nested = 0;
        while (i < _end)
        {
            var found = _text[i.._end].IndexOfAny(Marks);
            if (found < 0)
                return -1;
            var at = i + found;
            var c = _text[at];
            i = at + 1;
            if (single)
            {
                if (ClosesSingle(at, c))
                    return at;
                continue;
            }
            // "… “Equal Justice Under Law” …": a quote of the other style nests inside; its marks do not close this one.
            if (c != opener && c is '\u201C' or '"' && OpensQuote(at, c) && (opener != '\u201E' || c != '\u201C'))
            {
                nested++;
                continue;
            }
            if (ClosesDouble(at, c, opener))
            {
                if (nested == 0)
                    return at;
                nested--;
            }
        }
        return -1;
    }

    private readonly bool ClosesDouble(int at, char c, char opener)
    {
        var before = at > 0 ? _text[at - 1] : ' ';
        var after = at + 1 < _end ? _text[at + 1] : ' ';
        switch (c)
        {
            case '\u201D':
                return true;
            case '"':
                // Inside a quote a straight mark closes unless it clearly opens a nested quotation.
                return !(char.IsWhiteSpace(before) && IsWordChar(after) && opener != '"');
            case '\u201C':
                // „German“ closes with “; so does a mistyped English closer glued to the text (percent.“).
                return opener == '\u201E' || !char.IsWhiteSpace(before) && !IsWordChar(after);
            case '\u00AB':
                return opener == '\u00BB';
            case '\u00BB':
                return opener == '\u00AB';
            default:
                return false;
        }
    }

    private readonly bool ClosesSingle(int at, char c)
    {
        if (c is not ('\'' or '\u2019' or '\u2018' or '\u203A' or '\u2039'))
            return false;
        var before = at > 0 ? _text[at - 1] : ' ';
        var after = at + 1 < _end ? _text[at + 1] : ' ';
        // A closer follows the text and is not followed by a letter (Trump’s and Noven'ke are apostrophes).
        return !char.IsWhiteSpace(before) && !IsWordChar(after);
    }
}
