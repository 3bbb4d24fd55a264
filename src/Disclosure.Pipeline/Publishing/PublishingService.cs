using System.Collections.Concurrent;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Disclosure.Contracts;
using Disclosure.Rendering;
using Disclosure.Reports;
using Disclosure.Storage.Blobs;
using Disclosure.Storage.Configuration;

namespace Disclosure.Pipeline.Publishing;

/// <summary>
/// Drafts and versioned, write-once publication of a year's annual reports (DESIGN.md, "The report and its publication";
/// docs/publishing.md). The CLI, the timers and the HTTP API call this one service.
/// <list type="bullet">
/// <item><c>reports/{year}/drafts/</c>: the latest drafts, replaced each time (<see cref="AssembleDraftsAsync"/>).</item>
/// <item><c>reports/{year}/v{n}/</c>: write-once, <c>consolidated/</c>, <c>offices/{officeId}/</c> and <c>manifest.json</c> (<see cref="PublishAsync"/>).</item>
/// <item><c>$web/</c>: the public site (<see cref="SiteWriter"/>).</item>
/// </list>
/// </summary>
public sealed class PublishingService(StorageClients storage, TimeProvider time, PublishingOptions options)
{
    private const int ClaimAttempts = 5;

    /// <summary>A claimed version not published after this long was abandoned (its publish crashed) and is finished by the next publish.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(30);

    public PublishingOptions Options => options;

    public ReportCalendar Calendar => new(time, options);

    /// <summary>
    /// Publishes version n+1 of <paramref name="year"/> when the gate passes (or <paramref name="forceReason"/> overrides it),
    /// unless nothing changed since the last version. A blocked attempt is recorded in the publication table with its reasons.
    /// </summary>
    /// <param name="year">The report year.</param>
    /// <param name="publishedBy">Who publishes: a user name, or the timer's name.</param>
    /// <param name="forceReason">Publish despite the gate; the reason goes into the manifest and onto the site's pages.</param>
    /// <param name="ct">Cancels the publish (a claimed version stays claimed; see docs/publishing.md).</param>
    public async Task<PublishResult> PublishAsync(int year, string publishedBy, string? forceReason = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(publishedBy);
        forceReason = string.IsNullOrWhiteSpace(forceReason) ? null : forceReason.Trim();
        await EnsureCreatedAsync(ct).ConfigureAwait(false);
        var inputs = await PublicationInputs.LoadAsync(storage, options, year, ct).ConfigureAwait(false);
        var consolidated = inputs.Consolidated();
        var reasons = inputs.Gate(consolidated);
        var table = new PublicationTable(storage.Publications);
        if (reasons.Count > 0 && forceReason is null)
        {
            await table.AddBlockedAsync(year, publishedBy, time.GetUtcNow(), reasons, ct).ConfigureAwait(false);
            return new PublishResult(year, PublishOutcome.Blocked, null, reasons, null, null, null,
                $"{year}年度报告未发布：{reasons.Count} 项条件未满足。");
        }

        for (var attempt = 0; attempt < ClaimAttempts; attempt++)
        {
            var latest = await table.LatestVersionAsync(year, ct).ConfigureAwait(false);
            if (latest is { State: PublicationTable.Claimed } stale && stale.Fingerprint == inputs.Fingerprint &&
                time.GetUtcNow() - stale.PublishedUtc > AbandonedAfter)
            {
                // A publish of these inputs claimed this number and never finished (a crash): finish it. Files it wrote are
                // kept as they are (write-once) and hashed from storage.
                await WriteVersionAsync(inputs, consolidated, stale.Version, stale.PublishedUtc, stale.PublishedBy, stale.ForcedReason, reasons, ct).ConfigureAwait(false);
                await table.CompleteAsync(year, stale.Version, ct).ConfigureAwait(false);
                await new SiteWriter(storage).WriteYearAsync(year, ct).ConfigureAwait(false);
                return new PublishResult(year, PublishOutcome.Published, stale.Version, reasons, stale.ForcedReason,
                    ReportsPath(year, stale.Version), SitePath(year), $"已完成此前中断的{year}年度报告第 {stale.Version} 版的发布。");
            }

            if (latest is not null && latest.Fingerprint == inputs.Fingerprint)
            {
                return new PublishResult(year, PublishOutcome.Unchanged, latest.Version, reasons, null,
                    ReportsPath(year, latest.Version), SitePath(year),
                    $"自第 {latest.Version} 版以来没有变化，未发布新版本。");
            }

            var version = (latest?.Version ?? 0) + 1;
            var now = time.GetUtcNow();
            if (!await table.TryClaimAsync(year, version, inputs.Fingerprint, publishedBy, now, forceReason, ct).ConfigureAwait(false))
            {
                continue; // another publish took this number: look again (it may have published these very inputs)
            }

            var manifest = await WriteVersionAsync(inputs, consolidated, version, now, publishedBy, forceReason, reasons, ct).ConfigureAwait(false);
            await table.CompleteAsync(year, version, ct).ConfigureAwait(false);
            await new SiteWriter(storage).WriteYearAsync(year, ct).ConfigureAwait(false);
            return new PublishResult(year, PublishOutcome.Published, version, reasons, forceReason,
                ReportsPath(year, version), SitePath(year),
                forceReason is null
                    ? $"已发布{year}年度报告第 {version} 版（{manifest.Offices.Count} 个单位）。"
                    : $"已强制发布{year}年度报告第 {version} 版（{manifest.Offices.Count} 个单位），原因：{forceReason}");
        }

        throw new InvalidOperationException($"Could not claim a version number for {year} after {ClaimAttempts} attempts.");
    }

