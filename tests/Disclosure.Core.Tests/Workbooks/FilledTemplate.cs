using Disclosure.Form;
using Disclosure.Workbooks;

namespace Disclosure.Tests.Workbooks;

/// <summary>Blank and filled templates as bytes, for any test that needs an office workbook.</summary>
public static class FilledTemplate
{
    public static TemplateRequest DefaultRequest { get; } = new("220105001", "长春市二道区人民政府办公室", 2023, "王五 0431-89177997");

    public static byte[] Blank(TemplateRequest? request = null, FormEdition? form = null)
    {
        using var stream = new MemoryStream();
        TemplateWriter.Write(stream, request ?? DefaultRequest, form);
        return stream.ToArray();
    }

    /// <summary>
    /// A template with the given figures (and narratives by section code) typed in. Figures not given stay
    /// blank, so pass every key for a complete submission.
    /// </summary>
    public static byte[] Create(
        IReadOnlyDictionary<string, decimal> figures,
        TemplateRequest? request = null,
        IReadOnlyDictionary<string, string>? narratives = null,
        FormEdition? form = null) =>
        WorkbookEditing.Edit(Blank(request, form), editor =>
        {
            foreach (var (key, value) in figures)
            {
                editor.SetNumber(WorkbookNames.ForKey(key), value);
            }

            foreach (var (section, text) in narratives ?? new Dictionary<string, string>())
            {
                editor.SetText(WorkbookNames.NarrativePrefix + section, text);
            }
        });

    /// <summary>Every figure a different value (1, 2, 3 … in the form's order; the fee a decimal), so a cell read from the wrong place shows.</summary>
    public static Dictionary<string, decimal> DistinctFigures(FormEdition? form = null)
    {
        form ??= NationalForm.Current;
        return form.Figures
            .Select((f, i) => (f.Key, Value: f.Kind == FigureKind.Amount10kYuan ? 1190.1234m + i : i + 1))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>Figures that satisfy every arithmetic rule of the form: a clean submission.</summary>
    public static Dictionary<string, decimal> ConsistentFigures(FormEdition? form = null)
    {
        form ??= NationalForm.Current;
        var figures = form.Figures.ToDictionary(f => f.Key, _ => 0m, StringComparer.Ordinal);
        figures["proactive.art20_1.normative_documents.issued"] = 3;
        figures["proactive.art20_1.normative_documents.in_force"] = 9;
        figures["proactive.art20_5.licensing.decisions"] = 6734;
        figures["proactive.art20_8.fees.amount_10k_yuan"] = 12.5m;
        void Request(string row, decimal person, decimal enterprise)
        {
            figures[$"requests.{row}.natural_person"] = person;
            figures[$"requests.{row}.enterprise"] = enterprise;
            figures[$"requests.{row}.total"] = person + enterprise;
        }

        Request("received", 20, 4);
        Request("carried_over", 2, 0);
        Request("disclosed", 10, 2);
        Request("unavailable.not_held", 7, 1);
        Request("handled_total", 17, 3);
        Request("carried_forward", 5, 1);
        figures["appeals.review.upheld"] = 2;
        figures["appeals.review.total"] = 2;
        return figures;
    }
}
