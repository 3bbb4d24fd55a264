using System.Xml.Linq;
using Disclosure.Development.Azurite;

namespace Disclosure.Hosts.Tests;

/// <summary>The reference rules of docs/architecture.md, checked on the project files.</summary>
public sealed class ArchitectureTests
{
    private static readonly string Root = RepositoryRoot.Find() ?? throw new InvalidOperationException("Repository root not found.");

    [Theory]
    [InlineData("src/Disclosure.Core/Disclosure.Core.csproj")]
    [InlineData("src/Disclosure.Rendering/Disclosure.Rendering.csproj")]
    public void Pure_projects_reference_no_azure_package(string project)
    {
        var packages = Closure(project).SelectMany(PackagesOf).ToList();
        Assert.DoesNotContain(packages, p => p.StartsWith("Azure.", StringComparison.Ordinal) || p.Contains(".Azure", StringComparison.Ordinal));
    }

    [Fact]
    public void The_function_app_ships_no_development_tool_and_no_test_code()
    {
        var closure = Closure("src/Disclosure.Functions/Disclosure.Functions.csproj").ToList();
        Assert.Contains(closure, p => p.EndsWith("Disclosure.Pipeline.csproj", StringComparison.Ordinal));
        Assert.DoesNotContain(closure, p => p.EndsWith("Disclosure.Development.csproj", StringComparison.Ordinal));
        Assert.DoesNotContain(closure, p => p.Contains("/tests/", StringComparison.Ordinal));
        Assert.DoesNotContain(closure.SelectMany(PackagesOf), p => p.StartsWith("xunit", StringComparison.Ordinal));
    }

    [Fact]
    public void Storage_adapters_do_not_reach_the_pipeline_or_rendering()
    {
        var closure = Closure("src/Disclosure.Storage/Disclosure.Storage.csproj").Select(Path.GetFileName).ToList();
        Assert.Equal(["Disclosure.Core.csproj", "Disclosure.Storage.csproj"], closure.Order(StringComparer.Ordinal));
    }

    // The project and every project it references, directly or not, as full paths with '/' separators.
    private static IEnumerable<string> Closure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(Path.Combine(Root, project))]);
        while (pending.TryPop(out var path))
        {
            if (!seen.Add(path.Replace('\\', '/')))
            {
                continue;
            }

            foreach (var reference in XDocument.Load(path).Descendants("ProjectReference"))
            {
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, reference.Attribute("Include")!.Value)));
            }
        }

        return seen;
    }

    private static IEnumerable<string> PackagesOf(string project) =>
        XDocument.Load(project).Descendants("PackageReference").Select(p => p.Attribute("Include")!.Value);
}
