using System.Text.Json.Nodes;
using Migrations.Runtime.Events;

namespace Migrations.Runtime.Authoring.Premade;

/// <summary>A field's default in an <see cref="AddFieldsMigration"/>: a fixed value, or calculated per event.</summary>
public sealed class FieldDefault
{
    private FieldDefault(JsonNode? value, bool calculated)
    {
        Value = value;
        IsCalculated = calculated;
    }

    /// <summary>The marker for a default computed by <see cref="AddFieldsMigration.GetDefaultForField"/>.</summary>
    public static FieldDefault Calculated { get; } = new(null, calculated: true);

    /// <summary>The fixed value, if not calculated.</summary>
    public JsonNode? Value { get; }

    /// <summary>True for <see cref="Calculated"/>.</summary>
    public bool IsCalculated { get; }

    /// <summary>A fixed default value.</summary>
    public static FieldDefault Of(JsonNode? value) => new(value, calculated: false);

    /// <summary>A fixed default value.</summary>
    public static implicit operator FieldDefault(JsonNode? value) => Of(value);
}

/// <summary>
/// Adds fields with defaults to the creates of some collections (spec §3.6). As upstream, the default overwrites a
/// value the create already has, and updates are left alone.
/// </summary>
public abstract class AddFieldsMigration(IReadOnlyDictionary<string, IReadOnlyDictionary<string, FieldDefault>> defaults) : EventMigration
{
    /// <summary>Per collection, the fields to add and their defaults.</summary>
    protected IReadOnlyDictionary<string, IReadOnlyDictionary<string, FieldDefault>> Defaults { get; } = defaults;

    /// <inheritdoc/>
    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        if (@event is CreateEvent create && Defaults.TryGetValue(create.Collection, out var fields))
        {
            foreach (var (field, fieldDefault) in fields)
            {
                create.Data[field] = fieldDefault.IsCalculated ? GetDefaultForField(create, field) : fieldDefault.Value?.DeepClone();
            }
        }

        return [@event];
    }

    /// <summary>The value of a <see cref="FieldDefault.Calculated"/> field for this create; override it when you use the marker.</summary>
    protected internal virtual JsonNode? GetDefaultForField(CreateEvent @event, string field) =>
        throw new NotImplementedException($"{Name} marks {field} as calculated but does not override GetDefaultForField.");
}

/// <summary>Adds one field with a default to the creates of one collection; override <see cref="GetDefault"/> to compute it.</summary>
public abstract class AddFieldMigration(string collection, string field, JsonNode? defaultValue)
    : AddFieldsMigration(new Dictionary<string, IReadOnlyDictionary<string, FieldDefault>>
    {
        [collection] = new Dictionary<string, FieldDefault> { [field] = FieldDefault.Calculated },
    })
{
    /// <summary>The default for this create: the given default unless overridden (e.g. computed from the event's id).</summary>
    protected virtual JsonNode? GetDefault(CreateEvent @event) => defaultValue?.DeepClone();

    /// <inheritdoc/>
    protected internal sealed override JsonNode? GetDefaultForField(CreateEvent @event, string field) => GetDefault(@event);
}
