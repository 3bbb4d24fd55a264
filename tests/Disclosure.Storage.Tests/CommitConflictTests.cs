using Azure.Data.Tables;
using Disclosure.Form;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Testing;

namespace Disclosure.Storage.Tests;

/// <summary>
/// The lost update, forced rather than left to a load test's luck: two ingests read the same current row, one commits,
/// then the other; the second must be refused (412) and must neither replace the current row nor add its log row.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CommitConflictTests(AzuriteFixture azurite)
{
    private const int Year = 2022;

    [Fact]
    public async Task The_second_of_two_writers_that_read_the_same_current_row_is_refused_and_changes_nothing()
    {
        var office = $"lu{Guid.NewGuid():N}"[..12];
        var partition = SubmissionKeys.Partition(Year, office);
        var table = new SubmissionTable(azurite.Storage.Submissions);

        var (firstLog, firstRow) = Upload(office, 'a', requests: 1);
        await table.CommitAsync(firstLog, firstRow, readCurrent: null, CancellationToken.None);

        // Both writers read the row now in force.
        var readByX = await table.GetCurrentAsync(partition, CancellationToken.None);
        var readByY = await table.GetCurrentAsync(partition, CancellationToken.None);
        Assert.NotNull(readByX);
        Assert.Equal(readByX.ETag, readByY!.ETag);

        // X commits first.
        var (xLog, xRow) = Upload(office, 'b', requests: 2);
        await table.CommitAsync(xLog, xRow, readByX, CancellationToken.None);

        // Y commits what it computed from the row it read, which is no longer in force.
        var (yLog, yRow) = Upload(office, 'c', requests: 3);
        var refused = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.CommitAsync(yLog, yRow, readByY, CancellationToken.None));
        Assert.Equal(412, refused.Status);

        var current = await table.GetCurrentAsync(partition, CancellationToken.None);
        Assert.Equal(xLog.RowKey, current!.UploadRowKey);
        Assert.Equal(2, current.ToSubmission().Figures["requests.received.total"]);
        Assert.Null(await table.GetLogRowAsync(partition, yLog.RowKey, CancellationToken.None));
        Assert.NotNull(await table.GetLogRowAsync(partition, xLog.RowKey, CancellationToken.None));
    }

    private static (UploadRecord Log, CurrentSubmission Row) Upload(string office, char hash, int requests)
    {
        var sha = new string(hash, 64);
        var blobName = $"{Year}/{office}/{hash}.csv";
        var log = new UploadRecord
        {
            PartitionKey = SubmissionKeys.Partition(Year, office), RowKey = SubmissionKeys.UploadRow(sha), State = UploadState.Accepted,
            UploadId = $"u{hash}", BlobName = blobName, Order = $"o{hash}", ReportJsonName = $"{Year}/{office}/{hash}.json",
        };
        var submission = new Submission
        {
            OfficeId = office,
            Year = Year,
            OfficeName = "二道区教育局",
            Edition = NationalForm.ForReportYear(Year),
            Figures = SubmissionCsv.ConsistentFigures(requests),
            Source = new SubmissionSource(log.UploadId, blobName, sha, DateTimeOffset.UnixEpoch),
        };
        return (log, CurrentSubmission.FromSubmission(submission, log));
    }
}
