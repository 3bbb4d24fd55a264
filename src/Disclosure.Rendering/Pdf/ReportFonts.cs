namespace Disclosure.Rendering.Pdf;

/// <summary>
/// The TrueType font files the report's PDF is set in (single-face .ttf with TrueType outlines: PDFsharp reads
/// neither .ttc collections nor CFF-outline .otf). Official documents use 仿宋 for body text, 黑体 for headings and
/// 小标宋 for the title; those cannot ship, so <see cref="Bundled"/> uses Noto Serif SC and Noto Sans SC (SIL OFL 1.1)
/// copied to <c>fonts/</c> beside the assemblies, and a deployment can point at its own licensed files.
/// </summary>
/// <param name="Body">Body text, tables and page numbers (仿宋; default Noto Serif SC Regular).</param>
/// <param name="Bold">Sub-headings （一）… and table headings (楷体 or a bold 仿宋; default Noto Serif SC Bold).</param>
/// <param name="Heading">Section headings 一、… (黑体; default Noto Sans SC Bold).</param>
/// <param name="Title">The title (小标宋; default Noto Serif SC Bold).</param>
public sealed record ReportFonts(string Body, string Bold, string Heading, string Title)
{
    /// <summary>The folder the build copies the bundled fonts to, beside the assemblies.</summary>
    public static string BundledFolder => Path.Combine(AppContext.BaseDirectory, "fonts");

    /// <summary>The bundled fonts in <see cref="BundledFolder"/>.</summary>
    public static ReportFonts Bundled { get; } = new(
        Path.Combine(BundledFolder, "NotoSerifSC_400Regular.ttf"),
        Path.Combine(BundledFolder, "NotoSerifSC_700Bold.ttf"),
        Path.Combine(BundledFolder, "NotoSansSC_700Bold.ttf"),
        Path.Combine(BundledFolder, "NotoSerifSC_700Bold.ttf"));

    /// <summary>The configuration section: <c>Report:Fonts:Body</c>, i.e. the environment variable <c>Report__Fonts__Body</c>.</summary>
    public const string Section = "Report:Fonts";

    /// <summary>
    /// The fonts a configuration names, each missing one bundled: keys <c>Report:Fonts:Body</c>, <c>Report:Fonts:Bold</c>,
    /// <c>Report:Fonts:Heading</c> and <c>Report:Fonts:Title</c> (environment variables and app settings
    /// <c>Report__Fonts__Body</c> …). Pass <c>key => configuration[key]</c> for an <c>IConfiguration</c>. A relative path is
    /// taken from the application's folder (<c>fonts/NotoSansSC_400Regular.ttf</c> names a bundled file).
    /// </summary>
    public static ReportFonts FromSettings(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        string Read(string name, string bundled) => setting($"{Section}:{name}") is { Length: > 0 } path
            ? Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path)
            : bundled;
        return new ReportFonts(
            Read(nameof(Body), Bundled.Body),
            Read(nameof(Bold), Bundled.Bold),
            Read(nameof(Heading), Bundled.Heading),
            Read(nameof(Title), Bundled.Title));
    }

    /// <summary>The fonts the process's environment names (<c>Report__Fonts__Body</c> …), each missing one bundled.</summary>
    public static ReportFonts FromEnvironment() =>
        FromSettings(key => Environment.GetEnvironmentVariable(key.Replace(":", "__", StringComparison.Ordinal)));

    /// <summary>Every file, by its role, for checks and messages.</summary>
    public IEnumerable<(string Role, string Path)> Files =>
        [(nameof(Body), Body), (nameof(Bold), Bold), (nameof(Heading), Heading), (nameof(Title), Title)];

    /// <summary>Throws a message naming the setting to fix when a file is missing or is not a TrueType font PDFsharp can embed.</summary>
    public void Check()
    {
        foreach (var (role, path) in Files)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"The report's {role.ToLowerInvariant()} font {path} does not exist. The bundled fonts are copied to {BundledFolder} by the build " +
                    $"(run `npm ci` at the repository root first); set Report__Fonts__{role} to a TrueType (.ttf) file to use another.", path);
            }

            var head = new byte[4];
            using var stream = File.OpenRead(path);
            if (stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) < 4 || !(head.AsSpan().SequenceEqual((ReadOnlySpan<byte>)[0, 1, 0, 0]) || head.AsSpan().SequenceEqual("true"u8)))
            {
                throw new InvalidDataException(
                    $"The report's {role.ToLowerInvariant()} font {path} is not a single TrueType font (.ttc collections and CFF .otf fonts cannot be embedded); " +
                    $"set Report__Fonts__{role} to a .ttf file.");
            }
        }
    }
}
