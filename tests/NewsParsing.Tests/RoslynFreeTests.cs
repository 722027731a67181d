using System.CodeDom.Compiler;
using System.Reflection;

namespace NewsParsing.Tests;

/// <summary>The shipped package uses no Roslyn: no reference to it and no generated code.</summary>
public class RoslynFreeTests
{
    private static readonly Assembly s_package = typeof(NewsParser).Assembly;

    [Fact]
    public void PackageReferencesNoCodeAnalysisAssembly()
    {
        var references = s_package.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void PackageCarriesNoGeneratedCode()
    {
        var generated = s_package.GetTypes()
            .Where(t => t.GetCustomAttribute<GeneratedCodeAttribute>() is not null
                || t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .Any(m => m.GetCustomAttribute<GeneratedCodeAttribute>() is not null))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(generated);
    }

    [Fact]
    public void PackageDependsOnlyOnTheAllowedPackages()
    {
        var allowed = new[] { "System.", "Microsoft.Extensions.DependencyInjection.Abstractions", "AngleSharp", "netstandard", "mscorlib" };
        var references = s_package.GetReferencedAssemblies().Select(a => a.Name ?? "");
        Assert.All(references, name => Assert.True(allowed.Any(a => name == a || name.StartsWith(a, StringComparison.Ordinal)), $"unexpected dependency {name}"));
    }
}
