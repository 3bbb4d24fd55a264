namespace Disclosure.Workbooks;

/// <summary>Raised deep inside the reader when the file must be refused as a whole; becomes an unreadable ReadResult.</summary>
internal sealed class ReadRefusal(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}
