namespace Disclosure.Submissions;

/// <summary>An office on the roster: its id (as in upload paths and workbooks), name, kind and whether it must report.</summary>
public sealed record Office(string OfficeId, string Name, string Kind, bool Required);
