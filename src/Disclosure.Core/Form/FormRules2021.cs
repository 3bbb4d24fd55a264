namespace Disclosure.Form;

/// <summary>The 2021 edition's arithmetic rules (FORM.md, "Arithmetic rules of the form"), expanded per column, row and group.</summary>
internal static class FormRules2021
{
    public const string RequestsBalance = "requests.balance";
    public const string RequestsHandledSum = "requests.handled_sum";
    public const string RequestsColumnSum = "requests.column_sum";
    public const string AppealsGroupSum = "appeals.group_sum";
    public const string CarryContinuity = "carry.continuity";
    public const string ProactiveInForce = "proactive.in_force";

    public static IReadOnlyList<ArithmeticCheck> ArithmeticChecks(FormEdition form)
    {
        var checks = new List<ArithmeticCheck>();
        var requests = form.Requests;
        var outcomes = form.RequestOutcomes;

        foreach (var column in requests.Columns)
        {
            FigureDefinition F(string row) => form.Figure(requests, row, column.Code);
            checks.Add(new ArithmeticCheck(RequestsBalance, Severity.Error, F("carried_forward"),
                [F("received"), F("carried_over")], [F("handled_total")], Comparison.Equal,
                $"按“{NationalForm.RequestsBalanceNote}”应为"));
            checks.Add(new ArithmeticCheck(RequestsHandledSum, Severity.Error, F("handled_total"),
                [.. outcomes.Select(r => F(r.Code))], [], Comparison.Equal, "各项合计"));
        }

        var applicants = requests.Columns.Where(c => c.Code != "total").ToArray();
        foreach (var row in requests.Rows)
        {
            checks.Add(new ArithmeticCheck(RequestsColumnSum, Severity.Error, form.Figure(requests, row.Code, "total"),
                [.. applicants.Select(c => form.Figure(requests, row.Code, c.Code))], [], Comparison.Equal, "各类申请人合计"));
        }

        var appeals = form.Appeals;
        var results = appeals.Columns.Where(c => c.Code != "total").ToArray();
        foreach (var group in appeals.Rows)
        {
            checks.Add(new ArithmeticCheck(AppealsGroupSum, Severity.Error, form.Figure(appeals, group.Code, "total"),
                [.. results.Select(c => form.Figure(appeals, group.Code, c.Code))], [], Comparison.Equal,
                "结果维持、结果纠正、其他结果、尚未审结合计"));
        }

        var art20_1 = form.Section("proactive").Tables.Single(t => t.Code == "art20_1");
        foreach (var row in art20_1.Rows)
        {
            checks.Add(new ArithmeticCheck(ProactiveInForce, Severity.Warning, form.Figure(art20_1, row.Code, "in_force"),
                [form.Figure(art20_1, row.Code, "issued")], [], Comparison.AtLeast, "少于本年制发件数"));
        }

        return checks;
    }

    public static IReadOnlyList<ContinuityCheck> ContinuityChecks(FormEdition form)
    {
        var requests = form.Requests;
        return
        [
            .. requests.Columns.Select(c => new ContinuityCheck(CarryContinuity, Severity.Warning,
                form.Figure(requests, "carried_over", c.Code), form.Figure(requests, "carried_forward", c.Code),
                "上年度“四、结转下年度继续办理”为")),
        ];
    }
}
