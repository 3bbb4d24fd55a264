using System.Text.RegularExpressions;
using Azure.Storage.Blobs.Models;
using Disclosure.Contracts;
using Disclosure.Narratives;
using Disclosure.Pipeline.Ingest;
using Disclosure.Pipeline.OfficeLinks;
using Disclosure.Pipeline.Publishing;
using Disclosure.Pipeline.Uploads;
using Disclosure.Rendering.OfficePages;
using Disclosure.Storage.Blobs;
using Disclosure.Storage.Configuration;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Validation;
using Disclosure.Workbooks;

namespace Disclosure.Pipeline.Web.OfficePages;

/// <summary>
/// The office's pages behind its link <c>/api/office/{year}/{token}</c> (anonymous: the token is the credential):
/// <list type="bullet">
/// <item><c>GET</c> the page (deadline, templates, upload form, history); <c>POST</c> (multipart) an upload, answered
/// with 303 to the upload's verdict;</item>
/// <item><c>GET …/template.xlsx</c>, <c>…/narrative.docx</c>: the office's own workbook template and the narrative skeleton;</item>
/// <item><c>GET …/uploads/{uploadId}</c> the verdict page (reloading itself while ingest runs), <c>…/uploads/{uploadId}.json</c>
/// the same as JSON for <c>disclosure upload --link</c>.</item>
/// </list>
/// The upload only writes <c>uploads/{link's year}/{link's office}/{cleaned file name}</c>; ingest is the blob trigger's,
/// as for a file put into storage. Refusals: unknown link 404, expired or revoked 410, another year 403, too many
/// uploads 429, too large 413, no or wrong file 400; every one a Chinese page.
/// </summary>
public sealed partial class OfficeHandler(
    OfficeLinkService links,
    StorageClients storage,
    UploadClient uploads,
    ReportCalendar calendar,
    IngestOptions ingest)
{
    /// <summary>The office page.</summary>
    public async Task<ApiResponse> GetPageAsync(int year, string? token, CancellationToken ct)
    {
        var (check, refusal) = await CheckAsync(year, token, ct).ConfigureAwait(false);
        return refusal ?? ApiResponse.PrivatePage(OfficePage.Render(await ModelAsync(check, token!, null, ct).ConfigureAwait(false)));
    }

    /// <summary>A form POST: the file of a multipart body, put into the office's folder; 303 to its verdict.</summary>
    public async Task<ApiResponse> UploadAsync(int year, string? token, string? contentType, Stream body, CancellationToken ct, long? contentLength = null)
    {
        var (check, refusal) = await CheckAsync(year, token, ct).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        // Counted before the body is read: a flood of posts, good or bad, uses the link's allowance.
        if (!await links.TryCountUploadAsync(check.Link!, ct).ConfigureAwait(false))
        {
            var minutes = (int)Math.Ceiling(links.Options.Window.TotalMinutes);
            return await ProblemAsync(check, token!, 429,
                $"上传过于频繁:每个链接 {minutes} 分钟内最多上传 {links.Options.UploadsPerWindow} 次,请稍后再试。", ct).ConfigureAwait(false);
        }

        var form = await MultipartForm.ReadFileAsync(contentType, body, ingest.ReadLimits.MaxFileBytes, ct, contentLength).ConfigureAwait(false);
        switch (form.State)
        {
            case MultipartReadState.TooLarge:
                return await ProblemAsync(check, token!, 413, $"文件过大:不能超过 {OfficePage.Megabytes(ingest.ReadLimits.MaxFileBytes)} MB。", ct).ConfigureAwait(false);
            case MultipartReadState.NoFile or MultipartReadState.Malformed:
                return await ProblemAsync(check, token!, 400, "没有收到文件,请选择文件后再上传。", ct).ConfigureAwait(false);
        }

        if (UploadFileName.Clean(form.FileName) is not { } fileName)
        {
            return await ProblemAsync(check, token!, 400,
                $"不支持这种文件:请上传统计表(.xlsx)或文字部分(.docx、.md、.txt)。支持的扩展名:{string.Join("、", UploadFileName.Extensions)}。", ct).ConfigureAwait(false);
        }

        // The folder is the link's, never the request's: only the cleaned file name comes from the office.
        // Whatever the bytes are (empty, broken, hostile), ingest reads, archives and reports them, as for a file put into storage.
        var sent = await uploads.SendAsync(form.Content!, fileName, check.Link!.Year, check.Link.OfficeId, null, ct).ConfigureAwait(false);
        return ApiResponse.SeeOther($"{OfficeLinkService.PagePath(year, token!)}/uploads/{sent.UploadId}");
    }

    /// <summary>A download under the link: <c>template.xlsx</c> or <c>narrative.docx</c>; any other name is a 404.</summary>
    public Task<ApiResponse> GetFileAsync(int year, string? token, string? file, CancellationToken ct) => file switch
    {
        TemplateFile => GetTemplateAsync(year, token, ct),
        NarrativeFile => GetNarrativeTemplateAsync(year, token, ct),
        _ => Task.FromResult(Refusal(404, "页面不存在", "没有这个文件。")),
    };

    public const string TemplateFile = "template.xlsx";
    public const string NarrativeFile = "narrative.docx";

    /// <summary>The office's workbook template: the national form with its name, id and year filled in.</summary>
    public async Task<ApiResponse> GetTemplateAsync(int year, string? token, CancellationToken ct)
    {
        var (check, refusal) = await CheckAsync(year, token, ct).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        using var output = new MemoryStream();
        TemplateWriter.Write(output, new TemplateRequest(check.Office!.OfficeId, check.Office.Name, year, null));
        return ApiResponse.PrivateFile(output.ToArray(), ContentTypes.For("x.xlsx"), $"{check.Office.OfficeId}-{year}.xlsx");
    }

    /// <summary>The Word skeleton of the narrative sections 一、五、六 for the office.</summary>
    public async Task<ApiResponse> GetNarrativeTemplateAsync(int year, string? token, CancellationToken ct)
    {
        var (check, refusal) = await CheckAsync(year, token, ct).ConfigureAwait(false);
        return refusal ?? ApiResponse.PrivateFile(NarrativeDocxWriter.Skeleton(check.Office!.Name, year), ContentTypes.For("x.docx"),
            $"{check.Office.OfficeId}-{year}-narrative.docx");
    }

    /// <summary>An upload's verdict: the page (<c>{id}</c>) or JSON (<c>{id}.json</c>); 404 for an upload this link did not make.</summary>
    public async Task<ApiResponse> GetVerdictAsync(int year, string? token, string? upload, CancellationToken ct)
    {
        var (check, refusal) = await CheckAsync(year, token, ct).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var json = upload?.EndsWith(".json", StringComparison.Ordinal) == true;
        var uploadId = json ? upload![..^5] : upload;
        if (uploadId is null || !UploadId().IsMatch(uploadId))
        {
            return NoSuchUpload();
        }

        var partition = SubmissionKeys.Partition(check.Link!.Year, check.Link.OfficeId);
        var record = await new SubmissionTable(storage.Submissions).FindByUploadIdAsync(partition, uploadId, ct).ConfigureAwait(false);
        OfficeUploadRow row;
        IReadOnlyList<Finding> findings = [];
        string? reportJson = null;
        if (record is not null)
        {
            row = Row(record);
            reportJson = await uploads.GetReportJsonAsync(record, ct).ConfigureAwait(false);
            findings = reportJson is null ? [] : ValidationReportJson.ReadFindings(reportJson);
        }
        else if ((await PendingAsync(check.Link, ct).ConfigureAwait(false)).FirstOrDefault(p => p.UploadId == uploadId) is { } pending)
        {
            row = pending;
        }
        else
        {
            return NoSuchUpload();
        }

        if (json)
        {
            var contract = new OfficeUploadVerdictContract(StateName(row.State), row.FileName, row.Errors, row.Warnings, row.BecameCurrent, record?.Error,
                reportJson is null ? null : ContractJson.ReadValidationReport(reportJson));
            return new ApiResponse(200, ApiResponse.Json, [.. ContractJson.ToUtf8Bytes(contract), (byte)'\n']) { Headers = ApiResponse.PrivateJsonHeaders };
        }

        var model = new OfficeVerdictModel
        {
            Office = await ModelAsync(check, token!, null, ct).ConfigureAwait(false),
            Upload = row,
            Findings = findings,
            Error = record?.Error,
        };
        return ApiResponse.PrivatePage(OfficePage.RenderVerdict(model));
    }

    private async Task<(LinkCheck Check, ApiResponse? Refusal)> CheckAsync(int year, string? token, CancellationToken ct)
    {
        var check = await links.CheckAsync(year, token, ct).ConfigureAwait(false);
        var refusal = check.State switch
        {
            LinkState.Valid => null,
            LinkState.Expired => Refusal(410, "报送链接已过期", "此报送链接已过有效期,不能再使用。"),
            LinkState.Revoked => Refusal(410, "报送链接已停用", "此报送链接已被停用(可能已另发新链接),不能再使用。"),
            LinkState.OtherYear => Refusal(403, "报送链接年度不符", $"此报送链接只能用于{check.Link!.Year}年度的报送,不能用于{year}年度。"),
            _ => Refusal(404, "报送链接无效", "没有这个报送链接,请核对链接地址是否完整。"),
        };
        return (check, refusal);
    }

    private static ApiResponse Refusal(int status, string title, string message) => ApiResponse.PrivatePage(OfficePage.RenderRefusal(title, message), status);

    private static ApiResponse NoSuchUpload() => Refusal(404, "没有这次上传", "本机关本年度没有这次上传的记录。");

    private async Task<ApiResponse> ProblemAsync(LinkCheck check, string token, int status, string problem, CancellationToken ct) =>
        ApiResponse.PrivatePage(OfficePage.Render(await ModelAsync(check, token, problem, ct).ConfigureAwait(false)), status);

    private async Task<OfficePageModel> ModelAsync(LinkCheck check, string token, string? problem, CancellationToken ct)
    {
        var link = check.Link!;
        var government = string.Equals(check.Office!.Kind, PublishingOptions.GovernmentKind, StringComparison.Ordinal);
        return new OfficePageModel
        {
            OfficeId = link.OfficeId,
            OfficeName = check.Office.Name,
            Year = link.Year,
            Deadline = government ? calendar.GovernmentDeadline(link.Year) : calendar.DepartmentsDeadline(link.Year),
            DaysLeft = government ? calendar.DaysLeft(link.Year) : calendar.DepartmentsDaysLeft(link.Year),
            LinkExpiresUtc = link.ExpiresUtc,
            LinkPath = OfficeLinkService.PagePath(link.Year, token),
            MaxFileBytes = ingest.ReadLimits.MaxFileBytes,
            Extensions = UploadFileName.Extensions,
            Uploads = await HistoryAsync(link, ct).ConfigureAwait(false),
            Problem = problem,
        };
    }

    /// <summary>The office's uploads for the year, newest first: the log's rows and the uploads ingest has not recorded yet.</summary>
    private async Task<IReadOnlyList<OfficeUploadRow>> HistoryAsync(OfficeLinkRecord link, CancellationToken ct)
    {
        var log = await new SubmissionTable(storage.Submissions).ListLogAsync(SubmissionKeys.Partition(link.Year, link.OfficeId), ct).ConfigureAwait(false);
        var recorded = log.Select(r => r.UploadId).ToHashSet(StringComparer.Ordinal);
        var rows = log.Where(r => r.State != UploadState.Failed || !log.Any(o => o.UploadId == r.UploadId && o.State != UploadState.Failed)).Select(Row)
            .Concat((await PendingAsync(link, ct).ConfigureAwait(false)).Where(p => !recorded.Contains(p.UploadId)));
        return [.. rows.OrderByDescending(r => r.UploadedUtc)];
    }

    /// <summary>The office's blobs in <c>uploads</c> for the year, as pending rows (the caller drops those the log has).</summary>
    private async Task<List<OfficeUploadRow>> PendingAsync(OfficeLinkRecord link, CancellationToken ct)
    {
        var rows = new List<OfficeUploadRow>();
        var prefix = new UploadPath(link.Year, link.OfficeId, "x").BlobName[..^1];
        await foreach (var blob in storage.Uploads.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, ct).ConfigureAwait(false))
        {
            if (blob.Properties.ETag is { } etag)
            {
                rows.Add(new OfficeUploadRow(UploadIds.For(blob.Name, etag), blob.Name[prefix.Length..], blob.Properties.LastModified ?? DateTimeOffset.MinValue,
                    OfficeUploadState.Pending, 0, 0, false));
            }
        }

        return rows;
    }

    private static OfficeUploadRow Row(UploadRecord record) => new(
        record.UploadId,
        record.BlobName[(record.BlobName.LastIndexOf('/') + 1)..],
        record.UploadedUtc,
        record.State switch
        {
            UploadState.Accepted => OfficeUploadState.Accepted,
            UploadState.Rejected => OfficeUploadState.Rejected,
            UploadState.Duplicate => OfficeUploadState.Duplicate,
            _ => OfficeUploadState.Failed,
        },
        record.Errors,
        record.Warnings,
        record.BecameCurrent);

    private static string StateName(OfficeUploadState state) => state.ToString().ToLowerInvariant();

    [GeneratedRegex("^[0-9a-f]{24}$")]
    private static partial Regex UploadId();
}
