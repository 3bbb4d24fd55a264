using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;

namespace Disclosure.Storage.Tests;

/// <summary>The <c>current</c> row and the pure <see cref="Submission"/> map to each other without loss.</summary>
public sealed class CurrentSubmissionTests
{
    [Fact]
    public void A_submission_survives_the_current_row_and_its_table_entity()
    {
        var figures = SubmissionCsv.ConsistentFigures(requests: 7, carriedOver: 2, carriedForward: 1);
        figures["proactive.art20_8.fees.amount_10k_yuan"] = 1.25m;
        var submission = new Submission
        {
            OfficeId = "edu",
            Year = 2022,
            OfficeName = "二道区教育局",
            Edition = NationalForm.ForReportYear(2022),
            Figures = figures,
            Source = new SubmissionSource("u1", "2022/edu/统计表.xlsx", new string('a', 64), new DateTimeOffset(2023, 1, 5, 8, 0, 0, TimeSpan.Zero)),
        };
        var log = new UploadRecord
        {
            PartitionKey = SubmissionKeys.Partition(2022, "edu"), RowKey = SubmissionKeys.UploadRow(new string('a', 64)), State = UploadState.Accepted,
            UploadId = "u1", BlobName = "2022/edu/统计表.xlsx", Order = "o", Warnings = 1, ReportJsonName = "2022/edu/aaaa.json",
        };

        var row = CurrentSubmission.FromEntity(CurrentSubmission.FromSubmission(submission, log).ToEntity());
        var back = row.ToSubmission();

        Assert.Equal((log.RowKey, "o", 1, "2022/edu/aaaa.json", NationalForm.Edition2021.Name), (row.UploadRowKey, row.Order, row.Warnings, row.ReportJsonName, row.FormEdition));
        Assert.Equal((submission.OfficeId, submission.Year, submission.OfficeName, submission.Source), (back.OfficeId, back.Year, back.OfficeName, back.Source));
        Assert.Same(submission.Edition, back.Edition);
        Assert.Equal(figures.OrderBy(p => p.Key), back.Figures.OrderBy(p => p.Key));
    }

    [Fact]
    public void A_stored_submission_reads_as_an_office_submission_not_read_from_a_file()
    {
        var submission = new Submission
        {
            OfficeId = "edu",
            Year = 2021,
            Edition = NationalForm.ForReportYear(2021),
            Figures = SubmissionCsv.ConsistentFigures(3),
            Narrative = new Dictionary<string, string> { ["一"] = "总体情况。" },
            Source = new SubmissionSource("u", "2021/edu/x.csv", "ab", DateTimeOffset.UnixEpoch),
        };

        var document = submission.ToDocument();

        Assert.Equal(DocumentKind.OfficeSubmission, document.Kind);
        Assert.Null(document.Format);
        Assert.Equal("2021", document.Metadata[NationalForm.MetaYear]);
        Assert.Equal("总体情况。", document.Narratives["一"]);
        Assert.Equal(3, document.Figures["requests.received.total"]);
    }
}
