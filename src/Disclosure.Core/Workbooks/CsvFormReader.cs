using System.Text.RegularExpressions;
using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.Workbooks;

/// <summary>
/// Reads the two-column <c>key,value</c> CSV (header row, one row per cell key, metadata key or
/// <c>narrative.&lt;section&gt;</c>). Decoding (UTF-8 with or without BOM, GB18030) happens before.
/// </summary>
public static partial class CsvFormReader
{
    public const string NarrativePrefix = "narrative.";

    public static bool LooksLikeCsv(string text)
    {
        var firstLine = FirstNonEmptyLine(text);
        if (firstLine is null)
        {
            return false;
        }

        var fields = CsvRecords.Parse(firstLine).First().Fields;
        return fields.Count == 2 && (IsHeader(fields) || KeyPattern().IsMatch(fields[0].Trim()));
    }

    public static ReadResult Read(string text, ReadLimits limits, FormEdition form)
    {
        var document = new FormDocument(form, SourceFormat.Csv);
        var findings = new List<Finding>();
        var seenHeader = false;
        var count = 0;
        foreach (var record in CsvRecords.Parse(text))
        {
            if (++count > limits.MaxCells)
            {
                return ReadResult.Unreadable(Rules.FileTooManyCells.Raise("CSV 的行数", $"{limits.MaxCells} 行"));
            }

            var fields = record.Fields;
            if (fields.Count == 1 && fields[0].Trim().Length == 0)
            {
                continue;
            }

            var location = $"第{record.Line}行";
            if (!seenHeader)
            {
                seenHeader = true;
                if (fields.Count == 2 && IsHeader(fields))
                {
                    continue;
                }

                findings.Add(Rules.StructureCsvNoHeader.RaiseAt(null, location));
            }

            if (fields.Count != 2)
            {
                findings.Add(Rules.StructureCsvBadRow.RaiseAt(null, location, fields.Count, Shorten(string.Join(",", fields))));
                continue;
            }

            ReadField(form, document, findings, fields[0].Trim(), fields[1].Trim(), location);
        }

        return new ReadResult(document, findings);
    }

    private static void ReadField(FormEdition form, FormDocument document, List<Finding> findings, string key, string value, string location)
    {
        if (form.IsMetadataKey(key))
        {
            if (document.Metadata.ContainsKey(key))
            {
                findings.Add(Rules.StructureDuplicateCell.RaiseAt(key, location, form.Metadata.First(m => m.Key == key).Label, document.LocationOf(key) ?? "前文"));
                return;
            }

            document.SetMetadata(key, value, location);
            return;
        }

        if (key.StartsWith(NarrativePrefix, StringComparison.Ordinal) &&
            form.NarrativeSections.Any(s => s.Code == key[NarrativePrefix.Length..]))
        {
            document.Narratives[key[NarrativePrefix.Length..]] = value;
            return;
        }

        if (!form.TryGetFigure(key, out var figure))
        {
            findings.Add(Rules.StructureUnknownKey.RaiseAt(null, location, Shorten(key), form.Title));
            return;
        }

        if (document.Figures.ContainsKey(key) || document.CellsWithReadFindings.Contains(key))
        {
            findings.Add(Rules.StructureDuplicateCell.RaiseAt(key, location, figure.Label, document.LocationOf(key) ?? "前文"));
            document.CellsWithReadFindings.Add(key);
            return;
        }

        if (value.Length == 0)
        {
            findings.Add(Rules.CellBlank.RaiseAt(key, location, figure.Label));
            document.CellsWithReadFindings.Add(key);
            document.Locations[key] = location;
            return;
        }

        if (!FigureText.TryParse(value, out var number))
        {
            findings.Add(Rules.CellNotANumber.RaiseAt(key, location, figure.Label, Shorten(value)));
            document.CellsWithReadFindings.Add(key);
            document.Locations[key] = location;
            return;
        }

        document.SetFigure(key, number, location);
    }

    private static bool IsHeader(IReadOnlyList<string> fields) =>
        fields[0].Trim().Equals("key", StringComparison.OrdinalIgnoreCase) && fields[1].Trim().Equals("value", StringComparison.OrdinalIgnoreCase);

    private static string? FirstNonEmptyLine(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (!line.IsWhiteSpace())
            {
                return line.ToString();
            }
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^(meta|narrative|proactive|requests|appeals)\.[a-z0-9_.]+$")]
    private static partial Regex KeyPattern();
}
