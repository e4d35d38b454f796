namespace Migrations.Runtime.Errors;

/// <summary>The migration indices of the datastore do not fit the registered migrations or each other.</summary>
public sealed class MismatchingMigrationIndicesException(string message) : Exception(message);

/// <summary>
/// A migration threw. The message names the migration, its step, the position and the event's fqid, and ends with
/// the original exception's text; <see cref="Exception.InnerException"/> is that exception.
/// </summary>
public sealed class MigrationFailedException(string message, Exception inner) : Exception(message, inner)
{
    /// <summary>The name of the migration that failed.</summary>
    public required string MigrationName { get; init; }

    /// <summary>The position being migrated, if an event migration failed.</summary>
    public int? Position { get; init; }

    /// <summary>The fqid of the event being migrated, if known.</summary>
    public string? Fqid { get; init; }
}

/// <summary>Another run holds the migration lock and did not release it within the wait.</summary>
public sealed class MigrationLockException(string message) : Exception(message);
