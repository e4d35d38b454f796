using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;

namespace Migrations.Runtime.Keyframes;

/// <summary>
/// The model reads of <see cref="IKeyframeAccessor"/> with their exceptions, written once over what an accessor
/// knows of a model: whether it exists and is deleted (<see cref="DeletedState"/>, nothing parsed) and a copy of it.
/// </summary>
internal abstract class ModelStateAccessor : IKeyframeAccessor
{
    public JsonObject GetModel(string fqid)
    {
        var deleted = DeletedState(fqid) ?? throw new KeyframeModelDoesNotExistException(fqid);
        return deleted ? throw new KeyframeModelDeletedException(fqid) : Copy(fqid);
    }

    public JsonObject GetDeletedModel(string fqid)
    {
        var deleted = DeletedState(fqid) ?? throw new KeyframeModelDoesNotExistException(fqid);
        return deleted ? Copy(fqid) : throw new KeyframeModelNotDeletedException(fqid);
    }

    public (JsonObject Model, bool Deleted) GetModelIgnoreDeleted(string fqid)
    {
        var deleted = DeletedState(fqid) ?? throw new KeyframeModelDoesNotExistException(fqid);
        return (Copy(fqid), deleted);
    }

    public bool ModelExists(string fqid) => DeletedState(fqid) is not null;

    public bool ModelNotDeleted(string fqid) => DeletedState(fqid) == false;

    public abstract IReadOnlySet<int> GetAllIdsForCollection(string collection);

    public abstract IReadOnlySet<int> GetAllIdsForCollection(string collection, bool includeDeleted);

    /// <summary>Null if the model does not exist, else whether it is deleted.</summary>
    protected abstract bool? DeletedState(string fqid);

    /// <summary>A caller-owned copy of an existing model (meta fields included).</summary>
    protected abstract JsonObject Copy(string fqid);
}
