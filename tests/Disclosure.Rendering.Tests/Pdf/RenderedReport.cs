using Disclosure.Rendering.Pdf;
using Disclosure.Reports;

namespace Disclosure.Rendering.Tests.Pdf;

/// <summary>
/// A report rendered once to a file under TestResults/artifacts/pdf at the repository's root (kept for people to
/// look at, with its pages as PNG), and read back with poppler.
/// </summary>
internal sealed class RenderedReport
{
    private static readonly Lazy<ReportPdfRenderer> SharedRenderer = new(() => new ReportPdfRenderer());

    private RenderedReport(string path, byte[] bytes)
    {
        Path = path;
        Bytes = bytes;
    }

    public static ReportPdfRenderer Renderer => SharedRenderer.Value;

    public string Path { get; }

    public byte[] Bytes { get; }

    public static RenderedReport Write(AnnualReport report, string name)
    {
        var bytes = Renderer.Render(report);
        var path = System.IO.Path.Combine(ArtifactFolder(), name + ".pdf");
        File.WriteAllBytes(path, bytes);
        return new RenderedReport(path, bytes);
    }

    /// <summary>pdftotext of the whole document (with -layout: a table row on one line).</summary>
    public string Text(bool layout = false) =>
        layout ? Poppler.Run("pdftotext", "-layout", "-enc", "UTF-8", Path, "-") : Poppler.Run("pdftotext", "-enc", "UTF-8", Path, "-");

    /// <summary>Renders every page to PNG beside the PDF and returns the files.</summary>
    public IReadOnlyList<string> Pages(int dpi = 60)
    {
        var prefix = System.IO.Path.ChangeExtension(Path, null);
        foreach (var old in Directory.GetFiles(System.IO.Path.GetDirectoryName(Path)!, System.IO.Path.GetFileName(prefix) + "-*.png"))
        {
            File.Delete(old);
        }

        Poppler.Run("pdftoppm", "-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), Path, prefix);
        return [.. Directory.GetFiles(System.IO.Path.GetDirectoryName(Path)!, System.IO.Path.GetFileName(prefix) + "-*.png").Order(StringComparer.Ordinal)];
    }

    public static string ArtifactFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Serverless.sln")))
        {
            dir = dir.Parent;
        }

        var folder = System.IO.Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "TestResults", "artifacts", "pdf");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
