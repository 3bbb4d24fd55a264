namespace Disclosure.Samples;

/// <summary>
/// How large an office's part of each kind of figure is, relative to the other offices (0 = none):
/// disclosure requests (and the appeals that follow them), 行政许可, 行政处罚, 行政强制, fees charged and
/// normative documents issued.
/// </summary>
public sealed record SampleShares(int Requests, int Licensing, int Penalty, int Coercion, int Fees, int Documents);

/// <summary>One office of the sample district's roster (the roster CSV's office_id,name,kind,required) and its shares.</summary>
public sealed record SampleOffice(string Id, string Name, string Kind, bool Required, SampleShares Shares)
{
    public const string KindDepartment = "department";
    public const string KindStreet = "street";
    public const string KindTown = "town";
}
