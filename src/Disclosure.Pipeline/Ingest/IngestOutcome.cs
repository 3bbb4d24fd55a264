using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Validation;

namespace Disclosure.Pipeline.Ingest;

/// <summary>
/// What <see cref="IngestService"/> did with one upload. <see cref="Record"/> is the log row (for a
/// duplicate: the row of the original bytes); <see cref="Findings"/> are given when this call validated the file.
/// </summary>
public sealed record IngestOutcome
{
    public required UploadState State { get; init; }

    public required string BlobName { get; init; }

    public UploadRecord? Record { get; init; }

    /// <summary>Whether this upload is now the office's current submission for the year.</summary>
    public bool IsCurrent { get; init; }

    /// <summary>True when this exact blob version had been recorded before (an at-least-once redelivery): nothing was written.</summary>
    public bool IsRedelivery { get; init; }

    public IReadOnlyList<Finding> Findings { get; init; } = [];

    public int Errors => Record?.Errors ?? 0;

    public int Warnings => Record?.Warnings ?? 0;

    public string? Error { get; init; }
}
