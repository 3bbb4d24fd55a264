using System.Globalization;
using Disclosure.Contracts;

namespace Disclosure.Pipeline.Status;

/// <summary>A year's status as its JSON contract (<see cref="StatusContract"/>), for the CLI and the HTTP API alike.</summary>
public static class StatusContracts
{
    public static StatusContract ToContract(this YearStatus status) => new(
        status.Year,
        [.. status.Offices.Select(ToContract)],
        new StatusSummaryContract(
            status.Offices.Count,
            status.Count(OfficeState.Accepted),
            status.Count(OfficeState.Rejected),
            status.Count(OfficeState.Missing),
            status.Count(OfficeState.Failed),
            status.RequiredCount,
            status.RequiredComplete,
            Math.Round(status.Completeness, 4)),
        status.UnlistedOffices);

    public static OfficeStatusContract ToContract(this OfficeStatus office) => new(
        office.OfficeId,
        office.Name,
        office.Kind,
        office.Required,
        office.State.Name(),
        office.Errors,
        office.Warnings,
        office.LastUploadUtc?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        office.Uploads,
        office.HasCurrent,
        office.LatestReportHtml,
        office.Error,
        office.HasNarrative);
}
