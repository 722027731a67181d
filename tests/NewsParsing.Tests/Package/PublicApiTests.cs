using System.Reflection;
using NewsParsing.Tests.Infrastructure;
using PublicApiGenerator;

namespace NewsParsing.Tests.Package;

/// <summary>
/// The package's public API, as PublicApiGenerator renders it, must equal <c>PublicApi.approved.txt</c>, so that
/// every API change is deliberate and shows in review. After a deliberate change, rewrite the file with
/// <c>NEWSPARSING_UPDATE_API=1 dotnet test --filter FullyQualifiedName~PublicApiTests</c> and commit it.
/// </summary>
public class PublicApiTests
{
    private const string UpdateVariable = "NEWSPARSING_UPDATE_API";

    private static string ApprovedPath => Path.Combine(RepoPaths.Root, "tests", "NewsParsing.Tests", "Package", "PublicApi.approved.txt");

    internal static string Render(Assembly assembly) =>
        assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // The repository URL and commit change with every checkout: not part of the API.
            ExcludeAttributes = ["System.Reflection.AssemblyMetadataAttribute"],
        }).ReplaceLineEndings("\n");

    [Fact]
    public void PublicApiIsTheApprovedOne()
    {
        var api = Render(typeof(NewsParser).Assembly);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(ApprovedPath, api);
            return;
        }

        var approved = File.Exists(ApprovedPath) ? File.ReadAllText(ApprovedPath).ReplaceLineEndings("\n") : "";
        Assert.True(approved == api,
            $"The public API of NewsParsing changed: {FirstDifference(approved, api)}\n" +
            $"If the change is deliberate, run `{UpdateVariable}=1 dotnet test --filter FullyQualifiedName~PublicApiTests` " +
            $"and commit {Path.GetRelativePath(RepoPaths.Root, ApprovedPath)}.");
    }

    private static string FirstDifference(string approved, string actual)
    {
        var expectedLines = approved.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var expected = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            var found = i < actualLines.Length ? actualLines[i] : "(end of file)";
            if (expected != found)
                return $"line {i + 1} is now\n    {found.Trim()}\nwhere the approved file has\n    {expected.Trim()}";
        }
        return "(line endings only)";
    }
}
