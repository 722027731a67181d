using NewsParsing.Fuzz;
using NewsParsing.Model;
using NewsParsing.Tests.Infrastructure;

namespace NewsParsing.Tests.Robustness;

/// <summary>
/// Replays the fuzzers' seed corpus and every crash or hang AFL++ has found (tests/NewsParsing.Fuzz/crashes/)
/// through the very targets the fuzzers run (FuzzTargets.cs is linked here), so a fixed crash stays fixed.
/// </summary>
public class FuzzReplayTests
{
    private static string FuzzFolder => Path.Combine(RepoPaths.Root, "tests", "NewsParsing.Fuzz");

    /// <summary>Every file each target is seeded with or has crashed on, relative to the repository root.</summary>
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in new[] { "text", "html" })
        {
            var files = RepoPaths.SeedFiles
                .Concat(Files(Path.Combine(FuzzFolder, "corpus", target)))
                .Concat(Files(Path.Combine(FuzzFolder, "crashes", target)));
            foreach (var file in files)
                data.Add(target, Path.GetRelativePath(RepoPaths.Root, file));
        }
        return data;
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal) : [];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void FuzzInput_KeepsTheContract(string target, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Root, file));
        if (target == "text")
            FuzzTargets.Text(bytes);
        else
            FuzzTargets.Html(bytes);
    }

    [Fact]
    public void TheCorpusHasInputsForBothTargets()
    {
        Assert.NotEmpty(Files(Path.Combine(FuzzFolder, "corpus", "text")));
        Assert.NotEmpty(Files(Path.Combine(FuzzFolder, "corpus", "html")));
    }

    [Fact]
    public void TheInvariantCheck_CatchesABrokenSpan()
    {
        // The fuzzers crash only through this check; if it missed a broken span, a clean run would mean nothing.
        var good = NewsParser.Default.Parse("Headline here\n\nThe body text, officials said.\n");
        Assert.Null(ArticleInvariants.FirstViolation(good));

        Assert.NotNull(ArticleInvariants.FirstViolation(WithBlock(new BodyBlock(BodyBlockKind.Paragraph, new TextSpan(1, 5), "bc"))));
        Assert.NotNull(ArticleInvariants.FirstViolation(WithBlock(new BodyBlock(BodyBlockKind.Paragraph, new TextSpan(0, 2), "ac"))));
    }

    private static Article WithBlock(BodyBlock block) =>
        new(ArticleFormat.PlainText, "abc", OffsetMap.Identity, null, null, [], null, ArticleMetadata.Empty, [block], [], [], [], []);
}
