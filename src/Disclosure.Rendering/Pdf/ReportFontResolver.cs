using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Disclosure.Rendering.Pdf;

/// <summary>
/// PDFsharp's font resolver over font files: each file registered becomes a family of its own (one face, no style
/// simulation), named after its full path, so renderers with different <see cref="ReportFonts"/> share the process's
/// single resolver. PDFsharp embeds each face used as a TrueType subset.
/// </summary>
internal sealed class ReportFontResolver : IFontResolver
{
    private static readonly ReportFontResolver Instance = new();
    private static readonly Lock InstallLock = new();
    private readonly ConcurrentDictionary<string, string> _pathByFace = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _faceByPath = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _bytesByFace = new(StringComparer.Ordinal);
    private int _faces;

    /// <summary>Installs the resolver (once per process) and returns the family name to give XFont for <paramref name="path"/>.</summary>
    public static string Register(string path)
    {
        Install();
        var full = Path.GetFullPath(path);
        return Instance._faceByPath.GetOrAdd(full, p =>
        {
            var face = $"ReportFont{Interlocked.Increment(ref Instance._faces)}-{Path.GetFileNameWithoutExtension(p)}";
            Instance._pathByFace[face] = p;
            return face;
        });
    }

    private static void Install()
    {
        lock (InstallLock)
        {
            if (ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            {
                return;
            }

            if (GlobalFontSettings.FontResolver is not null)
            {
                throw new InvalidOperationException(
                    "Another PDFsharp font resolver is installed in this process; the report's PDF needs its own (ReportFonts).");
            }

            GlobalFontSettings.FontResolver = Instance;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        _pathByFace.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    public byte[]? GetFont(string faceName) =>
        _pathByFace.TryGetValue(faceName, out var path) ? _bytesByFace.GetOrAdd(faceName, _ => File.ReadAllBytes(path)) : null;
}
