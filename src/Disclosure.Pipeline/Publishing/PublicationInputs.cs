using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Disclosure.Form;
using Disclosure.Narratives;
using Disclosure.Reports;
using Disclosure.Storage.Configuration;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;

namespace Disclosure.Pipeline.Publishing;

/// <summary>
/// Everything a year's publication is made from, read in one range query (the <c>current</c> and <c>narrative</c> rows of
/// the year's partitions) and one read of the roster: the accepted submissions with their narratives, the government
/// office, the consolidated report's body and narrative, and the <see cref="Fingerprint"/> of all of it.
/// </summary>
internal sealed record PublicationInputs(
    int Year,
    IReadOnlyList<Office> Roster,
    Office? Government,
    ReportBody Body,
    ReportNarrative GovernmentNarrative,
    IReadOnlyList<(Submission Submission, string Name, string? NarrativeUploadId)> Offices,
    string Fingerprint)
{
    /// <summary>
    /// Bump when the rendering of reports changes so that the next publish makes a new version even though no input
    /// changed (output bytes cannot decide it: every PDF render differs).
    /// </summary>
    public const string RendererVersion = "2026.11.1";

    public static async Task<PublicationInputs> LoadAsync(StorageClients storage, PublishingOptions options, int year, CancellationToken ct)
    {
        var roster = await new OfficeRoster(storage.Offices).ListAsync(ct).ConfigureAwait(false);
        var names = roster.ToDictionary(o => o.OfficeId, o => o.Name, StringComparer.Ordinal);
        var currents = new Dictionary<string, CurrentSubmission>(StringComparer.Ordinal);
        var narratives = new Dictionary<string, StoredNarrative>(StringComparer.Ordinal);
        var filter = $"{SubmissionKeys.YearFilter(year)} and (RowKey eq '{SubmissionKeys.CurrentRow}' or RowKey eq '{SubmissionKeys.NarrativeRow}')";
        await foreach (var entity in storage.Submissions.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            var office = SubmissionKeys.OfficeOf(entity.PartitionKey);
            if (entity.RowKey == SubmissionKeys.CurrentRow)
            {
                currents[office] = CurrentSubmission.FromEntity(entity);
            }
            else
            {
                narratives[office] = StoredNarrative.FromEntity(entity);
            }
        }

        var government = FindGovernment(roster, options);
        var bodyName = options.BodyName ?? GovernmentName(government) ?? Consolidation.DefaultConsolidatedName;
        var body = new ReportBody(government?.OfficeId ?? Consolidation.ConsolidatedOfficeId, bodyName, IsConsolidated: true);
        var governmentNarrative = government is not null && narratives.TryGetValue(government.OfficeId, out var stored)
            ? NarrativeMarkdown.Read(stored.Sections)
            : ReportNarrative.Empty;

        var offices = currents.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c =>
            {
                var submission = c.Value.ToSubmission();
                var narrative = narratives.GetValueOrDefault(c.Key);
                if (narrative is not null)
                {
                    submission = narrative.ApplyTo(submission);
                }

                var name = names.GetValueOrDefault(c.Key) ?? submission.OfficeName ?? c.Key;
                return (submission, name, narrative?.UploadId);
            })
            .ToList();

        return new PublicationInputs(year, roster, government, body, governmentNarrative, offices,
            FingerprintOf(year, body, government, offices, narratives));
    }

    /// <summary>The government office: the configured id, else the first office of kind <c>government</c>, else <c>gov_office</c>.</summary>
    public static Office? FindGovernment(IReadOnlyList<Office> roster, PublishingOptions options)
    {
        if (options.GovernmentOfficeId is { } id)
        {
            return roster.FirstOrDefault(o => o.OfficeId == id);
        }

        return roster.Where(o => string.Equals(o.Kind, PublishingOptions.GovernmentKind, StringComparison.OrdinalIgnoreCase))
                   .OrderBy(o => o.OfficeId, StringComparer.Ordinal).FirstOrDefault()
               ?? roster.FirstOrDefault(o => o.OfficeId == PublishingOptions.DefaultGovernmentOfficeId);
    }

    /// <summary>长春市二道区人民政府办公室 → 长春市二道区人民政府.</summary>
    public static string? GovernmentName(Office? government)
    {
        if (government is null)
        {
            return null;
        }

        const string office = "办公室";
        var name = government.Name.Trim();
        return name.EndsWith(office, StringComparison.Ordinal) && name.Length > office.Length ? name[..^office.Length] : name;
    }

    /// <summary>The consolidated report of these inputs (figures summed, the government's narrative).</summary>
    public AnnualReport Consolidated() =>
        Consolidation.Consolidate(Body, Year, [.. Offices.Select(o => o.Submission)], GovernmentNarrative, Roster);

    /// <summary>One office's own report.</summary>
    public static AnnualReport OfficeReport((Submission Submission, string Name, string? NarrativeUploadId) office) =>
        Consolidation.ForOffice(office.Submission, name: office.Name);

    /// <summary>
    /// The gate (Chinese reasons, empty when it passes): every required office on the roster has an accepted submission,
    /// the consolidated figures pass every error rule, and the government's narrative (一、五、六) is complete.
    /// </summary>
    public List<string> Gate(AnnualReport consolidated)
    {
        var reasons = new List<string>();
        var accepted = Offices.Select(o => o.Submission.OfficeId).ToHashSet(StringComparer.Ordinal);
        foreach (var missing in Roster.Where(o => o.Required && !accepted.Contains(o.OfficeId)).OrderBy(o => o.OfficeId, StringComparer.Ordinal))
        {
            reasons.Add($"必须报送的单位尚无已接受的统计数据：{missing.Name}（{missing.OfficeId}）");
        }

        foreach (var finding in consolidated.Findings.Where(f => f.Severity == Severity.Error))
        {
            reasons.Add($"汇总数据未通过校验：{finding.Message}");
        }

        if (Government is null)
        {
            reasons.Add($"名单中没有本级政府办公室（类型 {PublishingOptions.GovernmentKind}，或机关代码 {PublishingOptions.DefaultGovernmentOfficeId}），无法取得政府的文字部分");
        }
        else
        {
            var edition = NationalForm.ForReportYear(Year);
            var missingSections = edition.NarrativeSections.Where(s => GovernmentNarrative.Section(s.Code) is not { Blocks.Count: > 0 }).ToList();
            if (missingSections.Count > 0)
            {
                reasons.Add($"本级政府（{Government.Name}）的文字部分不完整，缺少：{string.Join("、", missingSections.Select(s => s.Title))}");
            }
        }

        return reasons;
    }

    private static string FingerprintOf(
        int year,
        ReportBody body,
        Office? government,
        List<(Submission Submission, string Name, string? NarrativeUploadId)> offices,
        Dictionary<string, StoredNarrative> narratives)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"renderer {RendererVersion}\nyear {year}\nbody {body.OfficeId} {body.Name}\ngovernment {government?.OfficeId}\n");
        foreach (var (submission, name, _) in offices)
        {
            text.Append(CultureInfo.InvariantCulture, $"office {submission.OfficeId}\t{name}\t{submission.Source.UploadId}\t{submission.Source.Sha256}\n");
        }

        foreach (var (office, narrative) in narratives.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"narrative {office}");
            foreach (var (code, markdown) in narrative.Sections.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                text.Append('\t').Append(code).Append(' ').Append(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(markdown))));
            }

            text.Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
