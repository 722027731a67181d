using NewsParsing.Model;

namespace NewsParsing.Claims;

/// <summary>
/// Resolves claim source mentions to speakers within one article: a title is split from the name
/// ("Russian President Vladimir Putin" → "Vladimir Putin", role "Russian President"), a surname alone joins
/// the full name seen anywhere in the article ("Putin"), and a pronoun takes the nearest compatible source
/// before it ("he" → the last person). Created per parse; not shared between threads.
/// </summary>
internal sealed class SourceResolver
{
    private readonly ClaimLexicons _lexicons;
    private readonly string _text;
    private readonly List<Entity> _entities = [];

    public SourceResolver(ClaimLexicons lexicons, string text)
    {
        _lexicons = lexicons;
        _text = text;
    }

    private sealed class Entity
    {
        public required string Name { get; set; }
        public string? Role { get; set; }
        public SpeakerKind Kind { get; set; }
        public Speaker? Built { get; set; }
        public Speaker ToSpeaker() => Built ??= new Speaker(Name, Role, Kind);
    }

    private readonly record struct Mention(TextSpan Span, Entity Entity);

    /// <summary>Resolves the mentions in text order (pronouns look back); returns one speaker mention per input.</summary>
    public SpeakerMention?[] ResolveAll(IReadOnlyList<TextSpan?> mentions)
    {
        var order = Enumerable.Range(0, mentions.Count).Where(i => mentions[i] is not null).OrderBy(i => mentions[i]!.Value.Start).ToArray();
        var resolved = new Mention?[mentions.Count];
        var history = new List<Mention>();

        // Names first, so a surname meets its full name wherever that appears in the article.
        foreach (var i in order)
        {
            var span = mentions[i]!.Value;
            if (!IsPronoun(span))
                resolved[i] = new Mention(span, Named(span));
        }
        foreach (var i in order)
        {
            var span = mentions[i]!.Value;
            if (resolved[i] is { } named)
            {
                history.Add(named);
                continue;
            }
            var entity = Pronoun(span, history);
            resolved[i] = new Mention(span, entity);
            history.Add(new Mention(span, entity));
        }
        var result = new SpeakerMention?[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            if (resolved[i] is { } m)
                result[i] = new SpeakerMention(m.Span, _text.Substring(m.Span.Start, m.Span.Length), m.Entity.ToSpeaker());
        }
        return result;
    }

    private bool IsPronoun(TextSpan span)
    {
        var text = _text.AsSpan(span.Start, span.Length);
        return !text.Contains(' ') && (_lexicons.Classify(text) & WordClass.Pronoun) != 0;
    }

    private Entity Pronoun(TextSpan span, List<Mention> history)
    {
        var word = _text.AsSpan(span.Start, span.Length);
        var classes = _lexicons.Classify(word);
        for (var h = history.Count - 1; h >= 0; h--)
        {
            var candidate = history[h].Entity;
            var fits = (classes & WordClass.PersonPronoun) != 0 ? candidate.Kind == SpeakerKind.Person
                : (classes & WordClass.PluralPronoun) != 0 ? candidate.Kind is SpeakerKind.Organization or SpeakerKind.Unnamed
                : candidate.Kind == SpeakerKind.Organization || (classes & WordClass.Pronoun) != 0 && !word.Equals("it", StringComparison.OrdinalIgnoreCase);
            if (fits)
                return candidate;
        }
        var entity = new Entity { Name = word.ToString(), Kind = SpeakerKind.Unnamed };
        _entities.Add(entity);
        return entity;
    }

    private Entity Named(TextSpan span)
    {
        var words = _text.Substring(span.Start, span.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = 0;
        while (first < words.Length - 1 && (_lexicons.Classify(words[first]) & WordClass.Determiner) != 0)
            first++;
        var lastRole = -1;
        var organization = false;
        var capitalised = true;
        for (var w = first; w < words.Length; w++)
        {
            var classes = _lexicons.Classify(words[w].TrimEnd('.'));
            if ((classes & WordClass.Role) != 0)
                lastRole = w;
            if ((classes & WordClass.Organization) != 0)
            {
                organization = true;
                if (!char.IsUpper(words[w][0]))
                    lastRole = w; // "news outlet TASS": a lowercase organisation noun is a description before the name
            }
            if (!char.IsUpper(words[w][0]))
                capitalised = false;
        }
        string name;
        string? role = null;
        SpeakerKind kind;
        if (lastRole >= first && lastRole < words.Length - 1 && words[(lastRole + 1)..].All(static w => char.IsUpper(w[0])))
        {
            role = string.Join(' ', words[first..(lastRole + 1)]);
            name = string.Join(' ', words[(lastRole + 1)..]);
            kind = organization && (_lexicons.Classify(words[lastRole]) & WordClass.Organization) != 0 ? SpeakerKind.Organization : SpeakerKind.Person;
        }
        else
        {
            name = string.Join(' ', words[first..]);
            kind = organization ? SpeakerKind.Organization
                : !capitalised || lastRole >= first ? SpeakerKind.Unnamed
                : words.Length - first == 1 && (IsAcronymOrDomain(name) || first > 0) ? SpeakerKind.Organization
                : first > 0 ? SpeakerKind.Organization
                : SpeakerKind.Person;
        }

        // A surname alone joins a fuller name of the article, and a fuller name absorbs an earlier surname.
        var last = name.Split(' ')[^1];
        foreach (var entity in _entities)
        {
            if (entity.Kind != kind && !(kind == SpeakerKind.Person && entity.Kind == SpeakerKind.Organization && !entity.Name.Contains(' ')))
                continue;
            if (string.Equals(entity.Name, name, StringComparison.OrdinalIgnoreCase)
                || kind == SpeakerKind.Person && string.Equals(entity.Name.Split(' ')[^1], last, StringComparison.OrdinalIgnoreCase))
            {
                if (name.Length > entity.Name.Length)
                {
                    entity.Name = name;
                    entity.Kind = kind;
                }
                entity.Role ??= role;
                return entity;
            }
        }
        var created = new Entity { Name = name, Role = role, Kind = kind };
        _entities.Add(created);
        return created;
    }

    private static bool IsAcronymOrDomain(string name) =>
        name.Contains('.') || name.Length > 1 && name.All(static c => !char.IsLetter(c) || char.IsUpper(c));
}
