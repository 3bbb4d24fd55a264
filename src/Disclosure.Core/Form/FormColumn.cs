namespace Disclosure.Form;

/// <summary>A column of a form table. <paramref name="GroupLabel"/> is the spanning header above it, if any (法人或其他组织).</summary>
public sealed record FormColumn(string Code, string Label, string? GroupLabel = null)
{
    /// <summary>Label with its spanning header, as a reader of the form would say it: 法人或其他组织·商业企业.</summary>
    public string FullLabel => GroupLabel is null ? Label : $"{GroupLabel}·{Label}";
}