    /// <summary>Renders every body's current draft (each office with an accepted submission, and the consolidated) to <c>reports/{year}/drafts/</c>, replacing the last drafts.</summary>
    public async Task<DraftsResult> AssembleDraftsAsync(int year, CancellationToken ct = default)
    {
        await EnsureCreatedAsync(ct).ConfigureAwait(false);
        var inputs = await PublicationInputs.LoadAsync(storage, options, year, ct).ConfigureAwait(false);
        var consolidated = inputs.Consolidated();
        var prefix = DraftsPrefix(year);
        var written = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        await ForEachReportAsync(inputs, consolidated, async (folder, report, token) =>
        {
            foreach (var output in ReportOutputs.RenderAll(report))
            {
                var name = $"{prefix}{folder}/{output.FileName}";
                await storage.Reports.GetBlobClient(name).UploadAsync(new BinaryData(output.Content),
                    new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = output.ContentType } }, token).ConfigureAwait(false);
                written[name] = 0;
            }
        }, ct).ConfigureAwait(false);

        // Drafts of offices no longer accepted go.
        await foreach (var blob in storage.Reports.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, ct).ConfigureAwait(false))
        {
            if (!written.ContainsKey(blob.Name))
            {
                await storage.Reports.DeleteBlobIfExistsAsync(blob.Name, cancellationToken: ct).ConfigureAwait(false);
            }
        }

        var now = time.GetUtcNow();
        var reasons = inputs.Gate(consolidated);
        await new PublicationTable(storage.Publications).SaveDraftsAsync(year, now, inputs.Fingerprint, reasons, ct).ConfigureAwait(false);
        return new DraftsResult(year, inputs.Offices.Count + 1, $"{StorageNames.ReportsContainer}/{prefix}", now, reasons);
    }

    /// <summary>
    /// Drafts after ingest has been quiet: assembles when an upload was recorded after the last drafts and none for
    /// <see cref="PublishingOptions.DraftsQuietPeriod"/> (debounced: a burst of uploads makes one set of drafts).
    /// </summary>
    public async Task<DraftsCheck> AssembleDraftsIfQuietAsync(int year, CancellationToken ct = default)
    {
        await EnsureCreatedAsync(ct).ConfigureAwait(false);
        var latestUpload = await LatestUploadAsync(year, ct).ConfigureAwait(false);
        if (latestUpload is null)
        {
            return new DraftsCheck(false, $"{year}年度尚无上传。", null);
        }

        var drafts = await new PublicationTable(storage.Publications).DraftsAssembledAsync(year, ct).ConfigureAwait(false);
        if (drafts is { } assembled && assembled >= latestUpload)
        {
            return new DraftsCheck(false, "草稿已是最新。", null);
        }

        var quietFor = time.GetUtcNow() - latestUpload.Value;
        if (quietFor < options.DraftsQuietPeriod)
        {
            return new DraftsCheck(false, $"最近一次上传在 {quietFor.TotalMinutes:0} 分钟前，等待上传停止 {options.DraftsQuietPeriod.TotalMinutes:0} 分钟后再生成草稿。", null);
        }

        var result = await AssembleDraftsAsync(year, ct).ConfigureAwait(false);
        return new DraftsCheck(true, $"已生成 {result.Reports} 份草稿。", result);
    }

    /// <summary>Every version of the year (claimed or published), oldest first.</summary>
    public Task<IReadOnlyList<VersionRow>> VersionsAsync(int year, CancellationToken ct = default) => new PublicationTable(storage.Publications).VersionsAsync(year, ct);

    /// <summary>Every publish of the year the gate blocked, with its reasons.</summary>
    public Task<IReadOnlyList<BlockedAttempt>> BlockedAsync(int year, CancellationToken ct = default) => new PublicationTable(storage.Publications).BlockedAsync(year, ct);

    public static string DraftsPrefix(int year) => $"{Year(year)}/drafts/";

    public static string VersionPrefix(int year, int version) => $"{Year(year)}/v{version.ToString(CultureInfo.InvariantCulture)}/";

    /// <summary>"reports/2022/v1/".</summary>
    public static string ReportsPath(int year, int version) => $"{StorageNames.ReportsContainer}/{VersionPrefix(year, version)}";

    /// <summary>"$web/2022/".</summary>
    public static string SitePath(int year) => $"{StorageNames.SiteContainer}/{Year(year)}/";

    internal static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private async Task<PublicationManifestContract> WriteVersionAsync(
        PublicationInputs inputs,
        AnnualReport consolidated,
        int version,
        DateTimeOffset publishedUtc,
        string publishedBy,
        string? forceReason,
        IReadOnlyList<string> reasons,
        CancellationToken ct)
    {
        var year = inputs.Year;
        var prefix = VersionPrefix(year, version);
        var outputs = new ConcurrentBag<ManifestOutputContract>();
        await ForEachReportAsync(inputs, consolidated with { Version = version, PublishedUtc = publishedUtc }, async (folder, report, token) =>
        {
            report = report with { Version = version, PublishedUtc = publishedUtc };
            foreach (var output in ReportOutputs.RenderAll(report))
            {
                var path = $"{folder}/{output.FileName}";
                // Write-once: a retry after a crash finds its own earlier file and leaves it.
                var archived = storage.Reports.GetBlobClient(prefix + path);
                var content = output.Content;
                if (!await WriteOnce.UploadAsync(archived, new BinaryData(content), output.ContentType, token).ConfigureAwait(false))
                {
                    content = (await archived.DownloadContentAsync(token).ConfigureAwait(false)).Value.Content.ToArray();
                }

                var site = output.FileName == Rendering.Report.ReportPage.FileName ? Rendering.Site.SiteBanner.Insert(content, SiteWriter.ReportNotices(year, version, version, forceReason, folder)) : content;
                await SiteWriter.UploadAsync(storage.Site.GetBlobClient(prefix + path), site, output.ContentType, token).ConfigureAwait(false);
                outputs.Add(new ManifestOutputContract(path, content.LongLength, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content))));
            }
        }, ct).ConfigureAwait(false);

        var manifest = new PublicationManifestContract(
            year,
            version,
            publishedUtc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            publishedBy,
            forceReason,
            forceReason is null ? [] : reasons,
            inputs.Fingerprint,
            inputs.Body.Name,
            [.. inputs.Offices.Select(o => new ManifestOfficeContract(o.Submission.OfficeId, o.Name, o.Submission.Source.UploadId, o.Submission.Source.Sha256, o.NarrativeUploadId))],
            [.. outputs.OrderBy(o => o.Path, StringComparer.Ordinal)]);
        var bytes = ContractJson.ToUtf8Bytes(manifest);
        await WriteOnce.UploadAsync(storage.Reports.GetBlobClient(prefix + SiteWriter.ManifestName), new BinaryData(bytes), "application/json; charset=utf-8", ct).ConfigureAwait(false);
        return manifest;
    }

    /// <summary>Renders each office's report and the consolidated one, <see cref="PublishingOptions.Concurrency"/> at a time.</summary>
    private async Task ForEachReportAsync(
        PublicationInputs inputs,
        AnnualReport consolidated,
        Func<string, AnnualReport, CancellationToken, Task> write,
        CancellationToken ct)
    {
        await write(SiteWriter.ConsolidatedFolder, consolidated, ct).ConfigureAwait(false);
        await Parallel.ForEachAsync(inputs.Offices, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = ct },
            async (office, token) => await write(SiteWriter.OfficeFolder(office.Submission.OfficeId), PublicationInputs.OfficeReport(office), token).ConfigureAwait(false))
            .ConfigureAwait(false);
    }

    private async Task<DateTimeOffset?> LatestUploadAsync(int year, CancellationToken ct)
    {
        DateTimeOffset? latest = null;
        await foreach (var entity in storage.Submissions.QueryAsync<TableEntity>(Storage.Tables.SubmissionKeys.YearFilter(year),
                           select: ["PartitionKey", "RowKey", "RecordedUtc", "UploadedUtc"], cancellationToken: ct).ConfigureAwait(false))
        {
            if (!Storage.Tables.SubmissionKeys.IsLogRow(entity.RowKey))
            {
                continue;
            }

            var when = entity.GetDateTimeOffset("RecordedUtc") ?? entity.GetDateTimeOffset("UploadedUtc");
            if (when is { } w && (latest is null || w > latest))
            {
                latest = w;
            }
        }

        return latest;
    }

    private async Task EnsureCreatedAsync(CancellationToken ct)
    {
        await storage.Tables.CreateTableIfNotExistsAsync(StorageNames.PublicationsTable, ct).ConfigureAwait(false);
        await storage.Reports.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
        try
        {
            await storage.Site.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // $web exists once static website hosting is on.
        }
    }
}
