using System.Xml;

namespace Disclosure.Workbooks;

/// <summary>Reads the shared string table, only as far as needed: just the wanted entries, or all of them for label matching.</summary>
internal static class SharedStringsReader
{
    public static Dictionary<int, string> Read(XlsxPackage package, string? path, CellBudget budget, IReadOnlySet<int>? wanted)
    {
        var strings = new Dictionary<int, string>();
        if (path is null || wanted is { Count: 0 })
        {
            return strings;
        }

        var last = wanted?.Max() ?? int.MaxValue;
        using var reader = package.OpenXml(path);
        var index = -1;
        while (!reader.EOF && index < last)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                index++;
                budget.Take();
                if (wanted is null || wanted.Contains(index))
                {
                    strings[index] = WorksheetScanner.ReadRichText(reader);
                }
                else
                {
                    reader.Skip();
                }
            }
            else
            {
                reader.Read();
            }
        }

        return strings;
    }
}
