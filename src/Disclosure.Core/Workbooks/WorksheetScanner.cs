using System.Text;
using System.Xml;

namespace Disclosure.Workbooks;

/// <summary>
/// Streams a worksheet part with a forward-only XmlReader (no DOM): every cell is counted, and the cells
/// the caller wants come back as <see cref="RawCell"/>s.
/// </summary>
internal static class WorksheetScanner
{
    public static void Scan(XmlReader reader, CellBudget budget, Func<CellReference, bool> wanted, Action<RawCell> found)
    {
        var row = 0;
        var column = 0;
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            switch (reader.LocalName)
            {
                case "row":
                    row = int.TryParse(reader.GetAttribute("r"), out var r) ? r : row + 1;
                    column = 0;
                    reader.Read();
                    break;
                case "c":
                    budget.Take();
                    var reference = reader.GetAttribute("r") is { } a1 && CellReference.TryParse(a1, out var parsed)
                        ? parsed
                        : new CellReference(Math.Max(row, 1), column + 1);
                    column = reference.Column;
                    if (wanted(reference))
                    {
                        found(ReadCell(reader, reference));
                    }
                    else
                    {
                        reader.Skip();
                    }

                    break;
                case "worksheet" or "sheetData":
                    reader.Read();
                    break;
                default:
                    // Columns, merges, formatting rules…: nothing the reader needs.
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Reads a c element whole, leaving the reader on the node after it.</summary>
    private static RawCell ReadCell(XmlReader reader, CellReference reference)
    {
        var kind = reader.GetAttribute("t") switch
        {
            "s" => RawCellKind.SharedString,
            "inlineStr" => RawCellKind.InlineString,
            "str" => RawCellKind.FormulaString,
            "b" => RawCellKind.Boolean,
            "e" => RawCellKind.Error,
            "d" => RawCellKind.Date,
            _ => RawCellKind.Number,
        };
        string? value = null;
        var formula = false;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return new RawCell(reference, kind, value, formula);
        }

        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            switch (reader.LocalName)
            {
                case "f":
                    formula = true;
                    reader.Skip();
                    break;
                case "v":
                    value = reader.ReadElementContentAsString();
                    break;
                case "is":
                    value = ReadRichText(reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        reader.Read();
        return new RawCell(reference, kind, value, formula);
    }

    /// <summary>The text of an si or is element: its t runs, without phonetic guides (rPh). Leaves the reader after it.</summary>
    public static string ReadRichText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var depth = reader.Depth;
        string? single = null;
        StringBuilder? many = null;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (reader.LocalName == "t")
            {
                var text = reader.ReadElementContentAsString();
                if (single is null)
                {
                    single = text;
                }
                else
                {
                    (many ??= new StringBuilder(single)).Append(text);
                }
            }
            else if (reader.LocalName == "rPh")
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
        return many?.ToString() ?? single ?? string.Empty;
    }
}
