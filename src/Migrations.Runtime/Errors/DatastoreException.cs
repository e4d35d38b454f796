namespace Migrations.Runtime.Errors;

/// <summary>
/// Base of every error the datastore reports for bad input or a bad state. <see cref="ErrorType"/> is upstream's
/// verbose error type (for example <c>MODEL_DOES_NOT_EXIST</c>), so callers can branch without string matching.
/// </summary>
public abstract class DatastoreException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    protected DatastoreException(string message) : base(message) { }

    /// <summary>Creates the exception with its message and cause.</summary>
    protected DatastoreException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Upstream's verbose error type, e.g. <c>INVALID_FORMAT</c>.</summary>
    public abstract string ErrorType { get; }
}

/// <summary>Malformed input: a key, a field, a value or a request that breaks the format rules (INVALID_FORMAT).</summary>
public sealed class InvalidFormatException(string message) : DatastoreException(message)
{
    /// <inheritdoc/>
    public override string ErrorType => "INVALID_FORMAT";
}

/// <summary>A request that is well formed but not acceptable, e.g. an update without fields (INVALID_REQUEST).</summary>
public sealed class InvalidRequestException(string message) : DatastoreException(message)
{
    /// <inheritdoc/>
    public override string ErrorType => "INVALID_REQUEST";
}

/// <summary>A model that must exist (and not be deleted) does not (MODEL_DOES_NOT_EXIST).</summary>
public sealed class ModelDoesNotExistException(string fqid) : DatastoreException($"Model '{fqid}' does not exist.")
{
    /// <summary>The model that was looked for.</summary>
    public string Fqid { get; } = fqid;

    /// <inheritdoc/>
    public override string ErrorType => "MODEL_DOES_NOT_EXIST";
}

/// <summary>A create for a model that already exists, deleted or not (MODEL_EXISTS).</summary>
public sealed class ModelExistsException(string fqid) : DatastoreException($"Model '{fqid}' already exists.")
{
    /// <summary>The model that exists.</summary>
    public string Fqid { get; } = fqid;

    /// <inheritdoc/>
    public override string ErrorType => "MODEL_EXISTS";
}

/// <summary>A restore of a model that is missing or not deleted (MODEL_NOT_DELETED).</summary>
public sealed class ModelNotDeletedException(string fqid) : DatastoreException($"Model '{fqid}' is not deleted.")
{
    /// <summary>The model that was to be restored.</summary>
    public string Fqid { get; } = fqid;

    /// <inheritdoc/>
    public override string ErrorType => "MODEL_NOT_DELETED";
}

/// <summary>A locked key was modified after the position it was locked at (MODEL_LOCKED, optimistic locking).</summary>
public sealed class ModelLockedException(IReadOnlyList<string> keys) : DatastoreException($"The following locks were broken: {string.Join(", ", keys)}")
{
    /// <summary>The keys whose locks were broken.</summary>
    public IReadOnlyList<string> Keys { get; } = keys;

    /// <inheritdoc/>
    public override string ErrorType => "MODEL_LOCKED";
}

/// <summary>The datastore is in a state that forbids the operation, e.g. inconsistent migration indices (INVALID_DATASTORE_STATE).</summary>
public sealed class InvalidDatastoreStateException(string message) : DatastoreException(message)
{
    /// <inheritdoc/>
    public override string ErrorType => "INVALID_DATASTORE_STATE";
}

/// <summary>An explicit migration index was passed to a datastore that is not empty (DATASTORE_NOT_EMPTY).</summary>
public sealed class DatastoreNotEmptyException(string message) : DatastoreException(message)
{
    /// <inheritdoc/>
    public override string ErrorType => "DATASTORE_NOT_EMPTY";
}

/// <summary>Something that cannot happen unless the code itself is wrong (upstream's BadCodingError).</summary>
internal sealed class BadCodingException(string message) : Exception(message);
