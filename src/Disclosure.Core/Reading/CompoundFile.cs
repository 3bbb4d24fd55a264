using System.Text;

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
            ? ReadResult.Unreadable(ReadingRules.FileEncrypted, "工作簿设置了打开密码,无法读取。请取消密码保护(文件→信息→保护工作簿→用密码进行加密,清空密码)后重新上传。")
            : ReadResult.Unreadable(ReadingRules.FileLegacyXls, "这是旧版 Excel 97-2003 工作簿(.xls),不予读取。请在 Excel 中“另存为”Excel 工作簿(*.xlsx)后重新上传。");
}
