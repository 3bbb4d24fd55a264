using Disclosure.Pipeline.Publishing;
using Disclosure.Rendering.Status;

namespace Disclosure.Pipeline.Web;

/// <summary>The status page's publication facts from the publication table: the last version and a blocked attempt after it.</summary>
public sealed class PublishedYearSummary(PublishingService publishing)
{
    public async Task<(StatusPagePublication? LastPublished, StatusPageBlockedAttempt? LastBlocked)> GetAsync(int year, CancellationToken ct)
    {
        var last = (await publishing.VersionsAsync(year, ct).ConfigureAwait(false))
            .Where(v => v.State == PublicationTable.Published)
            .MaxBy(v => v.Version);
        var blocked = (await publishing.BlockedAsync(year, ct).ConfigureAwait(false)).MaxBy(b => b.AttemptedUtc);

        var published = last is null
            ? null
            : new StatusPagePublication(last.Version, last.PublishedUtc, last.PublishedBy, $"/{year}/v{last.Version}/", last.ForcedReason);
        // A blocked attempt matters only until a later version is published.
        var attempt = blocked is null || (last is not null && blocked.AttemptedUtc < last.PublishedUtc)
            ? null
            : new StatusPageBlockedAttempt(blocked.AttemptedUtc, blocked.AttemptedBy, blocked.Reasons);
        return (published, attempt);
    }
}
