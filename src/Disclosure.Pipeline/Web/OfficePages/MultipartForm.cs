using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

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
/// with ASP.NET Core's <see cref="MultipartReader"/> over the body as the host hands it over, so both hosts read it the
/// same way. The file is kept only up to the reader's file limit: a larger upload is refused without keeping the rest,
/// and a body whose Content-Length already says so is refused unread.
/// </summary>
public static class MultipartForm
{
    /// <summary>What a form's boundaries and part headers may add to the file's own bytes.</summary>
    public const int Overhead = 64 * 1024;

    /// <summary>The longest part headers read (the reader's own default is the same order).</summary>
    private const int HeadersLengthLimit = 16 * 1024;

    /// <summary>The file of the body; <paramref name="contentLength"/>, the request's Content-Length when it sent one, refuses an oversized body unread.</summary>
    public static async Task<MultipartRead> ReadFileAsync(string? contentType, Stream body, long maxFileBytes, CancellationToken ct, long? contentLength = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) ||
            !media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase) ||
            HeaderUtilities.RemoveQuotes(media.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return new MultipartRead(MultipartReadState.Malformed);
        }

        if (contentLength > maxFileBytes + Overhead)
        {
            return new MultipartRead(MultipartReadState.TooLarge);
        }

        var reader = new MultipartReader(boundary, body) { HeadersLengthLimit = HeadersLengthLimit };
        try
        {
            // Parts that are no file (other fields) are skipped: the reader drains them without keeping them.
            while (await reader.ReadNextSectionAsync(ct).ConfigureAwait(false) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) ||
                    FileNameOf(disposition) is not { } fileName)
                {
                    continue;
                }

                var content = await ReadLimitedAsync(section.Body, maxFileBytes, (int)Math.Min(contentLength ?? 0, maxFileBytes), ct).ConfigureAwait(false);
                if (content is null)
                {
                    return new MultipartRead(MultipartReadState.TooLarge);
                }

                return fileName.Length == 0 && content.Length == 0
                    ? new MultipartRead(MultipartReadState.NoFile) // the form sent with no file chosen
                    : new MultipartRead(MultipartReadState.File, fileName, content);
            }

            return new MultipartRead(MultipartReadState.NoFile);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // No boundary, a part never closed, headers past the limit: the body is not a form.
            return new MultipartRead(MultipartReadState.Malformed);
        }
    }

    /// <summary>The file name of a part's Content-Disposition header value (<c>filename*</c> first, RFC 5987), or null for a field that is no file.</summary>
    public static string? FileNameOf(string disposition) =>
        ContentDispositionHeaderValue.TryParse(disposition, out var value) ? FileNameOf(value) : null;

    private static string? FileNameOf(ContentDispositionHeaderValue disposition)
    {
        if (!disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (disposition.FileNameStar.HasValue)
        {
            return disposition.FileNameStar.Value;
        }

        // A part with a filename parameter is the file input, even when its name is empty (no file chosen).
        return disposition.Parameters.Any(p => p.Name.Equals("filename", StringComparison.OrdinalIgnoreCase))
            ? HeaderUtilities.UnescapeAsQuotedString(disposition.FileName).Value ?? string.Empty
            : null;
    }

    /// <summary>The part's bytes, or null once they pass <paramref name="limit"/> (the rest is not kept). The buffer is sized once from the body's length (a 20 MiB file would otherwise be copied as the buffer doubles).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream part, long limit, int capacity, CancellationToken ct)
    {
        using var buffer = new MemoryStream(capacity);
        var chunk = new byte[81920];
        int read;
        while ((read = await part.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
