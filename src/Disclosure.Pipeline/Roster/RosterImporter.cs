using Disclosure.Storage.Tables;
using Disclosure.Submissions;

namespace Disclosure.Pipeline.Roster;

/// <summary>The outcome of a roster import: the offices written, or the problems that stopped it.</summary>
public sealed record RosterImportResult(IReadOnlyList<Office> Offices, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Imports a roster CSV into the <c>offices</c> table: all rows or none (a file with any bad line writes
/// nothing). Existing offices are updated, others kept.
/// </summary>
public sealed class RosterImporter(OfficeRoster roster)
{
    public async Task<RosterImportResult> ImportAsync(byte[] content, CancellationToken ct)
    {
        var (offices, problems) = RosterCsv.Parse(content);
        if (problems.Count > 0)
        {
            return new RosterImportResult([], problems);
        }

        await roster.UpsertAsync(offices, ct).ConfigureAwait(false);
        return new RosterImportResult(offices, []);
    }
}
