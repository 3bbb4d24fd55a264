using Disclosure.Validation;

namespace Disclosure.Form;

/// <summary>
/// The 2021 edition's arithmetic rules (FORM.md, "Arithmetic rules of the form"), expanded per column,
/// row and group; ids, severities and wording are the catalogue's (<see cref="Rules"/>).
/// </summary>
internal static class FormRules2021
{
    public static IReadOnlyList<ArithmeticCheck> ArithmeticChecks(FormEdition form)
    {
        var checks = new List<ArithmeticCheck>();
        var requests = form.Requests;
        var outcomes = form.RequestOutcomes;

        foreach (var column in requests.Columns)
        {
            FigureDefinition F(string row) => form.Figure(requests, row, column.Code);
            checks.Add(new ArithmeticCheck(Rules.RequestsBalance, F("carried_forward"),
                [F("received"), F("carried_over")], [F("handled_total")], Comparison.Equal));
            checks.Add(new ArithmeticCheck(Rules.RequestsHandledSum, F("handled_total"),
                [.. outcomes.Select(r => F(r.Code))], [], Comparison.Equal));
        }

        var applicants = requests.Columns.Where(c => c.Code != "total").ToArray();
        foreach (var row in requests.Rows)
        {
            checks.Add(new ArithmeticCheck(Rules.RequestsColumnSum, form.Figure(requests, row.Code, "total"),
                [.. applicants.Select(c => form.Figure(requests, row.Code, c.Code))], [], Comparison.Equal));
        }

        var appeals = form.Appeals;
        var results = appeals.Columns.Where(c => c.Code != "total").ToArray();
        foreach (var group in appeals.Rows)
        {
            checks.Add(new ArithmeticCheck(Rules.AppealsGroupSum, form.Figure(appeals, group.Code, "total"),
                [.. results.Select(c => form.Figure(appeals, group.Code, c.Code))], [], Comparison.Equal));
        }

        var art20_1 = form.Section("proactive").Tables.Single(t => t.Code == "art20_1");
        foreach (var row in art20_1.Rows)
        {
            checks.Add(new ArithmeticCheck(Rules.ProactiveInForce, form.Figure(art20_1, row.Code, "in_force"),
                [form.Figure(art20_1, row.Code, "issued")], [], Comparison.AtLeast));
        }

        return checks;
    }

    public static IReadOnlyList<ContinuityCheck> ContinuityChecks(FormEdition form)
    {
        var requests = form.Requests;
        return
        [
            .. requests.Columns.Select(c => new ContinuityCheck(Rules.CarryContinuity,
                form.Figure(requests, "carried_over", c.Code), form.Figure(requests, "carried_forward", c.Code))),
        ];
    }
}
