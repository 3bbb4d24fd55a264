namespace Disclosure.Pipeline.Ingest;

/// <summary>Rule ids of ingest's identity checks: the upload path, the workbook's metadata and the roster must agree.</summary>
public static class IdentityRules
{
    public const string BadPath = "identity.bad_path";
    public const string YearMismatch = "identity.year_mismatch";
    public const string OfficeMismatch = "identity.office_mismatch";
    public const string UnknownOffice = "identity.unknown_office";
    public const string NotStated = "identity.not_stated";
}
