using System.Globalization;
using System.Text;
using Disclosure.Contracts;
using Disclosure.Pipeline.Status;

namespace Disclosure.Storage.Tests;

/// <summary>The status contract's exact bytes: the CLI prints them and the HTTP API will serve the same.</summary>
public sealed class StatusJsonTests
{
    [Fact]
    public void Status_json_is_snake_case_indented_with_chinese_unescaped_and_nulls_written()
    {
        var status = new YearStatus(2022,
        [
            new OfficeStatus
            {
                OfficeId = "edu", Name = "教育局", Kind = "department", State = OfficeState.Accepted, Warnings = 2, Uploads = 3, HasCurrent = true, HasNarrative = true,
                LastUploadUtc = DateTimeOffset.Parse("2023-01-02T03:04:05.678+08:00", CultureInfo.InvariantCulture), LatestReportHtml = "2022/edu/ab.html",
            },
            new OfficeStatus { OfficeId = "town", Name = "镇", Required = false, State = OfficeState.Missing },
        ], ["zz"]);
        using var output = new MemoryStream();

        ContractJson.Write(output, status.ToContract());

        var expected = """
            {
              "year": 2022,
              "offices": [
                {
                  "office_id": "edu",
                  "name": "教育局",
                  "kind": "department",
                  "required": true,
                  "state": "accepted",
                  "errors": 0,
                  "warnings": 2,
                  "last_upload_utc": "2023-01-01T19:04:05Z",
                  "uploads": 3,
                  "has_current": true,
                  "report": "2022/edu/ab.html",
                  "error": null,
                  "has_narrative": true
                },
                {
                  "office_id": "town",
                  "name": "镇",
                  "kind": "",
                  "required": false,
                  "state": "missing",
                  "errors": 0,
                  "warnings": 0,
                  "last_upload_utc": null,
                  "uploads": 0,
                  "has_current": false,
                  "report": null,
                  "error": null,
                  "has_narrative": false
                }
              ],
              "summary": {
                "offices": 2,
                "accepted": 1,
                "rejected": 0,
                "missing": 1,
                "failed": 0,
                "required": 1,
                "required_complete": 1,
                "completeness": 1
              },
              "unlisted_offices": [
                "zz"
              ]
            }
            """.ReplaceLineEndings(Environment.NewLine);
        Assert.Equal(expected, Encoding.UTF8.GetString(output.ToArray()));
    }
}
