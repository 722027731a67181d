using System.Numerics;
using NewsParsing.Lexicons;
using NewsParsing.Model;

namespace NewsParsing.Body;

/// <summary>
/// Recognises lines of plain-text dumps that are not article text ("Advertisement", "Read more: ...",
/// "Reporting by ...; Editing by ..."), from the <c>boilerplate</c> lexicon: text, reason, and whether it
/// must match the whole line, its start or its end.
/// </summary>
internal sealed class BoilerplateRules
{
    /// <summary>Boilerplate is short; a long paragraph that starts "Read more" is prose.</summary>
    private const int MaxBoilerplateChars = 300;

    /// <summary>The probes a rule is filed under: the ASCII characters, upper-cased, and '\0' for any other.</summary>
    private const int ProbeCount = 128;

    private readonly List<(string Text, DropReason Reason, Match Match)> _rules = [];

    /// <summary>
    /// Per match kind and probe character, the rules a block with that character can match, as bits in the rules'
    /// order (<see cref="_maskWords"/> 64-bit words each): a block is compared with those few rules alone, not with
    /// every rule by its tested character.
    /// </summary>
    private readonly ulong[] _candidates;
    private readonly int _maskWords;

    private enum Match { Line, Prefix, Suffix }

    public BoilerplateRules(LexiconSet lexicons)
    {
        var lexicon = lexicons.Get("boilerplate");
        foreach (var key in lexicon.Keys)
        {
            lexicon.TryGet(key, out var fields);
            if (fields.Length < 2 || !Enum.TryParse<DropReason>(fields[0], ignoreCase: true, out var reason)
                || !Enum.TryParse<Match>(fields[1], ignoreCase: true, out var match))
                continue;
            _rules.Add((key, reason, match));
        }
        // Longest first, so "story continues below advertisement" wins over "advertisement".
        _rules.Sort(static (a, b) => b.Text.Length.CompareTo(a.Text.Length));
        _maskWords = (_rules.Count + 63) / 64;
        _candidates = new ulong[3 * ProbeCount * _maskWords];
        for (var r = 0; r < _rules.Count; r++)
        {
            var (text, _, match) = _rules[r];
            var key = FirstTestedChar(match == Match.Line ? text.TrimEnd(':') : text, match);
            for (var probe = '\0'; probe < ProbeCount; probe++)
            {
                // A rule's character or the block's is '\0' when it is not ASCII: then only the whole text tells.
                if (key == '\0' || probe == '\0' || key == probe)
                    _candidates[CandidateIndex(match, probe) + r / 64] |= 1UL << (r % 64);
            }
        }
    }

    private int CandidateIndex(Match match, char probe) => ((int)match * ProbeCount + probe) * _maskWords;

    /// <summary>The reason a block is boilerplate, or <see langword="null"/> when it is article text.</summary>
    public DropReason? Classify(ReadOnlySpan<char> block)
    {
        block = block.Trim();
        if (block.Length > MaxBoilerplateChars || block.IsEmpty)
            return null;
        var bare = block.TrimEnd(" .:!|>»\u2192".AsSpan()).TrimStart(" [(*_#".AsSpan()).TrimEnd(" ])*_".AsSpan());
        // Most blocks are prose that no rule matches: whole strings are compared only with the rules filed under the
        // block's first and last characters.
        var blockFirst = AsciiUpper(block[0]);
        var bareFirst = bare.IsEmpty ? '\0' : AsciiUpper(bare[0]);
        var bareLast = bare.IsEmpty ? '\0' : AsciiUpper(bare[^1]);
        var line = CandidateIndex(Match.Line, bareFirst);
        var prefix = CandidateIndex(Match.Prefix, blockFirst);
        var suffix = CandidateIndex(Match.Suffix, bareLast);
        for (var w = 0; w < _maskWords; w++)
        {
            var rules = _candidates[line + w] | _candidates[prefix + w] | _candidates[suffix + w];
            while (rules != 0)
            {
                var (text, reason, match) = _rules[w * 64 + BitOperations.TrailingZeroCount(rules)];
                rules &= rules - 1;
                var hit = match switch
                {
                    Match.Line => bare.Equals(text.AsSpan().TrimEnd(':'), StringComparison.OrdinalIgnoreCase),
                    Match.Prefix => block.StartsWith(text, StringComparison.OrdinalIgnoreCase),
                    _ => bare.EndsWith(text, StringComparison.OrdinalIgnoreCase),
                };
                if (hit)
                    return reason;
            }
        }
        return null;
    }

    /// <summary>
    /// The upper-cased ASCII character a match must have where the rule's text starts (line, prefix) or ends
    /// (suffix), or '\0' to always compare (an empty text or a non-ASCII character).
    /// </summary>
    private static char FirstTestedChar(string text, Match match) =>
        text.Length == 0 ? '\0' : AsciiUpper(match == Match.Suffix ? text[^1] : text[0]);

    /// <summary>
    /// ASCII case folding, as OrdinalIgnoreCase does for ASCII; '\0' for other characters, which some ASCII
    /// letters match ignoring case ("ſ" and "S"), so they are always compared in full.
    /// </summary>
    private static char AsciiUpper(char c) => char.IsAsciiLetterLower(c) ? (char)(c - ('a' - 'A')) : char.IsAscii(c) ? c : '\0';
}
