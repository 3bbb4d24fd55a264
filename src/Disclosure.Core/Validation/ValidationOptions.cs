namespace Disclosure.Validation;

/// <summary>What the caller knows about the file beyond its content.</summary>
public sealed record ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>The report year the file must be for, when known (upload path, --year).</summary>
    public int? ExpectedYear { get; init; }

    /// <summary>Today's year: a report is for a year that has ended (this year's report cannot exist yet); defaults to the clock.</summary>
    public int CurrentYear { get; init; } = DateTime.Now.Year;
}
