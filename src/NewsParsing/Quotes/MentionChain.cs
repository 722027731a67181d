using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsParsing.Internal;
using NewsParsing.Model;
using NewsParsing.Segmentation;

namespace NewsParsing.Quotes;

/// <summary>
/// The speakers of one article, linked across their mentions: "Russian President Vladimir Putin", "Putin"
/// and "he" become one entity named "Vladimir Putin" with the role "Russian President". Names join by their
/// last word; a pronoun joins the nearest earlier entity its agreement allows (he/she: a person; they: a
/// group or organisation; it: an organisation). Per parse, never shared: <see cref="Add"/> the mentions in
/// text order, <see cref="Freeze"/>, then read <see cref="GetMention"/>; <see cref="Dispose"/> returns the pooled
/// mention arrays (on a long article they would be large-object-heap temporaries).
/// </summary>
internal sealed class MentionChain : IDisposable
{
    /// <summary>How far back a pronoun with no earlier speaker looks for a name in the text.</summary>
    private const int PronounFallbackChars = 1500;

    /// <summary>Most occurrences of a name read to complete it ("Putin" → "Vladimir Putin").</summary>
    private const int MaxNameOccurrences = 64;

    private static readonly SpeakerKind[] s_kinds = Enum.GetValues<SpeakerKind>();

    /// <summary>Above this many entities the collections are not kept for the next chain (a long text's).</summary>
    private const int MaxSpareEntities = 1024;

    /// <summary>
    /// The emptied collections of the last chain disposed on this thread, kept for the next (each parse makes two
    /// chains, one per stage): new ones would be allocated and grown on every parse. A chain takes them and gives them
    /// back when disposed, so a second chain alive on the thread meanwhile makes its own.
    /// </summary>
    [ThreadStatic]
    private static Collections? t_spare;

    private readonly string _text;
    private readonly QuoteLexicons _lexicons;
    private readonly Collections _collections;
    private readonly List<Entity> _entities;
    private readonly PooledList<(TextSpan Span, int Entity)> _mentions = new();

    /// <summary>Per <see cref="SpeakerKind"/>, the indices of its mentions in <see cref="_mentions"/>, ascending.</summary>
    private readonly List<int>[] _mentionsByKind;

    /// <summary>The latest entity by kind and key (see <see cref="KindedKey"/>): a name joins it without a scan of all entities.</summary>
    private readonly Dictionary<string, int> _byKey;

    /// <summary><see cref="_byKey"/> read by a span key: got once, not at every name (getting it tests the comparer's type).</summary>
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byKeySpan;
    private PooledList<SpeakerMention?> _built = new();
    private bool _disposed;

    public MentionChain(string text, QuoteLexicons lexicons)
    {
        _text = text;
        _lexicons = lexicons;
        _collections = t_spare ?? new Collections();
        t_spare = null;
        (_entities, _mentionsByKind, _byKey, _byKeySpan) = (_collections.Entities, _collections.MentionsByKind, _collections.ByKey, _collections.ByKeySpan);
    }

    /// <summary>The per-chain collections, empty between chains.</summary>
    private sealed class Collections
    {
        public readonly List<Entity> Entities = [];
        public readonly List<int>[] MentionsByKind = Array.ConvertAll(s_kinds, static _ => new List<int>());
        public readonly Dictionary<string, int> ByKey = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ByKeySpan;

        public Collections() => ByKeySpan = ByKey.GetAlternateLookup<ReadOnlySpan<char>>();

        public void Clear()
        {
            Entities.Clear();
            foreach (var list in MentionsByKind)
                list.Clear();
            ByKey.Clear();
        }
    }

    /// <summary>Where the body starts: names are completed from the body only (a Title Case headline misleads).</summary>
    public int BodyStart { get; set; }

    private sealed class Entity(string name, int words, string kindedKey, string? role, SpeakerKind kind)
    {
        public string Name = name;
        public int Words = words;

        /// <summary>The entity's key in <see cref="_byKey"/> (see <see cref="KindedKey"/>).</summary>
        public readonly string KindedKey = kindedKey;
        public string? Role = role;
        public readonly SpeakerKind Kind = kind;
        public Speaker? Speaker;
    }

    /// <summary>Adds a mention and returns its index; a pronoun with no antecedent stands for itself, unresolved.</summary>
    public int Add(SpeakerPhrase phrase) => AddAt(phrase, phrase.Span);

