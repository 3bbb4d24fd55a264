using System.Globalization;
using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Storage.Blobs;
using Disclosure.Submissions;
using Disclosure.Validation;

namespace Disclosure.Pipeline.Ingest;

/// <summary>
/// Year and office in the upload path must be the workbook's <c>meta.year</c> and <c>meta.office_id</c>, and
/// the office must be on the roster. A file that does not state them (a CSV may not) gets a warning: the
/// path still names office and year, and the office should know which were assumed.
/// </summary>
internal static class IdentityChecks
{
    public static Finding BadPath(string blobName) => Rules.IdentityBadPath.Raise(blobName);

    public static IEnumerable<Finding> Run(UploadPath path, FormDocument? document, Office? office)
    {
        if (office is null)
        {
            yield return Rules.IdentityUnknownOffice.RaiseAt(NationalForm.MetaOfficeId, document?.LocationOf(NationalForm.MetaOfficeId), path.OfficeId);
        }

        if (document is null)
        {
            yield break;
        }

        foreach (var (key, label, assumed) in new[] { (NationalForm.MetaOfficeId, "机关代码", path.OfficeId), (NationalForm.MetaYear, "报告年度", path.Year.ToString(CultureInfo.InvariantCulture)) })
        {
            if (string.IsNullOrWhiteSpace(document.Metadata.GetValueOrDefault(key)))
            {
                yield return Rules.IdentityNotStated.RaiseAt(key, document.LocationOf(key), label, key, assumed);
            }
        }

        if (document.TryGetStatedYear(out var year) && year != path.Year)
        {
            yield return Rules.IdentityYearMismatch.RaiseAt(NationalForm.MetaYear, document.LocationOf(NationalForm.MetaYear), year, path.Year);
        }

        if (document.Metadata.TryGetValue(NationalForm.MetaOfficeId, out var officeId) && !string.IsNullOrWhiteSpace(officeId) &&
            !string.Equals(officeId.Trim(), path.OfficeId, StringComparison.Ordinal))
        {
            yield return Rules.IdentityOfficeMismatch.RaiseAt(NationalForm.MetaOfficeId, document.LocationOf(NationalForm.MetaOfficeId), officeId.Trim(), path.OfficeId);
        }
    }
}
