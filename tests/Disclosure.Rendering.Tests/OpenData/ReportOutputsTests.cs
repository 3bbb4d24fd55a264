using System.Security.Cryptography;

namespace Disclosure.Rendering.Tests.OpenData;

public sealed class ReportOutputsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"outputs-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Writes_the_open_data_and_reports_each_files_hash()
    {
        var report = SampleReports.District();

        var written = ReportOutputs.WriteAll(report, _folder);

        Assert.Equal(["report.pdf", "index.html", "report.json", "report.csv"], written.Select(w => w.FileName));
        Assert.Equal(ReportOutputs.FileNames, written.Select(w => w.FileName));
        Assert.Equal(written.Select(w => w.FileName).Order(), Directory.GetFiles(_folder).Select(Path.GetFileName).Order());
        Assert.All(written, w =>
        {
            var bytes = File.ReadAllBytes(w.Path);
            Assert.Equal(w.Length, bytes.LongLength);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), w.Sha256);
        });
        // The page and the open data are deterministic; PDFsharp names font subsets and the document id at random.
        Assert.Equal(
            ReportOutputs.RenderAll(report).Where(o => o.FileName != "report.pdf").Select(o => o.Sha256),
            written.Where(w => w.FileName != "report.pdf").Select(w => w.Sha256));
    }
}
