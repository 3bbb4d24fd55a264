using Disclosure.PublishedReports;
using Disclosure.Reading;
using Disclosure.Tests.PublishedReports;

namespace Disclosure.Corpus.Tests;

/// <summary>Reads the design folder's seed and real reports with the reader their format calls for.</summary>
internal static class CorpusReports
{
    public static string PathOf(string name) => name == "seed" ? SharedFiles.Seed : SharedFiles.Report(name);

    public static ReadResult ReadShared(string name)
    {
        var path = PathOf(name);
        return Path.GetExtension(path) switch
        {
            ".pdf" => ReportPdfReader.Read(File.ReadAllBytes(path), ReadLimits.Default, ReportReading.Form),
            ".html" => ReportHtmlReader.Read(File.ReadAllText(path), ReadLimits.Default, ReportReading.Form),
            _ => ReportReading.ReadText(File.ReadAllText(path)),
        };
    }
}
