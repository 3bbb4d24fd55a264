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

    /// <summary>Whether the compound file wraps an encrypted Office package (a password-protected xlsx or docx).</summary>
    public static bool IsEncryptedPackage(byte[] content) => content.AsSpan().IndexOf(EncryptedPackageName) >= 0;

    public static ReadResult Describe(byte[] content) =>
        IsEncryptedPackage(content)
            ? ReadResult.Unreadable(Rules.FileEncrypted.Raise())
            : ReadResult.Unreadable(Rules.FileLegacyXls.Raise());
}
