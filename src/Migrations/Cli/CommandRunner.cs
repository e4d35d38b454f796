using System.Net.Sockets;
using Migrations.Runtime.Authoring;
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
    public async Task<int> RunAsync(string? connectionString, bool verbose, TimeSpan? lockTimeout, Func<MigrationHandler, CancellationToken, Task<int>> command, CancellationToken cancellationToken)
    {
        try
        {
            return await RunCoreAsync(connectionString, verbose, lockTimeout, command, cancellationToken);
        }
        finally
        {
            progress?.Finish();
        }
    }

    private async Task<int> RunCoreAsync(string? connectionString, bool verbose, TimeSpan? lockTimeout, Func<MigrationHandler, CancellationToken, Task<int>> command, CancellationToken cancellationToken)
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
            var logger = new MigrationLogger(line =>
            {
                progress?.Finish();
                output.WriteLine(line);
            }, verbose);
            var options = new MigrationOptions { LockTimeout = lockTimeout, Progress = progress is null ? null : progress.Report };
            var handler = new MigrationHandler(dataSource, migrations, logger, options);
            return await command(handler, cancellationToken);
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
        catch (NpgsqlException e) when (e.InnerException is SocketException or TimeoutException || e is { IsTransient: true } && e is not PostgresException)
        {
            return Fail(ExitCodes.DatabaseUnavailable, $"Cannot reach the database ({settings.Source}): {e.InnerException?.Message ?? e.Message}");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Fail(130, "Cancelled; the transaction in progress was rolled back.");
        }
    }

    private int Fail(int code, string message)
    {
        error.WriteLine(message);
        return code;
    }
}
