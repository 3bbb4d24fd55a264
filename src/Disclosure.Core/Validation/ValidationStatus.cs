namespace Disclosure.Validation;

public enum ValidationStatus
{
    /// <summary>No error (warnings allowed).</summary>
    Accepted,

    /// <summary>Read, but at least one error.</summary>
    Rejected,

    /// <summary>The file could not be read at all; one finding says why.</summary>
    Unreadable,
}
