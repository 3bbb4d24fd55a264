using System.Text;

namespace Disclosure.Pipeline.Web;

/// <summary>
/// What an HTTP handler answers, host-neutral: status code, content type, body, and a redirect target. The function
/// app and the local host copy it onto their own response objects as it is.
/// </summary>
public sealed record ApiResponse(int StatusCode, string ContentType, byte[] Body, string? Location = null)
{
    public const string Json = "application/json; charset=utf-8";
    public const string Html = "text/html; charset=utf-8";

    public static ApiResponse HtmlPage(string html, int statusCode = 200) => new(statusCode, Html, Encoding.UTF8.GetBytes(html));

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
