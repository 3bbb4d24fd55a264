using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Disclosure.Calendar;
using Disclosure.Form;
using Disclosure.Narratives;
using Disclosure.Reading;
using Disclosure.Rendering.Validation;
using Disclosure.Storage.Blobs;
using Disclosure.Storage.Configuration;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Validation;

namespace Disclosure.Pipeline.Ingest;

/// <summary>
/// Turns one blob in <c>uploads</c> into a recorded, checked submission. The function app and the local
/// host both call it; it is safe to call any number of times for the same blob, concurrently too.
/// </summary>
/// <remarks>
/// <para>Order of writes: the archive copy and the validation report first (write-once, deterministic names,
/// so a retry finds them), then one entity-group transaction in the office-year partition that adds the log
/// row and, when the upload is accepted and newer than the current submission, replaces the current row under
/// its ETag. That transaction is the commit point: a crash or storage fault before it leaves no record, and
/// the retry completes the ingest; after it, a redelivery is a no-op.</para>
/// <para>Idempotency: the first upload of some bytes for an office and year is logged as <c>upload-{sha256}</c>.
/// The same blob version delivered again (the trigger is at-least-once) writes nothing and returns
/// <see cref="UploadState.Duplicate"/> with <see cref="IngestOutcome.IsRedelivery"/>. The same bytes uploaded
/// again as another blob or version add one <c>duplicate-{uploadId}</c> log row pointing at the first, and no
/// second report, archive copy or submission.</para>
/// <para>Newer supersedes: "newer" is <see cref="ReceivedBlob.Order"/>: the blob's time in the service (creation,
/// or the overwrite that wrote this content), to the second; within a second the uploader's clock, then the
/// content hash. An older upload arriving late is logged as accepted but does not become current.</para>
/// <para>Narratives: a Word, Markdown or text file (<see cref="NarrativeReader.IsNarrativeFileName"/>) is the office's
/// narrative (sections 一、五、六), read by <see cref="NarrativeReader"/> and logged, archived and reported like any upload.
/// The <c>narrative</c> row beside <c>current</c> holds the narrative in force: an accepted narrative file, or an accepted
/// workbook whose 文字部分 is not empty, replaces it when newer by the same order, in the same transaction as the log row.
/// A narrative uploaded before any workbook is kept and applies when the workbook comes.</para>
/// <para>Failures: <see cref="IngestAsync"/> counts deliveries per blob version; it throws on a failure (so the
/// host retries) until the <see cref="IngestOptions.MaxDeliveryAttempts"/>-th delivery, which records the upload
/// as failed and returns. A host that gives up earlier (a poison queue, an exhausted retry policy) calls
/// <see cref="RecordFailureAsync"/>. Either way the failure is in the log and in status.</para>
/// </remarks>
public sealed class IngestService
{
    private readonly StorageClients _storage;
    private readonly SubmissionTable _submissions;
    private readonly OfficeRoster _roster;
    private readonly IngestOptions _options;
    private readonly TimeProvider _time;

