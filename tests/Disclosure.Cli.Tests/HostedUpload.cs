using Azure.Storage.Blobs.Models;
using Disclosure.Pipeline.Ingest;
using Disclosure.Testing;

namespace Disclosure.Cli.Tests;

/// <summary>
/// <c>disclosure upload</c>, the real process, while the test plays the host: each blob the command writes under the
/// office's folder is handed to <c>host</c> (ingest it, or record a failure) as the local host would, and the command's
/// wait for the verdict ends.
/// </summary>
internal static class HostedUpload
{
    public static async Task<DisclosureProcess.Result> RunAsync(
        AzuriteFixture azurite, int year, string office, string file, Func<IngestService, string, Task<IngestOutcome>> host)
    {
        var known = azurite.Storage.Uploads.GetBlobs(BlobTraits.None, BlobStates.None, $"{year}/{office}/", default).Select(b => b.Name).ToHashSet(StringComparer.Ordinal);
        var upload = Task.Run(() => DisclosureProcess.RunWith(azurite.ConnectionString, "upload", file, "--office", office, "--year", $"{year}", "--timeout", "60"));
        var ingest = new IngestService(azurite.Storage, new IngestOptions { CurrentYear = year + 3 });
        while (!upload.IsCompleted)
        {
            await foreach (var blob in azurite.Storage.Uploads.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{year}/{office}/", default))
            {
                if (known.Add(blob.Name))
                {
                    await host(ingest, blob.Name);
                }
            }

            await Task.WhenAny(upload, Task.Delay(200));
        }

        return await upload;
    }
}
