using NewsParsing.Lexicons;

namespace NewsParsing.Metadata;

/// <summary>
/// Strips the word that opens a byline ("By", "Von", "Par", "Auteur:") from the <c>byline-prefixes</c> lexicon,
/// so author fields and visible bylines in any listed language give bare names.
/// </summary>
internal sealed class BylinePrefixes
{
    private readonly List<string> _prefixes;

    public BylinePrefixes(LexiconSet lexicons)
    {
        _prefixes = [.. lexicons.Get("byline-prefixes").Keys];
        Agencies = lexicons.Get("agencies");
        // Longest first, so "written by" wins over "by"... and "autorin" over "autor".
        _prefixes.Sort(static (a, b) => b.Length.CompareTo(a.Length));
    }

    /// <summary>News agencies, which are not authors ("By Reuters").</summary>
    public Lexicon Agencies { get; }

    /// <summary>The text after a byline prefix, or <see langword="null"/> when the text opens with none.</summary>
    public string? AfterPrefix(string text)
    {
        var span = text.AsSpan().TrimStart();
        foreach (var prefix in _prefixes)
        {
            if (span.Length <= prefix.Length || !span.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                continue;
            var rest = span[prefix.Length..];
            if (rest[0] == ':')
                rest = rest[1..];
            else if (!char.IsWhiteSpace(rest[0]))
                continue;
            rest = rest.Trim();
            if (rest.Length > 0 && char.IsUpper(rest[0]))
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
        if (text.Length is < 4 or > 120 || text.Contains('\n'))
            return null;
        var rest = AfterPrefix(text);
        if (rest is null)
            return null;
        var cut = rest.AsSpan().IndexOfAny("|\u2022\u00B7\u2014\u2013(");
        if (cut > 0)
            rest = rest[..cut];
        var names = BylineExtractor.SplitNames(rest, Agencies);
        return names.Count > 0 ? names : null;
    }

    /// <summary>A name with any byline prefix removed.</summary>
    public string Clean(string name) => AfterPrefix(name) ?? name.Trim();
}
