namespace Disclosure.Reading;

/// <summary>
/// Bounds on what a reader takes in, so a hostile file is refused instead of exhausting memory.
/// The defaults fit any honest annual-report workbook many times over.
/// </summary>
public sealed record ReadLimits
{
    public static ReadLimits Default { get; } = new();

    /// <summary>Largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Largest total size of a workbook's parts once inflated.</summary>
    public long MaxInflatedBytes { get; init; } = 100 * 1024 * 1024;

    /// <summary>Largest inflated size of any one part (Open XML's MaxCharactersInPart is unlimited by default).</summary>
    public long MaxPartBytes { get; init; } = 40 * 1024 * 1024;

    /// <summary>Largest inflated-to-compressed ratio of a part before it is treated as a zip bomb.</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>Most entries in a zip package.</summary>
    public int MaxZipEntries { get; init; } = 1_000;

    /// <summary>Most cells read from a workbook or lines from a text file.</summary>
    public int MaxCells { get; init; } = 200_000;
}
