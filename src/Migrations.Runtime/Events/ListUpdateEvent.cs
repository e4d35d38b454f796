using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;

namespace Migrations.Runtime.Events;

/// <summary>
/// Values added to and removed from list fields (<c>listfields</c>). The payload is
/// <c>{"add": {field: [values]}, "remove": {field: [values]}}</c>; both keys are always written.
/// As upstream, the fqid of a list update is not validated when the event is built: a bad fqid fails when the
/// event is applied (<c>Model xyz does not exist</c>).
/// </summary>
public sealed class ListUpdateEvent : DatastoreEvent
{
    /// <summary>
    /// Creates the event from a payload with the keys <c>add</c> and/or <c>remove</c>; any other key gives
    /// <c>Only add and remove is allowed</c>. The given object is taken apart, not copied.
    /// </summary>
    public ListUpdateEvent(string fqid, JsonObject data) : base(fqid)
    {
        Add = TakeMap(data, "add");
        Remove = TakeMap(data, "remove");
        _unknownKeys = data.Count > 0;
        Validate();
    }

    /// <summary>Creates the event from separate add and remove maps (field → array of values).</summary>
    public ListUpdateEvent(string fqid, JsonObject? add, JsonObject? remove) : base(fqid)
    {
        Add = add ?? [];
        Remove = remove ?? [];
        Validate();
    }

    private readonly bool _unknownKeys;

    /// <inheritdoc/>
    public override EventType Type => EventType.ListFields;

    /// <summary>Per field, the values to append when not yet present.</summary>
    public JsonObject Add { get; set; }

    /// <summary>Per field, the values to drop.</summary>
    public JsonObject Remove { get; set; }

    /// <summary>True if no field has any value to add or remove (the no-op filter drops such events).</summary>
    public bool IsEmpty => AllEmpty(Add) && AllEmpty(Remove);

    /// <inheritdoc/>
    public override void WriteData(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("add");
        Add.WriteTo(writer);
        writer.WritePropertyName("remove");
        Remove.WriteTo(writer);
        writer.WriteEndObject();
    }

    private protected override JsonNode CopyData() => new JsonObject
    {
        ["add"] = Add.DeepClone(),
        ["remove"] = Remove.DeepClone(),
    };

    private protected override void Check()
    {
        if (_unknownKeys)
        {
            throw new InvalidFormatException("Only add and remove is allowed");
        }

        CheckMap(Add);
        CheckMap(Remove);
    }

    private static void CheckMap(JsonObject map)
    {
        foreach (var (field, values) in map)
        {
            CheckField(field);
            if (values is not JsonArray)
            {
                throw new InvalidFormatException($"The list update of {field} must be a list, not {JsonKinds.Describe(values)}");
            }
        }
    }

    private static bool AllEmpty(JsonObject map)
    {
        foreach (var (_, values) in map)
        {
            if (values is JsonArray { Count: > 0 })
            {
                return false;
            }
        }

        return true;
    }

    private static JsonObject TakeMap(JsonObject data, string key)
    {
        if (!data.Remove(key, out var node) || node is null)
        {
            return [];
        }

        return node as JsonObject
            ?? throw new BadEventException($"The '{key}' of a list update must be an object, not {JsonKinds.Describe(node)}");
    }
}
