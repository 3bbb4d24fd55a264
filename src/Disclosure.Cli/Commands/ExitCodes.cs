using Disclosure.Validation;

namespace Disclosure.Cli.Commands;

internal static class ExitCodes
{
    public const int Accepted = 0;
    public const int Rejected = 1;
    public const int Unreadable = 2;

    public static int For(ValidationStatus status) => status switch
    {
        ValidationStatus.Accepted => Accepted,
        ValidationStatus.Rejected => Rejected,
        _ => Unreadable,
    };
}
