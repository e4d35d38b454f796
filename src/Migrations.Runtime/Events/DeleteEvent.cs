using System.Text.Json;
using System.Text.Json.Nodes;

namespace Migrations.Runtime.Events;

/// <summary>A model marked deleted (<c>delete</c>); its fields stay. The payload is JSON null.</summary>
public sealed class DeleteEvent : DatastoreEvent
{
    /// <summary>Creates and validates the event; throws <see cref="Errors.BadEventException"/>.</summary>
    public DeleteEvent(string fqid) : base(fqid) => Validate();

    /// <inheritdoc/>
    public override EventType Type => EventType.Delete;

    /// <inheritdoc/>
    public override void WriteData(Utf8JsonWriter writer) => writer.WriteNullValue();

    private protected override JsonNode? CopyData() => null;

    private protected override void Check() => CheckFqid();
}

/// <summary>A deleted model brought back (<c>restore</c>). The payload is JSON null.</summary>
public sealed class RestoreEvent : DatastoreEvent
{
    /// <summary>Creates and validates the event; throws <see cref="Errors.BadEventException"/>.</summary>
    public RestoreEvent(string fqid) : base(fqid) => Validate();

    /// <inheritdoc/>
    public override EventType Type => EventType.Restore;

    /// <inheritdoc/>
    public override void WriteData(Utf8JsonWriter writer) => writer.WriteNullValue();

    private protected override JsonNode? CopyData() => null;

    private protected override void Check() => CheckFqid();
}
