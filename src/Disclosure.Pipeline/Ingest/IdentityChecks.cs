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
    public static Finding BadPath(string blobName) => Finding.Error(IdentityRules.BadPath,
        $"上传路径“{blobName}”不符合“年度/机关代码/文件名”的格式(如 2023/edu/统计表.xlsx),无法确定报送机关和年度。请用 disclosure upload 命令或按该格式重新上传。");

    public static IEnumerable<Finding> Run(UploadPath path, FormDocument? document, Office? office)
    {
        if (office is null)
        {
            yield return Finding.Error(IdentityRules.UnknownOffice,
                $"机关代码“{path.OfficeId}”不在报送机关名单中。请核对机关代码,或联系政务公开办将本机关加入名单。",
                NationalForm.MetaOfficeId, document?.LocationOf(NationalForm.MetaOfficeId));
        }

        if (document is null)
        {
            yield break;
        }

        foreach (var (key, label, assumed) in new[] { (NationalForm.MetaOfficeId, "机关代码", path.OfficeId), (NationalForm.MetaYear, "报告年度", path.Year.ToString(CultureInfo.InvariantCulture)) })
        {
            if (string.IsNullOrWhiteSpace(document.Metadata.GetValueOrDefault(key)))
            {
                yield return Finding.Warning(IdentityRules.NotStated,
                    $"文件未注明{label}({key}),按上传路径认定为“{assumed}”。请使用本系统生成的模板,以免错报。", key, document.LocationOf(key));
            }
        }

        if (document.TryGetStatedYear(out var year) && year != path.Year)
        {
            yield return Finding.Error(IdentityRules.YearMismatch,
                $"报告年度填的是 {year} 年,但文件上传到了 {path.Year} 年度。请使用 {path.Year} 年度的模板,或上传到 {year} 年度。",
                NationalForm.MetaYear, document.LocationOf(NationalForm.MetaYear));
        }

        if (document.Metadata.TryGetValue(NationalForm.MetaOfficeId, out var officeId) && !string.IsNullOrWhiteSpace(officeId) &&
            !string.Equals(officeId.Trim(), path.OfficeId, StringComparison.Ordinal))
        {
            yield return Finding.Error(IdentityRules.OfficeMismatch,
                $"机关代码填的是“{officeId.Trim()}”,但文件上传到了机关“{path.OfficeId}”名下。请确认是否上传了其他机关的统计表。",
                NationalForm.MetaOfficeId, document.LocationOf(NationalForm.MetaOfficeId));
        }
    }
}
