using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;

namespace Migrations.Runtime.Events;

/// <summary>
/// A database event (spec §2.2): what a position is made of, and what event migrations read and return.
/// Events are mutable, as upstream's are: a migration may change an event in place and return it. They are
/// validated when constructed and again when cloned or applied, so a change that breaks the rules is caught.
/// </summary>
public abstract class DatastoreEvent
{
    private protected DatastoreEvent(string fqid) => Fqid = fqid;

    /// <summary>The model this event belongs to, <c>collection/id</c>.</summary>
    public string Fqid { get; set; }

    /// <summary>The event's type.</summary>
    public abstract EventType Type { get; }

    /// <summary>The collection part of <see cref="Fqid"/>.</summary>
    public string Collection => DatastoreKeys.CollectionOf(Fqid);

    /// <summary>The id part of <see cref="Fqid"/>.</summary>
    public int Id => DatastoreKeys.IdOf(Fqid);

    /// <summary>
    /// The payload as stored in <c>events.data</c>: an object for create and update, an array of field names for
    /// deletefields, <c>{"add": …, "remove": …}</c> for listfields, JSON null for delete and restore. The node is a
    /// detached copy.
    /// </summary>
    public JsonNode? GetData() => CopyData();

    /// <summary>A deep copy, validated again like a new event (upstream's clone).</summary>
    public DatastoreEvent Clone() => From(Type, Fqid, CopyData());

    /// <summary>Checks the event rules again; throws <see cref="BadEventException"/> with upstream's message.</summary>
    public void Validate()
    {
        try
        {
            Check();
        }
        catch (InvalidFormatException e)
        {
            throw new BadEventException(e.Message);
        }
    }

    /// <summary>
    /// Builds an event from a stored row (upstream's <c>to_event</c>). An unknown type gives
    /// <c>Type &lt;t&gt; is unknown</c>.
    /// </summary>
    public static DatastoreEvent From(string type, string fqid, JsonNode? data)
    {
        if (!EventTypeNames.TryParse(type, out var eventType))
        {
            throw new BadEventException($"Type {type} is unknown");
        }

        return From(eventType, fqid, data);
    }

    /// <summary>Builds an event of the given type from its payload; the payload is taken over, not copied.</summary>
    public static DatastoreEvent From(EventType type, string fqid, JsonNode? data) => type switch
    {
        EventType.Create => new CreateEvent(fqid, RequireObject(fqid, type, data)),
        EventType.Update => new UpdateEvent(fqid, RequireObject(fqid, type, data)),
        EventType.DeleteFields => new DeleteFieldsEvent(fqid, FieldNames(fqid, data)),
        EventType.ListFields => new ListUpdateEvent(fqid, RequireObject(fqid, type, data)),
        EventType.Delete => new DeleteEvent(fqid),
        EventType.Restore => new RestoreEvent(fqid),
        _ => throw new BadCodingException($"Unknown event type {type}"),
    };

    /// <summary>Writes <see cref="GetData"/> without copying it.</summary>
    public abstract void WriteData(Utf8JsonWriter writer);

    /// <summary>The payload serialized as JSON text.</summary>
    public string DataJson()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteData(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Type.ToDbName()} {Fqid} {DataJson()}";

    private protected abstract JsonNode? CopyData();

    private protected abstract void Check();

    private protected void CheckFqid() => DatastoreKeys.AssertFqid(Fqid);

    private protected static void CheckField(string field)
    {
        DatastoreKeys.AssertField(field);
        if (DatastoreKeys.IsReservedField(field))
        {
            throw new InvalidFormatException($"Field {field} is reserved");
        }
    }

    private static JsonObject RequireObject(string fqid, EventType type, JsonNode? data) => data switch
    {
        JsonObject o => o,
        null when type == EventType.ListFields => [],
        _ => throw new BadEventException(
            $"The data of the {type.ToDbName()} event for {fqid} must be an object, not {JsonKinds.Describe(data)}"),
    };

    private static List<string> FieldNames(string fqid, JsonNode? data)
    {
        if (data is not JsonArray array)
        {
            throw new BadEventException(
                $"The data of the deletefields event for {fqid} must be a list of fields, not {JsonKinds.Describe(data)}");
        }

        var fields = new List<string>(array.Count);
        foreach (var item in array)
        {
            if (item is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            {
                fields.Add(value.GetValue<string>());
            }
            else
            {
                throw new BadEventException(
                    DatastoreKeys.NonStringKeyMessage(item?.ToJsonString() ?? "None", JsonKinds.Describe(item)));
            }
        }

        return fields;
    }
}
