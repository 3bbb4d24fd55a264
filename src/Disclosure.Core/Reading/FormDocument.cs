using System.Globalization;
using Disclosure.Form;

namespace Disclosure.Reading;

/// <summary>
/// What a reader got out of a file: each figure with where it came from, the metadata, and the
/// narrative sections where the format has them. Totals are kept as reported, never recomputed.
/// </summary>
public sealed class FormDocument
{
    /// <summary>A document read from a file of <paramref name="format"/>; its kind follows from the format.</summary>
    public FormDocument(FormEdition form, SourceFormat format)
        : this(form, format.Kind())
    {
        Format = format;
    }

    /// <summary>A document not read from a file (a stored submission, figures as printed): its kind, no format.</summary>
    public FormDocument(FormEdition form, DocumentKind kind)
    {
        Form = form;
        Kind = kind;
    }

    public FormEdition Form { get; }

    /// <summary>Office submission or published report: decides which structural rules apply.</summary>
    public DocumentKind Kind { get; }

    /// <summary>The file format it was read from; null when it was not read from a file.</summary>
    public SourceFormat? Format { get; }

    /// <summary>Figures by cell key, as reported.</summary>
    public Dictionary<string, decimal> Figures { get; } = new(StringComparer.Ordinal);

    /// <summary>Where each figure or metadata value was read: "表2!C7", "第12行", "第3页".</summary>
    public Dictionary<string, string> Locations { get; } = new(StringComparer.Ordinal);

    /// <summary>Metadata by key (meta.office_id …), as text.</summary>
    public Dictionary<string, string> Metadata { get; } = new(StringComparer.Ordinal);

    /// <summary>Narrative sections (一、五、六) by section code, where the format has them.</summary>
    public Dictionary<string, string> Narratives { get; } = new(StringComparer.Ordinal);

    /// <summary>Cells a reader already reported a finding for (unreadable value and the like), so validation does not call them missing.</summary>
    public HashSet<string> CellsWithReadFindings { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Figures a reader found but could not read with certainty (a run of digits with more than one valid split): the
    /// rest of the document is read and checked, and the verdict says it was read in part. Each has a finding.
    /// </summary>
    public HashSet<string> UnreadFigures { get; } = new(StringComparer.Ordinal);

    /// <summary>True when some figures could not be read (<see cref="UnreadFigures"/>).</summary>
    public bool IsReadInPart => UnreadFigures.Count > 0;

    public string? LocationOf(string key) => Locations.GetValueOrDefault(key);

    /// <summary>meta.year as a four-digit year ("2023" or "2023年"), when the file states one that parses.</summary>
    public bool TryGetStatedYear(out int year)
    {
        year = 0;
        return Metadata.TryGetValue(NationalForm.MetaYear, out var text) &&
            int.TryParse(text.Trim().TrimEnd('年'), NumberStyles.None, CultureInfo.InvariantCulture, out year) &&
            year is >= 1000 and <= 9999;
    }

    public void SetFigure(string key, decimal value, string? location)
    {
        Figures[key] = value;
        if (location is not null)
        {
            Locations[key] = location;
        }
    }

    public void SetMetadata(string key, string value, string? location)
    {
        Metadata[key] = value;
        if (location is not null)
        {
            Locations[key] = location;
        }
    }
}
