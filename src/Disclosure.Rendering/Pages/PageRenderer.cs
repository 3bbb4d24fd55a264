using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace Disclosure.Rendering.Pages;

/// <summary>
/// Renders a Razor component, with its parameters, to a whole HTML document: a doctype, then the component's markup.
/// Razor encodes every expression; the encoder here leaves Chinese readable in the page's source and still encodes
/// the markup characters (&amp; &lt; &gt; " ' +). Synchronous for callers: the pages' components do no I/O, so the
/// render completes on the calling thread.
/// </summary>
public static class PageRenderer
{
    private const string Doctype = "<!DOCTYPE html>\n";

    private static readonly PageServices Services = new(HtmlEncoder.Create(UnicodeRanges.All));

    public static string Render<TComponent>(IReadOnlyDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        // One renderer a page: a renderer keeps every root component it rendered until it is disposed.
        using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        var html = renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(new Dictionary<string, object?>(parameters)));
            return output.ToHtmlString();
        }).GetAwaiter().GetResult();
        return Doctype + html + "\n";
    }

    /// <summary>The only service the pages need: the HTML encoder.</summary>
    private sealed class PageServices(HtmlEncoder encoder) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(HtmlEncoder) ? encoder : null;
    }
}
