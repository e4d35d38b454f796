using System.Net.Sockets;
using System.Security.Authentication;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Data;
using Migrations.Runtime.Database;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;
using Npgsql;

namespace Migrations.Cli;

/// <summary>
/// The one place that turns a failure into its exit code and message, for every command (the database commands,
/// the data scripts, <c>migrate-file</c> and <c>serve</c>). Exit 70 is left for what none of these cases covers: a
/// bug in the tool.
/// </summary>
internal static class Failures
{
    /// <summary>The exit code and the message for <paramref name="e"/>; <paramref name="database"/> names the database, if any.</summary>
    public static (int Code, string Message) Describe(Exception e, string? database, bool cancelled)
    {
        var where = database is null ? "" : $" ({database})";
        return e switch
        {
            OperationCanceledException when cancelled => (ExitCodes.Cancelled, "Cancelled; the transaction in progress was rolled back."),
            UsageException => (ExitCodes.UsageOrConfiguration, e.Message),
            DatabaseConfigurationException => (ExitCodes.UsageOrConfiguration, $"Configuration error: {e.Message}"),
            MigrationSetupException => (ExitCodes.UsageOrConfiguration, $"The registered migrations are invalid: {e.Message}"),
            MigrationLockException => (ExitCodes.LockNotAcquired, e.Message),
            MismatchingMigrationIndicesException or InvalidDatastoreStateException => (ExitCodes.InvalidDatastoreState, e.Message),
            MigrationFailedException => (ExitCodes.MigrationFailed, e.Message),
            DataFileException or DatastoreException => (ExitCodes.BadInputFile, e.Message),
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } p =>
                (ExitCodes.DatabaseUnavailable, $"The database refused the login{where}: {p.MessageText}"),
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } p =>
                (ExitCodes.DatabaseUnavailable, $"The database does not exist{where}: {p.MessageText}"),
            PostgresException p when p.SqlState.StartsWith("57", StringComparison.Ordinal) || p.SqlState.StartsWith("08", StringComparison.Ordinal) =>
                (ExitCodes.DatabaseUnavailable, $"The database connection was lost{where}: {p.MessageText}. What was committed is kept; run the command again to resume."),
            NpgsqlException { InnerException: AuthenticationException tls } =>
                (ExitCodes.DatabaseUnavailable, $"The TLS connection to the database failed{where}: {tls.Message.TrimEnd('.')}. Check the server's certificate, or DATABASE_SSL_MODE."),
            NpgsqlException n when n is not PostgresException && n.Message.Contains("SSL", StringComparison.Ordinal) =>
                (ExitCodes.DatabaseUnavailable, $"The database does not offer TLS, which the settings require{where}: {n.Message}"),
            NpgsqlException n when n is not PostgresException && n.Message.Contains("password", StringComparison.OrdinalIgnoreCase) =>
                (ExitCodes.DatabaseUnavailable, $"The database refused the login{where}: {n.Message} (is the password file empty?)"),
            NpgsqlException n when n.InnerException is SocketException or TimeoutException or IOException || n is { IsTransient: true } and not PostgresException =>
                (ExitCodes.DatabaseUnavailable, $"Cannot reach the database{where}: {(n.InnerException?.Message ?? n.Message).TrimEnd('.')}. What was committed is kept; run the command again to resume."),
            FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException =>
                (ExitCodes.BadInputFile, e.Message),
            _ => (ExitCodes.InternalError, $"Internal error: {e.GetType().Name}: {e.Message}\n{e.StackTrace}"),
        };
    }
}

/// <summary>A command line that parses but cannot be carried out (a bad URL, a value out of range).</summary>
internal sealed class UsageException(string message) : Exception(message);
