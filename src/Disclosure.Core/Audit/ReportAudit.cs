using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.Audit;

/// <summary>
/// Audits published reports in bulk: reads each (text, HTML, PDF, or any file the product reads), runs the form's
/// rules, and where last year's report of the same body is among the files or the previous ones (matched by the
/// title's body and year), the continuity rule too.
/// </summary>
public static class ReportAudit
{
    /// <summary>The files a list of files and folders names: each file, and every file under each folder, in name order.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths) =>
    [
        .. paths.SelectMany(p => Directory.Exists(p)
            ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : (IEnumerable<string>)[p]),
    ];

    /// <param name="progress">Told the number of reports done after each one (one call at a time).</param>
    public static IReadOnlyList<AuditEntry> Run(IReadOnlyList<string> files, IReadOnlyList<string> previousFiles, IProgress<int>? progress = null)
    {
        var titles = files.Concat(previousFiles).Distinct(StringComparer.Ordinal)
            .ToDictionary(f => f, f => File.Exists(f) ? ReportTitle.FromFile(File.ReadAllBytes(f)) : null, StringComparer.Ordinal);

        // Last year's report of a body: among the previous files first, then among the files themselves.
        var byBodyYear = new Dictionary<(string, int), string>();
        foreach (var file in previousFiles.Concat(files))
        {
            if (titles[file] is { } title)
            {
                byBodyYear.TryAdd((title.Body, title.Year), file);
            }
        }

        // Reports are independent: read and checked in parallel, listed in the order given.
        var done = 0;
        var entries = files.AsParallel().AsOrdered().Select(file =>
        {
            var title = titles[file];
            var previousFile = title is { } t ? PreviousOf(byBodyYear, t.Body, t.Year) : null;
            var read = FormFileReader.ReadFile(file);
            var previous = previousFile is null ? null : FormFileReader.ReadFile(previousFile);
            var entry = new AuditEntry(file, title?.Body, title?.Year, FormValidator.Validate(read, previous), previousFile);
            var count = Interlocked.Increment(ref done);
            lock (titles)
            {
                progress?.Report(count);
            }

            return entry;
        }).ToList();

        return entries;
    }

    /// <summary>
    /// Last year's file of a body: the same name, or else the one name that ends with the other (洪泽区人民政府 and
    /// 淮安市洪泽区人民政府 are one body, titled with and without its city).
    /// </summary>
    private static string? PreviousOf(Dictionary<(string Body, int Year), string> byBodyYear, string body, int year)
    {
        if (byBodyYear.TryGetValue((body, year - 1), out var exact))
        {
            return exact;
        }

        var near = byBodyYear
            .Where(p => p.Key.Year == year - 1 && (p.Key.Body.EndsWith(body, StringComparison.Ordinal) || body.EndsWith(p.Key.Body, StringComparison.Ordinal)))
            .Select(p => p.Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return near.Count == 1 ? near[0] : null;
    }
}
