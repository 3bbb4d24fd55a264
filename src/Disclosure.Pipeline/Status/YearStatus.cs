namespace Disclosure.Pipeline.Status;

/// <summary>Every office on the roster for one year, and how complete the year is.</summary>
public sealed record YearStatus(int Year, IReadOnlyList<OfficeStatus> Offices, IReadOnlyList<string> UnlistedOffices)
{
    public int Count(OfficeState state) => Offices.Count(o => o.State == state);

    public int RequiredCount => Offices.Count(o => o.Required);

    /// <summary>Required offices with an accepted submission in force.</summary>
    public int RequiredComplete => Offices.Count(o => o.Required && o.HasCurrent);

    public bool IsComplete => RequiredComplete == RequiredCount;

    /// <summary>Share of required offices with an accepted submission in force, 0–1 (1 with none required).</summary>
    public double Completeness => RequiredCount == 0 ? 1 : (double)RequiredComplete / RequiredCount;
}
