using System.Globalization;
using System.Text.RegularExpressions;
using Disclosure.Form;
using Disclosure.Samples;
using Disclosure.Tests.PublishedReports;

namespace Disclosure.Corpus.Tests;

/// <summary>The test writers and the product's typed-in seed figures, held to the seed report itself.</summary>
public partial class SeedLayoutTests
{
    [CorpusFact]
    public void The_seed_style_writer_writes_the_seeds_own_layout()
    {
        var seedLines = File.ReadAllLines(SharedFiles.Seed);
        var seed = ReportReading.Document(CorpusReports.ReadShared("seed"));

        var rendered = SeedStyleReport.Render(seed.Figures).Split('\n');

        // The tables, from 二's heading to 四's last figure, line for line; the seed words two labels its own way.
        var from = Array.IndexOf(seedLines, "二、主动公开政府信息情况");
        var to = Array.FindIndex(seedLines, l => l.StartsWith("五、", StringComparison.Ordinal));
        var expected = seedLines[from..to]
            .Select(l => l.Replace("只计这一情况", "只计这一情形", StringComparison.Ordinal).Replace("三类内容事务", "三类内部事务", StringComparison.Ordinal));
        var start = Array.IndexOf(rendered, "二、主动公开政府信息情况");
        Assert.Equal(expected, rendered.Skip(start).Take(to - from));
    }

    [CorpusFact]
    public void SeedFigures2022_equals_the_seed_files_figures_in_the_forms_order()
    {
        // The seed prints its tables one cell per line; between 二 and 五 the lines that are only a number are
        // exactly the 200 figures in the form's reading order (section, table, row, column).
        var lines = File.ReadAllLines(SharedFiles.Seed);
        var start = Array.FindIndex(lines, l => l.StartsWith("二、主动公开政府信息情况", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, l => l.StartsWith("五、存在的主要问题", StringComparison.Ordinal));
        Assert.True(start > 0 && end > start);
        var printed = lines[start..end]
            .Select(l => NumberCell().Match(l))
            .Where(m => m.Success)
            .Select(m => decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .ToArray();

        Assert.Equal(NationalForm.Edition2021.Figures.Select(f => SeedFigures2022.Figures[f.Key]), printed);
    }

    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)?)\s*\|?\s*$")]
    private static partial Regex NumberCell();
}
