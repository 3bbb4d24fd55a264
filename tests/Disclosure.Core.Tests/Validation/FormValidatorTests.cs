using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.Tests.Validation;

public class FormValidatorTests
{
    [Fact]
    public void Handled_sum_message_names_the_rows_and_columns_and_both_numbers()
    {
        var figures = ConsistentForms.Create(7);
        figures["requests.handled_total.natural_person"] += 1;
        figures["requests.handled_total.total"] += 1;
        // One more carried over keeps the balance (received + carried over = handled total + carried forward) whatever
        // the seed, so only the handled total disagrees with the sum of its results.
        figures["requests.carried_over.natural_person"] += 1;
        figures["requests.carried_over.total"] += 1;

        var report = Forms.ValidateAsCsv(figures);

        var errors = Forms.Errors(report).ToArray();
        Assert.Equal(2, errors.Length);
        Assert.All(errors, e => Assert.Equal("requests.handled_sum", e.Rule));
        var naturalPerson = Assert.Single(errors, e => e.Cell == "requests.handled_total.natural_person");
        var sum = figures["requests.handled_total.natural_person"] - 1;
        Assert.Equal($"三、本年度办理结果 (七)总计 · 自然人:填报 {sum + 1},各项合计 {sum}", naturalPerson.Message);
        Assert.StartsWith("第", naturalPerson.Location);
        Assert.Equal(ValidationStatus.Rejected, report.Status);
    }

    [Fact]
    public void Balance_is_held_against_carried_forward()
    {
        var figures = ConsistentForms.Create(11);
        figures["requests.received.enterprise"] += 2;
        figures["requests.received.total"] += 2;

        var findings = Forms.ValidateAsCsv(figures).Findings;

        Assert.Equal(["requests.carried_forward.enterprise", "requests.carried_forward.total"], findings.Select(f => f.Cell));
        Assert.All(findings, f => Assert.Equal("requests.balance", f.Rule));
        var finding = findings[0];
        Assert.Contains("四、结转下年度继续办理 · 法人或其他组织·商业企业", finding.Message);
        Assert.Contains("第一项加第二项之和,等于第三项加第四项之和", finding.Message);
    }

    [Fact]
    public void In_force_below_issued_is_a_warning_and_the_form_is_still_accepted()
    {
        var figures = ConsistentForms.Create(3);
        figures["proactive.art20_1.normative_documents.issued"] = 5;
        figures["proactive.art20_1.normative_documents.in_force"] = 2;

        var report = Forms.ValidateAsCsv(figures);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("proactive.art20_1.normative_documents.in_force", finding.Cell);
        Assert.Equal(ValidationStatus.Accepted, report.Status);
    }

    [Fact]
    public void Negative_numbers_and_decimals_in_counts_are_cell_errors()
    {
        var figures = ConsistentForms.Create(5);
        figures["proactive.art20_6.penalty.decisions"] = -3;
        figures["proactive.art20_5.licensing.decisions"] = 2.5m;
        figures["proactive.art20_8.fees.amount_10k_yuan"] = 1.23456m;

        var findings = Forms.ValidateAsCsv(figures).Findings;

        Assert.Contains(findings, f => f.Rule == "cell.negative" && f.Cell == "proactive.art20_6.penalty.decisions");
        Assert.Contains(findings, f => f.Rule == "cell.not_integer" && f.Cell == "proactive.art20_5.licensing.decisions");
        Assert.Contains(findings, f => f.Rule == "cell.too_many_decimals" && f.Cell == "proactive.art20_8.fees.amount_10k_yuan");
        Assert.Equal(3, findings.Count);
    }

    [Fact]
    public void The_fee_may_have_four_decimals()
    {
        var figures = ConsistentForms.Create(5);
        figures["proactive.art20_8.fees.amount_10k_yuan"] = 7730.2801m;

        Assert.Empty(Forms.ValidateAsCsv(figures).Findings);
    }

    [Fact]
    public void Missing_cells_are_named_and_rules_needing_them_are_skipped()
    {
        var figures = ConsistentForms.Create(9);
        figures.Remove("requests.disclosed.natural_person");

        var findings = Forms.ValidateAsCsv(figures).Findings;

        var missing = Assert.Single(findings);
        Assert.Equal(("structure.missing_cell", "requests.disclosed.natural_person"), (missing.Rule, missing.Cell));
        Assert.Contains("(一)予以公开 · 自然人", missing.Message);
    }

    [Theory]
    [InlineData("2019", "meta.year_before_edition")]
    [InlineData("二〇二三", "meta.invalid_year")]
    [InlineData("2099", "meta.year_not_ended")]
    public void A_year_the_form_does_not_apply_to_is_an_error(string year, string rule)
    {
        var metadata = ConsistentForms.Metadata();
        metadata[NationalForm.MetaYear] = year;

        var finding = Assert.Single(Forms.ValidateAsCsv(ConsistentForms.Create(1), metadata).Findings);

        Assert.Equal(rule, finding.Rule);
        Assert.Equal(NationalForm.MetaYear, finding.Cell);
    }

    [Fact]
    public void A_year_other_than_the_expected_one_is_an_error()
    {
        var report = Forms.ValidateAsCsv(ConsistentForms.Create(1), ConsistentForms.Metadata(2022), ValidationOptions.Default with { ExpectedYear = 2023 });

        var finding = Assert.Single(report.Findings);
        Assert.Equal("meta.wrong_year", finding.Rule);
        Assert.Contains("2023", finding.Message);
    }

    [Fact]
    public void A_csv_need_not_carry_the_templates_metadata_block()
    {
        var report = Forms.ValidateAsCsv(ConsistentForms.Create(1), new Dictionary<string, string>());

        Assert.Empty(report.Findings);
        Assert.Equal(ValidationStatus.Accepted, report.Status);
    }

    [Fact]
    public void Carried_over_must_match_last_years_carried_forward()
    {
        var previous = ConsistentForms.Create(21);
        var current = ConsistentForms.Create(22);
        foreach (var column in new[] { "natural_person", "enterprise", "research", "public_interest", "legal_service", "other_org", "total" })
        {
            var delta = previous[$"requests.carried_forward.{column}"] - current[$"requests.carried_over.{column}"];
            current[$"requests.carried_over.{column}"] += delta;
            current[$"requests.received.{column}"] -= delta;
        }

        current["requests.received.research"] += 1;
        current["requests.carried_over.research"] -= 1;
        current["requests.received.total"] += 1;
        current["requests.carried_over.total"] -= 1;
        var read = FormFileReader.Read(System.Text.Encoding.UTF8.GetBytes(Disclosure.Workbooks.CsvFormWriter.Write(current, ConsistentForms.Metadata())), "c.csv");
        var before = FormFileReader.Read(System.Text.Encoding.UTF8.GetBytes(Disclosure.Workbooks.CsvFormWriter.Write(previous, ConsistentForms.Metadata(2022))), "p.csv");

        var findings = FormValidator.Validate(read, before).Findings
            .Where(f => f.Rule == "carry.continuity").Select(f => f.Cell).ToHashSet();

        Assert.Equal(["requests.carried_over.research", "requests.carried_over.total"], findings);
    }
}
