using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Disclosure.Pipeline.OfficeLinks;

/// <summary>
/// Settings of the offices' upload links (section <c>OfficeLinks</c>; docs/security.md): where the links point, how long
/// a link lives, and the upload rate each link is allowed.
/// </summary>
public sealed record OfficeLinkOptions
{
    public const string Section = "OfficeLinks";

    /// <summary>The base of the links when <see cref="BaseUrl"/> is not set and storage is the local Azurite: the local host.</summary>
    public const string LocalBaseUrl = "http://localhost:7071";

    public static OfficeLinkOptions Default { get; } = new();

    /// <summary>The address of the function app (or local host) the links point to, e.g. https://app.azurewebsites.net (<c>OfficeLinks:BaseUrl</c>).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>How long a new link is valid (<c>OfficeLinks:Days</c>, default 90).</summary>
    public int Days { get; init; } = 90;

    /// <summary>Uploads one link may make in one window (<c>OfficeLinks:UploadsPerWindow</c>, default 20).</summary>
    public int UploadsPerWindow { get; init; } = 20;

    /// <summary>The rate limit's window (<c>OfficeLinks:WindowMinutes</c>, default 10).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(10);

    public static OfficeLinkOptions FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var options = new OfficeLinkOptions { BaseUrl = string.IsNullOrWhiteSpace(section["BaseUrl"]) ? null : section["BaseUrl"]!.Trim().TrimEnd('/') };
        if (Positive(section["Days"]) is { } days)
        {
            options = options with { Days = days };
        }

        if (Positive(section["UploadsPerWindow"]) is { } uploads)
        {
            options = options with { UploadsPerWindow = uploads };
        }

        if (Positive(section["WindowMinutes"]) is { } minutes)
        {
            options = options with { Window = TimeSpan.FromMinutes(minutes) };
        }

        return options;
    }

    private static int? Positive(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
