using System.Collections.Frozen;
using Disclosure.Form;
using Disclosure.Reading;

namespace Disclosure.Samples;

/// <summary>
/// The 200 figures of the seed report (长春市二道区 2022 年政府信息公开工作年度报告, sections 二, 三 and 四),
/// typed in from shared/seed/erdao-2022-annual-report.txt exactly as printed, slip included: its (七)总计
/// is 165 for 自然人 and 177 in 总计 while its outcome rows add up to 164 and 176.
/// </summary>
public static class SeedFigures2022
{
    public const int Year = 2022;

    /// <summary>Every figure by cell key, as printed.</summary>
    public static IReadOnlyDictionary<string, decimal> Figures { get; } = Build();

    /// <summary>The figures as a published report's document (no metadata), for the validator.</summary>
    public static FormDocument ToDocument(FormEdition? form = null)
    {
        var document = new FormDocument(form ?? NationalForm.Edition2021, DocumentKind.PublishedReport);
        foreach (var (key, value) in Figures)
        {
            document.SetFigure(key, value, null);
        }

        return document;
    }

    private static FrozenDictionary<string, decimal> Build()
    {
        var figures = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            // 二、主动公开政府信息情况
            ["proactive.art20_1.regulations.issued"] = 0,
            ["proactive.art20_1.regulations.repealed"] = 0,
            ["proactive.art20_1.regulations.in_force"] = 0,
            ["proactive.art20_1.normative_documents.issued"] = 3,
            ["proactive.art20_1.normative_documents.repealed"] = 0,
            ["proactive.art20_1.normative_documents.in_force"] = 9,
            ["proactive.art20_5.licensing.decisions"] = 6734,
            ["proactive.art20_6.penalty.decisions"] = 319,
            ["proactive.art20_6.coercion.decisions"] = 10,
            ["proactive.art20_8.fees.amount_10k_yuan"] = 1190,
        };

        // 三、收到和处理政府信息公开申请情况: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计
        (string Row, int[] Values)[] requests =
        [
            ("received", [169, 6, 0, 0, 6, 0, 181]),
            ("carried_over", [0, 0, 0, 0, 0, 0, 0]),
            ("disclosed", [60, 0, 0, 0, 0, 0, 60]),
            ("partly_disclosed", [7, 0, 0, 0, 0, 0, 7]),
            ("withheld.state_secret", [0, 0, 0, 0, 0, 0, 0]),
            ("withheld.prohibited_by_law", [0, 0, 0, 0, 0, 0, 0]),
            ("withheld.security_stability", [0, 0, 0, 0, 0, 0, 0]),
            ("withheld.third_party", [0, 0, 0, 0, 0, 0, 0]),
            ("withheld.internal_affairs", [1, 0, 0, 0, 0, 0, 1]),
            ("withheld.process_info", [0, 0, 0, 0, 0, 0, 0]),
            ("withheld.enforcement_file", [0, 0, 0, 0, 0, 0, 0]),
            ("withheld.administrative_query", [0, 0, 0, 0, 0, 0, 0]),
            ("unavailable.not_held", [43, 2, 0, 0, 2, 0, 47]),
            ("unavailable.needs_creation", [0, 0, 0, 0, 0, 0, 0]),
            ("unavailable.still_unclear", [4, 0, 0, 0, 0, 0, 4]),
            ("not_processed.petition", [2, 0, 0, 0, 0, 0, 2]),
            ("not_processed.duplicate", [9, 0, 0, 0, 0, 0, 9]),
            ("not_processed.publication", [0, 0, 0, 0, 0, 0, 0]),
            ("not_processed.excessive", [0, 0, 0, 0, 0, 0, 0]),
            ("not_processed.confirmation", [0, 0, 0, 0, 0, 0, 0]),
            ("other.no_correction", [0, 0, 0, 0, 0, 0, 0]),
            ("other.fee_unpaid", [0, 0, 0, 0, 0, 0, 0]),
            ("other.other", [38, 4, 0, 0, 4, 0, 46]),
            ("handled_total", [165, 6, 0, 0, 6, 0, 177]),
            ("carried_forward", [4, 0, 0, 0, 0, 0, 4]),
        ];
        string[] applicantColumns = ["natural_person", "enterprise", "research", "public_interest", "legal_service", "other_org", "total"];
        foreach (var (row, values) in requests)
        {
            for (var i = 0; i < applicantColumns.Length; i++)
            {
                figures[$"requests.{row}.{applicantColumns[i]}"] = values[i];
            }
        }

        // 四、政府信息公开行政复议、行政诉讼情况: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计
        (string Group, int[] Values)[] appeals =
        [
            ("review", [2, 0, 0, 0, 2]),
            ("litigation_direct", [1, 8, 0, 0, 9]),
            ("litigation_after_review", [0, 0, 0, 0, 0]),
        ];
        string[] resultColumns = ["upheld", "corrected", "other", "pending", "total"];
        foreach (var (group, values) in appeals)
        {
            for (var i = 0; i < resultColumns.Length; i++)
            {
                figures[$"appeals.{group}.{resultColumns[i]}"] = values[i];
            }
        }

        return figures.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
