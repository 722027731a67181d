using AngleSharp.Dom;
using NewsParsing.Lexicons;
using NewsParsing.Model;

namespace NewsParsing.Html;

/// <summary>
/// Tells page regions apart by tag and by the words of their <c>class</c> and <c>id</c> attributes, from the
/// <c>html-classes</c> lexicon: navigation, related links, share widgets, comments, ads and the like, or
/// words that mark article text. Immutable once built; shared by all parses.
/// </summary>
internal sealed class RegionClassifier
{
    private readonly Dictionary<string, Rule> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Rule>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly List<(string Prefix, Rule Rule)> _prefixes = [];

    /// <summary>The prefixes by their first letter, upper-cased ('A' to 'Z'), longest first: most words start with none.</summary>
    private readonly (string Prefix, Rule Rule)[][] _prefixesByLetter = new (string, Rule)[26][];
    private readonly (string Prefix, Rule Rule)[] _allPrefixes;
    private readonly bool _bucketed; // every prefix starts with a letter a-z (true of the shipped lexicon)

    /// <summary>What a word says: a reason to drop the region, or that it holds content.</summary>
    private readonly record struct Rule(DropReason? Reason, bool Content);

    /// <summary>What the attributes of one element say.</summary>
    public readonly record struct Verdict(DropReason? Reason, bool Content);

    public RegionClassifier(LexiconSet lexicons)
    {
        var lexicon = lexicons.Get("html-classes");
        foreach (var key in lexicon.Keys)
        {
            lexicon.TryGet(key, out var fields);
            if (fields.Length < 2)
                continue;
            Rule rule;
            if (string.Equals(fields[0], "Content", StringComparison.OrdinalIgnoreCase))
                rule = new Rule(null, true);
            else if (Enum.TryParse<DropReason>(fields[0], ignoreCase: true, out var reason))
                rule = new Rule(reason, false);
            else
                continue;
            if (string.Equals(fields[1], "prefix", StringComparison.OrdinalIgnoreCase))
                _prefixes.Add((key, rule));
            else
                _words[key] = rule;
        }
        _prefixes.Sort(static (a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
        for (var letter = 0; letter < 26; letter++)
            _prefixesByLetter[letter] = [.. _prefixes.Where(p => p.Prefix.Length > 0 && char.ToUpperInvariant(p.Prefix[0]) == 'A' + letter)];
        _allPrefixes = [.. _prefixes];
        _bucketed = _prefixes.TrueForAll(static p => p.Prefix.Length > 0 && char.IsAsciiLetter(p.Prefix[0]));
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Reads the <c>class</c>, <c>id</c> and <c>role</c> attributes of an element.</summary>
    public Verdict Classify(IElement element)
    {
        DropReason? reason = null;
        var content = false;
        var (cls, id, role, itemprop, _, _, _) = ElementAttributes.Read(element);
        Scan(cls, ref reason, ref content);
        Scan(id, ref reason, ref content);
        if (role is not null)
        {
            if (role.Equals("navigation", StringComparison.OrdinalIgnoreCase) || role.Equals("menu", StringComparison.OrdinalIgnoreCase)
                || role.Equals("menubar", StringComparison.OrdinalIgnoreCase) || role.Equals("contentinfo", StringComparison.OrdinalIgnoreCase))
                reason ??= DropReason.Navigation;
            else if (role.Equals("complementary", StringComparison.OrdinalIgnoreCase))
                reason ??= DropReason.Related;
            else if (role.Equals("dialog", StringComparison.OrdinalIgnoreCase) || role.Equals("alertdialog", StringComparison.OrdinalIgnoreCase))
                reason ??= DropReason.Boilerplate;
            else if (role.Equals("main", StringComparison.OrdinalIgnoreCase) || role.Equals("article", StringComparison.OrdinalIgnoreCase))
                content = true;
        }
        if (itemprop is not null && (itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase) || itemprop.Equals("text", StringComparison.OrdinalIgnoreCase)))
            content = true;
        return new Verdict(reason, content);
    }

    private void Scan(string? attribute, ref DropReason? reason, ref bool content)
    {
        if (string.IsNullOrEmpty(attribute))
            return;
        var text = attribute.AsSpan();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
                i++;
            var start = i;
            i++;
            // A word ends at a non-letter or at a camelCase hump ("relatedArticles").
            while (i < text.Length && char.IsLetter(text[i]) && !(char.IsUpper(text[i]) && char.IsLower(text[i - 1])))
                i++;
            if (start >= text.Length)
                break;
            var word = text[start..Math.Min(i, text.Length)];
            if (Match(word) is { } rule)
            {
                if (rule.Content)
                    content = true;
                else
                    reason ??= rule.Reason;
            }
        }
    }

    private Rule? Match(ReadOnlySpan<char> word)
    {
        if (_wordLookup.TryGetValue(word, out var rule))
            return rule;
        // OrdinalIgnoreCase compares upper-cased characters, so only words whose first letter upper-cases to the
        // prefix's can match ("ı" upper-cases to 'I').
        var first = char.ToUpperInvariant(word[0]);
        if (_bucketed && first is < 'A' or > 'Z')
            return null;
        foreach (var (prefix, prefixRule) in _bucketed ? _prefixesByLetter[first - 'A'] : _allPrefixes)
        {
            if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return prefixRule;
        }
        return null;
    }
}
