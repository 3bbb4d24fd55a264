using System.Diagnostics;
using Disclosure.Audit;
using Disclosure.Tests.Audit;

namespace Disclosure.IngestBench;

/// <summary>
/// <c>audit [count]</c>: count published reports whose table cells ran together (the crawler's text, as Pingtan's),
/// half of them last year's, written to a temporary folder and audited as <c>disclosure audit</c> does.
/// </summary>
internal static class AuditBench
{
    public static void Run(int count)
    {
        var root = Directory.CreateTempSubdirectory("audit-bench-").FullName;
        try
        {
            Console.WriteLine($"Audit bench: {count} flattened reports ({count / 2} bodies × 2 years), {Environment.ProcessorCount} cores");
            TwoYearReports.Write(root, count / 2, new HashSet<int>(Enumerable.Range(0, count / 2).Where(b => b % 10 == 0)), flattened: true);
            var files = ReportAudit.Expand([root]);

            var clock = Stopwatch.StartNew();
            var entries = ReportAudit.Run(files, []);
            var elapsed = clock.Elapsed;

            Console.WriteLine($"audited:           {entries.Count} reports in {elapsed.TotalSeconds:F1} s ({elapsed.TotalMilliseconds / entries.Count:F1} ms a report)");
            Console.WriteLine($"verdicts:          {entries.Count(e => e.Verdict == AuditVerdict.Read)} read, {entries.Count(e => e.Verdict == AuditVerdict.ReadInPart)} read in part, {entries.Count(e => e.Verdict == AuditVerdict.Refused)} refused");
            Console.WriteLine($"figures read:      {entries.Sum(e => e.Report.Document?.Figures.Count ?? 0) / (double)(entries.Count * 200):P1}");
            Console.WriteLine($"continuity breaks: {entries.Count(e => e.Report.Findings.Any(f => f.Rule == "carry.continuity"))} reports");
            Console.WriteLine($"peak memory:       {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MiB");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
