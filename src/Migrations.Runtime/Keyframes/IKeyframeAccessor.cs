using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;

namespace Migrations.Runtime.Keyframes;

/// <summary>
/// Read access to the whole datastore at one migration index while an event migration runs (spec §3.3): the old
/// accessor shows the datastore at the source index, the new accessor at the target index. Both include the
/// events of the current position processed so far (creates first). Returned models are copies and carry
/// <c>meta_deleted</c> and <c>meta_position</c>.
/// </summary>
public interface IKeyframeAccessor
{
    /// <summary>The model; missing gives <see cref="KeyframeModelDoesNotExistException"/>, deleted <see cref="KeyframeModelDeletedException"/>.</summary>
    JsonObject GetModel(string fqid);

    /// <summary>The deleted model; missing gives <see cref="KeyframeModelDoesNotExistException"/>, not deleted <see cref="KeyframeModelNotDeletedException"/>.</summary>
    JsonObject GetDeletedModel(string fqid);

    /// <summary>The model and whether it is deleted; missing gives <see cref="KeyframeModelDoesNotExistException"/>.</summary>
    (JsonObject Model, bool Deleted) GetModelIgnoreDeleted(string fqid);

    /// <summary>True if the model was ever created (deleted or not).</summary>
    bool ModelExists(string fqid);

    /// <summary>True if the model exists and is not deleted.</summary>
    bool ModelNotDeleted(string fqid);

    /// <summary>
    /// The ids of the collection's models that are not deleted. (Upstream's database keyframes also listed deleted
    /// ids; this implements the documented behaviour for every keyframe.)
    /// </summary>
    IReadOnlySet<int> GetAllIdsForCollection(string collection);

    /// <summary>
    /// The ids of the collection's models; with <paramref name="includeDeleted"/> also those of deleted models (every
    /// model ever created). Migrations that continue a numbering need the deleted ones, e.g. when a run resumes.
    /// </summary>
    IReadOnlySet<int> GetAllIdsForCollection(string collection, bool includeDeleted);
}
