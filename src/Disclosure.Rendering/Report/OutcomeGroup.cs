using Disclosure.Form;
using Disclosure.Reports;

namespace Disclosure.Rendering.Report;

/// <summary>
/// One bar of the page's chart: a group of 三's outcome rows ((一)予以公开, (三)不予公开 with its eight rows …) and its
/// figure in the table's last column (总计). Drawn from the form model: <see cref="FormEdition.RequestOutcomes"/> and
/// each row's <see cref="FormRow.GroupLabels"/>.
/// </summary>
internal sealed record OutcomeGroup(string Label, decimal Value)
{
    public static IReadOnlyList<OutcomeGroup> From(AnnualReport report)
    {
        var form = report.Edition;
        var total = form.Requests.Columns[^1];
        // The outcome rows share the heading above them all (三、本年度办理结果); the next heading down, or the row
        // itself when it has none, is its group.
        var depth = form.RequestOutcomes.Min(r => r.GroupLabels.Count);
        return
        [
            .. form.RequestOutcomes
                .GroupBy(r => r.GroupLabels.Count > depth ? r.GroupLabels[depth] : r.Label, StringComparer.Ordinal)
                .Select(g => new OutcomeGroup(Short(g.Key), g.Sum(r => report.Figure(form.Figure(form.Requests, r.Code, total.Code).Key)))),
        ];
    }

    /// <summary>"(二)部分公开(区分处理的,只计这一情形,不计其他情形)" → "(二)部分公开": the numbered label without its note.</summary>
    private static string Short(string label)
    {
        var numbered = label.Length > 0 && label[0] is '(' or '（' ? label.IndexOfAny([')', '）']) : -1;
        var note = label.IndexOfAny(['(', '（'], numbered + 1);
        return note > 0 ? label[..note] : label;
    }
}