    /// <summary>
    /// Adds a mention written at <paramref name="at"/> that stands for <paramref name="phrase"/>: a relative pronoun
    /// ("McConnell, who … said") is the mention, the phrase it refers to names the speaker.
    /// </summary>
    public int AddAt(SpeakerPhrase phrase, TextSpan at)
    {
        var entity = phrase.IsPronoun ? FindAntecedent(phrase.Span) : AddName(phrase.Span);
        if (entity < 0)
            return -1;
        _mentions.Add((at, entity));
        _mentionsByKind[(int)_entities[entity].Kind].Add(_mentions.Count - 1);
        return _mentions.Count - 1;
    }

    /// <summary>Completes names and roles from the rest of the text and builds the speakers.</summary>
    public void Freeze()
    {
        // A name seen fewer than MaxNameOccurrences times is searched to the end of the text: on a long text with
        // many people, one search per person would cost people × length, so once the searches have read the text
        // several times over, the remaining candidates come from an index. Built only then: most long texts' names are
        // frequent, found MaxNameOccurrences times early on, and the index costs several whole-text searches.
        var search = new NameSearch(_text.Length - BodyStart >= CapitalIndex.MinChars ? (long)(_text.Length - BodyStart) * NameSearch.TextsBeforeIndex : long.MaxValue);
        try
        {
            foreach (var entity in _entities)
            {
                if (entity.Kind == SpeakerKind.Person)
                    Complete(entity, ref search);
                entity.Speaker = new Speaker(entity.Name, entity.Role, entity.Kind);
            }
        }
        finally
        {
            search.Capitals?.Dispose();
        }
        _built.Dispose();
        _built = PooledList<SpeakerMention?>.OfDefaults(_mentions.Count);
    }

    public void Dispose()
    {
        _mentions.Dispose();
        _built.Dispose();
        if (_disposed)
            return;
        _disposed = true;
        var keep = _entities.Count <= MaxSpareEntities;
        _collections.Clear();
        if (keep)
            t_spare = _collections;
    }

    /// <summary>The mention at <paramref name="index"/> with its resolved speaker; one instance per mention.</summary>
    public SpeakerMention GetMention(int index)
    {
        if (_built[index] is { } built)
            return built;
        var (span, entity) = _mentions[index];
        return _built[index] = new SpeakerMention(span, _text.Substring(span.Start, span.Length), _entities[entity].Speaker!);
    }

    /// <summary>The name of the mention's entity as it stands now (before <see cref="Freeze"/>).</summary>
    public string NameOf(int index) => _entities[_mentions[index].Entity].Name;

    private int FindAntecedent(TextSpan pronoun)
    {
        var agreement = _lexicons.PronounAgreement(_text.AsSpan(pronoun.Start, pronoun.Length)) ?? "person";
        // The latest earlier mention of an agreeing kind, read from the per-kind lists: a pronoun with no such
        // mention does not walk back over every mention so far.
        var best = -1;
        foreach (var kind in s_kinds)
        {
            if (!Agrees(kind, agreement))
                continue;
            var ofKind = _mentionsByKind[(int)kind];
            for (var k = ofKind.Count - 1; k >= 0 && ofKind[k] > best; k--)
            {
                if (_mentions[ofKind[k]].Span.Start < pronoun.Start)
                {
                    best = ofKind[k];
                    break;
                }
            }
        }
        if (best >= 0)
            return _mentions[best].Entity;
        // No earlier speaker: the nearest name in the text before the pronoun; else the pronoun itself stands,
        // unresolved, as an unnamed source (nothing is invented).
        if (agreement == "person" && FindNameBefore(pronoun.Start) is { } name)
            return AddName(name);
        var written = _text.Substring(pronoun.Start, pronoun.Length);
        return AddEntity(new Entity(written, 1, KindedKey(SpeakerKind.Unnamed, "\0" + written.ToLowerInvariant()), null, SpeakerKind.Unnamed));
    }

    private static bool Agrees(SpeakerKind kind, string agreement) => agreement switch
    {
        "person" => kind == SpeakerKind.Person,
        "group" => kind is SpeakerKind.Organization or SpeakerKind.Unnamed,
        "thing" => kind == SpeakerKind.Organization,
        _ => true,
    };

