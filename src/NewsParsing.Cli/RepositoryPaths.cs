namespace NewsParsing.Cli;

/// <summary>Finds the repository's folders by walking up to <c>NewsParsing.sln</c>, never by bin-relative paths.</summary>
internal static class RepositoryPaths
{
    public static string? FindRoot(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsParsing.sln")))
                return dir.FullName;
        }
        return null;
    }

    /// <summary>The seeds folder: the repository's, else one in the current folder.</summary>
    public static string? FindSeeds()
    {
        var root = FindRoot();
        var seeds = root is null ? Path.GetFullPath("seeds") : Path.Combine(root, "seeds");
        return Directory.Exists(seeds) ? seeds : null;
    }

    /// <summary>The shared data folder beside the repository (<c>../shared</c>), if present.</summary>
    public static string? FindShared()
    {
        var root = FindRoot();
        if (root is null)
            return null;
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
        return Directory.Exists(shared) ? shared : null;
    }
}
