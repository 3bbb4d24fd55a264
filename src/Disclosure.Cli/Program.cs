using System.Text;
using Disclosure.Cli.Commands;
using Spectre.Console.Cli;

Console.OutputEncoding = Encoding.UTF8;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("disclosure");
    config.AddCommand<TemplateCommand>("template")
        .WithDescription("Write an office's blank statistics workbook for a report year.")
        .WithExample("template", "--year", "2023", "--office", "edu", "--name", "区教育局", "-o", "edu-2023.xlsx");
    config.AddCommand<ValidateCommand>("validate")
        .WithDescription("Read a workbook, CSV or published report and check it against the national form.")
        .WithExample("validate", "edu-2023.xlsx", "--previous", "edu-2022.xlsx");
    config.AddCommand<AuditCommand>("audit")
        .WithDescription("Audit published reports in bulk: read each, check the form's rules and last year's carry-over; HTML and CSV summary.")
        .WithExample("audit", "reports/2024", "--previous", "reports/2023", "-o", "audit.html");
    config.AddCommand<ReportCommand>("report")
        .WithDescription("Render a report offline from office files: one file gives that office's report, several the consolidated one.")
        .WithExample("report", "--year", "2022", "--name", "长春市二道区人民政府", "-o", "report-2022", "edu-2022.xlsx", "housing-2022.xlsx");
    config.AddCommand<RulesCommand>("rules")
        .WithDescription("List every rule a file is checked against: id, severity, title and message.")
        .WithExample("rules", "--json");
    config.AddCommand<SamplesCommand>("samples")
        .WithDescription("Write the sample district's roster and 2022 workbooks (二道区, 32 offices) adding up to the seed report.")
        .WithExample("samples", "-o", "samples", "--format", "csv");
    config.AddBranch("offices", offices =>
    {
        offices.SetDescription("The roster of offices that report.");
        offices.AddCommand<OfficesImportCommand>("import")
            .WithDescription("Import the offices roster (office_id,name,kind,required) into storage.")
            .WithExample("offices", "import", "roster.csv")
            .WithExample("offices", "import", "roster.csv", "--links", "links.csv", "--year", "2023");
        offices.AddCommand<OfficesLinkCommand>("link")
            .WithDescription("Issue an office's upload link for a year (revoking its earlier ones), or --revoke them.")
            .WithExample("offices", "link", "--office", "edu", "--year", "2023", "--days", "60");
    });
    config.AddCommand<UploadCommand>("upload")
        .WithDescription("Upload an office's workbook and wait for the verdict.")
        .WithExample("upload", "edu-2023.xlsx", "--office", "edu", "--year", "2023")
        .WithExample("upload", "--link", "https://app.example/api/office/2023/TOKEN", "edu-2023.xlsx");
    config.AddCommand<StatusCommand>("status")
        .WithDescription("Every office on the roster for a year: accepted, rejected, missing or failed.")
        .WithExample("status", "--year", "2023");
    config.AddCommand<PublishCommand>("publish")
        .WithDescription("Publish the year's reports as version n+1 (drafts → write-once version → public site); blocked by the gate unless forced.")
        .WithExample("publish", "--year", "2022")
        .WithExample("publish", "--year", "2022", "--force", "--reason", "按期发布，某单位数据随后更正");
    config.AddCommand<DraftsCommand>("drafts")
        .WithDescription("Assemble the year's drafts now (reports/{year}/drafts/), replacing the last ones.")
        .WithExample("drafts", "--year", "2022");
});

return await app.RunAsync(args);
