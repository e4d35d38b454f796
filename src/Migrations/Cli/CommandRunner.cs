using System.Net.Sockets;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Data;
using Migrations.Runtime.Database;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;
using Npgsql;

namespace Migrations.Cli;

/// <summary>
/// Runs one command against the datastore and turns every failure into a clear message on stderr and a distinct
/// exit code: a database that cannot be reached or refuses the password is reported as exactly that, never as
/// "not migrated".
/// </summary>
internal sealed class CommandRunner(IReadOnlyList<MigrationDescriptor> migrations, TextWriter output, TextWriter error, ProgressDisplay? progress = null)
{
    /// <summary>Runs a migration command with a handler over the registered migrations.</summary>
    public Task<int> RunAsync(string? connectionString, bool verbose, MigrationOptions options, Func<MigrationHandler, CancellationToken, Task<int>> command, CancellationToken cancellationToken) =>
        RunWithDatabaseAsync(connectionString, (dataSource, ct) =>
        {
            var logger = new MigrationLogger(line =>
            {
                progress?.Finish();
                output.WriteLine(line);
            }, verbose);
            var run = options with { Progress = progress is null ? null : progress.Report };
            return command(new MigrationHandler(dataSource, migrations, logger, run), ct);
        }, cancellationToken);

    /// <summary>Runs a command that only needs the database (the data scripts).</summary>
    public async Task<int> RunWithDatabaseAsync(string? connectionString, Func<NpgsqlDataSource, CancellationToken, Task<int>> command, CancellationToken cancellationToken)
    {
        try
        {
            return await RunCoreAsync(connectionString, command, cancellationToken);
        }
        finally
        {
            progress?.Finish();
        }
    }

    /// <summary>Runs a command without a database (migrate-file), with the same error handling.</summary>
    public async Task<int> RunOfflineAsync(Func<CancellationToken, Task<int>> command, CancellationToken cancellationToken)
    {
        try
        {
            return await command(cancellationToken);
        }
        catch (Exception e) when (Classify(e) is { } failure)
        {
            return Fail(failure.Code, failure.Message);
        }
    }

    private (int Code, string Message)? Classify(Exception e) => e switch
    {
        DataFileException or InvalidFormatException => (ExitCodes.BadInputFile, e.Message),
        FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException => (ExitCodes.BadInputFile, e.Message),
        MigrationSetupException => (ExitCodes.UsageOrConfiguration, $"The registered migrations are invalid: {e.Message}"),
        MismatchingMigrationIndicesException => (ExitCodes.InvalidDatastoreState, e.Message),
        MigrationFailedException => (ExitCodes.MigrationFailed, e.Message),
        DatastoreException => (ExitCodes.BadInputFile, e.Message),
        _ => null,
    };

    private async Task<int> RunCoreAsync(string? connectionString, Func<NpgsqlDataSource, CancellationToken, Task<int>> command, CancellationToken cancellationToken)
    {
        DatabaseSettings settings;
        try
        {
            settings = connectionString is null ? DatabaseSettings.FromEnvironment() : DatabaseSettings.FromConnectionString(connectionString);
        }
        catch (DatabaseConfigurationException e)
        {
            return Fail(ExitCodes.UsageOrConfiguration, $"Configuration error: {e.Message}");
        }

        try
        {
            await using var dataSource = settings.CreateDataSource();
            await DatastoreSchema.ApplyAsync(dataSource, cancellationToken);
            return await command(dataSource, cancellationToken);
        }
        catch (DataFileException e)
        {
            return Fail(ExitCodes.BadInputFile, e.Message);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return Fail(ExitCodes.BadInputFile, e.Message);
        }
        catch (MigrationSetupException e)
        {
            return Fail(ExitCodes.UsageOrConfiguration, $"The registered migrations are invalid: {e.Message}");
        }
        catch (MigrationLockException e)
        {
            return Fail(ExitCodes.LockNotAcquired, e.Message);
        }
        catch (MismatchingMigrationIndicesException e)
        {
            return Fail(ExitCodes.InvalidDatastoreState, e.Message);
        }
        catch (InvalidDatastoreStateException e)
        {
            return Fail(ExitCodes.InvalidDatastoreState, e.Message);
        }
        catch (MigrationFailedException e)
        {
            return Fail(ExitCodes.MigrationFailed, e.Message);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification)
        {
            return Fail(ExitCodes.DatabaseUnavailable, $"The database refused the login ({settings.Source}): {e.MessageText}");
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidCatalogName)
        {
            return Fail(ExitCodes.DatabaseUnavailable, $"The database does not exist ({settings.Source}): {e.MessageText}");
        }
        catch (PostgresException e) when (e.SqlState.StartsWith("57", StringComparison.Ordinal) || e.SqlState.StartsWith("08", StringComparison.Ordinal))
        {
            // Operator intervention or a broken connection (e.g. the server restarted): committed work is kept.
            return Fail(ExitCodes.DatabaseUnavailable,
                $"The database connection was lost ({settings.Source}): {e.MessageText}. What was committed is kept; run the command again to resume.");
        }
        catch (NpgsqlException e) when (e.InnerException is SocketException or TimeoutException or IOException || e is { IsTransient: true } && e is not PostgresException)
        {
            return Fail(ExitCodes.DatabaseUnavailable, $"Cannot reach the database ({settings.Source}): {(e.InnerException?.Message ?? e.Message).TrimEnd('.')}. What was committed is kept; run the command again to resume.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Fail(130, "Cancelled; the transaction in progress was rolled back.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Fail(ExitCodes.InternalError, $"Internal error: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
        }
    }

    private int Fail(int code, string message)
    {
        error.WriteLine(message);
        return code;
    }
}
