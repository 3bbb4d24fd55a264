using System.Globalization;
using Disclosure.Rendering.Pages;

namespace Disclosure.Rendering.Status;

/// <summary>
/// The openness office's status page for a year (<see cref="StatusDocument"/>): the same shell and stylesheet as the
/// report and validation pages, no script, readable at 375 px. Every office name and message is encoded by Razor.
/// </summary>
public static class StatusPage
{

    /// <summary>The states in the order sorting by state lists them.</summary>
    public static IReadOnlyList<StatusPageState> StatesInOrder { get; } =
        [StatusPageState.Failed, StatusPageState.Rejected, StatusPageState.Missing, StatusPageState.Accepted];

    /// <summary>Key totals of the consolidated figures: cell key and the form's wording.</summary>
    public static IReadOnlyList<(string Key, string Label)> KeyTotals { get; } =
    [
        ("requests.received.total", "本年新收政府信息公开申请数量"),
        ("requests.carried_over.total", "上年结转政府信息公开申请数量"),
        ("requests.disclosed.total", "予以公开"),
        ("requests.partly_disclosed.total", "部分公开"),
        ("requests.handled_total.total", "办理结果总计"),
        ("requests.carried_forward.total", "结转下年度继续办理"),
        ("appeals.review.total", "行政复议总计"),
        ("appeals.litigation_direct.total", "未经复议直接起诉总计"),
        ("appeals.litigation_after_review.total", "复议后起诉总计"),
    ];

    public static string Render(StatusPageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return PageRenderer.Render<StatusDocument>(new Dictionary<string, object?> { [nameof(StatusDocument.Model)] = model });
    }

    /// <summary>Offices in the order of a sort key: by id; by state (attention first), then id; by errors (most first), then id.</summary>
    public static IReadOnlyList<StatusPageOffice> Sorted(IEnumerable<StatusPageOffice> offices, string sort) => sort switch
    {
        StatusSort.State => [.. offices.OrderBy(o => o.State).ThenBy(o => o.OfficeId, StringComparer.Ordinal)],
        StatusSort.Errors => [.. offices.OrderByDescending(o => o.Errors).ThenByDescending(o => o.Warnings).ThenBy(o => o.OfficeId, StringComparer.Ordinal)],
        _ => [.. offices.OrderBy(o => o.OfficeId, StringComparer.Ordinal)],
    };

    public static string Label(StatusPageState state) => state switch
    {
        StatusPageState.Accepted => "已通过",
        StatusPageState.Rejected => "被退回",
        StatusPageState.Missing => "未提交",
        _ => "处理失败",
    };

    public static string StateName(StatusPageState state) => state switch
    {
        StatusPageState.Accepted => "accepted",
        StatusPageState.Rejected => "rejected",
        StatusPageState.Missing => "missing",
        _ => "failed",
    };

    internal static string StateClass(StatusPageState state) => "state " + StateName(state);

    internal static string SortLabel(string sort) => sort switch
    {
        StatusSort.State => "按状态",
        StatusSort.Errors => "按错误数",
        _ => "按机关代码",
    };


    internal static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    internal static string DaysLeft(int days) => days switch
    {
        > 0 => $"还剩 {days} 天",
        0 => "今天截止",
        _ => $"已过 {-days} 天",
    };

    internal static int PercentValue(double share) => (int)Math.Floor(Math.Clamp(share, 0, 1) * 100);

    internal static string Percent(double share) => (Math.Clamp(share, 0, 1) * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    internal static string Figure(IReadOnlyDictionary<string, decimal> figures, string key) =>
        figures.TryGetValue(key, out var value) ? value.ToString(CultureInfo.InvariantCulture) : "—";
}
