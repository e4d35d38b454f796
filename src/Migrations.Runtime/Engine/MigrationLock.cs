using Migrations.Runtime.Errors;
using Npgsql;

namespace Migrations.Runtime.Engine;

/// <summary>
/// A PostgreSQL advisory lock held on a dedicated connection for the whole of migrate, finalize or reset, so that
/// concurrent runs (several containers, several operators) never apply a migration twice. The lock goes with the
/// connection: a crashed run releases it at once.
/// </summary>
internal sealed class MigrationLock : IAsyncDisposable
{
    /// <summary>'mig' 'run'.</summary>
    internal const long Key = 0x6D69_6700_7275_6E00;

    private readonly NpgsqlConnection _connection;

    private MigrationLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<MigrationLock> AcquireAsync(NpgsqlDataSource dataSource, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            if (timeout is { } limit && limit <= TimeSpan.Zero)
            {
                await using var attempt = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
                attempt.Parameters.AddWithValue("key", Key);
                if (!(bool)(await attempt.ExecuteScalarAsync(cancellationToken))!)
                {
                    throw new MigrationLockException("Another migration run holds the migration lock; try again when it has finished.");
                }

                return new MigrationLock(connection);
            }

            var milliseconds = timeout is { } t ? (long)Math.Ceiling(t.TotalMilliseconds) : 0;
            await using var command = new NpgsqlCommand($"SET lock_timeout = {milliseconds}; SELECT pg_advisory_lock(@key); SET lock_timeout = 0;", connection);
            command.Parameters.AddWithValue("key", Key);
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
            {
                throw new MigrationLockException(
                    $"Another migration run holds the migration lock and did not release it within {timeout!.Value.TotalSeconds:0.###} s.");
            }

            return new MigrationLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection);
            command.Parameters.AddWithValue("key", Key);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // The connection is gone; so is the lock.
        }

        await _connection.DisposeAsync();
    }
}
