using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Disclosure.Rendering.Report;
using Disclosure.Rendering.Tests.Browser;
using Disclosure.Rendering.Validation;
using Disclosure.Samples;
using Disclosure.Submissions;
using Disclosure.Validation;
using Xunit.Abstractions;

namespace Disclosure.Rendering.Tests;

/// <summary>axe-core's WCAG 2.x A/AA rules on every page (report, validation, status), at desktop and phone width: no violation at all.</summary>
[Collection(ChromiumCollection.Name)]
public class AccessibilityTests(Chromium chromium, ITestOutputHelper output)
{
    public static TheoryData<string, int> Pages => new() { { "report", 1280 }, { "report", 375 }, { "validation", 1280 }, { "validation", 375 }, { "status", 1280 }, { "status", 375 } };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_violation(string page, int width)
    {
        var html = page == "status" ? Disclosure.Rendering.Status.StatusPage.Render(StatusPageBrowserTests.Model(Disclosure.Rendering.Status.StatusSort.State))
            : page == "report"
            ? ReportPage.Render(SampleReports.Government(version: 1))
            : ValidationPage.Render(FormValidator.Validate(new Disclosure.Reading.ReadResult(SeedFigures2022.ToDocument(), [])),
                new ValidationPageContext("seed.xlsx", "gov_office", "长春市二道区人民政府办公室", 2022, DateTimeOffset.UnixEpoch, UploadState.Rejected));
        await using var loaded = await chromium.OpenAsync(html, width);

        var result = await loaded.Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });

        foreach (var violation in result.Violations)
        {
            output.WriteLine($"{violation.Id} ({violation.Impact}): {violation.Help}: {string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html))}");
        }

        Assert.Empty(result.Violations.Select(v => v.Id));
    }
}
