using Azure;
using Azure.Data.Tables;

namespace Disclosure.Storage.Tables;

/// <summary>
/// The <c>officelinks</c> table. Partition <c>link</c>: one row per issued link, row key the SHA-256 (hex) of its
/// secret, so a copy of the table names no usable link; a lookup is one point read by that hash. Partition
/// <c>rate</c>: one counter row per link (same row key) for the upload rate limit, updated under its ETag so
/// concurrent function instances count every upload once.
/// </summary>
public sealed class OfficeLinkTable(TableClient table)
{
    public const string LinkPartition = "link";
    public const string RatePartition = "rate";

    public async Task<OfficeLinkRecord?> GetAsync(string tokenHash, CancellationToken ct)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(LinkPartition, tokenHash, cancellationToken: ct).ConfigureAwait(false);
        return response.HasValue ? OfficeLinkRecord.FromEntity(response.Value!) : null;
    }

    public Task AddAsync(OfficeLinkRecord link, CancellationToken ct) => table.AddEntityAsync(link.ToEntity(), ct);

    /// <summary>Every link issued for one office and year (a handful: the partition is scanned with a filter).</summary>
    public async Task<List<OfficeLinkRecord>> ListAsync(string officeId, int year, CancellationToken ct)
    {
        var links = new List<OfficeLinkRecord>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {LinkPartition} and OfficeId eq {officeId} and Year eq {year}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            links.Add(OfficeLinkRecord.FromEntity(entity));
        }

        return links;
    }

    /// <summary>Marks a link revoked (kept, for the record of who could upload when).</summary>
    public Task RevokeAsync(OfficeLinkRecord link, DateTimeOffset now, CancellationToken ct) =>
        table.UpdateEntityAsync(new TableEntity(LinkPartition, link.TokenHash) { ["RevokedUtc"] = now }, ETag.All, TableUpdateMode.Merge, ct);

    /// <summary>
    /// Counts one upload against the link's window: the counter restarts when its window has passed. Returns false,
    /// counting nothing, when <paramref name="limit"/> uploads were already counted in the current window. Optimistic
    /// concurrency: a lost race (409 on insert, 412 on update) reads the row again.
    /// </summary>
    public async Task<bool> TryCountUploadAsync(string tokenHash, DateTimeOffset now, TimeSpan window, int limit, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var current = await table.GetEntityIfExistsAsync<TableEntity>(RatePartition, tokenHash, cancellationToken: ct).ConfigureAwait(false);
            try
            {
                if (!current.HasValue)
                {
                    await table.AddEntityAsync(Counter(tokenHash, now, 1), ct).ConfigureAwait(false);
                    return true;
                }

                var row = current.Value!;
                var start = row.GetDateTimeOffset("WindowStartUtc") ?? DateTimeOffset.MinValue;
                var count = row.GetInt32("Count") ?? 0;
                // Only a window that has passed restarts: a request whose clock read is a little older than the stored start
                // (concurrent requests, other instances) counts in the same window rather than resetting it.
                var fresh = now - start >= window;
                if (!fresh && count >= limit)
                {
                    return false;
                }

                await table.UpdateEntityAsync(fresh ? Counter(tokenHash, now, 1) : Counter(tokenHash, start, count + 1), row.ETag, TableUpdateMode.Replace, ct)
                    .ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < 50)
            {
                // Another instance counted in between: read again.
            }
        }
    }

    private static TableEntity Counter(string tokenHash, DateTimeOffset windowStart, int count) => new(RatePartition, tokenHash)
    {
        ["WindowStartUtc"] = windowStart,
        ["Count"] = count,
    };
}

/// <summary>One issued link: whose, for which year, valid when, revoked when, issued by whom. Never the secret itself.</summary>
public sealed record OfficeLinkRecord(
    string TokenHash,
    string OfficeId,
    int Year,
    DateTimeOffset IssuedUtc,
    DateTimeOffset ExpiresUtc,
    string IssuedBy,
    DateTimeOffset? RevokedUtc = null)
{
    public bool IsRevoked => RevokedUtc is not null;

    public TableEntity ToEntity() => new(OfficeLinkTable.LinkPartition, TokenHash)
    {
        ["OfficeId"] = OfficeId,
        ["Year"] = Year,
        ["IssuedUtc"] = IssuedUtc,
        ["ExpiresUtc"] = ExpiresUtc,
        ["IssuedBy"] = IssuedBy,
        ["RevokedUtc"] = RevokedUtc,
    };

    public static OfficeLinkRecord FromEntity(TableEntity entity) => new(
        entity.RowKey,
        entity.GetString("OfficeId") ?? string.Empty,
        entity.GetInt32("Year") ?? 0,
        entity.GetDateTimeOffset("IssuedUtc") ?? DateTimeOffset.MinValue,
        entity.GetDateTimeOffset("ExpiresUtc") ?? DateTimeOffset.MinValue,
        entity.GetString("IssuedBy") ?? string.Empty,
        entity.GetDateTimeOffset("RevokedUtc"));
}
