using Disclosure.Validation;

namespace Disclosure.Rendering.Status;

/// <summary>
/// What the openness office's status page shows for one year. Pure data: the pipeline fills it from storage
/// (status, consolidation, calendar, publications), the page only draws it.
/// </summary>
public sealed record StatusPageModel
{
    public required int Year { get; init; }

    /// <summary>Every office on the roster, in the order the page lists them (the handler sorts).</summary>
    public required IReadOnlyList<StatusPageOffice> Offices { get; init; }

    /// <summary>The sort in force: <c>office</c>, <c>state</c> or <c>errors</c>.</summary>
    public string Sort { get; init; } = StatusSort.Office;

    public int RequiredCount { get; init; }

    /// <summary>Required offices with an accepted submission in force.</summary>
    public int RequiredComplete { get; init; }

    /// <summary>Office ids that uploaded without being on the roster.</summary>
    public IReadOnlyList<string> UnlistedOffices { get; init; } = [];

    /// <summary>The deadlines of the year's reports with the days left (Beijing time).</summary>
    public IReadOnlyList<StatusPageDeadline> Deadlines { get; init; } = [];

    /// <summary>The consolidated figures so far (sum of accepted submissions) and their findings; null when none is accepted.</summary>
    public StatusPageFigures? Consolidated { get; init; }

    /// <summary>The last published version, when the publishing service knows one.</summary>
    public StatusPagePublication? LastPublished { get; init; }

    /// <summary>The last blocked attempt to publish, when there was one after the last version.</summary>
    public StatusPageBlockedAttempt? LastBlocked { get; init; }

    /// <summary>When the page was made.</summary>
    public required DateTimeOffset GeneratedUtc { get; init; }

    /// <summary>Builds the link to an office's validation page from the blob name status gives.</summary>
    public Func<string, string> ValidationLink { get; init; } = name => "../../validation/" + name;

    /// <summary>Builds the link of this page in another sort.</summary>
    public Func<string, string> SortLink { get; init; } = sort => "?sort=" + sort;

    public double Completeness => RequiredCount == 0 ? 1 : (double)RequiredComplete / RequiredCount;
}

/// <summary>One office's row on the status page.</summary>
public sealed record StatusPageOffice(
    string OfficeId,
    string Name,
    bool Required,
    StatusPageState State,
    int Errors,
    int Warnings,
    bool HasNarrative,
    DateTimeOffset? LastUploadUtc,
    string? ValidationReport,
    string? Error);

/// <summary>The four states, in the order sorting by state shows them (what needs attention first).</summary>
public enum StatusPageState
{
    /// <summary>处理失败</summary>
    Failed,

    /// <summary>被退回</summary>
    Rejected,

    /// <summary>未提交</summary>
    Missing,

    /// <summary>已通过</summary>
    Accepted,
}

/// <summary>The page's sort keys (query <c>?sort=</c>).</summary>
public static class StatusSort
{
    public const string Office = "office";
    public const string State = "state";
    public const string Errors = "errors";

    public static IReadOnlyList<string> All { get; } = [Office, State, Errors];

    /// <summary>A known sort key, or <see cref="Office"/>.</summary>
    public static string Parse(string? value) => value is State or Errors ? value : Office;
}

/// <summary>A report's legal deadline and the whole days left to it (negative when passed).</summary>
public sealed record StatusPageDeadline(string Label, DateOnly Date, int DaysLeft);

/// <summary>Key totals of the consolidated figures so far and the rules' findings on them.</summary>
public sealed record StatusPageFigures(int Offices, IReadOnlyDictionary<string, decimal> Figures, IReadOnlyList<Finding> Findings);

/// <summary>The last published version (filled by the publishing service).</summary>
public sealed record StatusPagePublication(int Version, DateTimeOffset PublishedUtc, string PublishedBy, string? Link = null, string? ForcedReason = null);

/// <summary>A publication the gate blocked (filled by the publishing service).</summary>
public sealed record StatusPageBlockedAttempt(DateTimeOffset AttemptedUtc, string AttemptedBy, IReadOnlyList<string> Reasons);
