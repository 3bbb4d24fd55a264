using System.Text;
using Disclosure.Validation;

namespace Disclosure.Reading;

/// <summary>
/// An OLE compound file is either a legacy .xls workbook or a password-protected xlsx (Office wraps
/// the encrypted package in one); both are refused, each with its own reason.
/// </summary>
internal static class CompoundFile
{
    private static readonly byte[] EncryptedPackageName = Encoding.Unicode.GetBytes("EncryptedPackage");

    public static ReadResult Describe(byte[] content) =>
        content.AsSpan().IndexOf(EncryptedPackageName) >= 0
            ? ReadResult.Unreadable(Rules.FileEncrypted.Raise())
            : ReadResult.Unreadable(Rules.FileLegacyXls.Raise());
}