    public IngestService(StorageClients storage, IngestOptions? options = null, TimeProvider? time = null)
    {
        _storage = storage;
        _submissions = new SubmissionTable(storage.Submissions);
        _roster = new OfficeRoster(storage.Offices);
        _options = options ?? IngestOptions.Default;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Ingests <c>uploads/{blobName}</c>, where <paramref name="blobName"/> is <c>{year}/{officeId}/{file}</c>.</summary>
    public async Task<IngestOutcome> IngestAsync(string blobName, CancellationToken ct)
    {
        var path = UploadPath.TryParse(blobName, out var parsed) ? parsed : null;
        var partition = PartitionOf(path);
        ReceivedBlob received;
        try
        {
            received = await UploadReader.ReadAsync(_storage.Uploads.GetBlobClient(blobName), _options.ReadLimits.MaxFileBytes, ct).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobNotFound || e.Status == 404)
        {
            return await RecordMissingAsync(blobName, partition, ct).ConfigureAwait(false);
        }

        var attempt = await _submissions.CountAttemptAsync(partition, received.UploadId, ct).ConfigureAwait(false);
        if (attempt > _options.MaxDeliveryAttempts)
        {
            var lastError = await _submissions.GetAttemptErrorAsync(partition, received.UploadId, ct).ConfigureAwait(false);
            return await RecordFailureCoreAsync(path, partition, received, lastError ?? "处理多次失败。", ct).ConfigureAwait(false);
        }

        try
        {
            return await ProcessAsync(path, partition, received, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await TryAsync(() => _submissions.SaveAttemptErrorAsync(partition, received.UploadId, e.Message, ct)).ConfigureAwait(false);
            if (attempt >= _options.MaxDeliveryAttempts)
            {
                var failure = await TryAsync(() => RecordFailureCoreAsync(path, partition, received, e.Message, ct)).ConfigureAwait(false);
                if (failure is not null)
                {
                    return failure;
                }
            }

            throw;
        }
    }

    /// <summary>
    /// Records <c>uploads/{blobName}</c> as failed with <paramref name="error"/>, for a host whose retries ran out.
    /// Archives the file when it can still be read. A no-op when the same blob version was already recorded.
    /// </summary>
    public async Task<IngestOutcome> RecordFailureAsync(string blobName, string error, CancellationToken ct)
    {
        var path = UploadPath.TryParse(blobName, out var parsed) ? parsed : null;
        var partition = PartitionOf(path);
        ReceivedBlob received;
        try
        {
            received = await UploadReader.ReadAsync(_storage.Uploads.GetBlobClient(blobName), _options.ReadLimits.MaxFileBytes, ct).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return await RecordMissingAsync(blobName, partition, ct, error).ConfigureAwait(false);
        }

        return await RecordFailureCoreAsync(path, partition, received, error, ct).ConfigureAwait(false);
    }

    /// <summary>Whether ingest has recorded a verdict (or a failure) for this version of <c>uploads/{blobName}</c>.</summary>
    public async Task<bool> IsRecordedAsync(string blobName, ETag etag, CancellationToken ct)
    {
        var partition = PartitionOf(UploadPath.TryParse(blobName, out var parsed) ? parsed : null);
        return await _submissions.FindByUploadIdAsync(partition, UploadIds.For(blobName, etag), ct).ConfigureAwait(false) is not null;
    }

    // The year ends at midnight in Beijing, not on the host's clock (UTC in Azure): a report for last year uploaded in the
    // first hours of 1 January, Beijing time, is on time.
    private int CurrentYear() => BeijingTime.Now(_time).Year;

    private static string PartitionOf(UploadPath? path) =>
        path is null ? SubmissionKeys.InvalidPathPartition : SubmissionKeys.Partition(path.Year, path.OfficeId);

    private async Task<IngestOutcome> ProcessAsync(UploadPath? path, string partition, ReceivedBlob received, CancellationToken ct)
    {
        var uploadRowKey = SubmissionKeys.UploadRow(received.Sha256);
        if (await _submissions.GetLogRowAsync(partition, uploadRowKey, ct).ConfigureAwait(false) is { } recorded)
        {
            return await DuplicateAsync(recorded, path, partition, received, ct).ConfigureAwait(false);
        }

        var office = path is null ? null : await _roster.GetAsync(path.OfficeId, ct).ConfigureAwait(false);
        var isNarrative = NarrativeReader.IsNarrativeFileName(path?.FileName ?? received.BlobName);
        var previous = path is null || isNarrative ? null
            : await _submissions.GetCurrentAsync(SubmissionKeys.Partition(path.Year - 1, path.OfficeId), ct).ConfigureAwait(false);
        var report = isNarrative
            ? ValidateNarrative(path, received, office)
            : Validate(path, received, office, previous is null ? null : new ReadResult(previous.ToSubmission().ToDocument(), []));
        var state = report.Status == ValidationStatus.Accepted ? UploadState.Accepted : UploadState.Rejected;

        var uploadedUtc = received.UploadedUtc;
        var fileName = path?.FileName ?? received.BlobName;
        var archiveName = BlobNames.Archive(path, received.BlobName, uploadedUtc, received.Sha256);
        var reportJsonName = BlobNames.ReportJson(path, received.Sha256);
        var reportHtmlName = BlobNames.ReportHtml(path, received.Sha256);
        await ArchiveAsync(received, archiveName, ct).ConfigureAwait(false);
        await WriteOnce.UploadAsync(_storage.Validation.GetBlobClient(reportJsonName), BinaryData.FromString(ValidationReportJson.ToJson(report)),
            "application/json; charset=utf-8", ct).ConfigureAwait(false);
        var page = ValidationPage.Render(report, new ValidationPageContext(fileName, path?.OfficeId, office?.Name, path?.Year, uploadedUtc, state));
        await WriteOnce.UploadAsync(_storage.Validation.GetBlobClient(reportHtmlName), BinaryData.FromString(page), "text/html; charset=utf-8", ct).ConfigureAwait(false);

        var record = LogRow(partition, uploadRowKey, state, path, received) with
        {
            ArchiveName = archiveName,
            ReportJsonName = reportJsonName,
            ReportHtmlName = reportHtmlName,
            Errors = report.ErrorCount,
            Warnings = report.WarningCount,
            Rules = string.Join(",", report.Findings.Select(f => f.Rule).Distinct()),
            Content = isNarrative ? UploadRecord.NarrativeContent : null,
        };

        for (var conflict = 0; ; conflict++)
        {
            var accepted = state == UploadState.Accepted && path is not null;
            var current = accepted && !isNarrative
                ? await _submissions.GetCurrentAsync(partition, ct).ConfigureAwait(false)
                : null;
            var becomesCurrent = accepted && !isNarrative &&
                (current is null || string.CompareOrdinal(current.Order, record.Order) < 0);

            // The narrative this upload brings (a narrative file's, or a workbook's 文字部分 when not empty), and whether it is the newest.
            var submission = accepted && !isNarrative ? SubmissionOf(record, path!, office, report.Document!) : null;
            IReadOnlyDictionary<string, string>? narrative = !accepted ? null : isNarrative ? report.Document!.Narratives : submission!.Narrative;
            narrative = narrative is { Count: > 0 } ? narrative : null;
            var narrativeRow = narrative is null ? null : await _submissions.GetNarrativeAsync(partition, ct).ConfigureAwait(false);
            var becomesNarrative = narrative is not null && (narrativeRow is null || string.CompareOrdinal(narrativeRow.Order, record.Order) < 0);

            var log = record with { BecameCurrent = isNarrative ? becomesNarrative : becomesCurrent, RecordedUtc = _time.GetUtcNow() };
            var newCurrent = becomesCurrent ? CurrentSubmission.FromSubmission(submission!, log) : null;
            var newNarrative = becomesNarrative
                ? StoredNarrative.From(narrative!, isNarrative ? StoredNarrative.FileOrigin : StoredNarrative.WorkbookOrigin, log)
                : null;
            try
            {
                await _submissions.CommitAsync(log, newCurrent, current, ct, newNarrative, narrativeRow).ConfigureAwait(false);
                return new IngestOutcome { State = state, BlobName = received.BlobName, Record = log, IsCurrent = log.BecameCurrent, Findings = report.Findings };
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412 && conflict < _options.MaxCommitConflicts)
            {
                // Another ingest committed first: this very upload (a concurrent redelivery), or a newer or older
                // upload of the same office that moved the current row. Re-read and decide again.
                if (await _submissions.GetLogRowAsync(partition, uploadRowKey, ct).ConfigureAwait(false) is { } winner)
                {
                    return await DuplicateAsync(winner, path, partition, received, ct).ConfigureAwait(false);
                }

                await Task.Delay(Random.Shared.Next(5, 20 + (10 * Math.Min(conflict, 10))), ct).ConfigureAwait(false);
            }
        }
    }

    private ValidationReport Validate(UploadPath? path, ReceivedBlob received, Office? office, ReadResult? previous)
    {
        var limits = _options.ReadLimits;
        var read = received.Content is { } content
            ? FormFileReader.Read(content, path?.FileName ?? received.BlobName, limits)
            : ReadResult.Unreadable(FormFileReader.TooLarge(received.Length, limits));
        var options = _options.CurrentYear is { } year ? ValidationOptions.Default with { CurrentYear = year } : ValidationOptions.Default with { CurrentYear = CurrentYear() };
        var report = FormValidator.Validate(read, previous, options);
        var identity = path is null ? [IdentityChecks.BadPath(received.BlobName)] : IdentityChecks.Run(path, report.Document, office).ToList();
        if (report.Document is { } document && document.Narratives.Count > 0)
        {
            // The workbook's 文字部分 is stored in the canonical form beside the figures: it must fit in a table row.
            var length = StoredNarrative.Length(NarrativeMarkdown.Write(NarrativeReader.FromSectionTexts(document.Narratives)));
            if (length > StoredNarrative.MaxChars)
            {
                identity.Add(Rules.NarrativeTooLong.Raise(length, StoredNarrative.MaxChars));
            }
        }

        return identity.Count == 0 ? report : new ValidationReport(report.Document, [.. identity, .. report.Findings]);
    }

    /// <summary>
    /// A narrative file's report: the narrative reader's findings, and the path's office on the roster. The document holds
    /// no figures, only the narrative in the canonical form; a refused file has none (unreadable).
    /// </summary>
    private ValidationReport ValidateNarrative(UploadPath? path, ReceivedBlob received, Office? office)
    {
        var limits = _options.ReadLimits;
        var form = path is null ? NationalForm.Current : NationalForm.ForReportYear(path.Year);
        var read = received.Content is { } content
            ? NarrativeReader.Read(content, path?.FileName ?? received.BlobName, limits, form)
            : NarrativeReadResult.Refused(FormFileReader.TooLarge(received.Length, limits));
        var findings = new List<Finding>();
        if (path is null)
        {
            findings.Add(IdentityChecks.BadPath(received.BlobName));
        }
        else if (office is null)
        {
            findings.AddRange(IdentityChecks.Run(path, null, office));
        }

        var report = NarrativeReader.Validate(read, form, findings);
        var length = report.Document is { } document ? StoredNarrative.Length(document.Narratives) : 0;
        return length > StoredNarrative.MaxChars
            ? new ValidationReport(report.Document, [.. report.Findings, Rules.NarrativeTooLong.Raise(length, StoredNarrative.MaxChars)])
            : report;
    }

    // The upload path names office and year (identity checks made the file agree); the roster names the office.
    private static Submission SubmissionOf(UploadRecord log, UploadPath path, Office? office, FormDocument document) =>
        Submission.FromDocument(document, path.OfficeId, path.Year, new SubmissionSource(log.UploadId, log.BlobName, log.Sha256!, log.UploadedUtc), office?.Name);

    /// <summary>The fields every log row of a received blob carries, whatever its fate.</summary>
    private static UploadRecord LogRow(string partition, string rowKey, UploadState state, UploadPath? path, ReceivedBlob received) => new()
    {
        PartitionKey = partition,
        RowKey = rowKey,
        State = state,
        UploadId = received.UploadId,
        BlobName = received.BlobName,
        Year = path?.Year,
        OfficeId = path?.OfficeId,
        Sha256 = received.Sha256,
        SizeBytes = received.Length,
        BlobETag = received.ETag.ToString(),
        UploadedUtc = received.UploadedUtc,
        Order = received.Order,
    };

    private async Task<IngestOutcome> DuplicateAsync(UploadRecord original, UploadPath? path, string partition, ReceivedBlob received, CancellationToken ct)
    {
        if (original.UploadId == received.UploadId)
        {
            return new IngestOutcome { State = UploadState.Duplicate, BlobName = received.BlobName, Record = original, IsRedelivery = true, IsCurrent = original.BecameCurrent };
        }

        var duplicate = LogRow(partition, SubmissionKeys.DuplicateRow(received.UploadId), UploadState.Duplicate, path, received) with
        {
            RecordedUtc = _time.GetUtcNow(),
            ArchiveName = original.ArchiveName,
            ReportJsonName = original.ReportJsonName,
            ReportHtmlName = original.ReportHtmlName,
            Errors = original.Errors,
            Warnings = original.Warnings,
            Rules = original.Rules,
            DuplicateOf = original.RowKey,
        };
        var added = await _submissions.AddLogRowAsync(duplicate, ct).ConfigureAwait(false);
        var record = added ? duplicate : await _submissions.GetLogRowAsync(partition, duplicate.RowKey, ct).ConfigureAwait(false) ?? duplicate;
        return new IngestOutcome { State = UploadState.Duplicate, BlobName = received.BlobName, Record = record, IsRedelivery = !added };
    }

    private async Task<IngestOutcome> RecordFailureCoreAsync(UploadPath? path, string partition, ReceivedBlob received, string error, CancellationToken ct)
    {
        if (await _submissions.GetLogRowAsync(partition, SubmissionKeys.UploadRow(received.Sha256), ct).ConfigureAwait(false) is { } recorded &&
            recorded.UploadId == received.UploadId)
        {
            return new IngestOutcome { State = UploadState.Duplicate, BlobName = received.BlobName, Record = recorded, IsRedelivery = true, IsCurrent = recorded.BecameCurrent };
        }

        var archiveName = BlobNames.Archive(path, received.BlobName, received.UploadedUtc, received.Sha256);
        var archived = await TryAsync(async () =>
        {
            await ArchiveAsync(received, archiveName, ct).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
        var failure = LogRow(partition, SubmissionKeys.FailedRow(received.UploadId), UploadState.Failed, path, received) with
        {
            RecordedUtc = _time.GetUtcNow(),
            ArchiveName = archived ? archiveName : null,
            Error = error,
        };
        var added = await _submissions.AddLogRowAsync(failure, ct).ConfigureAwait(false);
        var record = added ? failure : await _submissions.GetLogRowAsync(partition, failure.RowKey, ct).ConfigureAwait(false) ?? failure;
        return new IngestOutcome { State = UploadState.Failed, BlobName = received.BlobName, Record = record, IsRedelivery = !added, Error = error };
    }

    private async Task<IngestOutcome> RecordMissingAsync(string blobName, string partition, CancellationToken ct, string? error = null)
    {
        // The blob is gone (deleted before ingest ran): nothing to archive, but the attempt is logged.
        var uploadId = UploadIds.For(blobName, default);
        var failure = new UploadRecord
        {
            PartitionKey = partition,
            RowKey = SubmissionKeys.FailedRow(uploadId),
            State = UploadState.Failed,
            UploadId = uploadId,
            BlobName = blobName,
            UploadedUtc = _time.GetUtcNow(),
            RecordedUtc = _time.GetUtcNow(),
            Order = UploadRecord.OrderOf(_time.GetUtcNow(), null, null),
            Error = error ?? "上传的文件在处理前已不存在。",
        };
        var added = await _submissions.AddLogRowAsync(failure, ct).ConfigureAwait(false);
        return new IngestOutcome { State = UploadState.Failed, BlobName = blobName, Record = failure, IsRedelivery = !added, Error = failure.Error };
    }

    private async Task ArchiveAsync(ReceivedBlob received, string archiveName, CancellationToken ct)
    {
        var archive = _storage.Archive.GetBlobClient(archiveName);
        var contentType = ContentTypes.For(received.BlobName);
        if (received.Content is { } content)
        {
            await WriteOnce.UploadAsync(archive, BinaryData.FromBytes(content), contentType, ct).ConfigureAwait(false);
            return;
        }

        // Over the size limit: stream the same version again rather than hold it in memory.
        var source = await _storage.Uploads.GetBlobClient(received.BlobName).DownloadStreamingAsync(
            new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = received.ETag } }, ct).ConfigureAwait(false);
        using var download = source.Value;
        await WriteOnce.UploadAsync(archive, download.Content, contentType, ct).ConfigureAwait(false);
    }

    private static async Task<T?> TryAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception e) when (e is RequestFailedException or IOException or HttpRequestException or AggregateException or TaskCanceledException)
        {
            return default;
        }
    }

    private static async Task TryAsync(Func<Task> action)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception e) when (e is RequestFailedException or IOException or HttpRequestException or AggregateException or TaskCanceledException)
        {
            // Best effort: the caller rethrows the original failure.
        }
    }
}
