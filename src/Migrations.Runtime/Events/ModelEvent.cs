using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;

namespace Migrations.Runtime.Events;

/// <summary>An event whose payload is an object of fields and values: <see cref="CreateEvent"/> and <see cref="UpdateEvent"/>.</summary>
public abstract class ModelEvent : DatastoreEvent
{
    private protected ModelEvent(string fqid, JsonObject data) : base(fqid) => Data = data;

    /// <summary>The fields and their values. Values must not be null.</summary>
    public JsonObject Data { get; set; }

    /// <inheritdoc/>
    public override void WriteData(Utf8JsonWriter writer) => Data.WriteTo(writer);

    private protected override JsonNode CopyData() => Data.DeepClone();

    private protected override void Check()
    {
        CheckFqid();
        foreach (var (field, value) in Data)
        {
            CheckField(field);
            if (JsonKinds.IsNull(value))
            {
                throw new InvalidFormatException($"The value of {field} must not be None");
            }
        }
    }
}

/// <summary>A new model with its fields (<c>create</c>).</summary>
public sealed class CreateEvent : ModelEvent
{
    /// <summary>Creates and validates the event; throws <see cref="BadEventException"/>.</summary>
    public CreateEvent(string fqid, JsonObject data) : base(fqid, data) => Validate();

    /// <inheritdoc/>
    public override EventType Type => EventType.Create;
}

/// <summary>Fields of an existing model set to new values (<c>update</c>).</summary>
public sealed class UpdateEvent : ModelEvent
{
    /// <summary>Creates and validates the event; throws <see cref="BadEventException"/>.</summary>
    public UpdateEvent(string fqid, JsonObject data) : base(fqid, data) => Validate();

    /// <inheritdoc/>
    public override EventType Type => EventType.Update;
}
