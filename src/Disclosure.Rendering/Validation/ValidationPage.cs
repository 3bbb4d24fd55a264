using Disclosure.Form;
using Disclosure.Rendering.Pages;
using Disclosure.Validation;

namespace Disclosure.Rendering.Validation;

/// <summary>
/// The validation report as one self-contained HTML page (inline CSS, no scripts) that an office clerk can read: the
/// verdict, then each finding with the form's label of the cell to fix and where it is. A Razor component
/// (<see cref="ValidationDocument"/>) on the report page's engine and stylesheet; every piece of text from the file is
/// HTML-encoded by Razor.
/// </summary>
public static class ValidationPage
{

    public static string Render(ValidationReport report, ValidationPageContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(context);
        return PageRenderer.Render<ValidationDocument>(new Dictionary<string, object?>
        {
            [nameof(ValidationDocument.Report)] = report,
            [nameof(ValidationDocument.Context)] = context,
        });
    }

    internal static string Verdict(ValidationReport report, bool accepted) => accepted
        ? report.WarningCount == 0 ? "通过:符合年度报告格式的全部规则。" : $"通过:没有错误,有 {report.WarningCount} 个警告请核实。"
        : report.Status == ValidationStatus.Unreadable
            ? "退回:文件无法读取。"
            : $"退回:有 {report.ErrorCount} 个错误、{report.WarningCount} 个警告,请修改后重新上传。";

    internal static string CellLabel(FindingLine line)
    {
        if (line.Cells.Count == 0)
        {
            return "—";
        }

        // A figure's section heads its label; a whole table's label already starts with it.
        return NationalForm.Current.TryGetFigure(line.Cells[0], out var figure) && !line.Subject!.StartsWith(figure.Section.Title, StringComparison.Ordinal)
            ? $"{figure.Section.Title} — {line.Subject}"
            : line.Subject ?? line.Cells[0];
    }
}
