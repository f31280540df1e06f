namespace CmsRules.Cli;

/// <summary>Finds the repository (the folder holding CmsRules.sln) so the CLI works from any folder inside it or from its build output.</summary>
public static class RepositoryLocator
{
    public const string SolutionFile = "CmsRules.sln";

    /// <summary>The repository's measures/ folder, or null when neither the current directory nor the program lies inside the repository.</summary>
    public static string? FindMeasuresDirectory()
    {
        var root = FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory);
        return root is null ? null : Path.Combine(root, "measures");
    }

    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile))) return dir.FullName;
        return null;
    }
}
