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

    private readonly List<(string Text, DropReason Reason, Match Match, char Key)> _rules = [];

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
            _rules.Add((key, reason, match, FirstTestedChar(match == Match.Line ? key.TrimEnd(':') : key, match)));
        }
        // Longest first, so "story continues below advertisement" wins over "advertisement".
        _rules.Sort(static (a, b) => b.Text.Length.CompareTo(a.Text.Length));
    }

    /// <summary>The reason a block is boilerplate, or <see langword="null"/> when it is article text.</summary>
    public DropReason? Classify(ReadOnlySpan<char> block)
    {
        block = block.Trim();
        if (block.Length > MaxBoilerplateChars || block.IsEmpty)
            return null;
        var bare = block.TrimEnd(" .:!|>»\u2192".AsSpan()).TrimStart(" [(*_#".AsSpan()).TrimEnd(" ])*_".AsSpan());
        // Most blocks are prose that no rule matches: compare one ASCII character per rule before whole strings.
        var blockFirst = AsciiUpper(block[0]);
        var bareFirst = bare.IsEmpty ? '\0' : AsciiUpper(bare[0]);
        var bareLast = bare.IsEmpty ? '\0' : AsciiUpper(bare[^1]);
        foreach (var (text, reason, match, key) in _rules)
        {
            var probe = match switch { Match.Line => bareFirst, Match.Prefix => blockFirst, _ => bareLast };
            if (key != '\0' && probe != '\0' && key != probe)
                continue;
            var hit = match switch
            {
                Match.Line => bare.Equals(text.AsSpan().TrimEnd(':'), StringComparison.OrdinalIgnoreCase),
                Match.Prefix => block.StartsWith(text, StringComparison.OrdinalIgnoreCase),
                _ => bare.EndsWith(text, StringComparison.OrdinalIgnoreCase),
            };
            if (hit)
                return reason;
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
