namespace Disclosure.Pipeline.Status;

/// <summary>
/// One office's standing for a year. <see cref="State"/>, counts and report follow its latest upload (by upload
/// time; duplicates of earlier bytes do not count); <see cref="HasCurrent"/> says whether an accepted submission
/// is in force, which is what completeness counts (an accepted submission stays in force after a rejected re-upload).
/// </summary>
public sealed record OfficeStatus
{
    public required string OfficeId { get; init; }

    public required string Name { get; init; }

    public string Kind { get; init; } = string.Empty;

    public bool Required { get; init; } = true;

    public required OfficeState State { get; init; }

    public int Errors { get; init; }

    public int Warnings { get; init; }

    /// <summary>Time of the latest upload of any kind, duplicates included.</summary>
    public DateTimeOffset? LastUploadUtc { get; init; }

    /// <summary>Log rows for this office and year (every attempt).</summary>
    public int Uploads { get; init; }

    public bool HasCurrent { get; init; }

    /// <summary>Whether a narrative (sections 一、五、六) is in force, from a workbook's 文字部分 or a narrative file.</summary>
    public bool HasNarrative { get; init; }

    /// <summary>The blob (in <c>uploads</c>) of the latest upload.</summary>
    public string? LatestBlobName { get; init; }

    /// <summary>The HTML validation report (in <c>validation</c>) of the latest upload.</summary>
    public string? LatestReportHtml { get; init; }

    /// <summary>The blob of the submission in force.</summary>
    public string? CurrentBlobName { get; init; }

    public string? Error { get; init; }
}
