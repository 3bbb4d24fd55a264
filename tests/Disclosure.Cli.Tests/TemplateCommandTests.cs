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

    [Fact]
    public void A_blank_template_prints_one_line_per_table_in_the_forms_order()
    {
        var path = Path.Combine(Path.GetTempPath(), $"edu-{Guid.NewGuid():N}.xlsx");
        try
        {
            Assert.Equal(0, DisclosureProcess.Run("template", "--year", "2023", "--office", "edu", "--name", "二道区教育局", "-o", path).ExitCode);

            var result = DisclosureProcess.Run("validate", path);

            Assert.Equal(1, result.ExitCode);
            var lines = result.Output.Split('\n').Where(l => l.Contains("cell.blank", StringComparison.Ordinal)).ToList();
            Assert.Equal(6, lines.Count);
            Assert.Contains("第二十条 第(一)项 全表 6 项:未填写,无数据请填 0。", lines[0]);
            Assert.Contains("统计表!", lines[0]);
            Assert.Contains("三、收到和处理政府信息公开申请情况 全表 175 项", lines[4]);
            Assert.Contains("四、政府信息公开行政复议、行政诉讼情况 全表 15 项", lines[5]);
            Assert.Contains("200 个错误", result.Output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_narrative_skeleton_is_a_word_document_with_the_three_headings_and_guidance()
    {
        var path = Path.Combine(Path.GetTempPath(), $"edu-{Guid.NewGuid():N}.docx");
        try
        {
            var made = DisclosureProcess.Run("template", "--narrative", "--year", "2023", "--name", "二道区教育局", "-o", path);
            Assert.Equal(0, made.ExitCode);

            var read = Disclosure.Narratives.NarrativeReader.ReadFile(path);

            // Every heading found (no narrative.missing_section, no narrative.no_sections), the guidance skipped: an unfilled skeleton.
            Assert.NotNull(read.Narrative);
            Assert.Empty(read.Narrative.Sections);
            Assert.Equal("narrative.unfilled", Assert.Single(read.Findings).Rule);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_narrative_skeleton_needs_a_name_and_an_output()
    {
        Assert.NotEqual(0, DisclosureProcess.Run("template", "--narrative", "--year", "2023").ExitCode);
    }

    [Fact]
    public void Validate_checks_a_word_narrative_as_a_narrative()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gov-{Guid.NewGuid():N}.docx");
        try
        {
            Assert.Equal(0, DisclosureProcess.Run("template", "--narrative", "--year", "2023", "--name", "二道区人民政府", "-o", path).ExitCode);

            var skeleton = DisclosureProcess.Run("validate", path, "--json");

            Assert.Equal(0, skeleton.ExitCode);
            using (var json = JsonDocument.Parse(skeleton.Output))
            {
                Assert.Equal("narrative.unfilled", Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray()).GetProperty("rule").GetString());
            }

            File.WriteAllText(path, "不是 Word 文档");
            var broken = DisclosureProcess.Run("validate", path);
            Assert.Equal(2, broken.ExitCode);
            Assert.Contains("narrative.not_docx", broken.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
