using System.Net;
using System.Net.Http.Headers;
using Disclosure.Contracts;

namespace Disclosure.Pipeline.Uploads;

/// <summary>
/// A clerk's upload through the office's link, as the page's form does it: a multipart POST of the file to the link,
/// whose 303 names the upload's verdict; then the verdict's JSON (<c>…/uploads/{id}.json</c>) is polled until ingest has
/// recorded it. Needs no storage access: the link is the only credential (<c>disclosure upload --link</c>).
/// </summary>
public sealed class LinkUploadClient(HttpClient http, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Posts the file; the verdict's address on success, else the status code the link answered with.</summary>
    public async Task<LinkUpload> SendAsync(Uri link, byte[] content, string fileName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(link);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", Path.GetFileName(fileName));
        using var request = new HttpRequestMessage(HttpMethod.Post, link) { Content = form };
        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.SeeOther && response.Headers.Location is { } location)
        {
            return new LinkUpload(response.StatusCode, new Uri(link, location));
        }

        return new LinkUpload(response.StatusCode, null);
    }

    /// <summary>Polls the verdict until it is no longer pending, or the timeout passes (then the last, pending, answer or null).</summary>
    public async Task<OfficeUploadVerdictContract?> WaitForVerdictAsync(Uri verdict, TimeSpan timeout, CancellationToken ct, TimeSpan? pollInterval = null)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var json = new Uri(verdict, verdict.AbsolutePath.Split('/')[^1] + ".json");
        var deadline = _time.GetUtcNow() + timeout;
        OfficeUploadVerdictContract? last = null;
        while (true)
        {
            using (var response = await http.GetAsync(json, ct).ConfigureAwait(false))
            {
                if (response.IsSuccessStatusCode)
                {
                    last = ContractJson.ReadOfficeUploadVerdict(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false));
                    if (last is not null && last.State != "pending")
                    {
                        return last;
                    }
                }
            }

            if (_time.GetUtcNow() >= deadline)
            {
                return last;
            }

            await Task.Delay(pollInterval ?? TimeSpan.FromMilliseconds(500), _time, ct).ConfigureAwait(false);
        }
    }
}

/// <summary>The answer to a POST through a link: its status and, when the upload was taken, where its verdict is.</summary>
public sealed record LinkUpload(HttpStatusCode Status, Uri? Verdict);
