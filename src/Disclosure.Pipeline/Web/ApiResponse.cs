using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Disclosure.Pipeline.Web;

/// <summary>
/// What an HTTP handler answers, host-neutral: status code, content type, body, and a redirect target. The function
/// app and the local host copy it onto their own response objects as it is.
/// </summary>
public sealed partial record ApiResponse(int StatusCode, string ContentType, byte[] Body, string? Location = null)
{
    public const string Json = "application/json; charset=utf-8";
    public const string Html = "text/html; charset=utf-8";

    /// <summary>Further response headers both hosts copy as they are (the office pages' security headers).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static ApiResponse HtmlPage(string html, int statusCode = 200) => new(statusCode, Html, Encoding.UTF8.GetBytes(html));

    /// <summary>
    /// An office page (reached by a secret link, so nothing may leak it): no referrer, a Content-Security-Policy that
    /// allows only the page's own inline style and script elements (by hash) and form posts to itself, no framing, no
    /// sniffing, no caching.
    /// </summary>
    public static ApiResponse PrivatePage(string html, int statusCode = 200) =>
        new(statusCode, Html, Encoding.UTF8.GetBytes(html)) { Headers = PrivateHeaders(ContentSecurityPolicy(html)) };

    /// <summary>A download reached by a secret link: the private headers, and a file name for the browser.</summary>
    public static ApiResponse PrivateFile(byte[] content, string contentType, string fileName) =>
        new(200, contentType, content)
        {
            Headers = new Dictionary<string, string>(PrivateHeaders("default-src 'none'; frame-ancestors 'none'"))
            {
                ["Content-Disposition"] = $"attachment; filename=\"{AsciiFallback(fileName)}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}",
            },
        };

    /// <summary>POST-redirect-GET: 303 to the result of a form post, with the private headers.</summary>
    public static ApiResponse SeeOther(string location) =>
        new(303, "text/plain; charset=utf-8", [], location) { Headers = PrivateHeaders("default-src 'none'; frame-ancestors 'none'") };

    /// <summary>The private headers of JSON reached by a secret link.</summary>
    public static IReadOnlyDictionary<string, string> PrivateJsonHeaders { get; } = PrivateHeaders("default-src 'none'; frame-ancestors 'none'");

    /// <summary>The policy of a page: <c>default-src 'none'</c>, and the hash of each inline style and script it ships.</summary>
    public static string ContentSecurityPolicy(string html)
    {
        static string Hashes(IEnumerable<Match> elements) => string.Join(' ', elements
            .Select(m => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups[1].Value)))}'")
            .Distinct(StringComparer.Ordinal));
        var styles = Hashes(StyleElement().Matches(html));
        var scripts = Hashes(ScriptElement().Matches(html));
        return "default-src 'none'; " +
            $"style-src {(styles.Length == 0 ? "'none'" : styles)}; " +
            $"script-src {(scripts.Length == 0 ? "'none'" : scripts)}; " +
            "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    }

    private static Dictionary<string, string> PrivateHeaders(string policy) => new()
    {
        ["Content-Security-Policy"] = policy,
        ["Referrer-Policy"] = "no-referrer",
        ["X-Content-Type-Options"] = "nosniff",
        ["X-Frame-Options"] = "DENY",
        ["Cache-Control"] = "no-store",
    };

    private static string AsciiFallback(string fileName) =>
        new([.. fileName.Select(c => c is >= ' ' and < (char)127 and not '"' and not '\\' ? c : '_')]);

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptElement();

    /// <summary>A small JSON error: <c>{"error": "..."}</c>, the message in Chinese.</summary>
    public static ApiResponse Error(int statusCode, string message) =>
        new(statusCode, Json, Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = message }, ErrorJson.Options) + "\n"));

    public static ApiResponse Redirect(string location) => new(301, "text/plain; charset=utf-8", [], location);

    /// <summary>A report year the API accepts (the CLI's range).</summary>
    public static bool IsYear(int year) => year is >= 2000 and <= 9999;

    private static class ErrorJson
    {
        internal static readonly System.Text.Json.JsonSerializerOptions Options = new()
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
    }
}
