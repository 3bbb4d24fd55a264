using System.Security.Cryptography;
using System.Text;
using Azure;

namespace Disclosure.Storage.Blobs;

/// <summary>
/// Short stable ids: an upload (one version of one blob: name and ETag) and content hashes.
/// The CLI computes the same id from its upload response to find the verdict in the log.
/// </summary>
public static class UploadIds
{
    // A listing gives the ETag bare where a response header quotes it; both name the same version.
    public static string For(string blobName, ETag etag) => Hex(SHA256.HashData(Encoding.UTF8.GetBytes($"{blobName}\n{etag.ToString().Trim('"')}")))[..24];

    public static string Sha256(ReadOnlySpan<byte> content) => Hex(SHA256.HashData(content));

    public static string Hex(ReadOnlySpan<byte> hash) => Convert.ToHexStringLower(hash);
}
