using Disclosure.Rendering.Pages;

namespace Disclosure.Rendering.Site;

/// <summary>The Chinese page for an address that is not there (or is refused).</summary>
public static class NotFoundPage
{
    public static string Render(string? message = null) => PageRenderer.Render<NotFoundDocument>(
        message is null ? new Dictionary<string, object?>() : new Dictionary<string, object?> { [nameof(NotFoundDocument.Message)] = message });
}
