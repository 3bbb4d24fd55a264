namespace Disclosure.Storage.Configuration;

/// <summary>Containers and tables of the storage layout (DESIGN.md, "Storage layout").</summary>
public static class StorageNames
{
    /// <summary>Offices write here: <c>uploads/{year}/{officeId}/{file}</c>.</summary>
    public const string UploadsContainer = "uploads";

    /// <summary>An immutable copy of every file received, named by time and content hash.</summary>
    public const string ArchiveContainer = "archive";

    /// <summary>One validation report per upload, JSON and HTML.</summary>
    public const string ValidationContainer = "validation";

    /// <summary>Published reports, <c>reports/{year}/v{n}/…</c>.</summary>
    public const string ReportsContainer = "reports";

    /// <summary>The public site (the storage account's static website): <c>index.html</c>, <c>{year}/…</c>. Created by publishing.</summary>
    public const string SiteContainer = "$web";

    /// <summary>The offices roster.</summary>
    public const string OfficesTable = "offices";

    /// <summary>
    /// Per office and year: the current submission and the log of every upload attempt, in one partition
    /// so they are written in one entity-group transaction (see <see cref="Tables.SubmissionKeys"/>).
    /// </summary>
    public const string SubmissionsTable = "submissions";

    /// <summary>Publications of the annual report (filled by the publish step).</summary>
    public const string PublicationsTable = "publications";

    /// <summary>
    /// Office links: one row per link, keyed by the SHA-256 of its secret (never the secret), and one rate counter per
    /// link (see <see cref="Tables.OfficeLinkTable"/>).
    /// </summary>
    public const string OfficeLinksTable = "officelinks";

    public static IReadOnlyList<string> Containers { get; } = [UploadsContainer, ArchiveContainer, ValidationContainer, ReportsContainer];

    public static IReadOnlyList<string> Tables { get; } = [OfficesTable, SubmissionsTable, PublicationsTable, OfficeLinksTable];
}
