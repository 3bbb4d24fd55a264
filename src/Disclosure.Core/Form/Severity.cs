namespace Disclosure.Form;

public enum Severity
{
    Error,
    Warning,
}
