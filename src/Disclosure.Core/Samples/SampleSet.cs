using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Workbooks;

namespace Disclosure.Samples;

/// <summary>
/// A district's figures split across its offices: each office's 200 figures as it submits them (one office
/// with the seed's slip), and that office's corrected figures.
/// </summary>
public sealed class SampleSet
{
    internal SampleSet(
        int year,
        FormEdition form,
        IReadOnlyList<SampleOffice> offices,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> figures,
        string slippedOfficeId,
        IReadOnlyDictionary<string, decimal> correctedFigures)
    {
        Year = year;
        Form = form;
        Offices = offices;
        Figures = figures;
        SlippedOfficeId = slippedOfficeId;
        CorrectedFigures = correctedFigures;
    }

    public int Year { get; }

    public FormEdition Form { get; }

    /// <summary>The roster, in its order.</summary>
    public IReadOnlyList<SampleOffice> Offices { get; }

    /// <summary>Each office's figures by office id, as submitted: the slipped office's with its slip.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> Figures { get; }

    /// <summary>The office whose submitted figures carry the slip (rejected by <c>requests.handled_sum</c>).</summary>
    public string SlippedOfficeId { get; }

    public SampleOffice SlippedOffice => Offices.Single(o => o.Id == SlippedOfficeId);

    /// <summary>The slipped office's corrected figures: the missing application filed under an outcome row; every rule holds.</summary>
    public IReadOnlyDictionary<string, decimal> CorrectedFigures { get; }

    /// <summary>The sum over all offices' submitted figures, for every key: equal to the seed's tables.</summary>
    public IReadOnlyDictionary<string, decimal> Sum() =>
        Form.Figures.ToDictionary(f => f.Key, f => Offices.Sum(o => Figures[o.Id][f.Key]), StringComparer.Ordinal);

    /// <summary>The metadata of an office's workbook, in the form's order (meta.contact left blank).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata(SampleOffice office) =>
    [
        new(NationalForm.MetaOfficeId, office.Id),
        new(NationalForm.MetaOfficeName, office.Name),
        new(NationalForm.MetaYear, Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new(NationalForm.MetaTemplateVersion, TemplateWriter.TemplateVersion),
        new(NationalForm.MetaContact, string.Empty),
    ];

    /// <summary>An office's submission as a document (metadata and figures), as a reader would give it.</summary>
    public FormDocument ToDocument(string officeId, bool corrected = false)
    {
        var office = Offices.Single(o => o.Id == officeId);
        if (corrected && officeId != SlippedOfficeId)
        {
            throw new ArgumentException($"Only the slipped office ({SlippedOfficeId}) has a corrected version.", nameof(corrected));
        }

        var document = new FormDocument(Form, DocumentKind.OfficeSubmission);
        foreach (var (key, value) in Metadata(office))
        {
            document.SetMetadata(key, value, null);
        }

        var figures = corrected ? CorrectedFigures : Figures[officeId];
        foreach (var figure in Form.Figures)
        {
            document.SetFigure(figure.Key, figures[figure.Key], null);
        }

        return document;
    }
}
