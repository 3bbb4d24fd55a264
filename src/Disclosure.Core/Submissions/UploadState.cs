namespace Disclosure.Submissions;

/// <summary>What became of one upload attempt; stored in the log as the lower-case name.</summary>
public enum UploadState
{
    /// <summary>Passed validation and identity checks (warnings allowed).</summary>
    Accepted,

    /// <summary>Read (or not) and refused with at least one error finding.</summary>
    Rejected,

    /// <summary>Bytes already recorded for this office and year: nothing new written but, for a new blob, a duplicate log row.</summary>
    Duplicate,

    /// <summary>Ingest failed after the host's retries; the error is recorded.</summary>
    Failed,
}

public static class UploadStateNames
{
    public static string Name(this UploadState state) => state switch
    {
        UploadState.Accepted => "accepted",
        UploadState.Rejected => "rejected",
        UploadState.Duplicate => "duplicate",
        _ => "failed",
    };

    public static UploadState Parse(string? name) => name switch
    {
        "accepted" => UploadState.Accepted,
        "rejected" => UploadState.Rejected,
        "duplicate" => UploadState.Duplicate,
        _ => UploadState.Failed,
    };
}
