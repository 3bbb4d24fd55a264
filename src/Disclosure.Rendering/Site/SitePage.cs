using System.Text;
using Disclosure.Rendering.Pages;

namespace Disclosure.Rendering.Site;

/// <summary>A page of the public site (<c>$web</c>): a title, notices (which version is current, why it was forced) and lists of links.</summary>
public sealed record SitePage(string Title, IReadOnlyList<SiteNotice> Notices, IReadOnlyList<SiteSection> Sections)
{
    /// <summary>The page as a self-contained HTML document (the product's stylesheet, no script).</summary>
    public string Render() => PageRenderer.Render<SiteDocument>(new Dictionary<string, object?> { [nameof(SiteDocument.Page)] = this });

    public byte[] RenderUtf8() => Encoding.UTF8.GetBytes(Render());
}

/// <summary>A line at the top of a page, with an optional link (e.g. to the current version).</summary>
public sealed record SiteNotice(string Text, string? Href = null, string? LinkText = null);

/// <summary>A titled list of links.</summary>
public sealed record SiteSection(string Heading, IReadOnlyList<SiteEntry> Entries);

/// <summary>One link of a list (a report's page, a year) with its downloads (PDF, JSON, CSV).</summary>
public sealed record SiteEntry(string Name, string Href, IReadOnlyList<SiteLink> Downloads, string? Note = null);

/// <summary>A download link.</summary>
public sealed record SiteLink(string Name, string Href);

/// <summary>
/// Puts site notices into a report page rendered for the archive (<c>reports/…/index.html</c> stays as written): the
/// site's copy says which version is current, links to it, and carries the reason when the gate was forced.
/// </summary>
public static class SiteBanner
{
    public static byte[] Insert(byte[] page, IReadOnlyList<SiteNotice> notices)
    {
        if (notices.Count == 0)
        {
            return page;
        }

        var html = Encoding.UTF8.GetString(page);
        var builder = new StringBuilder("<div class=\"page site-banner\" role=\"note\">");
        foreach (var notice in notices)
        {
            builder.Append("<p class=\"meta notice\">").Append(System.Net.WebUtility.HtmlEncode(notice.Text));
            if (notice.Href is { } href)
            {
                builder.Append(" <a href=\"").Append(System.Net.WebUtility.HtmlEncode(href)).Append("\">")
                    .Append(System.Net.WebUtility.HtmlEncode(notice.LinkText ?? href)).Append("</a>");
            }

            builder.Append("</p>");
        }

        builder.Append("</div>");
        var at = html.IndexOf("<body>", StringComparison.Ordinal);
        html = at < 0 ? builder + html : html.Insert(at + "<body>".Length, builder.ToString());
        return Encoding.UTF8.GetBytes(html);
    }
}
