namespace NewsParsing.Tests.Infrastructure;

/// <summary>Finds repository folders by walking up to NewsParsing.sln; never bin-relative paths.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>../shared beside the repository, or null when absent (a fresh clone without it).</summary>
    public static string? Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(Path.Combine(shared, "data")) ? shared : null;
        }
    }

    public static IEnumerable<string> SeedFiles => Directory.EnumerateFiles(Seeds, "*.txt").Order(StringComparer.Ordinal);

    public static string ReadSeed(string prefix) =>
        File.ReadAllText(SeedFiles.Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal)));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsParsing.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("NewsParsing.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs ../shared/data; skipped with a clear reason where it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (RepoPaths.Shared is null)
            Skip = "../shared/data is not beside the repository; this test measures against the shared annotated data.";
    }
}
