using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.Tests.Reading;

/// <summary>
/// The sizes a clerk reads in <c>file.too_large</c>'s message: the file's and the limit's, in MB with at most one
/// decimal. Sizes are chosen so that each figure differs from what a wrong unit or a wrong rounding would print.
/// </summary>
public class TooLargeMessageTests
{
    private const long MiB = 1024 * 1024;
    private static readonly FormEdition Form = NationalForm.Edition2021;

    [Fact]
    public void A_file_in_memory_over_the_default_limit_names_its_size_and_the_20_MB_limit()
    {
        var result = FormFileReader.Read(new byte[25 * MiB + MiB / 2], "office.xlsx", form: Form);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(Rules.FileTooLarge.Id, finding.Rule);
        Assert.Equal("文件大小 25.5 MB,超过上限 20 MB。年度报告工作簿通常不足 1 MB,请检查是否上传了错误的文件。", finding.Message);
    }

    [Fact]
    public void A_file_on_disk_over_the_default_limit_names_its_size_and_the_20_MB_limit()
    {
        var path = Path.Combine(Path.GetTempPath(), $"too-large-{Guid.NewGuid():N}.xlsx");
        try
        {
            using (var file = File.Create(path))
            {
                file.SetLength(21 * MiB + 3 * MiB / 10 + 1); // 21.3 MiB and a byte
            }

            var finding = Assert.Single(FormFileReader.ReadFile(path, form: Form).Findings);

            Assert.Equal(Rules.FileTooLarge.Id, finding.Rule);
            Assert.StartsWith("文件大小 21.3 MB,超过上限 20 MB。", finding.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(3 * MiB, 3 * MiB / 2, "文件大小 3 MB,超过上限 1.5 MB。")]
    [InlineData(MiB + MiB / 4, MiB, "文件大小 1.3 MB,超过上限 1 MB。")] // 1.25 rounds away from zero
    [InlineData(MiB / 10 * 3, MiB / 10, "文件大小 0.3 MB,超过上限 0.1 MB。")]
    public void A_configured_limit_is_printed_in_MB_too(long length, long limit, string expectedStart)
    {
        var finding = FormFileReader.TooLarge(length, new ReadLimits { MaxFileBytes = limit });

        Assert.Equal(Rules.FileTooLarge.Id, finding.Rule);
        Assert.StartsWith(expectedStart, finding.Message);
    }
}
