using System.IO.Enumeration;

namespace NewsParsing.Cli;

/// <summary>
/// Turns the command line's inputs into the list of articles to read: files, folders (their files, in
/// ordinal order, hidden files left out), globs (<c>*</c> and <c>?</c> within a name, <c>**</c> for any
/// number of folders; for shells that do not expand them, and for quoted patterns), and <c>-</c> for
/// standard input.
/// </summary>
internal static class InputFiles
{
    /// <summary>The input that stands for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>Expands the inputs in order; returns the error message for the first one that names nothing.</summary>
    public static List<string> Expand(IEnumerable<string> inputs, out string? error)
    {
        error = null;
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (input == StandardInput || File.Exists(input))
                files.Add(input);
            else if (Directory.Exists(input))
                files.AddRange(Directory.EnumerateFiles(input).Where(static f => !IsHidden(f)).Order(StringComparer.Ordinal));
            else if (IsGlob(input))
            {
                var matches = ExpandGlob(input);
                if (matches.Count == 0)
                {
                    error = $"'{input}' matches no file.";
                    return files;
                }
                files.AddRange(matches);
            }
            else
            {
                error = $"'{input}' is not a file, folder or pattern.";
                return files;
            }
        }
        return files;
    }

    internal static bool IsGlob(string input) => input.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>The files a pattern matches, in ordinal order of their paths.</summary>
    internal static List<string> ExpandGlob(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        // The folder to start from: the segments before the first wildcard ("seeds/*.txt" starts in seeds/).
        var first = Array.FindIndex(segments, IsGlob);
        var root = string.Join('/', segments[..first]);
        if (first > 0 && root.Length == 0)
            root = "/";
        var matches = new List<string>();
        var start = root.Length == 0 ? "." : root;
        if (Directory.Exists(start))
            Match(start, segments, first, root.Length == 0, matches);
        matches.Sort(StringComparer.Ordinal);
        return matches;
    }

    private static void Match(string folder, string[] segments, int index, bool relative, List<string> matches)
    {
        var segment = segments[index];
        var last = index == segments.Length - 1;
        if (segment == "**")
        {
            // "**" matches no folder at all, or any number of them.
            if (last)
            {
                AddFilesBelow(folder, relative, matches);
                return;
            }
            Match(folder, segments, index + 1, relative, matches);
            foreach (var sub in Directory.EnumerateDirectories(folder).Where(static d => !IsHidden(d)))
                Match(sub, segments, index, relative, matches);
            return;
        }
        var entries = last ? Directory.EnumerateFiles(folder) : Directory.EnumerateDirectories(folder);
        foreach (var entry in entries)
        {
            var name = Path.GetFileName(entry);
            // A wildcard does not match a leading dot, as in POSIX shells.
            if (name.StartsWith('.') && !segment.StartsWith('.'))
                continue;
            if (!FileSystemName.MatchesSimpleExpression(segment, name, ignoreCase: false))
                continue;
            if (last)
                matches.Add(Display(entry, relative));
            else
                Match(entry, segments, index + 1, relative, matches);
        }
    }

    private static void AddFilesBelow(string folder, bool relative, List<string> matches)
    {
        foreach (var file in Directory.EnumerateFiles(folder).Where(static f => !IsHidden(f)))
            matches.Add(Display(file, relative));
        foreach (var sub in Directory.EnumerateDirectories(folder).Where(static d => !IsHidden(d)))
            AddFilesBelow(sub, relative, matches);
    }

    // A pattern relative to the current folder gives paths without a leading "./".
    private static string Display(string path, bool relative) =>
        relative && path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;

    private static bool IsHidden(string path) => Path.GetFileName(path).StartsWith('.');
}
