using System.Globalization;
using Disclosure.Form;
using Disclosure.Narratives;
using Disclosure.Reading;
using Disclosure.Reports;

namespace Disclosure.Submissions;

/// <summary>
/// An office's accepted statistics for one report year, free of storage: the figures on the form's edition for that
/// year, the narrative when the office gave one, and the upload it came from. Aggregation and rendering read this;
/// Table Storage keeps it as the office's current row.
/// </summary>
public sealed record Submission
{
    public required string OfficeId { get; init; }

    public required int Year { get; init; }

    /// <summary>The office's name as the roster or the file gave it.</summary>
    public string? OfficeName { get; init; }

    public required FormEdition Edition { get; init; }

    /// <summary>Figures by cell key, as reported (totals are never recomputed).</summary>
    public required IReadOnlyDictionary<string, decimal> Figures { get; init; }

    /// <summary>
    /// Narrative sections (一、五、六) by section code, each in the canonical stored form (<see cref="NarrativeMarkdown"/>:
    /// Markdown that reads back into the same blocks); empty when there is none. <see cref="ReadNarrative"/> gives the model.
    /// </summary>
    public IReadOnlyDictionary<string, string> Narrative { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public required SubmissionSource Source { get; init; }

    /// <summary>An accepted document as the submission of <paramref name="officeId"/> for <paramref name="year"/> (the upload path decides both).</summary>
    public static Submission FromDocument(FormDocument document, string officeId, int year, SubmissionSource source, string? officeName = null) => new()
    {
        OfficeId = officeId,
        Year = year,
        OfficeName = officeName ?? document.Metadata.GetValueOrDefault(NationalForm.MetaOfficeName),
        Edition = document.Form,
        Figures = new Dictionary<string, decimal>(document.Figures, StringComparer.Ordinal),
        Narrative = CanonicalNarrative(document),
        Source = source,
    };

    /// <summary>The narrative as the model renderers take.</summary>
    public ReportNarrative ReadNarrative() => NarrativeMarkdown.Read(Narrative);

    /// <summary>
    /// A document's narratives in the canonical form: a file's text (workbook sheet, CSV) through the text rules; a
    /// document not read from a file (<see cref="ToDocument"/>) already holds the canonical form.
    /// </summary>
    private static Dictionary<string, string> CanonicalNarrative(FormDocument document) =>
        document.Format is null
            ? new Dictionary<string, string>(document.Narratives, StringComparer.Ordinal)
            : NarrativeMarkdown.Write(NarrativeReader.FromSectionTexts(document.Narratives, document.Form));

    /// <summary>The submission as a document again (an office submission not read from a file), e.g. the previous year for carry.continuity.</summary>
    public FormDocument ToDocument()
    {
        var document = new FormDocument(Edition, DocumentKind.OfficeSubmission);
        foreach (var (key, value) in Figures)
        {
            document.SetFigure(key, value, null);
        }

        foreach (var (section, text) in Narrative)
        {
            document.Narratives[section] = text;
        }

        document.SetMetadata(NationalForm.MetaOfficeId, OfficeId, null);
        document.SetMetadata(NationalForm.MetaYear, Year.ToString(CultureInfo.InvariantCulture), null);
        if (OfficeName is not null)
        {
            document.SetMetadata(NationalForm.MetaOfficeName, OfficeName, null);
        }

        return document;
    }
}
