using Disclosure.Submissions;

namespace Disclosure.Rendering.Validation;

/// <summary>What the validation page says about the upload besides the findings.</summary>
public sealed record ValidationPageContext(string FileName, string? OfficeId, string? OfficeName, int? Year, DateTimeOffset UploadedUtc, UploadState State);
