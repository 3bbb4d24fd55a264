namespace Disclosure.Validation;

/// <summary>Ingest's identity checks: the upload path, the file's metadata and the roster of offices must agree.</summary>
public static partial class Rules
{
    public static readonly Rule IdentityBadPath = new("identity.bad_path", Error, "上传路径不符合格式",
        "上传路径“{路径}”不符合“年度/机关代码/文件名”的格式(如 2023/edu/统计表.xlsx),无法确定报送机关和年度。请用 disclosure upload 命令或按该格式重新上传。");

    public static readonly Rule IdentityUnknownOffice = new("identity.unknown_office", Error, "机关不在名单中",
        "机关代码“{机关代码}”不在报送机关名单中。请核对机关代码,或联系政务公开办将本机关加入名单。");

    public static readonly Rule IdentityNotStated = new("identity.not_stated", Warning, "未注明机关或年度",
        "文件未注明{字段}({代码}),按上传路径认定为“{认定值}”。请使用本系统生成的模板,以免错报。");

    public static readonly Rule IdentityYearMismatch = new("identity.year_mismatch", Error, "年度与上传路径不符",
        "报告年度填的是 {年度} 年,但文件上传到了 {路径年度} 年度。请使用 {路径年度} 年度的模板,或上传到 {年度} 年度。");

    public static readonly Rule IdentityOfficeMismatch = new("identity.office_mismatch", Error, "机关与上传路径不符",
        "机关代码填的是“{机关代码}”,但文件上传到了机关“{路径机关}”名下。请确认是否上传了其他机关的统计表。");
}
