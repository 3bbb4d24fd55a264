using Disclosure.Reading;

namespace Disclosure.Workbooks;

/// <summary>Counts cells (and shared strings) read from a workbook against <see cref="ReadLimits.MaxCells"/>.</summary>
internal sealed class CellBudget(ReadLimits limits)
{
    private int _count;

    public void Take()
    {
        if (++_count > limits.MaxCells)
        {
            throw new ReadRefusal(ReadingRules.FileTooManyCells, XlsxMessages.TooManyCells(limits));
        }
    }
}
