namespace Disclosure.Cli.Tests;

public sealed class SamplesCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"samples-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Writes_the_roster_and_workbooks_and_says_which_office_carries_the_slip()
    {
        var result = DisclosureProcess.Run("samples", "-o", _folder, "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(35, Directory.GetFiles(_folder).Length);
        Assert.True(File.Exists(Path.Combine(_folder, "roster.csv")));
        Assert.True(File.Exists(Path.Combine(_folder, "housing-2022-corrected.csv")));
        Assert.Contains("已写入 35 个文件", result.Output, StringComparison.Ordinal);
        Assert.Contains("长春市二道区住房和城乡建设局(housing)", result.Output, StringComparison.Ordinal);

        Assert.Equal(1, DisclosureProcess.Run("validate", Path.Combine(_folder, "housing-2022.csv"), "--year", "2022").ExitCode);
        Assert.Equal(0, DisclosureProcess.Run("validate", Path.Combine(_folder, "housing-2022-corrected.csv"), "--year", "2022").ExitCode);
        Assert.Equal(0, DisclosureProcess.Run("validate", Path.Combine(_folder, "yingjun-2022.csv"), "--year", "2022").ExitCode);
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        var result = DisclosureProcess.Run("samples", "-o", _folder, "--format", "pdf");

        Assert.NotEqual(0, result.ExitCode);
        Assert.False(Directory.Exists(_folder));
    }
}
