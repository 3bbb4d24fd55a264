using System.Globalization;
using System.Text;
using Disclosure.Rendering.OpenData;
using Disclosure.Storage.Configuration;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Calendar;

namespace Disclosure.Pipeline.OfficeLinks;

/// <summary>
/// Issues, revokes and checks the offices' upload links. A link is <c>{base}/api/office/{year}/{token}</c>: it lets one
/// office put files for one year into <c>uploads/{year}/{officeId}/</c> and read their verdicts, nothing else. Issuing a
/// link for an office and year revokes the links issued before for them (one live link each, so a lost link is
/// replaced by issuing again).
/// </summary>
public sealed class OfficeLinkService(StorageClients storage, OfficeRoster roster, OfficeLinkOptions options, TimeProvider time)
{
    private readonly OfficeLinkTable _links = new(storage.OfficeLinks);

    public OfficeLinkOptions Options => options;

    /// <summary>Issues a link for an office on the roster; null when the office is not on it.</summary>
    public async Task<IssuedLink?> IssueAsync(string officeId, int year, int? days, string issuedBy, string? requestBase, CancellationToken ct)
    {
        if (await roster.GetAsync(officeId, ct).ConfigureAwait(false) is not { } office)
        {
            return null;
        }

        return await IssueAsync(office, year, days, issuedBy, requestBase, ct).ConfigureAwait(false);
    }

    /// <summary>Issues a link for every office on the roster (the roster import's <c>--links</c>), in roster order.</summary>
    public async Task<IReadOnlyList<IssuedLink>> IssueAllAsync(int year, int? days, string issuedBy, CancellationToken ct)
    {
        var issued = new List<IssuedLink>();
        foreach (var office in (await roster.ListAsync(ct).ConfigureAwait(false)).OrderBy(o => o.OfficeId, StringComparer.Ordinal))
        {
            issued.Add(await IssueAsync(office, year, days, issuedBy, null, ct).ConfigureAwait(false));
        }

        return issued;
    }

    /// <summary>Revokes every live link of an office and year; returns how many.</summary>
    public async Task<int> RevokeAsync(string officeId, int year, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var revoked = 0;
        foreach (var link in await _links.ListAsync(officeId, year, ct).ConfigureAwait(false))
        {
            if (!link.IsRevoked)
            {
                await _links.RevokeAsync(link, now, ct).ConfigureAwait(false);
                revoked++;
            }
        }

        return revoked;
    }

    /// <summary>What a request's link is: usable (with its office), or why not.</summary>
    public async Task<LinkCheck> CheckAsync(int year, string? token, CancellationToken ct)
    {
        if (!OfficeLinkTokens.IsWellFormed(token))
        {
            return new LinkCheck(LinkState.Unknown, null, null);
        }

        var link = await _links.GetAsync(OfficeLinkTokens.Hash(token!), ct).ConfigureAwait(false);
        if (link is null)
        {
            return new LinkCheck(LinkState.Unknown, null, null);
        }

        var office = await roster.GetAsync(link.OfficeId, ct).ConfigureAwait(false) ?? new Office(link.OfficeId, link.OfficeId, string.Empty, true);
        var state = link.IsRevoked ? LinkState.Revoked
            : time.GetUtcNow() >= link.ExpiresUtc ? LinkState.Expired
            : link.Year != year ? LinkState.OtherYear
            : LinkState.Valid;
        return new LinkCheck(state, link, office);
    }

    /// <summary>Counts an upload against the link's rate limit; false when the link has used up its window.</summary>
    public Task<bool> TryCountUploadAsync(OfficeLinkRecord link, CancellationToken ct) =>
        _links.TryCountUploadAsync(link.TokenHash, time.GetUtcNow(), options.Window, options.UploadsPerWindow, ct);

    /// <summary>The base the links point to: the setting, else the caller's own address, else the local host on Azurite.</summary>
    public string? BaseUrl(string? requestBase) =>
        options.BaseUrl ?? (string.IsNullOrEmpty(requestBase) ? null : requestBase.TrimEnd('/'))
        ?? (storage.Settings.IsDefaultLocal || storage.Settings.ConnectionString?.Contains("devstoreaccount1", StringComparison.Ordinal) == true
            ? OfficeLinkOptions.LocalBaseUrl
            : null);

    /// <summary>The path of a link's page: <c>/api/office/{year}/{token}</c>.</summary>
    public static string PagePath(int year, string token) => $"/api/office/{year.ToString("D4", CultureInfo.InvariantCulture)}/{token}";

    /// <summary>The CSV the openness office sends out: office id, name, link, expiry (Beijing time); UTF-8 with BOM so Excel reads the Chinese.</summary>
    public static byte[] LinksCsv(IEnumerable<IssuedLink> links)
    {
        var csv = new StringBuilder();
        CsvText.AppendRecord(csv, "office_id", "name", "link", "expires");
        foreach (var link in links)
        {
            CsvText.AppendRecord(csv, CsvText.TextField(link.Office.OfficeId), CsvText.TextField(link.Office.Name), CsvText.TextField(link.Url),
                BeijingTime.ToMinute(link.Record.ExpiresUtc));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private async Task<IssuedLink> IssueAsync(Office office, int year, int? days, string issuedBy, string? requestBase, CancellationToken ct)
    {
        var baseUrl = BaseUrl(requestBase) ?? throw new InvalidOperationException(
            $"No base address for office links: set {OfficeLinkOptions.Section}:BaseUrl to the function app's address.");
        // The admin function may issue the first link of a new account: the function app creates no tables at start.
        await storage.OfficeLinks.CreateIfNotExistsAsync(ct).ConfigureAwait(false);
        await RevokeAsync(office.OfficeId, year, ct).ConfigureAwait(false);
        var token = OfficeLinkTokens.NewToken();
        var now = time.GetUtcNow();
        var record = new OfficeLinkRecord(OfficeLinkTokens.Hash(token), office.OfficeId, year, now, now.AddDays(days is > 0 ? days.Value : options.Days), issuedBy);
        await _links.AddAsync(record, ct).ConfigureAwait(false);
        return new IssuedLink(office, record, baseUrl + PagePath(year, token));
    }
}

/// <summary>A link just issued: the only time its URL (with the secret) exists outside the office's hands.</summary>
public sealed record IssuedLink(Office Office, OfficeLinkRecord Record, string Url);

/// <summary>Why a link can or cannot be used.</summary>
public enum LinkState
{
    Valid,
    Unknown,
    Expired,
    Revoked,
    OtherYear,
}

/// <summary>The result of checking a request's link: its state, and the link and office when it exists.</summary>
public sealed record LinkCheck(LinkState State, OfficeLinkRecord? Link, Office? Office);
