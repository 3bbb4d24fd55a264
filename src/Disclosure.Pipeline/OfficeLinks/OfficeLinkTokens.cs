using System.Security.Cryptography;
using System.Text;
using Disclosure.Storage.Blobs;

namespace Disclosure.Pipeline.OfficeLinks;

/// <summary>
/// A link's secret: 32 random bytes (RandomNumberGenerator) as base64url, 43 characters. Storage keeps only its SHA-256
/// in hex; a request's token is hashed and looked up by that hash, so no secret is ever compared.
/// </summary>
public static class OfficeLinkTokens
{
    public const int SecretBytes = 32;

    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));

    public static string Hash(string token) => UploadIds.Hex(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A token of the shape <see cref="NewToken"/> makes: 43 base64url characters (anything else is not looked up).</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
