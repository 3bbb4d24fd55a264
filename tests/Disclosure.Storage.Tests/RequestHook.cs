using Azure.Core;
using Azure.Core.Pipeline;

namespace Disclosure.Storage.Tests;

/// <summary>
/// A pipeline policy that runs <c>before</c> ahead of every request an SDK client sends: to interleave a second writer at a
/// chosen request, or to fault it by throwing. Added per call, ahead of the SDK's retries, so a thrown fault reaches the caller
/// as it is.
/// </summary>
internal sealed class RequestHook(Func<HttpMessage, Task> before) : HttpPipelinePolicy
{
    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await before(message);
        await ProcessNextAsync(message, pipeline);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        before(message).GetAwaiter().GetResult();
        ProcessNext(message, pipeline);
    }

    /// <summary>Whether the request is an entity-group transaction (<c>POST …/$batch</c>): an ingest's commit.</summary>
    public static bool IsBatch(HttpMessage message) =>
        message.Request.Method == RequestMethod.Post && message.Request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal);

    /// <summary>Whether the request adds a table entity (<c>POST</c>, not a <c>$batch</c>).</summary>
    public static bool IsPost(HttpMessage message) => message.Request.Method == RequestMethod.Post && !IsBatch(message);

    /// <summary>Whether the request updates or upserts a table entity (<c>PATCH</c>/<c>MERGE</c> or <c>PUT</c>).</summary>
    public static bool IsPatchOrPut(HttpMessage message) =>
        message.Request.Method == RequestMethod.Patch || message.Request.Method == RequestMethod.Put || message.Request.Method.Method == "MERGE";

    /// <summary>Whether the request writes a blob into <paramref name="container"/> (a PUT under <c>/{account}/{container}/</c>).</summary>
    public static bool IsBlobPut(HttpMessage message, string container) =>
        message.Request.Method == RequestMethod.Put && message.Request.Uri.Path.Contains($"/{container}/", StringComparison.Ordinal);
}
