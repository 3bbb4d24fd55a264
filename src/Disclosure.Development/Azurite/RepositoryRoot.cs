namespace Disclosure.Development.Azurite;

/// <summary>Finds the repository root (the folder holding Serverless.sln) from where the program runs.</summary>
public static class RepositoryRoot
{
    public const string MarkerFile = "Serverless.sln";

    public static string? Find(string? startDirectory = null)
    {
        for (var directory = new DirectoryInfo(startDirectory ?? AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, MarkerFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
