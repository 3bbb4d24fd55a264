using System.Globalization;
using Disclosure.Rendering.Pages;

namespace Disclosure.Rendering.OfficePages;

/// <summary>
/// The pages an office reaches through its link: its upload page, an upload's verdict, and the refusal of a link that
/// cannot be used. Razor components on the shared shell and stylesheet; no script (the verdict page reloads itself with
/// a meta refresh while ingest runs).
/// </summary>
public static class OfficePage
{
    public static string Render(OfficePageModel model) =>
        PageRenderer.Render<OfficeDocument>(new Dictionary<string, object?> { [nameof(OfficeDocument.Model)] = model });

    public static string RenderVerdict(OfficeVerdictModel model) =>
        PageRenderer.Render<OfficeVerdictDocument>(new Dictionary<string, object?> { [nameof(OfficeVerdictDocument.Model)] = model });

    public static string RenderRefusal(string title, string message) => PageRenderer.Render<OfficeRefusalDocument>(new Dictionary<string, object?>
    {
        [nameof(OfficeRefusalDocument.Heading)] = title,
        [nameof(OfficeRefusalDocument.Message)] = message,
    });

    internal static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    internal static string DaysLeft(int days) => days switch
    {
        > 0 => $"还有 {days} 天",
        0 => "今天截止",
        _ => $"已过截止日期 {-days} 天",
    };

    internal static string StateText(OfficeUploadRow row) => row.State switch
    {
        OfficeUploadState.Pending => "校验中",
        OfficeUploadState.Accepted => row.Warnings == 0 ? "已通过" : $"已通过({row.Warnings} 个警告)",
        OfficeUploadState.Rejected => $"被退回({row.Errors} 个错误)",
        OfficeUploadState.Duplicate => row.Errors == 0 ? "重复上传(已通过)" : $"重复上传(被退回,{row.Errors} 个错误)",
        _ => "处理失败",
    };

    internal static string StateClass(OfficeUploadState state) => state switch
    {
        OfficeUploadState.Accepted => "state accepted",
        OfficeUploadState.Rejected or OfficeUploadState.Failed => "state rejected",
        _ => "state missing",
    };

    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);
}
