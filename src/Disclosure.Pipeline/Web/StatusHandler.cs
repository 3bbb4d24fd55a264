using Disclosure.Contracts;
using Disclosure.Pipeline.Publishing;
using Disclosure.Pipeline.Status;
using Disclosure.Rendering.Site;
using Disclosure.Rendering.Status;
using Disclosure.Reports;
using Disclosure.Storage.Configuration;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;

namespace Disclosure.Pipeline.Web;

/// <summary>
/// <c>GET /api/status/{year}</c> (the CLI's <c>status --json</c> bytes) and <c>GET /api/status/{year}/page</c> (the
/// openness office's page). Both hosts call these methods as they are.
/// </summary>
public sealed class StatusHandler(
    StatusService status,
    StorageClients storage,
    ReportCalendar calendar,
    TimeProvider time,
    PublishedYearSummary publications)
{
    /// <summary>The status JSON: exactly what <c>disclosure status --year Y --json</c> prints, final newline included.</summary>
    public async Task<ApiResponse> GetJsonAsync(int year, CancellationToken ct)
    {
        if (!ApiResponse.IsYear(year))
        {
            return ApiResponse.Error(400, "年度应为四位数字。");
        }

        var result = await status.GetAsync(year, ct).ConfigureAwait(false);
        return new ApiResponse(200, ApiResponse.Json, Bytes(result));
    }

    /// <summary>The bytes the CLI writes for a status: the contract's JSON and a newline.</summary>
    public static byte[] Bytes(YearStatus result) => [.. ContractJson.ToUtf8Bytes(result.ToContract()), (byte)'\n'];

    /// <summary>
    /// The status page, sorted by <paramref name="sort"/> (<c>office</c>, <c>state</c>, <c>errors</c>; anything else is
    /// <c>office</c>); <paramref name="validationBase"/> is where the validation pages are served, relative to the page
    /// or absolute (ends with <c>/</c>); <paramref name="functionKey"/>, when the caller gave one in the query
    /// (<c>?code=</c>, the function app), is carried into the page's links so they work with the same key.
    /// </summary>
    public async Task<ApiResponse> GetPageAsync(int year, string? sort, CancellationToken ct, string validationBase = "../../validation/", string? functionKey = null)
    {
        if (!ApiResponse.IsYear(year))
        {
            return ApiResponse.HtmlPage(NotFoundPage.Render("年度应为四位数字。"), 400);
        }

        var result = await status.GetAsync(year, ct).ConfigureAwait(false);
        var model = await BuildModelAsync(result, StatusSort.Parse(sort), validationBase, ct, functionKey).ConfigureAwait(false);
        return ApiResponse.HtmlPage(StatusPage.Render(model));
    }

    /// <summary>The page's model from a year's status: offices sorted, deadlines, consolidated figures so far, publication.</summary>
    public async Task<StatusPageModel> BuildModelAsync(YearStatus result, string sort, string validationBase, CancellationToken ct, string? functionKey = null)
    {
        var key = string.IsNullOrEmpty(functionKey) ? "" : "code=" + Uri.EscapeDataString(functionKey);
        var now = time.GetUtcNow();
        var offices = result.Offices.Select(o => new StatusPageOffice(
            o.OfficeId, o.Name, o.Required, ToPageState(o.State), o.Errors, o.Warnings, o.HasNarrative, o.LastUploadUtc, o.LatestReportHtml, o.Error));
        var (published, blocked) = await publications.GetAsync(result.Year, ct).ConfigureAwait(false);
        return new StatusPageModel
        {
            Year = result.Year,
            Offices = StatusPage.Sorted(offices, sort),
            Sort = sort,
            RequiredCount = result.RequiredCount,
            RequiredComplete = result.RequiredComplete,
            UnlistedOffices = result.UnlistedOffices,
            Deadlines =
            [
                new("各部门年度报告", calendar.DepartmentsDeadline(result.Year), calendar.DepartmentsDaysLeft(result.Year)),
                new("本级政府年度报告", calendar.GovernmentDeadline(result.Year), calendar.DaysLeft(result.Year)),
            ],
            Consolidated = await ConsolidateAsync(result, ct).ConfigureAwait(false),
            LastPublished = published,
            LastBlocked = blocked,
            GeneratedUtc = now,
            ValidationLink = name => validationBase + string.Join('/', name.Split('/').Select(Uri.EscapeDataString)) + (key.Length == 0 ? "" : "?" + key),
            SortLink = sortKey => "?sort=" + sortKey + (key.Length == 0 ? "" : "&" + key),
        };
    }

    /// <summary>The sum of every accepted submission in force, checked again by the form's rules (narrative findings left to the 文字部分 column).</summary>
    private async Task<StatusPageFigures?> ConsolidateAsync(YearStatus result, CancellationToken ct)
    {
        var table = new SubmissionTable(storage.Submissions);
        var submissions = new List<Submission>();
        foreach (var office in result.Offices.Where(o => o.HasCurrent))
        {
            if (await table.GetSubmissionAsync(SubmissionKeys.Partition(result.Year, office.OfficeId), ct).ConfigureAwait(false) is { } submission)
            {
                submissions.Add(submission);
            }
        }

        if (submissions.Count == 0)
        {
            return null;
        }

        var report = Consolidation.Consolidate(new ReportBody(Consolidation.ConsolidatedOfficeId, Consolidation.DefaultConsolidatedName, true),
            result.Year, submissions, ReportNarrative.Empty);
        return new StatusPageFigures(submissions.Count, report.Figures,
            [.. report.Findings.Where(f => !f.Rule.StartsWith("narrative.", StringComparison.Ordinal))]);
    }

    private static StatusPageState ToPageState(OfficeState state) => state switch
    {
        OfficeState.Accepted => StatusPageState.Accepted,
        OfficeState.Rejected => StatusPageState.Rejected,
        OfficeState.Missing => StatusPageState.Missing,
        _ => StatusPageState.Failed,
    };
}
