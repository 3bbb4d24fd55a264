using Disclosure.Form;
using Disclosure.Validation;

namespace Disclosure.Reports;

/// <summary>
/// One 政府信息公开工作年度报告, ready to render: whose it is, the year, all 200 figures (generated sections
/// 二、三、四), the narrative (一、五、六), the submissions that went into it and the findings of the form's
/// rules on its figures. Every output (PDF, web page, open data) is drawn from this and nothing else.
/// </summary>
public sealed record AnnualReport
{
    public required ReportBody Body { get; init; }

    public required int Year { get; init; }

    public required FormEdition Edition { get; init; }

    /// <summary>Figures by cell key: every figure of the edition, in any order (renderers walk the form).</summary>
    public required IReadOnlyDictionary<string, decimal> Figures { get; init; }

    public required ReportNarrative Narrative { get; init; }

    /// <summary>The submission of each office that went in: one for an office's report, every accepted one for the consolidated.</summary>
    public required IReadOnlyList<IncludedSubmission> Offices { get; init; }

    /// <summary>Findings of the form's rules run on these figures (for a consolidated report, on the sum), and of the narrative.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>The published version (1, 2, …); null for a draft or an offline render.</summary>
    public int? Version { get; init; }

    public DateTimeOffset? PublishedUtc { get; init; }

    /// <summary>"长春市二道区2022年政府信息公开工作年度报告".</summary>
    public string Title => $"{Body.Name}{TitleYearLine}";

    /// <summary>The title's second line as official reports print it: "2022年政府信息公开工作年度报告".</summary>
    public string TitleYearLine => $"{Year}年政府信息公开工作年度报告";

    public decimal Figure(string key) => Figures.TryGetValue(key, out var value) ? value : 0m;
}
