using Disclosure.Rendering.Status;

namespace Disclosure.Pipeline.Web;

/// <summary>
/// The status page's publication facts for a year: the last published version and the last blocked attempt. The
/// publishing service provides it (registered in <c>AddDisclosure</c> at its merge); without one the page says the
/// year is not published and shows no blocked attempt. No data is made up here.
/// </summary>
public interface IPublicationSummary
{
    Task<(StatusPagePublication? LastPublished, StatusPageBlockedAttempt? LastBlocked)> GetAsync(int year, CancellationToken ct);
}
