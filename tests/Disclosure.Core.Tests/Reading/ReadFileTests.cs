using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.Tests.Reading;

/// <summary><c>FormFileReader.ReadFile</c>: a path that is not there, and the limits the caller gives rather than the defaults.</summary>
public class ReadFileTests
{
    [Fact]
    public void A_path_that_does_not_exist_is_refused_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.xlsx");

        var result = FormFileReader.ReadFile(path, form: NationalForm.Edition2021);

        Assert.True(result.IsUnreadable);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(Rules.FileNotFound.Id, finding.Rule);
        Assert.Contains(path, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_limits_given_are_the_ones_applied()
    {
        var path = Path.Combine(Path.GetTempPath(), $"limits-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, string.Concat(Enumerable.Repeat("requests.received.total,1\n", 100))); // 2,600 bytes

            var refused = FormFileReader.ReadFile(path, ReadLimits.Default with { MaxFileBytes = 2_599 }, NationalForm.Edition2021);
            var read = FormFileReader.ReadFile(path, ReadLimits.Default with { MaxFileBytes = 2_600 }, NationalForm.Edition2021);

            Assert.Equal(Rules.FileTooLarge.Id, Assert.Single(refused.Findings).Rule);
            Assert.DoesNotContain(read.Findings, f => f.Rule == Rules.FileTooLarge.Id);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
