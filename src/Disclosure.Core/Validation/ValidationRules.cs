namespace Disclosure.Validation;

/// <summary>Rule ids raised by validation beyond the form's arithmetic rules (whose ids live in the form definition).</summary>
public static class ValidationRules
{
    public const string PreviousUnreadable = "carry.previous_unreadable";
}
