using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.Workbooks;

/// <summary>Counts cells (and shared strings) read from a workbook against <see cref="ReadLimits.MaxCells"/>.</summary>
internal sealed class CellBudget(ReadLimits limits)
{
    private int _count;

    public void Take()
    {
        if (++_count > limits.MaxCells)
        {
            throw new ReadRefusal(Rules.FileTooManyCells.Raise("工作簿的单元格数量", $"{limits.MaxCells:N0} 个"));
        }
    }
}
