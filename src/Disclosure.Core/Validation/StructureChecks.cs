using Disclosure.Reading;

namespace Disclosure.Validation;

/// <summary>Every one of the form's figures must be stated.</summary>
internal static class StructureChecks
{
    public static void Run(FormDocument document, List<Finding> findings)
    {
        if (document.Figures.Count == 0 && document.CellsWithReadFindings.Count == 0)
        {
            findings.Add(Rules.StructureNoFigures.Raise(document.Form.Figures.Count));
            return;
        }

        foreach (var figure in document.Form.Figures)
        {
            if (!document.Figures.ContainsKey(figure.Key) && !document.CellsWithReadFindings.Contains(figure.Key))
            {
                findings.Add(Rules.StructureMissingCell.RaiseAt(figure.Key, document.LocationOf(figure.Key), figure.Label));
            }
        }
    }
}
