using Disclosure.Validation;

namespace Disclosure.Rendering.OfficePages;

/// <summary>What the office page shows: whose link, which year, the deadline, its uploads so far; plain values, no storage type.</summary>
public sealed record OfficePageModel
{
    public required string OfficeId { get; init; }

    public required string OfficeName { get; init; }

    public required int Year { get; init; }

    /// <summary>The office's deadline (departments' or the government's, Beijing date) and whole days left to it (negative once past).</summary>
    public required DateOnly Deadline { get; init; }

    public required int DaysLeft { get; init; }

    /// <summary>When the link stops working (UTC).</summary>
    public required DateTimeOffset LinkExpiresUtc { get; init; }

    /// <summary>The link's own path (<c>/api/office/{year}/{token}</c>): the form posts to it, downloads and verdicts are under it.</summary>
    public required string LinkPath { get; init; }

    /// <summary>The reader's file limit, in bytes.</summary>
    public required long MaxFileBytes { get; init; }

    /// <summary>The extensions the page accepts.</summary>
    public required IReadOnlyList<string> Extensions { get; init; }

    public required IReadOnlyList<OfficeUploadRow> Uploads { get; init; }

    /// <summary>Why the last form post was refused, when it was (shown above the form).</summary>
    public string? Problem { get; init; }
}

/// <summary>One upload in the office's history.</summary>
public sealed record OfficeUploadRow(string UploadId, string FileName, DateTimeOffset UploadedUtc, OfficeUploadState State, int Errors, int Warnings, bool BecameCurrent);

/// <summary>Where an upload stands, as the office reads it.</summary>
public enum OfficeUploadState
{
    Pending,
    Accepted,
    Rejected,
    Duplicate,
    Failed,
}

/// <summary>The verdict page: one upload's state and, once ingest has written them, its findings.</summary>
public sealed record OfficeVerdictModel
{
    public required OfficePageModel Office { get; init; }

    public required OfficeUploadRow Upload { get; init; }

    /// <summary>The findings of the upload's validation report (for a duplicate, those of the first upload of the same bytes).</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>A failed upload's reason.</summary>
    public string? Error { get; init; }

    /// <summary>Seconds between reloads while the upload is pending.</summary>
    public int RefreshSeconds { get; init; } = 3;
}
