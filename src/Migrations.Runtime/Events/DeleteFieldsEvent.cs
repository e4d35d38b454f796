using System.Text.Json;
using System.Text.Json.Nodes;

namespace Migrations.Runtime.Events;

/// <summary>Fields removed from a model (<c>deletefields</c>); missing fields are ignored when applied.</summary>
public sealed class DeleteFieldsEvent : DatastoreEvent
{
    /// <summary>Creates and validates the event; throws <see cref="Errors.BadEventException"/>.</summary>
    public DeleteFieldsEvent(string fqid, IEnumerable<string> fields) : base(fqid)
    {
        Fields = [.. fields];
        Validate();
    }

    /// <inheritdoc/>
    public override EventType Type => EventType.DeleteFields;

    /// <summary>The names of the fields to remove.</summary>
    public List<string> Fields { get; set; }

    /// <inheritdoc/>
    public override void WriteData(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var field in Fields)
        {
            writer.WriteStringValue(field);
        }

        writer.WriteEndArray();
    }

    private protected override JsonNode CopyData()
    {
        var array = new JsonArray();
        foreach (var field in Fields)
        {
            array.Add((JsonNode?)JsonValue.Create(field));
        }

        return array;
    }

    private protected override void Check()
    {
        CheckFqid();
        foreach (var field in Fields)
        {
            CheckField(field);
        }
    }
}
