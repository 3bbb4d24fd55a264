namespace Disclosure.Tests;

/// <summary>Finds the design folder's seed and real reports (../shared beside the repository).</summary>
public static class SharedFiles
{
    public static string Root { get; } = FindShared();

    public static string Seed => Path.Combine(Root, "seed", "erdao-2022-annual-report.txt");

    public static string Report(string name) => Path.Combine(Root, "reports", name);

    private static string FindShared()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("DISCLOSURE_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "FORM.md")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/ (FORM.md, seed, reports) not found above " + AppContext.BaseDirectory);
    }
}
