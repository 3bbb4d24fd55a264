using Microsoft.Extensions.Configuration;

namespace Disclosure.Pipeline.Publishing;

/// <summary>
/// Settings of publishing (section <c>Publishing</c>; docs/publishing.md). The consolidated report's body is
/// <see cref="BodyName"/> when set, else the government office's roster name without its trailing "办公室"
/// (长春市二道区人民政府办公室 → 长春市二道区人民政府). The government office is <see cref="GovernmentOfficeId"/> when set, else
/// the first office of kind <c>government</c> on the roster, else the office with id <c>gov_office</c>.
/// </summary>
public sealed record PublishingOptions
{
    public const string Section = "Publishing";

    /// <summary>The kind the roster gives the government's office.</summary>
    public const string GovernmentKind = "government";

    /// <summary>The government office's id when the roster marks no office as <see cref="GovernmentKind"/>.</summary>
    public const string DefaultGovernmentOfficeId = "gov_office";

    /// <summary>The static website's container (the storage account's static website).</summary>
    public const string SiteContainer = "$web";

    public static PublishingOptions Default { get; } = new();

    public string? BodyName { get; init; }

    public string? GovernmentOfficeId { get; init; }

    public MonthDay DepartmentsDeadline { get; init; } = new(1, 31);

    public MonthDay GovernmentDeadline { get; init; } = new(3, 31);

    /// <summary>How long ingest must be quiet before drafts are assembled again (<c>Publishing:DraftsQuietMinutes</c>, default 30).</summary>
    public TimeSpan DraftsQuietPeriod { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Reports rendered and written at once.</summary>
    public int Concurrency { get; init; } = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>The site's address printed by the CLI (<c>Publishing:SiteUrl</c>), e.g. http://localhost:7071/.</summary>
    public string? SiteUrl { get; init; }

    public static PublishingOptions FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var options = new PublishingOptions
        {
            BodyName = NullIfEmpty(section["BodyName"]),
            GovernmentOfficeId = NullIfEmpty(section["GovernmentOfficeId"]),
            SiteUrl = NullIfEmpty(section["SiteUrl"]),
        };
        if (NullIfEmpty(section["DepartmentsDeadline"]) is { } departments)
        {
            options = options with { DepartmentsDeadline = MonthDay.Parse(departments) };
        }

        if (NullIfEmpty(section["GovernmentDeadline"]) is { } government)
        {
            options = options with { GovernmentDeadline = MonthDay.Parse(government) };
        }

        if (int.TryParse(section["DraftsQuietMinutes"], out var minutes) && minutes >= 0)
        {
            options = options with { DraftsQuietPeriod = TimeSpan.FromMinutes(minutes) };
        }

        if (int.TryParse(section["Concurrency"], out var concurrency) && concurrency > 0)
        {
            options = options with { Concurrency = concurrency };
        }

        return options;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
