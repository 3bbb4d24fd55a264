namespace Disclosure.Form;

/// <summary>What a cell of a <see cref="TableGrid"/> is, so a renderer can style it.</summary>
public enum GridCellKind
{
    /// <summary>A table's heading over its own part of a section's grid (二: 第二十条 第(一)项).</summary>
    Caption,

    /// <summary>A column heading, a heading band over columns, or the corner above the row labels.</summary>
    Header,

    /// <summary>A heading that groups rows and carries no figures, spanning its rows (三、本年度办理结果, (三)不予公开).</summary>
    GroupLabel,

    /// <summary>A row's own label ((一)予以公开).</summary>
    Label,

    /// <summary>A figure, named by <see cref="GridCell.Figure"/>.</summary>
    Figure,
}
