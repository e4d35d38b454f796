using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;

namespace Migrations.Runtime.Writing;

/// <summary>
/// One event of a write request (spec §2.1): what clients send to the writer and what model migrations return.
/// The writer translates each into database events.
/// </summary>
public abstract class RequestEvent
{
    private protected RequestEvent(string fqid)
    {
        DatastoreKeys.AssertFqid(fqid);
        Fqid = fqid;
    }

    /// <summary>The model, <c>collection/id</c>.</summary>
    public string Fqid { get; }

    private protected static void CheckField(string field)
    {
        DatastoreKeys.AssertField(field);
        if (DatastoreKeys.IsReservedField(field))
        {
            throw new InvalidFormatException($"Field {field} is reserved");
        }
    }
}

/// <summary>Creates a model. Fields whose value is null are dropped.</summary>
public sealed class CreateRequestEvent : RequestEvent
{
    /// <summary>Validates the fqid and the fields; throws <see cref="InvalidFormatException"/>.</summary>
    public CreateRequestEvent(string fqid, JsonObject fields) : base(fqid)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var pruned = new JsonObject();
        foreach (var (field, value) in fields)
        {
            CheckField(field);
            if (value is not null && value.GetValueKind() != System.Text.Json.JsonValueKind.Null)
            {
                pruned[field] = value.DeepClone();
            }
        }

        Fields = pruned;
    }

    /// <summary>The fields of the new model (no nulls).</summary>
    public JsonObject Fields { get; }
}

/// <summary>
/// Changes a model: <see cref="Fields"/> set (a null value deletes the field) and list fields updated. At least
/// one field is required, and no field may be both a normal field and a list update.
/// </summary>
public sealed class UpdateRequestEvent : RequestEvent
{
    /// <summary>Validates the request; throws <see cref="InvalidRequestException"/> or <see cref="InvalidFormatException"/>.</summary>
    public UpdateRequestEvent(string fqid, JsonObject? fields, JsonObject? addToLists = null, JsonObject? removeFromLists = null)
        : base(fqid)
    {
        Fields = (JsonObject?)fields?.DeepClone() ?? [];
        AddToLists = (JsonObject?)addToLists?.DeepClone() ?? [];
        RemoveFromLists = (JsonObject?)removeFromLists?.DeepClone() ?? [];

        var fieldKeys = Fields.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var listKeys = AddToLists.Select(p => p.Key).Concat(RemoveFromLists.Select(p => p.Key)).ToHashSet(StringComparer.Ordinal);
        if (fieldKeys.Count == 0 && listKeys.Count == 0)
        {
            throw new InvalidRequestException("No fields are given");
        }

        if (fieldKeys.Overlaps(listKeys))
        {
            throw new InvalidRequestException("Fields cannot be given both as normal fields and as list updates");
        }

        foreach (var field in fieldKeys.Concat(listKeys))
        {
            CheckField(field);
        }

        foreach (var (field, values) in AddToLists.Concat(RemoveFromLists))
        {
            if (values is not JsonArray)
            {
                throw new InvalidFormatException($"The list update of {field} on {fqid} must be a list, not {values?.ToJsonString() ?? "null"}");
            }
        }
    }

    /// <summary>Fields to set; a null value removes the field.</summary>
    public JsonObject Fields { get; }

    /// <summary>Per list field, the values to add.</summary>
    public JsonObject AddToLists { get; }

    /// <summary>Per list field, the values to remove.</summary>
    public JsonObject RemoveFromLists { get; }
}

/// <summary>Deletes a model (it keeps its fields and can be restored).</summary>
public sealed class DeleteRequestEvent(string fqid) : RequestEvent(fqid);

/// <summary>Restores a deleted model.</summary>
public sealed class RestoreRequestEvent(string fqid) : RequestEvent(fqid);
