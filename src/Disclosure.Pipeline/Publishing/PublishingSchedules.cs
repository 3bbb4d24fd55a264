namespace Disclosure.Pipeline.Publishing;

/// <summary>
/// The timers' NCRONTAB schedules (six fields, seconds first), from the settings <c>Schedules:{name}</c>, which the
/// function app binds as <c>%Schedules:…%</c> and the local host reads. In UTC: Flex Consumption has no time-zone setting
/// (Beijing is UTC+8 all year). docs/publishing.md lists them.
/// </summary>
public static class PublishingSchedules
{
    public const string Section = "Schedules";

    /// <summary>Nightly drafts: 18:00 UTC = 02:00 Beijing.</summary>
    public const string AssembleDrafts = "0 0 18 * * *";

    /// <summary>Every 10 minutes: drafts once ingest has been quiet for <see cref="PublishingOptions.DraftsQuietPeriod"/>.</summary>
    public const string DraftsWhenQuiet = "0 */10 * * * *";

    /// <summary>January to March, daily 01:00 UTC = 09:00 Beijing: publishes once the gate passes; unchanged inputs write nothing.</summary>
    public const string PublishAnnualReport = "0 0 1 * 1-3 *";

    /// <summary>Every schedule by its function's name, with its default.</summary>
    public static IReadOnlyDictionary<string, string> Defaults { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(AssembleDrafts)] = AssembleDrafts,
        [nameof(DraftsWhenQuiet)] = DraftsWhenQuiet,
        [nameof(PublishAnnualReport)] = PublishAnnualReport,
    };

    /// <summary>"timer:PublishAnnualReport": who published, in the manifest.</summary>
    public static string Publisher(string timer) => $"timer:{timer}";
}
