namespace Disclosure.Corpus.Tests;

/// <summary>
/// Finds the design folder beside the repository (../shared: FORM.md, the seed, the real published reports), or
/// DISCLOSURE_SHARED where it is set. A clone of the repository alone has no such folder: the corpus tests are
/// then skipped, with <see cref="Missing"/> as the reason.
/// </summary>
public static class SharedFiles
{
    private static readonly string? Found = FindShared();

    /// <summary>Why the corpus check cannot run here, or null when the folder is there.</summary>
    public static string? Missing { get; } = Found is null
        ? "../shared/reports not found beside the repository (set DISCLOSURE_SHARED to the design folder)"
        : null;

    public static string Root => Found ?? throw new DirectoryNotFoundException(Missing);

    public static string Seed => Path.Combine(Root, "seed", "erdao-2022-annual-report.txt");

    public static string Report(string name) => Path.Combine(Root, "reports", name);

    private static string? FindShared()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("DISCLOSURE_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(Path.Combine(fromEnvironment, "reports")) ? fromEnvironment : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "FORM.md")) && Directory.Exists(Path.Combine(candidate, "reports")))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A fact over the design folder's documents: skipped, with the reason, where the folder is absent.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (SharedFiles.Missing is { } reason)
        {
            Skip = "Corpus check not run: " + reason;
        }
    }
}

/// <summary>A theory over the design folder's documents: skipped, with the reason, where the folder is absent.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (SharedFiles.Missing is { } reason)
        {
            Skip = "Corpus check not run: " + reason;
        }
    }
}
