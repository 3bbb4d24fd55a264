namespace Disclosure.Form;

/// <summary>What a figure may hold: a whole count, or the fee amount in 10,000 yuan.</summary>
public enum FigureKind
{
    Count,
    Amount10kYuan,
}
