using Disclosure.Reading;

namespace Disclosure.Validation;

/// <summary>Every one of the form's figures must be stated.</summary>
internal static class StructureChecks
{
    public static void Run(FormDocument document, List<Finding> findings)
    {
        if (document.Figures.Count == 0 && document.CellsWithReadFindings.Count == 0)
        {
            findings.Add(Finding.Error(ReadingRules.StructureNoFigures, $"文件中没有找到任何统计数据(应有 {document.Form.Figures.Count} 项)。"));
            return;
        }

        foreach (var figure in document.Form.Figures)
        {
            if (!document.Figures.ContainsKey(figure.Key) && !document.CellsWithReadFindings.Contains(figure.Key))
            {
                findings.Add(Finding.Error(ReadingRules.StructureMissingCell, $"{figure.Label}:缺少此项数据。", figure.Key, document.LocationOf(figure.Key)));
            }
        }
    }
}
