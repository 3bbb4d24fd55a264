using Disclosure.Form;

namespace Disclosure.Workbooks;

/// <summary>What goes into an office's blank workbook.</summary>
public sealed record TemplateRequest(string OfficeId, string OfficeName, int Year, string? Contact = null);

/// <summary>Writes an office's blank workbook for a year, laid out as the national form.</summary>
public static class TemplateWriter
{
    /// <summary>The template version written into meta.template_version.</summary>
    public const string TemplateVersion = "2021.1";

    public static bool IsKnownVersion(string version) => version == TemplateVersion;

    public static void Write(Stream output, TemplateRequest request, FormEdition? form = null) =>
        throw new NotImplementedException();
}
