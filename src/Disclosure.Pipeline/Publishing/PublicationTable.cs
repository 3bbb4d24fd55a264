using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace Disclosure.Pipeline.Publishing;

/// <summary>
/// The <c>publications</c> table: partition = the year (<c>"2022"</c>).
/// <list type="table">
/// <item><term><c>v0001</c>, <c>v0002</c>, …</term><description>a version: claimed by inserting the row (an insert fails when the
/// number is taken, so two publishes at once make one version), then marked <c>published</c> when its files are written.
/// Columns: Version, State (<c>claimed</c>/<c>published</c>), Fingerprint, PublishedBy, PublishedUtc, ForcedReason.</description></item>
/// <item><term><c>blocked-{ticks}-{id}</c></term><description>a publish the gate blocked: AttemptedBy, AttemptedUtc, Reasons (one a line).</description></item>
/// <item><term><c>drafts</c></term><description>the last drafts: AssembledUtc, Fingerprint, GateReasons.</description></item>
/// </list>
/// </summary>
internal sealed class PublicationTable(TableClient table)
{
    public const string VersionPrefix = "v";
    public const string BlockedPrefix = "blocked-";
    public const string DraftsRow = "drafts";
    public const string Claimed = "claimed";
    public const string Published = "published";

    public static string Partition(int year) => PublishingService.Year(year);

    public static string VersionRow(int version) => VersionPrefix + version.ToString("D4", CultureInfo.InvariantCulture);

    public async Task<IReadOnlyList<VersionRow>> VersionsAsync(int year, CancellationToken ct)
    {
        var partition = Partition(year);
        var rows = new List<VersionRow>();
        await foreach (var entity in table.QueryAsync<TableEntity>(
                           e => e.PartitionKey == partition && e.RowKey.CompareTo("v") >= 0 && e.RowKey.CompareTo("w") < 0, cancellationToken: ct).ConfigureAwait(false))
        {
            rows.Add(new VersionRow(
                entity.GetInt32("Version") ?? 0,
                entity.GetString("State") ?? Claimed,
                entity.GetString("Fingerprint") ?? string.Empty,
                entity.GetString("PublishedBy") ?? string.Empty,
                entity.GetDateTimeOffset("PublishedUtc") ?? default,
                entity.GetString("ForcedReason")));
        }

        return [.. rows.OrderBy(r => r.Version)];
    }

    public async Task<VersionRow?> LatestVersionAsync(int year, CancellationToken ct) => (await VersionsAsync(year, ct).ConfigureAwait(false)).LastOrDefault();

    /// <summary>Inserts the version's row; false when another publish holds the number already.</summary>
    public async Task<bool> TryClaimAsync(int year, int version, string fingerprint, string publishedBy, DateTimeOffset now, string? forcedReason, CancellationToken ct)
    {
        var entity = new TableEntity(Partition(year), VersionRow(version))
        {
            ["Version"] = version,
            ["State"] = Claimed,
            ["Fingerprint"] = fingerprint,
            ["PublishedBy"] = publishedBy,
            ["PublishedUtc"] = now,
            ["ForcedReason"] = forcedReason,
        };
        try
        {
            await table.AddEntityAsync(entity, ct).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public Task CompleteAsync(int year, int version, CancellationToken ct) =>
        table.UpdateEntityAsync(new TableEntity(Partition(year), VersionRow(version)) { ["State"] = Published }, ETag.All, TableUpdateMode.Merge, ct);

    public Task AddBlockedAsync(int year, string attemptedBy, DateTimeOffset now, IReadOnlyList<string> reasons, CancellationToken ct) =>
        table.AddEntityAsync(new TableEntity(Partition(year), $"{BlockedPrefix}{now.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}"[..(BlockedPrefix.Length + 19 + 9)])
        {
            ["AttemptedBy"] = attemptedBy,
            ["AttemptedUtc"] = now,
            ["Reasons"] = string.Join('\n', reasons),
        }, ct);

    public async Task<IReadOnlyList<BlockedAttempt>> BlockedAsync(int year, CancellationToken ct)
    {
        var partition = Partition(year);
        var rows = new List<BlockedAttempt>();
        await foreach (var entity in table.QueryAsync<TableEntity>(
                           e => e.PartitionKey == partition && e.RowKey.CompareTo(BlockedPrefix) >= 0 && e.RowKey.CompareTo("blocked.") < 0, cancellationToken: ct).ConfigureAwait(false))
        {
            rows.Add(new BlockedAttempt(entity.GetString("AttemptedBy") ?? string.Empty, entity.GetDateTimeOffset("AttemptedUtc") ?? default,
                (entity.GetString("Reasons") ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        }

        return rows;
    }

    public Task SaveDraftsAsync(int year, DateTimeOffset now, string fingerprint, IReadOnlyList<string> reasons, CancellationToken ct) =>
        table.UpsertEntityAsync(new TableEntity(Partition(year), DraftsRow)
        {
            ["AssembledUtc"] = now,
            ["Fingerprint"] = fingerprint,
            ["GateReasons"] = string.Join('\n', reasons),
        }, TableUpdateMode.Replace, ct);

    public async Task<DateTimeOffset?> DraftsAssembledAsync(int year, CancellationToken ct)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(year), DraftsRow, cancellationToken: ct).ConfigureAwait(false);
        return row.HasValue ? row.Value!.GetDateTimeOffset("AssembledUtc") : null;
    }
}

/// <summary>One version's row of the publication table.</summary>
public sealed record VersionRow(int Version, string State, string Fingerprint, string PublishedBy, DateTimeOffset PublishedUtc, string? ForcedReason);

/// <summary>One publish the gate blocked.</summary>
public sealed record BlockedAttempt(string AttemptedBy, DateTimeOffset AttemptedUtc, IReadOnlyList<string> Reasons);
