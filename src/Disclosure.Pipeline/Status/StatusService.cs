using Azure.Data.Tables;
using Disclosure.Pipeline.Ingest;
using Disclosure.Storage.Configuration;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;

namespace Disclosure.Pipeline.Status;

/// <summary>
/// A year's status against the roster: one range query over the year's partitions of the submissions table
/// (selecting only the columns it needs, not the 200 figures) and one read of the roster.
/// </summary>
public sealed class StatusService(StorageClients storage)
{
    private static readonly string[] Columns =
        ["PartitionKey", "RowKey", "State", "BlobName", "UploadedUtc", "Order", "Errors", "Warnings", "ReportHtmlName", "Error", "Content"];

    public async Task<YearStatus> GetAsync(int year, CancellationToken ct)
    {
        var roster = await new OfficeRoster(storage.Offices).ListAsync(ct).ConfigureAwait(false);
        var rows = new Dictionary<string, List<TableEntity>>(StringComparer.Ordinal);
        await foreach (var entity in storage.Submissions.QueryAsync<TableEntity>(SubmissionKeys.YearFilter(year), select: Columns, cancellationToken: ct).ConfigureAwait(false))
        {
            var office = SubmissionKeys.OfficeOf(entity.PartitionKey);
            if (!rows.TryGetValue(office, out var list))
            {
                rows[office] = list = [];
            }

            list.Add(entity);
        }

        var offices = roster.OrderBy(o => o.OfficeId, StringComparer.Ordinal)
            .Select(o => Summarize(o, rows.GetValueOrDefault(o.OfficeId) ?? []))
            .ToList();
        var listed = roster.Select(o => o.OfficeId).ToHashSet(StringComparer.Ordinal);
        var unlisted = rows.Keys.Where(k => !listed.Contains(k)).Order(StringComparer.Ordinal).ToList();
        return new YearStatus(year, offices, unlisted);
    }

    internal static OfficeStatus Summarize(Office office, List<TableEntity> rows)
    {
        var current = rows.FirstOrDefault(r => r.RowKey == SubmissionKeys.CurrentRow);
        var log = rows.Where(r => SubmissionKeys.IsLogRow(r.RowKey)).Select(UploadRecord.FromEntity).ToList();
        // Latest by upload time; a failure written before a retry of the same upload succeeded ranks below it.
        // A narrative file says nothing about the figures: state and counts follow workbook and CSV uploads only.
        var latest = log.Where(r => r.State != UploadState.Duplicate && r.Content != UploadRecord.NarrativeContent)
            .OrderByDescending(r => r.Order, StringComparer.Ordinal)
            .ThenBy(r => r.State == UploadState.Failed)
            .FirstOrDefault();
        var state = latest?.State switch
        {
            null => OfficeState.Missing,
            UploadState.Accepted => OfficeState.Accepted,
            UploadState.Rejected => OfficeState.Rejected,
            _ => OfficeState.Failed,
        };
        return new OfficeStatus
        {
            OfficeId = office.OfficeId,
            Name = office.Name,
            Kind = office.Kind,
            Required = office.Required,
            State = state,
            Errors = latest?.Errors ?? 0,
            Warnings = latest?.Warnings ?? 0,
            LastUploadUtc = log.Count == 0 ? null : log.Max(r => r.UploadedUtc),
            Uploads = log.Count,
            HasCurrent = current is not null,
            HasNarrative = rows.Any(r => r.RowKey == SubmissionKeys.NarrativeRow),
            LatestBlobName = latest?.BlobName,
            LatestReportHtml = latest?.ReportHtmlName,
            CurrentBlobName = current?.GetString("BlobName"),
            Error = latest?.Error,
        };
    }
}
