using Migrations.Cli;
using Npgsql;

namespace Migrations.Runtime.Tests.Tool;

/// <summary>The tool's error mapping for failures in the middle of a command.</summary>
public class CommandRunnerTests(DatabaseFixture database) : DatabaseTest(database)
{
    [Fact]
    public async Task A_connection_lost_mid_command_is_reported_as_such_with_exit_4()
    {
        var error = new StringWriter();
        var runner = new CommandRunner([], TextWriter.Null, error);
        var exit = await runner.RunWithDatabaseAsync(Database.Settings.ConnectionString, async (dataSource, ct) =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            await using (var kill = DataSource.CreateCommand($"SELECT pg_terminate_backend({connection.ProcessID})"))
            {
                await kill.ExecuteNonQueryAsync(ct);
            }

            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteNonQueryAsync(ct);
            return ExitCodes.Success;
        }, CancellationToken.None);
        Assert.Equal(ExitCodes.DatabaseUnavailable, exit);
        Assert.StartsWith("The database connection was lost (", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("run the command again to resume", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_error_is_an_internal_error_with_its_stack()
    {
        var error = new StringWriter();
        var exit = await new CommandRunner([], TextWriter.Null, error).RunWithDatabaseAsync(
            Database.Settings.ConnectionString, (_, _) => throw new NotSupportedException("surprise"), CancellationToken.None);
        Assert.Equal(ExitCodes.InternalError, exit);
        Assert.StartsWith("Internal error: NotSupportedException: surprise", error.ToString(), StringComparison.Ordinal);
    }
}
