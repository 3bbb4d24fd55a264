using System.Text;
using Disclosure.Narratives;

namespace Disclosure.Pipeline.Web.OfficePages;

/// <summary>
/// The file name an office's upload is stored under, made from the name its browser sent: only the name's last part
/// after any slash or backslash, or a character that looks like one (fraction slash, division slash, fullwidth and
/// small forms), compatibility-normalised first (NFKC), with percent signs, quotes, control and other characters that
/// mean something in a URL or a header replaced, dots and spaces trimmed, at most 100 characters. The blob's folder is
/// never taken from the request. Markup characters are left: every page encodes the name (tested).
/// </summary>
public static class UploadFileName
{
    public const int MaxLength = 100;

    /// <summary>The extensions the readers take: workbooks (xlsx, xlsm, legacy xls to be told why not), key,value CSV, narratives.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".xlsx", ".xlsm", ".xls", ".csv", .. NarrativeReader.FileExtensions];

    // Characters a person or a file system may take for a path separator.
    private static readonly char[] Separators = ['/', '\\', '\u2044', '\u2215', '\u29F8', '\u29F9', '\uFE68', '\uFF0F', '\uFF3C', '\u2571', '\u2572', '\u00A5', '\u20A9'];

    /// <summary>The cleaned name, or null when nothing usable is left or its extension is not one the readers take.</summary>
    public static string? Clean(string? sent)
    {
        if (string.IsNullOrWhiteSpace(sent))
        {
            return null;
        }

        var name = sent.Normalize(NormalizationForm.FormKC);
        name = name[(name.LastIndexOfAny(Separators) + 1)..];
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsControl(c) || char.IsSurrogate(c) || c is '%' or '#' or '?' or ':' or '*' or '"' or '|' or '\'' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format
                ? '_'
                : c);
        }

        name = builder.ToString().Trim().Trim('.', ' ');
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            return null;
        }

        var stem = name[..^extension.Length].Trim().TrimEnd('.');
        if (stem.Length == 0 || stem.All(c => c == '_' || c == '.'))
        {
            stem = "上传文件";
        }

        return (stem.Length > MaxLength - extension.Length ? stem[..(MaxLength - extension.Length)] : stem) + extension;
    }
}
