using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Disclosure.Pipeline.Web.OfficePages;

/// <summary>What an upload form's body held: the file, or why there is none.</summary>
public sealed record MultipartRead(MultipartReadState State, string? FileName = null, byte[]? Content = null);

public enum MultipartReadState
{
    File,
    NoFile,
    TooLarge,
    Malformed,
}

/// <summary>
/// Reads the file of a <c>multipart/form-data</c> POST (the office page's plain form, or <c>disclosure upload --link</c>)
/// with no web framework type, so both hosts hand over the body as it is. The body is read only up to the reader's
/// file limit and a little for the form's own lines: a larger upload is refused without reading the rest.
/// </summary>
public static partial class MultipartForm
{
    /// <summary>What a form's boundaries and part headers may add to the file's own bytes.</summary>
    public const int Overhead = 64 * 1024;

    /// <summary>The file of the body; <paramref name="contentLength"/>, the request's Content-Length when it sent one, sizes the buffer once.</summary>
    public static async Task<MultipartRead> ReadFileAsync(string? contentType, Stream body, long maxFileBytes, CancellationToken ct, long? contentLength = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) ||
            !string.Equals(media.MediaType, "multipart/form-data", StringComparison.OrdinalIgnoreCase) ||
            media.Parameters.FirstOrDefault(p => string.Equals(p.Name, "boundary", StringComparison.OrdinalIgnoreCase))?.Value is not { Length: > 0 and <= 200 } boundary)
        {
            return new MultipartRead(MultipartReadState.Malformed);
        }

        var limit = maxFileBytes + Overhead;
        if (contentLength > limit)
        {
            return new MultipartRead(MultipartReadState.TooLarge);
        }

        using var buffer = new MemoryStream(contentLength is > 0 ? (int)contentLength.Value : 0);
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return new MultipartRead(MultipartReadState.TooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        var result = Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), boundary.Trim('"'));
        return result.State == MultipartReadState.File && result.Content!.LongLength > maxFileBytes ? new MultipartRead(MultipartReadState.TooLarge) : result;
    }

    /// <summary>The first part with a file name; parts without one (other fields) are skipped.</summary>
    public static MultipartRead Parse(ReadOnlySpan<byte> body, string boundary)
    {
        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var start = body.IndexOf(delimiter);
        if (start < 0)
        {
            return new MultipartRead(MultipartReadState.Malformed);
        }

        var rest = body[(start + delimiter.Length)..];
        var next = Encoding.ASCII.GetBytes("\r\n--" + boundary);
        while (true)
        {
            if (rest.StartsWith("--"u8))
            {
                return new MultipartRead(MultipartReadState.NoFile);
            }

            if (!rest.StartsWith("\r\n"u8))
            {
                return new MultipartRead(MultipartReadState.Malformed);
            }

            rest = rest[2..];
            var headersEnd = rest.IndexOf("\r\n\r\n"u8);
            if (headersEnd < 0 || headersEnd > 16 * 1024)
            {
                return new MultipartRead(MultipartReadState.Malformed);
            }

            var headers = Encoding.UTF8.GetString(rest[..headersEnd]);
            rest = rest[(headersEnd + 4)..];
            var end = DelimiterAt(rest, next);
            if (end < 0)
            {
                return new MultipartRead(MultipartReadState.Malformed);
            }

            if (FileNameOf(headers) is { } fileName)
            {
                return fileName.Length == 0 && end == 0
                    ? new MultipartRead(MultipartReadState.NoFile) // the form sent with no file chosen
                    : new MultipartRead(MultipartReadState.File, fileName, rest[..end].ToArray());
            }

            rest = rest[(end + next.Length)..];
        }
    }

    /// <summary>Where the next delimiter line starts: CRLF, <c>--boundary</c>, then CRLF or the closing <c>--</c> (a longer line that only begins like it is content).</summary>
    private static int DelimiterAt(ReadOnlySpan<byte> rest, ReadOnlySpan<byte> next)
    {
        for (var offset = 0; ;)
        {
            var found = rest[offset..].IndexOf(next);
            if (found < 0)
            {
                return -1;
            }

            var at = offset + found;
            var after = rest[(at + next.Length)..];
            if (after.StartsWith("\r\n"u8) || after.StartsWith("--"u8))
            {
                return at;
            }

            offset = at + 1;
        }
    }

    /// <summary>The file name of a part's Content-Disposition (<c>filename*</c> first, RFC 5987), or null for a field that is no file.</summary>
    public static string? FileNameOf(string headers)
    {
        var disposition = headers.Split("\r\n").FirstOrDefault(h => h.StartsWith("content-disposition:", StringComparison.OrdinalIgnoreCase));
        if (disposition is null)
        {
            return null;
        }

        if (ExtendedFileName().Match(disposition) is { Success: true } extended)
        {
            try
            {
                return Uri.UnescapeDataString(extended.Groups[1].Value);
            }
            catch (UriFormatException)
            {
                return string.Empty;
            }
        }

        var plain = QuotedFileName().Match(disposition);
        return plain.Success ? plain.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal) : null;
    }

    [GeneratedRegex(@";\s*filename\*\s*=\s*UTF-8''([^;\s]*)", RegexOptions.IgnoreCase)]
    private static partial Regex ExtendedFileName();

    [GeneratedRegex(@";\s*filename\s*=\s*""((?:[^""\\]|\\.)*)""", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedFileName();
}
