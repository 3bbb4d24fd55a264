using System.Globalization;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Disclosure.Contracts;
using Disclosure.Rendering.Report;
using Disclosure.Rendering.Site;
using Disclosure.Storage.Configuration;
using Disclosure.Calendar;

namespace Disclosure.Pipeline.Publishing;

/// <summary>
/// The public site in <c>$web</c>, rewritten from the publication table and the versions' manifests after each publish:
/// <c>index.html</c> (every year), <c>{year}/index.html</c> (the current version: the consolidated report and every
/// office's report, each with PDF, JSON and CSV), <c>{year}/v{n}/index.html</c> (one version, saying which version is
/// current) and <c>{year}/v{n}/consolidated|offices/{id}/…</c> (copies of the four outputs; the page with a banner: which
/// version it is, whether superseded, with a link to the year's current page, and the reason when forced).
/// Links are relative, so the site works at any root (the static website, or the local host at <c>/</c>).
/// </summary>
internal sealed class SiteWriter(StorageClients storage)
{
    public const string ManifestName = "manifest.json";
    public const string ConsolidatedFolder = "consolidated";

    public static string OfficeFolder(string officeId) => $"offices/{officeId}";

    public async Task WriteYearAsync(int year, CancellationToken ct)
    {
        var versions = (await new PublicationTable(storage.Publications).VersionsAsync(year, ct).ConfigureAwait(false))
            .Where(v => v.State == PublicationTable.Published).ToList();
        if (versions.Count == 0)
        {
            return;
        }

        var manifests = new Dictionary<int, PublicationManifestContract>();
        foreach (var version in versions)
        {
            if (await ReadManifestAsync(year, version.Version, ct).ConfigureAwait(false) is { } manifest)
            {
                manifests[version.Version] = manifest;
            }
        }

        var current = manifests.Keys.Max();
        var y = PublishingService.Year(year);
        foreach (var (number, manifest) in manifests)
        {
            var previous = manifests.GetValueOrDefault(number - 1);
            var page = VersionPage(manifest, current, previous, linkPrefix: string.Empty, yearIndexHref: "../index.html", allVersions: null);
            await UploadAsync(storage.Site.GetBlobClient($"{y}/v{number}/index.html"), page.RenderUtf8(), HtmlType, ct).ConfigureAwait(false);
        }

        // The version just superseded: its report pages on the site now say so (older ones said it when they were superseded).
        if (manifests.TryGetValue(current - 1, out var superseded))
        {
            await RebannerAsync(year, superseded, current, ct).ConfigureAwait(false);
        }

        var yearPage = VersionPage(manifests[current], current, manifests.GetValueOrDefault(current - 1),
            linkPrefix: $"v{current}/", yearIndexHref: null, allVersions: manifests.Values.OrderByDescending(m => m.Version).ToList());
        await UploadAsync(storage.Site.GetBlobClient($"{y}/index.html"), yearPage.RenderUtf8(), HtmlType, ct).ConfigureAwait(false);
        await WriteSiteIndexAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The notices on a report page of the site: which version, current or superseded (with a link to the year's page), and a forced reason.</summary>
    public static IReadOnlyList<SiteNotice> ReportNotices(int year, int version, int current, string? forcedReason, string? folder)
    {
        var up = folder is null ? "../../" : string.Concat(Enumerable.Repeat("../", folder.Count(c => c == '/') + 2));
        var notices = new List<SiteNotice>();
        notices.Add(version == current
            ? new SiteNotice($"本报告为{year}年度报告第 {version} 版，是现行版本。", $"{up}index.html", "本年度全部报告")
            : new SiteNotice($"本版本（第 {version} 版）已被更正后的版本取代，不再是现行版本。", $"{up}index.html", "查看现行版本"));
        if (forcedReason is not null)
        {
            notices.Add(new SiteNotice($"本版本在未满足全部发布条件的情况下发布，说明：{forcedReason}"));
        }

        return notices;
    }

    internal static async Task UploadAsync(BlobClient blob, byte[] content, string contentType, CancellationToken ct) =>
        await blob.UploadAsync(new BinaryData(content), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, ct).ConfigureAwait(false);

    private const string HtmlType = "text/html; charset=utf-8";

    private async Task<PublicationManifestContract?> ReadManifestAsync(int year, int version, CancellationToken ct)
    {
        var blob = storage.Reports.GetBlobClient(PublishingService.VersionPrefix(year, version) + ManifestName);
        try
        {
            var content = await blob.DownloadContentAsync(ct).ConfigureAwait(false);
            return ContractJson.ReadManifest(content.Value.Content.ToString());
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private async Task RebannerAsync(int year, PublicationManifestContract manifest, int current, CancellationToken ct)
    {
        var prefix = PublishingService.VersionPrefix(year, manifest.Version);
        var folders = new List<string> { ConsolidatedFolder };
        folders.AddRange(manifest.Offices.Select(o => OfficeFolder(o.OfficeId)));
        await Parallel.ForEachAsync(folders, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (folder, token) =>
        {
            var name = $"{prefix}{folder}/{ReportPage.FileName}";
            var blob = storage.Reports.GetBlobClient(name);
            if (!await blob.ExistsAsync(token).ConfigureAwait(false))
            {
                return;
            }

            var page = (await blob.DownloadContentAsync(token).ConfigureAwait(false)).Value.Content.ToArray();
            var notices = ReportNotices(year, manifest.Version, current, manifest.ForcedReason, folder);
            await UploadAsync(storage.Site.GetBlobClient(name), SiteBanner.Insert(page, notices), HtmlType, token).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    private static SitePage VersionPage(
        PublicationManifestContract manifest,
        int current,
        PublicationManifestContract? previous,
        string linkPrefix,
        string? yearIndexHref,
        IReadOnlyList<PublicationManifestContract>? allVersions)
    {
        var year = manifest.Year;
        var notices = new List<SiteNotice>
        {
            new($"第 {manifest.Version} 版，发布时间：{Beijing(manifest.PublishedUtc)}（北京时间），发布：{manifest.PublishedBy}。"),
        };
        notices.Add(manifest.Version == current
            ? new SiteNotice("这是现行版本。")
            : new SiteNotice($"本版本已被第 {current} 版取代。", yearIndexHref ?? "index.html", "查看现行版本"));
        if (manifest.ForcedReason is { } reason)
        {
            notices.Add(new SiteNotice($"本版本在未满足全部发布条件的情况下发布，说明：{reason}"));
        }

        if (previous is not null && CorrectionNote(previous, manifest) is { } note)
        {
            notices.Add(new SiteNotice(note));
        }

        var consolidated = new SiteEntry($"{manifest.Body}{year}年政府信息公开工作年度报告",
            $"{linkPrefix}{ConsolidatedFolder}/index.html", Downloads($"{linkPrefix}{ConsolidatedFolder}/"));
        var offices = manifest.Offices.Select(o => new SiteEntry(o.Name, $"{linkPrefix}{OfficeFolder(o.OfficeId)}/index.html", Downloads($"{linkPrefix}{OfficeFolder(o.OfficeId)}/"))).ToList();
        var sections = new List<SiteSection>
        {
            new("汇总报告", [consolidated]),
            new($"各单位报告（{offices.Count} 个）", offices),
        };
        if (allVersions is not null)
        {
            sections.Add(new SiteSection("历次版本", [.. allVersions.Select(v => new SiteEntry(
                $"第 {v.Version} 版（{Beijing(v.PublishedUtc)}）", $"v{v.Version}/index.html", [], v.Version == current ? "现行版本" : "已被取代"))]));
        }

        return new SitePage($"{manifest.Body}{year}年政府信息公开工作年度报告", notices, sections);
    }

    /// <summary>更正说明: the offices whose data changed from the previous version.</summary>
    private static string? CorrectionNote(PublicationManifestContract previous, PublicationManifestContract manifest)
    {
        var before = previous.Offices.ToDictionary(o => o.OfficeId, o => (o.UploadId, o.NarrativeUploadId), StringComparer.Ordinal);
        var changed = manifest.Offices.Where(o => !before.TryGetValue(o.OfficeId, out var b) || b != (o.UploadId, o.NarrativeUploadId))
            .Select(o => o.Name).ToList();
        var now = manifest.Offices.Select(o => o.OfficeId).ToHashSet(StringComparer.Ordinal);
        changed.AddRange(previous.Offices.Where(o => !now.Contains(o.OfficeId)).Select(o => o.Name));
        if (changed.Count == 0)
        {
            return $"更正说明：本版本更正了第 {previous.Version} 版。";
        }

        var listed = string.Join("、", changed.Take(10)) + (changed.Count > 10 ? $"等 {changed.Count} 个单位" : string.Empty);
        return $"更正说明：本版本更正了第 {previous.Version} 版，更新了以下单位的数据：{listed}。";
    }

    private static IReadOnlyList<SiteLink> Downloads(string prefix) =>
        [new("PDF", $"{prefix}report.pdf"), new("JSON", $"{prefix}report.json"), new("CSV", $"{prefix}report.csv")];

    private static string Beijing(string utc) =>
        DateTimeOffset.TryParse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when)
            ? BeijingTime.ToMinute(when)
            : utc;

    private async Task WriteSiteIndexAsync(CancellationToken ct)
    {
        var years = new List<string>();
        await foreach (var item in storage.Site.GetBlobsByHierarchyAsync(BlobTraits.None, BlobStates.None, "/", null, ct).ConfigureAwait(false))
        {
            if (item.IsPrefix && item.Prefix.TrimEnd('/') is { Length: 4 } y && int.TryParse(y, out _))
            {
                years.Add(y);
            }
        }

        var entries = years.OrderDescending(StringComparer.Ordinal)
            .Select(y => new SiteEntry($"{y}年政府信息公开工作年度报告", $"{y}/index.html", [])).ToList();
        var page = new SitePage("政府信息公开工作年度报告", [], [new SiteSection("各年度报告", entries)]);
        await UploadAsync(storage.Site.GetBlobClient("index.html"), page.RenderUtf8(), HtmlType, ct).ConfigureAwait(false);
    }
}
