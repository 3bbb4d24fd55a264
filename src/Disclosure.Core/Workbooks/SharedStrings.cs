using DocumentFormat.OpenXml.Spreadsheet;

namespace Disclosure.Workbooks;

/// <summary>The template's shared string table, each text stored once.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> _indices = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];

    public int IndexOf(string text)
    {
        if (!_indices.TryGetValue(text, out var index))
        {
            index = _texts.Count;
            _texts.Add(text);
            _indices[text] = index;
        }

        return index;
    }

    public SharedStringTable Build() =>
        new(_texts.Select(t => new SharedStringItem(new Text(t) { Space = t.Trim() == t ? null : DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })))
        {
            Count = (uint)_texts.Count,
            UniqueCount = (uint)_texts.Count,
        };
}
