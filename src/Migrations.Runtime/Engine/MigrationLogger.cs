namespace Migrations.Runtime.Engine;

/// <summary>
/// Where the engine's log lines go (upstream's exact texts). Info lines are always written; debug lines only when
/// verbose.
/// </summary>
public sealed class MigrationLogger(Action<string> write, bool verbose = false)
{
    /// <summary>A logger that writes to standard output.</summary>
    public static MigrationLogger Console(bool verbose = false) => new(System.Console.WriteLine, verbose);

    /// <summary>True if debug lines are written.</summary>
    public bool Verbose { get; } = verbose;

    /// <summary>Writes an info line.</summary>
    public void Info(string message) => write(message);

    /// <summary>Writes a debug line when verbose.</summary>
    public void Debug(string message)
    {
        if (Verbose)
        {
            write(message);
        }
    }
}
