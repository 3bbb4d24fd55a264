namespace Disclosure.Pipeline.Status;

/// <summary>Where an office on the roster stands for a year.</summary>
public enum OfficeState
{
    /// <summary>Its latest upload was accepted (已通过).</summary>
    Accepted,

    /// <summary>Its latest upload was rejected (被退回).</summary>
    Rejected,

    /// <summary>Nothing uploaded yet (未提交).</summary>
    Missing,

    /// <summary>Its latest upload could not be processed (处理失败).</summary>
    Failed,
}

public static class OfficeStateNames
{
    public static string Name(this OfficeState state) => state switch
    {
        OfficeState.Accepted => "accepted",
        OfficeState.Rejected => "rejected",
        OfficeState.Missing => "missing",
        _ => "failed",
    };

    /// <summary>The status table's wording.</summary>
    public static string Label(this OfficeState state) => state switch
    {
        OfficeState.Accepted => "已通过",
        OfficeState.Rejected => "被退回",
        OfficeState.Missing => "未提交",
        _ => "处理失败",
    };
}
