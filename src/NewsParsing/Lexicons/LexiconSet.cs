using System.Collections.Frozen;

namespace NewsParsing.Lexicons;

/// <summary>
/// The word lists the parser reads: cue verbs, hedges, titles, boilerplate lines and others, one file per
/// list and language (<c>cue-verbs.en.txt</c>, <c>cue-verbs.de.txt</c>). The defaults ship inside the
/// package; add a language or replace a list with <see cref="WithFile"/>. Immutable and thread-safe.
/// </summary>
public sealed class LexiconSet
{
    private const string ResourcePrefix = "NewsParsing.Lexicons.";

    private readonly FrozenDictionary<string, string> _files;   // file name → content
    private readonly FrozenDictionary<string, Lexicon> _lists;   // list name (file name without language) → merged lexicon

    private LexiconSet(IReadOnlyDictionary<string, string> files)
    {
        _files = files.ToFrozenDictionary(StringComparer.Ordinal);
        _lists = files
            .GroupBy(static f => ListName(f.Key), StringComparer.Ordinal)
            .ToFrozenDictionary(
                static g => g.Key,
                static g => new Lexicon(g.OrderBy(static f => f.Key, StringComparer.Ordinal).SelectMany(static f => Lexicon.ParseLines(f.Value))),
                StringComparer.Ordinal);
    }

    /// <summary>The lists shipped in the package.</summary>
    public static LexiconSet Default { get; } = LoadEmbedded();

    /// <summary>The names of the files in this set, such as <c>cue-verbs.en.txt</c>.</summary>
    public IEnumerable<string> FileNames => _files.Keys;

    /// <summary>The content of one file of this set.</summary>
    /// <exception cref="KeyNotFoundException">The set has no file of that name.</exception>
    public string GetFile(string fileName) => _files[fileName];

    /// <summary>
    /// Returns a set with <paramref name="fileName"/> added or replaced. The name is
    /// <c>list.language.txt</c>; files of one list are merged across languages.
    /// </summary>
    /// <param name="fileName">The file name, such as <c>cue-verbs.fr.txt</c>.</param>
    /// <param name="content">One entry a line, tab-separated fields, <c>#</c> comments.</param>
    public LexiconSet WithFile(string fileName, string content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        var files = new Dictionary<string, string>(_files, StringComparer.Ordinal) { [fileName] = content };
        return new LexiconSet(files);
    }

    internal Lexicon Get(string listName) => _lists.TryGetValue(listName, out var lexicon) ? lexicon : Lexicon.Empty;

    private static string ListName(string fileName)
    {
        var dot = fileName.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? fileName : fileName[..dot];
    }

    private static LexiconSet LoadEmbedded()
    {
        var assembly = typeof(LexiconSet).Assembly;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            files[name[ResourcePrefix.Length..]] = reader.ReadToEnd();
        }
        return new LexiconSet(files);
    }

}
