namespace Migrations.Cli;

/// <summary>The exit codes of <c>migrate</c>, documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Success, or nothing to do.</summary>
    public const int Success = 0;

    /// <summary>A migration failed (the data is as the failure left it: resumable, see the README).</summary>
    public const int MigrationFailed = 1;

    /// <summary>Bad usage or configuration (unknown command, missing setting, malformed value).</summary>
    public const int UsageOrConfiguration = 2;

    /// <summary>Another run holds the migration lock.</summary>
    public const int LockNotAcquired = 3;

    /// <summary>The database cannot be reached or refuses the connection (host, port, password, database name).</summary>
    public const int DatabaseUnavailable = 4;

    /// <summary><c>check</c>: migration or finalization is needed.</summary>
    public const int ActionNeeded = 5;

    /// <summary>The datastore's state does not fit the migrations (indices too high or inconsistent).</summary>
    public const int InvalidDatastoreState = 6;

    /// <summary>An input file is missing, unreadable or malformed (nothing was written).</summary>
    public const int BadInputFile = 7;

    /// <summary>Cancelled (Ctrl+C or SIGTERM); the transaction in progress was rolled back.</summary>
    public const int Cancelled = 130;

    /// <summary>An unexpected error inside the tool (a bug: please report the message and the stack trace).</summary>
    public const int InternalError = 70;
}
