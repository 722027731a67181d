using NewsParsing.Lexicons;

namespace NewsParsing.Metadata;

/// <summary>
/// Strips the word that opens a byline ("By", "Von", "Par", "Auteur:") from the <c>byline-prefixes</c> lexicon,
/// so author fields and visible bylines in any listed language give bare names.
/// </summary>
internal sealed class BylinePrefixes
{
    private readonly List<string> _prefixes;
    private readonly Lexicon _months;
    private readonly string[] _agenciesLongestFirst;
    private readonly Lexicon _weekdays;

    public BylinePrefixes(LexiconSet lexicons)
    {
        _prefixes = [.. lexicons.Get("byline-prefixes").Keys];
        Agencies = lexicons.Get("agencies");
        _months = lexicons.Get("months");
        // Longest first, so "The Associated Press" is cut whole, not as "Associated Press" leaving "The".
        _agenciesLongestFirst = [.. Agencies.Keys.Where(static a => a.Contains(' ', StringComparison.Ordinal)).OrderByDescending(static a => a.Length)];
        _weekdays = lexicons.Get("weekdays");
        // Longest first, so "written by" wins over "by"... and "autorin" over "autor".
        _prefixes.Sort(static (a, b) => b.Length.CompareTo(a.Length));
    }

    /// <summary>News agencies, which are not authors ("By Reuters").</summary>
    public Lexicon Agencies { get; }

    /// <summary>The text after a byline prefix, or <see langword="null"/> when the text opens with none.</summary>
    public string? AfterPrefix(string text) => AfterPrefix(text, requireCapital: true);

    /// <summary>
    /// The text after a byline prefix, or <see langword="null"/> when it opens with none. Page text needs a capital
    /// after the prefix ("By Jane Doe", not "by the river"); an element already marked as the author's does not
    /// ("von mywakenews", "by mady").
    /// </summary>
    public string? AfterPrefix(string text, bool requireCapital)
    {
        var span = text.AsSpan().TrimStart();
        foreach (var prefix in _prefixes)
        {
            if (span.Length <= prefix.Length || !span.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                continue;
            var rest = span[prefix.Length..];
            if (rest[0] != ':' && !char.IsWhiteSpace(rest[0]))
                continue;
            // "Von: X", and the French spacing "Auteur : X".
            rest = rest.TrimStart();
            if (rest.Length > 0 && rest[0] == ':')
                rest = rest[1..];
            rest = rest.Trim();
            if (rest.Length > 0 && (char.IsUpper(rest[0]) || !requireCapital && char.IsLetterOrDigit(rest[0])))
                return rest.ToString();
        }
        return null;
    }

    /// <summary>
    /// Whether the text is nothing but a short byline prefix ("Von", "By:"), left when the name sits elsewhere.
    /// Longer prefixes ("Redaktion") are nouns a page may credit as the author itself.
    /// </summary>
    public bool IsPrefixOnly(string text)
    {
        var span = text.AsSpan().Trim().TrimEnd(':').TrimEnd();
        if (span.Length > 4)
            return false;
        foreach (var prefix in _prefixes)
        {
            if (span.Equals(prefix, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>The names in a short visible byline ("Von Lars Fischer und Alina Schadwinkel"), or null.</summary>
    public List<string>? ReadByline(string text)
    {
        if (text.Length is < 4 or > 200 || text.Contains('\n'))
            return null;
        if (text.Length <= 120 && ReadWholeByline(text) is { } names)
            return names;
        // A meta line that holds the byline among other parts: "05.02.2020 - Redaktion: Eberhard Fuhr".
        foreach (var separator in s_partSeparators)
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && at + separator.Length < text.Length && ReadWholeByline(text[(at + separator.Length)..]) is { } after)
                return after;
        }
        // "Posted on 19 December 2023 by Jane Doe": the byline follows the date.
        foreach (var word in s_bylineAfterDate)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at > 0 && Dates.DateParser.TryFind(text.AsSpan(0, at), _months, monthFirst: true, out _, out _, out _)
                && ReadWholeByline(text[(at + 1)..]) is { } afterDate)
                return afterDate;
        }
        return null;
    }

    /// <summary>Byline words that may follow a date within one meta line.</summary>
    private static readonly string[] s_bylineAfterDate = [" by ", " von ", " par ", " por "];

    /// <summary>What separates the parts of a meta line under a headline.</summary>
    private static readonly string[] s_partSeparators = [" - ", " | ", " · ", " • ", " – ", " — "];

    private List<string>? ReadWholeByline(string text)
    {
        if (text.Length is < 4 or > 120)
            return null;
        var rest = AfterPrefix(text);
        if (rest is null)
            return null;
        var cut = rest.AsSpan().IndexOfAny("|\u2022\u00B7\u2014\u2013(");
        if (cut > 0)
            rest = rest[..cut];
        rest = BeforeDate(rest);
        // A further credit on the same line ("Text von Jane Doe  Illustration: John Roe") starts with its label.
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            var labelStart = rest.LastIndexOf(' ', colon);
            rest = labelStart > 0 ? rest[..labelStart] : "";
        }
        var names = BylineExtractor.SplitNames(rest, Agencies);
        return names.Count > 0 ? names : null;
    }

    /// <summary>"Jane Doe Thursday, November 9, 2023" → "Jane Doe": a byline line often ends in its date.</summary>
    private string BeforeDate(string rest)
    {
        var end = rest.Length;
        if (Dates.DateParser.TryFind(rest, _months, monthFirst: true, out _, out var start, out _))
            end = start;
        for (var i = 1; i < end; i++)
        {
            if (rest[i - 1] != ' ' || !char.IsLetter(rest[i]))
                continue;
            var wordEnd = i;
            while (wordEnd < end && char.IsLetter(rest[wordEnd]))
                wordEnd++;
            if (_weekdays.Contains(rest.AsSpan(i, wordEnd - i)))
            {
                end = i;
                break;
            }
        }
        return end == rest.Length ? rest : rest[..end].TrimEnd(' ', ',', '-');
    }

    /// <summary>"John Roe The Associated Press" → "John Roe": a wire credit run on after the name.</summary>
    public string WithoutAgencySuffix(string name)
    {
        foreach (var agency in _agenciesLongestFirst)
        {
            if (name.Length > agency.Length + 3
                && name.EndsWith(agency, StringComparison.OrdinalIgnoreCase) && name[name.Length - agency.Length - 1] is ' ' or ',')
                return name[..(name.Length - agency.Length - 1)].TrimEnd(' ', ',');
        }
        return name;
    }

    /// <summary>A name with any byline prefix removed.</summary>
    public string Clean(string name) => AfterPrefix(name) ?? name.Trim();
}
