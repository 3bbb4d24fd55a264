using System.Globalization;
using Disclosure.Form;
using Disclosure.Pipeline.Roster;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Testing;
using Disclosure.Workbooks;

namespace Disclosure.IngestBench;

/// <summary>One consistent workbook per office, each with different figures so none is a duplicate.</summary>
internal static class BenchWorkbooks
{
    public static byte[] Create(Office office, int year, int index, string format)
    {
        var requests = 1 + index % 500;
        switch (format)
        {
            case "csv":
                return SubmissionCsv.Consistent(office.OfficeId, year, requests);
            case "xlsx":
                using (var template = new MemoryStream())
                {
                    TemplateWriter.Write(template, new TemplateRequest(office.OfficeId, office.Name, year));
                    var values = SubmissionCsv.ConsistentFigures(requests).ToDictionary(p => p.Key, p => (object)p.Value);
                    values[NationalForm.MetaYear] = year.ToString(CultureInfo.InvariantCulture);
                    return WorkbookFiller.Fill(template.ToArray(), values);
                }

            default:
                throw new ArgumentException($"unknown format {format}", nameof(format));
        }
    }
}
