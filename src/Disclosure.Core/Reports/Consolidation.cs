using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Submissions;
using Disclosure.Validation;

namespace Disclosure.Reports;

/// <summary>
/// Makes the <see cref="AnnualReport"/> of a body from submissions: an office's own report from its submission, or the
/// consolidated report of the government, whose figures are the exact sum (as <see cref="decimal"/>) of every accepted
/// current submission of the year. FORM.md's rules run again on the figures and their findings travel with the report,
/// with a <c>narrative.missing</c> warning for each narrative section no one wrote. Pure: the caller chooses the submissions.
/// </summary>
public static class Consolidation
{
    /// <summary>The body a consolidated report is for when no name is known (an offline render of several files).</summary>
    public const string DefaultConsolidatedName = "合并报告";

    /// <summary>The office id of a consolidated report's body when the government's own id is not known.</summary>
    public const string ConsolidatedOfficeId = "consolidated";

    /// <summary>
    /// The consolidated report of <paramref name="year"/>: figures summed over <paramref name="submissions"/> (the accepted
    /// current submission of each office that has one; offices without one are simply not in it).
    /// </summary>
    /// <param name="roster">The roster, for the names of the offices that went in; a submission's own name otherwise.</param>
    /// <exception cref="ArgumentException">A submission is for another year or edition, or an office is given twice.</exception>
    public static AnnualReport Consolidate(
        ReportBody body,
        int year,
        IReadOnlyList<Submission> submissions,
        ReportNarrative narrative,
        IReadOnlyCollection<Office>? roster = null,
        FormEdition? edition = null)
    {
        edition ??= NationalForm.ForReportYear(year);
        var names = roster?.ToDictionary(o => o.OfficeId, o => o.Name, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var submission in submissions)
        {
            if (submission.Year != year || submission.Edition != edition)
            {
                throw new ArgumentException(
                    $"The submission of {submission.OfficeId} is for {submission.Year} (edition {submission.Edition.Name}), not {year} (edition {edition.Name}).",
                    nameof(submissions));
            }

            if (!seen.Add(submission.OfficeId))
            {
                throw new ArgumentException($"Office {submission.OfficeId} has more than one submission; give its current one only.", nameof(submissions));
            }
        }

        var figures = Sum(edition, submissions.Select(s => s.Figures));
        var findings = new List<Finding>();
        if (submissions.Count == 0)
        {
            findings.Add(Rules.ConsolidationEmpty.Raise($"{body.Name}{year}年度报告"));
        }

        return Build(body, year, edition, figures, narrative, [.. submissions.Select(s => Included(s, names))], findings);
    }

    /// <summary>One office's own report, from its accepted submission; its narrative is the submission's unless given.</summary>
    public static AnnualReport ForOffice(Submission submission, ReportNarrative? narrative = null, string? name = null)
    {
        var officeName = name ?? submission.OfficeName ?? submission.OfficeId;
        var body = new ReportBody(submission.OfficeId, officeName, IsConsolidated: false);
        return Build(body, submission.Year, submission.Edition, Sum(submission.Edition, [submission.Figures]),
            narrative ?? submission.ReadNarrative(), [Included(submission, null) with { Name = officeName }], []);
    }

    /// <summary>
    /// Every figure of the edition summed over the given figure sets, exactly (decimal addition; a figure a set lacks adds
    /// nothing). The result holds the edition's keys only, each trimmed of trailing zeros (1.10 + 2.90 is 4, not 4.00).
    /// </summary>
    public static IReadOnlyDictionary<string, decimal> Sum(FormEdition edition, IEnumerable<IReadOnlyDictionary<string, decimal>> figureSets)
    {
        var keys = edition.Figures;
        var sums = new decimal[keys.Count];
        foreach (var figures in figureSets)
        {
            for (var i = 0; i < sums.Length; i++)
            {
                if (figures.TryGetValue(keys[i].Key, out var value))
                {
                    sums[i] += value;
                }
            }
        }

        var result = new Dictionary<string, decimal>(keys.Count, StringComparer.Ordinal);
        for (var i = 0; i < sums.Length; i++)
        {
            result[keys[i].Key] = Trim(sums[i]);
        }

        return result;
    }

    /// <summary>The same value without trailing zeros in its scale: 4.00 → 4, 0.1000 → 0.1.</summary>
    public static decimal Trim(decimal value) => value / 1.000000000000000000000000000000000m;

    private static AnnualReport Build(
        ReportBody body,
        int year,
        FormEdition edition,
        IReadOnlyDictionary<string, decimal> figures,
        ReportNarrative narrative,
        IReadOnlyList<IncludedSubmission> offices,
        List<Finding> findings)
    {
        // FORM.md's rules on the figures as a published report: every cell, arithmetic; no workbook metadata to check.
        var document = new FormDocument(edition, DocumentKind.PublishedReport);
        foreach (var (key, value) in figures)
        {
            document.SetFigure(key, value, null);
        }

        findings.AddRange(FormValidator.Validate(new ReadResult(document, [])).Findings);
        foreach (var section in edition.NarrativeSections)
        {
            if (narrative.Section(section.Code) is not { Blocks.Count: > 0 })
            {
                findings.Add(Rules.NarrativeMissing.Raise(section.Title));
            }
        }

        return new AnnualReport
        {
            Body = body,
            Year = year,
            Edition = edition,
            Figures = figures,
            Narrative = narrative,
            Offices = offices,
            Findings = FindingOrder.Sort(findings, edition),
        };
    }

    private static IncludedSubmission Included(Submission submission, Dictionary<string, string>? roster) => new(
        submission.OfficeId,
        roster?.GetValueOrDefault(submission.OfficeId) ?? submission.OfficeName ?? submission.OfficeId,
        submission.Source.UploadId,
        submission.Source.Sha256);
}
