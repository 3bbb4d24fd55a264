using Disclosure.Form;

namespace Disclosure.Tests.Validation;

/// <summary>
/// Makes random forms that satisfy every rule of FORM.md, built from the independent figures up
/// (totals derived), so tests can break exactly one figure and know what must be found.
/// </summary>
public static class ConsistentForms
{
    public static Dictionary<string, decimal> Create(int seed, int scale = 50)
    {
        var random = new Random(seed);
        var form = NationalForm.Current;
        var figures = new Dictionary<string, decimal>(StringComparer.Ordinal);
        int Next() => random.Next(4) == 0 ? 0 : random.Next(scale + 1);

        foreach (var row in new[] { "regulations", "normative_documents" })
        {
            var issued = Next();
            figures[$"proactive.art20_1.{row}.issued"] = issued;
            figures[$"proactive.art20_1.{row}.repealed"] = Next();
            figures[$"proactive.art20_1.{row}.in_force"] = issued + Next();
        }

        figures["proactive.art20_5.licensing.decisions"] = Next() * 100;
        figures["proactive.art20_6.penalty.decisions"] = Next();
        figures["proactive.art20_6.coercion.decisions"] = Next();
        figures["proactive.art20_8.fees.amount_10k_yuan"] = random.Next(0, 100_000_000) / 10_000m;

        var requests = form.Requests;
        var applicants = requests.Columns.Where(c => c.Code != "total").Select(c => c.Code).ToArray();
        var outcomes = form.RequestOutcomes.Select(r => r.Code).ToArray();
        foreach (var column in applicants)
        {
            decimal handled = 0;
            foreach (var outcome in outcomes)
            {
                var value = random.Next(3) == 0 ? Next() : 0;
                figures[$"requests.{outcome}.{column}"] = value;
                handled += value;
            }

            var forward = Next();
            var carriedOver = random.Next((int)(handled + forward) + 1);
            figures[$"requests.handled_total.{column}"] = handled;
            figures[$"requests.carried_forward.{column}"] = forward;
            figures[$"requests.carried_over.{column}"] = carriedOver;
            figures[$"requests.received.{column}"] = handled + forward - carriedOver;
        }

        foreach (var row in requests.Rows)
        {
            figures[$"requests.{row.Code}.total"] = applicants.Sum(c => figures[$"requests.{row.Code}.{c}"]);
        }

        foreach (var group in form.Appeals.Rows)
        {
            decimal total = 0;
            foreach (var result in new[] { "upheld", "corrected", "other", "pending" })
            {
                var value = random.Next(3) == 0 ? Next() : 0;
                figures[$"appeals.{group.Code}.{result}"] = value;
                total += value;
            }

            figures[$"appeals.{group.Code}.total"] = total;
        }

        return figures;
    }

    public static Dictionary<string, string> Metadata(int year = 2023) => new()
    {
        [NationalForm.MetaOfficeId] = "edu",
        [NationalForm.MetaOfficeName] = "二道区教育局",
        [NationalForm.MetaYear] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [NationalForm.MetaTemplateVersion] = Disclosure.Workbooks.TemplateWriter.TemplateVersion,
        [NationalForm.MetaContact] = "张三 0431-12345678",
    };
}
