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
            findings.Add(Finding.Warning(ValidationRules.PreviousUnreadable, $"上一年度的文件无法读取,未核对上年结转:{reason}"));
            return;
        }

        foreach (var check in document.Form.ContinuityChecks)
        {
            if (document.Figures.TryGetValue(check.Cell.Key, out var current) &&
                previous.Document.Figures.TryGetValue(check.PreviousYearCell.Key, out var before) &&
                current != before)
            {
                var message = $"{check.Cell.Label}:填报 {FigureText.Format(current)},{check.Expectation} {FigureText.Format(before)}";
                findings.Add(new Finding(check.RuleId, check.Severity, check.Cell.Key, document.LocationOf(check.Cell.Key), message));
            }
        }
    }
}