    /// <summary>The name a phrase gives, without its role or article ("Russia-owned news outlet TASS" → "TASS").</summary>
    public string DisplayName(TextSpan span)
    {
        var phrase = _text.AsSpan(span.Start, span.Length);
        Analyse(phrase, out var nameStart, out _, out _, out _);
        return StripPossessive(phrase[nameStart..].Trim()).ToString();
    }

    private TextSpan? FindNameBefore(int position)
    {
        var text = _text.AsSpan();
        var floor = Math.Max(0, position - PronounFallbackChars);
        var end = position;
        while (end > floor)
        {
            // The word before `end`.
            var wordEnd = end;
            while (wordEnd > floor && !char.IsLetter(text[wordEnd - 1]))
                wordEnd--;
            var wordStart = wordEnd;
            while (wordStart > floor && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '-' or '.' && wordStart - 1 > floor && char.IsLetter(text[wordStart - 2])))
                wordStart--;
            if (wordStart == wordEnd)
                return null;
            var word = text[wordStart..wordEnd];
            if (IsNameWord(word) && wordStart > 0 && !IsSentenceStart(text, wordStart))
            {
                var nameStart = wordStart;
                var k = wordStart - 1;
                while (k > floor && text[k] == ' ')
                {
                    var prevEnd = k;
                    var prevStart = prevEnd;
                    while (prevStart > floor && (char.IsLetter(text[prevStart - 1]) || text[prevStart - 1] is '.' or '-'))
                        prevStart--;
                    if (prevStart == prevEnd || !IsNameWord(text[prevStart..prevEnd]))
                        break;
                    nameStart = prevStart;
                    k = prevStart - 1;
                }
                return TextSpan.FromBounds(nameStart, wordEnd);
            }
            end = wordStart;
        }
        return null;
    }

    /// <summary>
    /// A capitalised word of no speaker-word class that is no cue form. A time word is of class <see cref="SpeakerWordClass.Time"/>,
    /// so the class test rules it out with no lookup of its own.
    /// </summary>
    private bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (!SpeakerResolver.IsCapitalized(word))
            return false;
        ref readonly var facts = ref _lexicons.Facts(word);
        return IsNameWord(_lexicons.ClassOf(in facts, word), in facts);
    }

    /// <summary><see cref="IsNameWord(ReadOnlySpan{char})"/> for a capitalised word whose facts and class the caller looked up already.</summary>
    private static bool IsNameWord(SpeakerWordClass wordClass, in QuoteWordFacts facts) =>
        wordClass == SpeakerWordClass.None && !facts.Has(QuoteWordFlags.Cue);

    private static bool IsSentenceStart(ReadOnlySpan<char> text, int at)
    {
        var k = at - 1;
        while (k >= 0 && text[k] is ' ' or '"' or '\u201C' or '\'' or '\u2018')
            k--;
        return k < 0 || text[k] is '.' or '!' or '?' or '\n';
    }

    private int AddName(TextSpan span)
    {
        var phrase = _text.AsSpan(span.Start, span.Length);
        Analyse(phrase, out var nameStart, out var role, out var kind, out var words);
        var roleText = role.IsEmpty ? [] : phrase[role.Start..role.End];
        var name = phrase[nameStart..].Trim();
        name = StripPossessive(name);
        var keySource = kind == SpeakerKind.Person ? LastWord(name) : name;
        // The key is the lower-cased name, built in a stack buffer: a mention of a known entity allocates nothing.
        var buffer = keySource.Length < 128 ? stackalloc char[keySource.Length + 1] : new char[keySource.Length + 1];
        buffer[0] = (char)('0' + (int)kind);
        var written = keySource.ToLowerInvariant(buffer[1..]);
        var key = buffer[..(written + 1)];
        if (_byKeySpan.TryGetValue(key, out var i))
        {
            var entity = _entities[i];
            if (words > entity.Words)
            {
                entity.Name = name.ToString();
                entity.Words = words;
            }
            if (entity.Role is null && !role.IsEmpty)
                entity.Role = roleText.ToString();
            return i;
        }
        return AddEntity(new Entity(name.ToString(), words, key.ToString(), role.IsEmpty ? null : roleText.ToString(), kind));
    }

    /// <summary>The dictionary key: a digit for the kind, then the lower-cased key.</summary>
    private static string KindedKey(SpeakerKind kind, string key) => (char)('0' + (int)kind) + key;

    private int AddEntity(Entity entity)
    {
        _entities.Add(entity);
        _byKey[entity.KindedKey] = _entities.Count - 1;
        return _entities.Count - 1;
    }

    /// <summary>
    /// Splits "Russian President Vladimir Putin" into the role "Russian President" and the name. The role is where it
    /// stands in the phrase (empty for none): its string is made only when an entity takes it.
    /// </summary>
    private void Analyse(ReadOnlySpan<char> phrase, out int nameStart, out TextSpan role, out SpeakerKind kind, out int nameWords)
    {
        var lastTitleEnd = -1;
        var firstWordStart = -1;
        var determiner = false;
        var org = false;
        var group = false;
        var honorificOnly = true;
        var i = 0;
        while (i < phrase.Length)
        {
            while (i < phrase.Length && !char.IsLetterOrDigit(phrase[i]))
                i++;
            var start = i;
            while (i < phrase.Length && !char.IsWhiteSpace(phrase[i]) && phrase[i] != ',')
                i++;
            if (start == i)
                break;
            var word = phrase[start..i];
            var cls = _lexicons.Classify(StripPossessive(word));
            if (firstWordStart < 0)
            {
                firstWordStart = start;
                if (cls == SpeakerWordClass.Determiner)
                {
                    determiner = true;
                    continue;
                }
            }
            switch (cls)
            {
                case SpeakerWordClass.Title or SpeakerWordClass.Modifier:
                    lastTitleEnd = i;
                    honorificOnly = false;
                    break;
                case SpeakerWordClass.Honorific:
                    lastTitleEnd = i;
                    break;
                case SpeakerWordClass.Org:
                    org = true;
                    break;
                case SpeakerWordClass.Group:
                    group = true;
                    break;
            }
            // Only a word with a dot can hold ".com": the case-insensitive search is left for those.
            if (word.Contains('.') && word.Contains(".com", StringComparison.OrdinalIgnoreCase))
                org = true;
        }
        var afterTitle = lastTitleEnd < 0 ? (determiner ? NextWordStart(phrase, firstWordStart) : 0) : NextWordStart(phrase, lastTitleEnd);
        var rest = phrase[afterTitle..];
        var hasName = rest.Length > 0 && AllCapitalized(rest);
        if (hasName)
        {
            nameStart = afterTitle;
            role = lastTitleEnd < 0 || honorificOnly ? default : TextSpans.Trim(phrase, determiner ? NextWordStart(phrase, firstWordStart) : 0, lastTitleEnd);
            kind = org || determiner && !(lastTitleEnd >= 0) ? SpeakerKind.Organization : SpeakerKind.Person;
        }
        else
        {
            // A determiner standing alone ("said another") is the whole description.
            var afterDeterminer = determiner ? NextWordStart(phrase, firstWordStart) : 0;
            nameStart = afterDeterminer < phrase.Length ? afterDeterminer : 0;
            role = default;
            kind = org && !group ? SpeakerKind.Organization : SpeakerKind.Unnamed;
        }
        nameWords = CountWords(phrase[nameStart..]);
    }

    private static int NextWordStart(ReadOnlySpan<char> phrase, int from)
    {
        var i = from;
        while (i < phrase.Length && !char.IsWhiteSpace(phrase[i]))
            i++;
        while (i < phrase.Length && char.IsWhiteSpace(phrase[i]))
            i++;
        return i;
    }

    /// <summary>Whether every word between single spaces is capitalised, a number or a name particle ("of", "von").</summary>
    private static bool AllCapitalized(ReadOnlySpan<char> words)
    {
        // Words between spaces, read with IndexOf: a split enumerator is not inlined, and a name has few words.
        while (true)
        {
            var space = words.IndexOf(' ');
            var word = space < 0 ? words : words[..space];
            if (word.Length > 0 && !char.IsUpper(word[0]) && !char.IsDigit(word[0]) && word is not ("of" or "for" or "de" or "von" or "van" or "al" or "bin"))
                return false;
            if (space < 0)
                return true;
            words = words[(space + 1)..];
        }
    }

    /// <summary>The runs of characters other than a space (what a split on ' ' gives, empty pieces left out).</summary>
    private static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }
        return count;
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> name)
    {
        var space = name.LastIndexOf(' ');
        return space < 0 ? name : name[(space + 1)..];
    }

    internal static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && word[^1] is 's' or 'S' && word[^2] is '\'' or '\u2019')
            return word[..^2];
        if (word.Length > 1 && word[^1] is '\'' or '\u2019')
            return word[..^1];
        return word;
    }

    /// <summary>Completes a person's name and role from its fullest occurrence ("Putin" → "Vladimir Putin").</summary>
    private void Complete(Entity entity, ref NameSearch search)
    {
        var text = _text.AsSpan();
        var name = entity.Name;
        var nameWords = CountWords(name);
        // Occurrences in text order, each after the end of the one before, as repeated IndexOf calls find them.
        var indexed = search.Capitals is not null && CapitalIndex.CanFind(name);
        var candidates = indexed ? search.Capitals!.Candidates(name) : default;
        var next = 0;
        var from = BodyStart;
        for (var n = 0; n < MaxNameOccurrences; n++)
        {
            int at;
            if (!indexed && search.Searched > search.Budget && CapitalIndex.CanFind(name))
            {
                // The searches so far read the text over and over: from here on, candidates from the index.
                search.Capitals = new CapitalIndex(_text, BodyStart);
                indexed = true;
                candidates = search.Capitals.Candidates(name);
            }
            if (indexed)
            {
                while (next < candidates.Length && (candidates[next] < from || !text[candidates[next]..].StartsWith(name, StringComparison.Ordinal)))
                    next++;
                if (next == candidates.Length)
                    break;
                at = candidates[next++];
            }
            else
            {
                at = text[from..].IndexOf(name, StringComparison.Ordinal);
                search.Searched += at < 0 ? text.Length - from : at + name.Length;
                if (at < 0)
                    break;
                at += from;
            }
            from = at + name.Length;
            if (at > 0 && char.IsLetterOrDigit(text[at - 1]) || from < text.Length && char.IsLetter(text[from]))
                continue;
            // Capitalised words right before the name extend it; title words before those give the role.
            var nameStart = at;
            var roleStart = -1;
            var k = at;
            while (k > 0 && text[k - 1] == ' ')
            {
                var wordEnd = k - 1;
                var wordStart = wordEnd;
                while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('"' or '\u201C' or '(' or ','))
                    wordStart--;
                var word = text[wordStart..wordEnd];
                // A word with punctuation ("Latest:", "Scarborough:") ends the name; so does a line break.
                if (word.IsEmpty || !char.IsLetter(word[^1]) && !(word.Length <= 3 && word[^1] == '.') || text[k - 1] != ' ')
                    break;
                // One look-up gives the class and, for a name word, whether it is a cue.
                ref readonly var facts = ref _lexicons.Facts(word);
                var cls = _lexicons.ClassOf(in facts, word);
                if (roleStart < 0 && nameStart == k && cls == SpeakerWordClass.None && SpeakerResolver.IsCapitalized(word) && !IsSentenceStart(text, wordStart)
                    && IsNameWord(cls, in facts))
                {
                    nameStart = wordStart;
                    k = wordStart;
                    continue;
                }
                if (cls is SpeakerWordClass.Title or SpeakerWordClass.Modifier
                    || roleStart >= 0 && SpeakerResolver.IsCapitalized(word) && cls is SpeakerWordClass.None or SpeakerWordClass.Org)
                {
                    roleStart = wordStart;
                    k = wordStart;
                    continue;
                }
                break;
            }
            var fullName = text[nameStart..from];
            var words = nameStart == at ? nameWords : CountWords(fullName);
            if (words > entity.Words)
            {
                entity.Name = fullName.ToString();
                entity.Words = words;
            }
            if (entity.Role is null && roleStart >= 0)
                entity.Role = text[roleStart..(nameStart - 1)].Trim().ToString();
        }
    }

    /// <summary>How much the name searches of one <see cref="Freeze"/> have read, and the index they use once that is too much.</summary>
    private struct NameSearch(long budget)
    {
        /// <summary>Whole-text searches' worth of reading after which the index is built.</summary>
        public const int TextsBeforeIndex = 8;

        /// <summary>The characters searched before the index is built (<see cref="long.MaxValue"/>: never, a short text).</summary>
        public readonly long Budget = budget;
        public long Searched;
        public CapitalIndex? Capitals;
    }

    /// <summary>
    /// The positions of the ASCII capitals of a text from a start on, grouped by their first two characters (a
    /// bucket may hold other pairs too): a name starting with an ASCII capital occurs only at one of its bucket's
    /// positions. Its arrays are pooled; one vectorised pass finds the capitals, and a counting sort files them.
    /// </summary>
    private sealed class CapitalIndex : IDisposable
    {
        /// <summary>Below this an IndexOf per person is cheaper than building the index.</summary>
        public const int MinChars = 16 * 1024;

        private const int Buckets = 26 * 128;

        private readonly int[] _bucketStarts;
        private readonly int[] _positions;

        public CapitalIndex(string text, int start)
        {
            // Capitals with a character after them: the bucket reads it.
            var searched = text.AsSpan(0, Math.Max(start, text.Length - 1));
            // A capital every 15 to 20 characters is usual; the list grows if the text holds more.
            var found = ArrayPool<int>.Shared.Rent(Math.Max((searched.Length - start) / 16, 16));
            var count = Capitals(searched, start, ref found);
            _bucketStarts = ArrayPool<int>.Shared.Rent(Buckets + 1);
            var starts = _bucketStarts.AsSpan(0, Buckets + 1);
            starts.Clear();
            foreach (var p in found.AsSpan(0, count))
                starts[Bucket(text[p], text[p + 1]) + 1]++;
            for (var b = 1; b <= Buckets; b++)
                starts[b] += starts[b - 1];
            _positions = ArrayPool<int>.Shared.Rent(Math.Max(count, 1));
            // Filed in text order, so each bucket's positions ascend; fill[b] is where bucket b's next one goes.
            var fill = ArrayPool<int>.Shared.Rent(Buckets);
            starts[..Buckets].CopyTo(fill);
            foreach (var p in found.AsSpan(0, count))
                _positions[fill[Bucket(text[p], text[p + 1])]++] = p;
            ArrayPool<int>.Shared.Return(fill);
            ArrayPool<int>.Shared.Return(found);
        }

        public static bool CanFind(string name) => name.Length >= 2 && char.IsAsciiLetterUpper(name[0]);

        /// <summary>Ascending positions where <paramref name="name"/> may start (<see cref="CanFind"/> must hold).</summary>
        public ReadOnlySpan<int> Candidates(string name)
        {
            var bucket = Bucket(name[0], name[1]);
            return _positions.AsSpan(_bucketStarts[bucket], _bucketStarts[bucket + 1] - _bucketStarts[bucket]);
        }

        public void Dispose()
        {
            ArrayPool<int>.Shared.Return(_bucketStarts);
            ArrayPool<int>.Shared.Return(_positions);
        }

        /// <summary>
        /// Writes the positions of the ASCII capitals in <c>text[start..]</c> to <paramref name="positions"/> (a pooled
        /// array, swapped for a larger one when full), ascending; returns how many. Sixteen characters are compared at a
        /// time and a bit scan reads the capitals among them: a search call per capital (a text has one every 15 to 20
        /// characters) cost more than the search itself.
        /// </summary>
        private static int Capitals(ReadOnlySpan<char> text, int start, ref int[] positions)
        {
            const int Block = 16; // two vectors of eight characters
            var count = 0;
            var i = start;
            if (Vector128.IsHardwareAccelerated)
            {
                ref var first = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(text));
                var a = Vector128.Create((ushort)'A');
                var span = Vector128.Create((ushort)('Z' - 'A'));
                for (; i + Block <= text.Length; i += Block)
                {
                    if (positions.Length - count < Block)
                        Grow(ref positions, count);
                    // c - 'A' wraps below 'A', so one unsigned compare tells A-Z.
                    var low = Vector128.LessThanOrEqual(Vector128.LoadUnsafe(ref first, (nuint)i) - a, span);
                    var high = Vector128.LessThanOrEqual(Vector128.LoadUnsafe(ref first, (nuint)(i + Block / 2)) - a, span);
                    for (var mask = Vector128.Narrow(low, high).ExtractMostSignificantBits(); mask != 0; mask &= mask - 1)
                        positions[count++] = i + BitOperations.TrailingZeroCount(mask);
                }
            }
            for (; i < text.Length; i++)
            {
                if (!char.IsAsciiLetterUpper(text[i]))
                    continue;
                if (count == positions.Length)
                    Grow(ref positions, count);
                positions[count++] = i;
            }
            return count;
        }

        private static void Grow(ref int[] positions, int count)
        {
            var larger = ArrayPool<int>.Shared.Rent(positions.Length * 2);
            positions.AsSpan(0, count).CopyTo(larger);
            ArrayPool<int>.Shared.Return(positions);
            positions = larger;
        }

        private static int Bucket(char first, char second) => (first - 'A') * 128 + (second & 127);
    }
}
