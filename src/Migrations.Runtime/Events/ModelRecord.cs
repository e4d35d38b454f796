using System.Text.Json.Nodes;
using Migrations.Runtime.Keys;

namespace Migrations.Runtime.Events;

/// <summary>
/// A model as the datastore stores it: its fields plus <c>meta_deleted</c> and <c>meta_position</c>, and whether
/// it is deleted (a deleted model keeps its fields).
/// </summary>
internal sealed class ModelRecord
{
    /// <summary>Wraps stored data; <paramref name="deleted"/> is the <c>models.deleted</c> column.</summary>
    public ModelRecord(JsonObject data, bool deleted)
    {
        Data = data;
        Deleted = deleted;
    }

    /// <summary>All fields including <c>meta_deleted</c> and <c>meta_position</c>.</summary>
    public JsonObject Data { get; }

    /// <summary>True if the model is deleted.</summary>
    public bool Deleted { get; internal set; }

    /// <summary>The position of the last change (<c>meta_position</c>), or 0 if it is not stamped.</summary>
    public int Position => JsonKinds.TryGetInteger(Data[DatastoreKeys.MetaPosition], out var p) ? (int)p : 0;

    /// <summary>A deep copy.</summary>
    public ModelRecord Clone() => new((JsonObject)Data.DeepClone(), Deleted);
}
