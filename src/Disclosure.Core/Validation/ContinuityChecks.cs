using Disclosure.Reading;

namespace Disclosure.Validation;

/// <summary>This year's 上年结转 must be last year's 结转下年度继续办理 (warning: a body may correct last year's count).</summary>
internal static class ContinuityChecks
{
    public static void Run(FormDocument document, ReadResult previous, List<Finding> findings)
    {
        if (previous.Document is null)
        {
            var reason = previous.Findings.FirstOrDefault()?.Message ?? "无法读取";
            findings.Add(Rules.CarryPreviousUnreadable.Raise(reason));
            return;
        }

        foreach (var check in document.Form.ContinuityChecks)
        {
            if (document.Figures.TryGetValue(check.Cell.Key, out var current) &&
                previous.Document.Figures.TryGetValue(check.PreviousYearCell.Key, out var before) &&
                current != before)
            {
                findings.Add(check.Rule.RaiseAt(check.Cell.Key, document.LocationOf(check.Cell.Key),
                    check.Cell.Label, FigureText.Format(current), FigureText.Format(before)));
            }
        }
    }
}
