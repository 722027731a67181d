using System.Runtime.InteropServices;
using NewsParsing.Internal;
using NewsParsing.Model;

namespace NewsParsing.Claims;

/// <summary>
/// Where in the body a hedge, date or number may start, read from the token facts as each block is tokenised, so a
/// claim's frame or content with none of them skips that scanner (most claims hold no date and no number). Filled per parse and
/// reset or disposed after it: the lists are pooled, since on a long article they are the size of the text's candidate tokens and
/// growing them would leave arrays of that size as garbage at every doubling.
/// </summary>
/// <remarks>
/// Exact, not a heuristic: a scanner's word that can open a find lies inside one token (words led by a digit may
/// run on, but a digit makes its token a candidate). A token of letters only is the scanner's word itself, whose facts
/// the lookup gave; for a token that mixes letters with other marks the tokenizer looked up the scanners' own words
/// inside it (<see cref="TokenFacts.HidesHedge"/> and the like). That holds for a range inside one tokenised block whose ends
/// cut no run of letters and digits; any other range is always scanned.
/// </remarks>
internal sealed class ScanHints : IDisposable
{
    private readonly PooledList<TextSpan> _blocks = new();
    private readonly PooledList<TextSpan> _hedgeTokens = new();
    private readonly PooledList<TextSpan> _dateTokens = new();
    private readonly PooledList<TextSpan> _numberTokens = new();

    /// <summary>
    /// Where the last search of each list ended: claims are looked up mostly in text order, so the next answer is
    /// usually at or a few spans after it (a long article's searches then cost no binary search each).
    /// </summary>
    private int _blockCursor, _hedgeCursor, _dateCursor, _numberCursor;

    /// <summary>Above this many spans in a list the hints are not kept for the next parse (see <see cref="TryReset"/>).</summary>
    private const int MaxSpareCount = 1024;

    /// <summary>False once a block arrives out of text order: then no range is known to be covered.</summary>
    private bool _inOrder = true;

    private const TokenFacts AnyCandidate = TokenFacts.OpensHedge | TokenFacts.HidesHedge | TokenFacts.MayBeDateWord | TokenFacts.HidesDate
        | TokenFacts.NumberWord | TokenFacts.HidesNumber;

    /// <summary>Records a tokenised block and its candidate tokens.</summary>
    public void AddBlock(TextSpan block, List<Token> tokens)
    {
        if (_blocks.Count > 0 && block.Start < _blocks[_blocks.Count - 1].End)
            _inOrder = false;
        _blocks.Add(block);
        foreach (var token in CollectionsMarshal.AsSpan(tokens))
        {
            // Most tokens are none of the three: one test of the flags any of them needs.
            if (token.Kind != TokenKind.Number && (token.Lexicon.Facts & AnyCandidate) == 0)
                continue;
            var span = TextSpan.FromBounds(token.Start, token.End);
            var mixed = token.Is(TokenFacts.MixesLettersAndMarks);
            if (token.Is(mixed ? TokenFacts.HidesHedge : TokenFacts.OpensHedge))
                _hedgeTokens.Add(span);
            if (token.Kind == TokenKind.Number || token.Is(mixed ? TokenFacts.HidesDate : TokenFacts.MayBeDateWord))
                _dateTokens.Add(span);
            if (token.Kind == TokenKind.Number || token.Is(mixed ? TokenFacts.HidesNumber : TokenFacts.NumberWord))
                _numberTokens.Add(span);
        }
    }

    /// <summary>
    /// The hedge candidates overlapping <paramref name="range"/>: a hedge can start only inside one of them. False when the
    /// range is not covered by the hints (the caller scans all of it).
    /// </summary>
    public bool TryGetHedgeCandidates(string text, TextSpan range, out ReadOnlySpan<TextSpan> candidates) =>
        TryGetCandidates(_hedgeTokens, ref _hedgeCursor, text, range, out candidates);

    /// <summary>The date candidates overlapping <paramref name="range"/> (every date expression holds one), as <see cref="TryGetHedgeCandidates"/>.</summary>
    public bool TryGetDateCandidates(string text, TextSpan range, out ReadOnlySpan<TextSpan> candidates) =>
        TryGetCandidates(_dateTokens, ref _dateCursor, text, range, out candidates);

    /// <summary>The number candidates overlapping <paramref name="range"/> (a number opens inside one), as <see cref="TryGetHedgeCandidates"/>.</summary>
    public bool TryGetNumberCandidates(string text, TextSpan range, out ReadOnlySpan<TextSpan> candidates) =>
        TryGetCandidates(_numberTokens, ref _numberCursor, text, range, out candidates);

    /// <summary>
    /// Empties the hints for the next parse and keeps their arrays; false, with nothing emptied, when a list is a long
    /// article's (the caller then disposes them rather than keep that much).
    /// </summary>
    public bool TryReset()
    {
        if (Math.Max(Math.Max(_blocks.Count, _hedgeTokens.Count), Math.Max(_dateTokens.Count, _numberTokens.Count)) > MaxSpareCount)
            return false;
        _blocks.Clear();
        _hedgeTokens.Clear();
        _dateTokens.Clear();
        _numberTokens.Clear();
        _blockCursor = _hedgeCursor = _dateCursor = _numberCursor = 0;
        _inOrder = true;
        return true;
    }

    public void Dispose()
    {
        _blocks.Dispose();
        _hedgeTokens.Dispose();
        _dateTokens.Dispose();
        _numberTokens.Dispose();
    }

    private bool TryGetCandidates(PooledList<TextSpan> list, ref int cursor, string text, TextSpan range, out ReadOnlySpan<TextSpan> candidates)
    {
        candidates = default;
        if (!Covers(text, range))
            return false;
        var spans = list.AsSpan();
        var first = AscendingSearch.FirstAbove(new AscendingSearch.Ends(spans), range.Start, ref cursor);
        var end = first;
        while (end < spans.Length && spans[end].Start < range.End)
            end++;
        candidates = spans[first..end];
        return true;
    }

    /// <summary>Whether the range lies in one tokenised block and neither end cuts a run of letters and digits.</summary>
    private bool Covers(string text, TextSpan range)
    {
        if (!_inOrder || range.IsEmpty)
            return false;
        var blocks = _blocks.AsSpan();
        var b = AscendingSearch.FirstAbove(new AscendingSearch.Ends(blocks), range.Start, ref _blockCursor);
        if (b >= blocks.Length || blocks[b].Start > range.Start || blocks[b].End < range.End)
            return false;
        return !(range.Start > 0 && char.IsLetterOrDigit(text[range.Start - 1]) && char.IsLetterOrDigit(text[range.Start]))
            && !(range.End < text.Length && char.IsLetterOrDigit(text[range.End - 1]) && char.IsLetterOrDigit(text[range.End]));
    }
}
