using NewsParsing.Lexicons;

namespace NewsParsing.Metadata;

/// <summary>
/// Reads bylines ("By Jane Doe and John Roe", "BY JANE DOE, Reuters") into author names. News agencies
/// (the <c>agencies</c> lexicon) are not authors: "By Reuters" is a byline with no names.
/// </summary>
internal static class BylineExtractor
{
    /// <summary>A byline is a short line; longer text that starts with "By" is a sentence.</summary>
    private const int MaxBylineChars = 160;

    /// <summary>Most words in one author name ("Maria de la Cruz Pérez" has five).</summary>
    private const int MaxNameWords = 5;

    // Words that name a role or an outlet rather than a person: a piece holding one is not an author.
    private static readonly HashSet<string> s_roleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "reporter", "correspondent", "staff", "writer", "editor", "contributor", "columnist", "reporters",
        "correspondents", "writers", "editors", "news", "agency", "press", "associated", "wire", "service",
        "updated", "published", "posted", "min", "read", "ago", "photographer", "analyst", "bureau", "chief",
    };

    private static readonly HashSet<string> s_nameParticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "da", "del", "della", "di", "van", "von", "der", "den", "la", "le", "bin", "al", "el", "du", "dos", "ibn", "ter",
    };

    /// <summary>Reads a byline block; returns the names (none for an agency alone), or <see langword="null"/> when it is not a byline.</summary>
    public static List<string>? TryRead(ReadOnlySpan<char> block, Lexicon agencies)
    {
        block = block.Trim();
        if (block.Length is < 5 or > MaxBylineChars || block.Contains('\n'))
            return null;
        ReadOnlySpan<char> rest;
        if (block.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || block.StartsWith("by:", StringComparison.OrdinalIgnoreCase))
            rest = block[3..].TrimStart();
        else if (block.StartsWith("author:", StringComparison.OrdinalIgnoreCase))
            rest = block[7..].TrimStart();
        else if (block.StartsWith("written by ", StringComparison.OrdinalIgnoreCase))
            rest = block[11..].TrimStart();
        else
            return null;
        if (rest.IsEmpty || !char.IsUpper(rest[0]))
            return null;
        // Anything after a separator is a date, a time or an outlet.
        var cut = rest.IndexOfAny("|\u2022\u00B7\u2014\u2013");
        if (cut > 0)
            rest = rest[..cut];
        var names = SplitNames(rest, agencies, out var agencyOnly);
        return names.Count > 0 || agencyOnly ? names : null;
    }

    /// <summary>Splits "Jane Doe, John Roe and Ann Poe" into names, leaving out roles and outlets.</summary>
    public static List<string> SplitNames(ReadOnlySpan<char> value, Lexicon agencies) => SplitNames(value, agencies, out _);

    private static List<string> SplitNames(ReadOnlySpan<char> value, Lexicon agencies, out bool agencyOnly)
    {
        var names = new List<string>();
        var pieces = 0;
        var agencyPieces = 0;
        var text = value.ToString()
            .Replace(" and ", ",", StringComparison.OrdinalIgnoreCase)
            .Replace(" & ", ",", StringComparison.Ordinal)
            .Replace(" und ", ",", StringComparison.Ordinal)
            .Replace(" et ", ",", StringComparison.Ordinal)
            .Replace(';', ',');
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var piece = raw.Trim(' ', '.', '"', '\'', '(', ')');
            if (piece.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
                piece = piece[3..].Trim();
            pieces++;
            if (agencies.Contains(piece))
            {
                agencyPieces++;
                continue;
            }
            if (IsName(piece))
                names.Add(piece.Any(char.IsLower) ? piece : ToTitleCase(piece));
        }
        agencyOnly = pieces > 0 && agencyPieces == pieces;
        return names;
    }

    private static bool IsName(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxNameWords)
            return false;
        var capitalized = 0;
        foreach (var word in words)
        {
            if (s_roleWords.Contains(word.TrimEnd('.')) || word.Any(char.IsDigit) || word.Contains('@') || word.Contains('/'))
                return false;
            if (char.IsUpper(word[0]))
                capitalized++;
            else if (!s_nameParticles.Contains(word))
                return false;
        }
        return capitalized > 0 && piece.Any(char.IsLetter);
    }

    // "JANE DOE" → "Jane Doe": wire bylines are often in capitals.
    private static string ToTitleCase(string piece) =>
        string.Join(' ', piece.Split(' ').Select(static w => w.Length <= 1 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
}
