using System.Text.Json;

namespace Disclosure.Cli.Tests;

public class TemplateCommandTests
{
    [Fact]
    public void A_blank_template_validates_as_an_unfilled_form_of_that_office_and_year()
    {
        var path = Path.Combine(Path.GetTempPath(), $"edu-{Guid.NewGuid():N}.xlsx");
        try
        {
            var made = DisclosureProcess.Run("template", "--year", "2023", "--office", "edu", "--name", "二道区教育局", "-o", path);
            Assert.Equal(0, made.ExitCode);

            var result = DisclosureProcess.Run("validate", path, "--json");

            Assert.Equal(1, result.ExitCode);
            using var json = JsonDocument.Parse(result.Output);
            var meta = json.RootElement.GetProperty("meta");
            Assert.Equal("edu", meta.GetProperty("meta.office_id").GetString());
            Assert.Equal("2023", meta.GetProperty("meta.year").GetString());
            var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToArray();
            Assert.Equal(200, findings.Count(f => f.GetProperty("rule").GetString() == "cell.blank"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
