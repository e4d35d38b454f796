namespace Migrations.Runtime.Tests.Infrastructure;

/// <summary>Where the tests find the repository (the folder of Migrations.slnx) and which build they belong to.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Migrations.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root (Migrations.slnx) not found");
    });

    public static string Root => RootPath.Value;

    /// <summary>Release or Debug, as the tests themselves were built (the other projects' outputs are looked up there).</summary>
    public static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
}
