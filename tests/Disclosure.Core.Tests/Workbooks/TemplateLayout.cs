namespace Disclosure.Tests.Workbooks;

/// <summary>
/// Where the product's template puts a figure, typed by hand from the sheet as a clerk sees it, not from its
/// defined names (the names are what the reader follows, so they cannot be the test's answer). On 统计表 the label
/// columns are A–C and figures start in D; the tables follow FORM.md's order top to bottom:
/// 二 from row 11 (第(一)项 rows 13–14 in columns D–F 本年制发件数, 本年废止件数, 现行有效件数; 第(五)项 row 17;
/// 第(六)项 rows 20–21; 第(八)项 row 24), 三 from row 26 (the 25 rows 一 … 四 on rows 30–54, the seven applicant
/// columns 自然人 … 总计 in D–J), 四 from row 56 (one row of figures, row 60: 行政复议 D–H, 未经复议直接起诉 I–M,
/// 复议后起诉 N–R, each 结果维持, 结果纠正, 其他结果, 尚未审结, 总计). The first and last figure of every table, and
/// a few inside.
/// </summary>
public static class TemplateLayout
{
    public const string Sheet = "统计表";

    public static TheoryData<string, string> Figures => new()
    {
        { "proactive.art20_1.regulations.issued", "统计表!D13" },
        { "proactive.art20_1.regulations.in_force", "统计表!F13" },
        { "proactive.art20_1.normative_documents.repealed", "统计表!E14" },
        { "proactive.art20_1.normative_documents.in_force", "统计表!F14" },
        { "proactive.art20_5.licensing.decisions", "统计表!D17" },
        { "proactive.art20_6.penalty.decisions", "统计表!D20" },
        { "proactive.art20_6.coercion.decisions", "统计表!D21" },
        { "proactive.art20_8.fees.amount_10k_yuan", "统计表!D24" },
        { "requests.received.natural_person", "统计表!D30" },
        { "requests.received.total", "统计表!J30" },
        { "requests.carried_over.enterprise", "统计表!E31" },
        { "requests.disclosed.research", "统计表!F32" },
        { "requests.partly_disclosed.public_interest", "统计表!G33" },
        { "requests.withheld.state_secret.legal_service", "统计表!H34" },
        { "requests.withheld.administrative_query.other_org", "统计表!I41" },
        { "requests.unavailable.not_held.natural_person", "统计表!D42" },
        { "requests.not_processed.confirmation.total", "统计表!J49" },
        { "requests.other.no_correction.enterprise", "统计表!E50" },
        { "requests.other.other.natural_person", "统计表!D52" },
        { "requests.handled_total.natural_person", "统计表!D53" },
        { "requests.handled_total.total", "统计表!J53" },
        { "requests.carried_forward.natural_person", "统计表!D54" },
        { "requests.carried_forward.total", "统计表!J54" },
        { "appeals.review.upheld", "统计表!D60" },
        { "appeals.review.total", "统计表!H60" },
        { "appeals.litigation_direct.upheld", "统计表!I60" },
        { "appeals.litigation_direct.pending", "统计表!L60" },
        { "appeals.litigation_after_review.corrected", "统计表!O60" },
        { "appeals.litigation_after_review.total", "统计表!R60" },
    };

    /// <summary>The metadata block above the tables: labels in A, values from D.</summary>
    public static TheoryData<string, string> Metadata => new()
    {
        { "meta.office_id", "统计表!D4" },
        { "meta.office_name", "统计表!D5" },
        { "meta.year", "统计表!D6" },
        { "meta.template_version", "统计表!D7" },
        { "meta.contact", "统计表!D8" },
    };

    public static IEnumerable<(string Key, string Location)> FigureCells =>
        Figures.Select(row => ((string)row[0], (string)row[1]));

    public static (string Sheet, string Cell) Split(string location)
    {
        var bang = location.IndexOf('!', StringComparison.Ordinal);
        return (location[..bang], location[(bang + 1)..]);
    }
}
