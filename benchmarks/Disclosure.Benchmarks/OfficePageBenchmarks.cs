using System.Text;
using BenchmarkDotNet.Attributes;
using Disclosure.Pipeline.Web;
using Disclosure.Pipeline.Web.OfficePages;
using Disclosure.Rendering.OfficePages;

namespace Disclosure.Benchmarks;

/// <summary>
/// An office link's request work besides storage: the office page with a year's upload history (50 uploads) and its
/// Content-Security-Policy (the inline stylesheet hashed), and reading the file out of a multipart body at the reader's
/// 20 MiB limit.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class OfficePageBenchmarks
{
    private const string Boundary = "----benchBoundary";
    private OfficePageModel _model = null!;
    private string _html = null!;
    private byte[] _body = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = new OfficePageModel
        {
            OfficeId = "housing",
            OfficeName = "长春市二道区住房和城乡建设局",
            Year = 2022,
            Deadline = new DateOnly(2023, 1, 31),
            DaysLeft = 12,
            LinkExpiresUtc = DateTimeOffset.UnixEpoch,
            LinkPath = "/api/office/2022/n1mfKqo63qziZbf2QRfbZY1uKFBqHEoIrbNfJPJ_aag",
            MaxFileBytes = 20 * 1024 * 1024,
            Extensions = UploadFileName.Extensions,
            Uploads = [.. Enumerable.Range(0, 50).Select(i => new OfficeUploadRow($"{i:x24}", $"统计表-{i}.xlsx", DateTimeOffset.UnixEpoch.AddHours(i),
                i % 2 == 0 ? OfficeUploadState.Rejected : OfficeUploadState.Accepted, i % 2 == 0 ? 2 : 0, 0, i == 49))],
        };
        _html = OfficePage.Render(_model);
        var file = new byte[20 * 1024 * 1024];
        new Random(7).NextBytes(file);
        _body =
        [
            .. Encoding.ASCII.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"统计表.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n"),
            .. file,
            .. Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n"),
        ];
    }

    [Benchmark(Baseline = true)]
    public string OfficePageHtml() => OfficePage.Render(_model);

    [Benchmark]
    public string ContentSecurityPolicy() => ApiResponse.ContentSecurityPolicy(_html);

    [Benchmark]
    public async Task<int> MultipartFile20MiB()
    {
        var read = await MultipartForm.ReadFileAsync($"multipart/form-data; boundary={Boundary}", new MemoryStream(_body), 20 * 1024 * 1024, CancellationToken.None, _body.Length);
        return read.Content!.Length;
    }
}
