using Azure;
using Azure.Data.Tables;

namespace Disclosure.Storage.Tables;

/// <summary>Reads and writes of the <c>submissions</c> table (key design in <see cref="SubmissionKeys"/>).</summary>
public sealed class SubmissionTable(TableClient table)
{
    public TableClient Client { get; } = table;

    public async Task<UploadRecord?> GetLogRowAsync(string partitionKey, string rowKey, CancellationToken ct)
    {
        var response = await Client.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: ct).ConfigureAwait(false);
        return response.HasValue ? UploadRecord.FromEntity(response.Value!) : null;
    }

    public async Task<CurrentSubmission?> GetCurrentAsync(string partitionKey, CancellationToken ct)
    {
        var response = await Client.GetEntityIfExistsAsync<TableEntity>(partitionKey, SubmissionKeys.CurrentRow, cancellationToken: ct).ConfigureAwait(false);
        return response.HasValue ? CurrentSubmission.FromEntity(response.Value!) : null;
    }

    public async Task<StoredNarrative?> GetNarrativeAsync(string partitionKey, CancellationToken ct)
    {
        var response = await Client.GetEntityIfExistsAsync<TableEntity>(partitionKey, SubmissionKeys.NarrativeRow, cancellationToken: ct).ConfigureAwait(false);
        return response.HasValue ? StoredNarrative.FromEntity(response.Value!) : null;
    }

    /// <summary>The submission in force with the narrative in force, or null when no workbook has been accepted.</summary>
    public async Task<Submissions.Submission?> GetSubmissionAsync(string partitionKey, CancellationToken ct)
    {
        var current = await GetCurrentAsync(partitionKey, ct).ConfigureAwait(false);
        if (current is null)
        {
            return null;
        }

        var narrative = await GetNarrativeAsync(partitionKey, ct).ConfigureAwait(false);
        return narrative is null ? current.ToSubmission() : narrative.ApplyTo(current.ToSubmission());
    }

    /// <summary>
    /// The commit point of an ingest: adds the log row and, when given, makes <paramref name="newCurrent"/> the
    /// current submission and <paramref name="newNarrative"/> the narrative in force (each replacing the row read,
    /// under its ETag, or adding the first), in one transaction.
    /// Throws <see cref="TableTransactionFailedException"/> (409 or 412) when another ingest got there first.
    /// </summary>
    public async Task CommitAsync(UploadRecord log, CurrentSubmission? newCurrent, CurrentSubmission? readCurrent, CancellationToken ct,
        StoredNarrative? newNarrative = null, StoredNarrative? readNarrative = null)
    {
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Add, log.ToEntity()) };
        if (newCurrent is not null)
        {
            actions.Add(readCurrent is null
                ? new TableTransactionAction(TableTransactionActionType.Add, newCurrent.ToEntity())
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, newCurrent.ToEntity(), readCurrent.ETag));
        }

        if (newNarrative is not null)
        {
            actions.Add(readNarrative is null
                ? new TableTransactionAction(TableTransactionActionType.Add, newNarrative.ToEntity())
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, newNarrative.ToEntity(), readNarrative.ETag));
        }

        await Client.SubmitTransactionAsync(actions, ct).ConfigureAwait(false);
    }

    /// <summary>Adds a log row alone; false when a row of that key is already there (a redelivery).</summary>
    public async Task<bool> AddLogRowAsync(UploadRecord log, CancellationToken ct)
    {
        try
        {
            await Client.AddEntityAsync(log.ToEntity(), ct).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Every log row of an office and year.</summary>
    public async Task<List<UploadRecord>> ListLogAsync(string partitionKey, CancellationToken ct)
    {
        var rows = new List<UploadRecord>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        await foreach (var entity in Client.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            if (SubmissionKeys.IsLogRow(entity.RowKey))
            {
                rows.Add(UploadRecord.FromEntity(entity));
            }
        }

        return rows;
    }

    /// <summary>The log row of one blob version, if ingest has recorded it.</summary>
    public async Task<UploadRecord?> FindByUploadIdAsync(string partitionKey, string uploadId, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and UploadId eq {uploadId}");
        UploadRecord? found = null;
        await foreach (var entity in Client.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            if (SubmissionKeys.IsLogRow(entity.RowKey))
            {
                var record = UploadRecord.FromEntity(entity);
                // A record outranks a failure written for the same version before a later retry succeeded.
                if (found is null || found.State == Submissions.UploadState.Failed)
                {
                    found = record;
                }
            }
        }

        return found;
    }

    /// <summary>Counts one delivery of a blob version and returns how many there have been, this one included.</summary>
    public async Task<int> CountAttemptAsync(string partitionKey, string uploadId, CancellationToken ct)
    {
        var rowKey = SubmissionKeys.AttemptRow(uploadId);
        for (var conflict = 0; ; conflict++)
        {
            var existing = await Client.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: ct).ConfigureAwait(false);
            try
            {
                if (!existing.HasValue)
                {
                    await Client.AddEntityAsync(new TableEntity(partitionKey, rowKey) { ["Kind"] = "attempt", ["Count"] = 1 }, ct).ConfigureAwait(false);
                    return 1;
                }

                var entity = existing.Value!;
                var count = (entity.GetInt("Count") ?? 0) + 1;
                entity["Count"] = count;
                await Client.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Merge, ct).ConfigureAwait(false);
                return count;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && conflict < 20)
            {
                // Two deliveries of the same version at once: count again.
            }
        }
    }

    /// <summary>Keeps the last error of a blob version's attempts, for the failure record.</summary>
    public async Task SaveAttemptErrorAsync(string partitionKey, string uploadId, string error, CancellationToken ct)
    {
        var entity = new TableEntity(partitionKey, SubmissionKeys.AttemptRow(uploadId)) { ["Kind"] = "attempt", ["LastError"] = error.Length > 8_000 ? error[..8_000] : error };
        await Client.UpsertEntityAsync(entity, TableUpdateMode.Merge, ct).ConfigureAwait(false);
    }

    public async Task<string?> GetAttemptErrorAsync(string partitionKey, string uploadId, CancellationToken ct)
    {
        var response = await Client.GetEntityIfExistsAsync<TableEntity>(partitionKey, SubmissionKeys.AttemptRow(uploadId), cancellationToken: ct).ConfigureAwait(false);
        return response.HasValue ? response.Value!.GetString("LastError") : null;
    }
}
