using Disclosure.Submissions;

using Azure.Data.Tables;

namespace Disclosure.Storage.Tables;

/// <summary>
/// The <c>offices</c> table: one partition (<c>"roster"</c>; a province's thousands of rows read in a few
/// pages), row key = office id. Import adds and updates; offices are never deleted, so old uploads keep their office.
/// </summary>
public sealed class OfficeRoster(TableClient table)
{
    public const string Partition = "roster";

    public async Task<Office?> GetAsync(string officeId, CancellationToken ct)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(Partition, officeId, cancellationToken: ct).ConfigureAwait(false);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    public async Task<List<Office>> ListAsync(CancellationToken ct)
    {
        var offices = new List<Office>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: ct).ConfigureAwait(false))
        {
            offices.Add(FromEntity(entity));
        }

        return offices;
    }

    /// <summary>Adds or replaces the given offices, a hundred per transaction (the service's limit).</summary>
    public async Task UpsertAsync(IReadOnlyList<Office> offices, CancellationToken ct)
    {
        foreach (var chunk in offices.Chunk(100))
        {
            var actions = chunk.Select(o => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(o)));
            await table.SubmitTransactionAsync(actions, ct).ConfigureAwait(false);
        }
    }

    private static TableEntity ToEntity(Office office) => new(Partition, office.OfficeId)
    {
        ["Name"] = office.Name,
        ["Kind"] = office.Kind,
        ["Required"] = office.Required,
    };

    private static Office FromEntity(TableEntity entity) =>
        new(entity.RowKey, entity.GetString("Name") ?? entity.RowKey, entity.GetString("Kind") ?? string.Empty, entity.GetBoolean("Required") ?? true);
}
