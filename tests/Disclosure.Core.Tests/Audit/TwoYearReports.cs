using System.Globalization;
using Disclosure.Tests.PublishedReports;
using Disclosure.Tests.Validation;

namespace Disclosure.Tests.Audit;

/// <summary>
/// Writes a folder of published reports of two years for several bodies, titled …年…政府信息公开工作年度报告, whose
/// 上年结转 follow last year's 结转下年度继续办理 except in the bodies named broken.
/// </summary>
public static class TwoYearReports
{
    public const int Year = 2024;

    /// <summary>A body's name, its number in Chinese digits (a title's body is the Chinese text beside the year).</summary>
    public static string Body(int index) =>
        "测试县" + string.Concat(index.ToString(CultureInfo.InvariantCulture).Select(d => "零一二三四五六七八九"[d - '0'])) + "号局";

    /// <summary>Writes bodies × 2 reports under <paramref name="root"/>/2023 and /2024; the broken ones get a carry-over 1 to 5 off.</summary>
    public static void Write(string root, int bodies, IReadOnlySet<int> broken, bool flattened = false)
    {
        Directory.CreateDirectory(Path.Combine(root, "2023"));
        Directory.CreateDirectory(Path.Combine(root, "2024"));
        for (var b = 0; b < bodies; b++)
        {
            var (previous, current) = Linked(1000 + b, broken.Contains(b) ? 1 + (b % 5) : 0);
            File.WriteAllText(Path.Combine(root, "2023", $"body{b:D4}.txt"), Render(Body(b), Year - 1, previous, flattened));
            File.WriteAllText(Path.Combine(root, "2024", $"body{b:D4}.txt"), Render(Body(b), Year, current, flattened));
        }
    }

    public static string Render(string body, int year, IReadOnlyDictionary<string, decimal> figures, bool flattened) =>
        $"{body}{year.ToString(CultureInfo.InvariantCulture)}年政府信息公开工作年度报告\n" + (flattened ? CrawlerTextReport.Render(figures) : SeedStyleReport.Render(figures));

    /// <summary>
    /// Two consistent years: last year's 结转下年度继续办理 is this year's 上年结转, each column; with <paramref name="slip"/>
    /// last year's carried forward (and, to keep that year's own sums, its received) is that much higher in 自然人.
    /// </summary>
    public static (Dictionary<string, decimal> Previous, Dictionary<string, decimal> Current) Linked(int seed, int slip)
    {
        var current = ConsistentForms.Create(seed);
        var previous = ConsistentForms.Create(seed + 500_000);
        foreach (var column in new[] { "natural_person", "enterprise", "research", "public_interest", "legal_service", "other_org", "total" })
        {
            var forward = current[$"requests.carried_over.{column}"];
            previous[$"requests.carried_over.{column}"] = 0;
            previous[$"requests.carried_forward.{column}"] = forward;
            previous[$"requests.received.{column}"] = previous[$"requests.handled_total.{column}"] + forward;
        }

        foreach (var column in new[] { "natural_person", "total" })
        {
            previous[$"requests.carried_forward.{column}"] += slip;
            previous[$"requests.received.{column}"] += slip;
        }

        return (previous, current);
    }
}
