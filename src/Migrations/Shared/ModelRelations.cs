using System.Text.Json;

namespace Migrations.Shared;

/// <summary>
/// OpenSlides' models as the backend 4.2.30 knows them, the backend whose migrations these are: every collection and
/// field in the backend's order (its <c>model_registry</c>, generated from models.yml of the meta commit that tag's
/// submodule records), with each field's type and the relation facts (targets and back fields, <c>on_delete</c>,
/// <c>equal_fields</c>, <c>required</c>). Note that this is the final model of 4.2.30: a migration that runs on older
/// data meets fields this table no longer has (0059's statute fields) and misses fields added later.
/// <para>
/// Read from the embedded <c>Relations-4.2.30.json</c>, which <c>eng/make-relation-table.py</c> writes (its docstring
/// gives the format) and checks against the backend's generated models.py. Parsed with <see cref="JsonDocument"/>, so
/// reading it needs no reflection. The backend's <c>Model.get_fields()</c> walks <c>dir()</c>, i.e. fields sorted by
/// name; <see cref="Fields"/> keeps models.yml's order, and a port that iterates as the backend does sorts.
/// </para>
/// </summary>
internal sealed class ModelRelations
{
    /// <summary>The logical name of the embedded table (the csproj's <c>EmbeddedResource LogicalName</c>).</summary>
    public const string ResourceName = "Migrations.Shared.Relations-4.2.30.json";

    private const string Format = "openslides-relations/1";

    private static readonly Lazy<ModelRelations> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, Dictionary<string, ModelField>> _fieldsByName;
    private readonly Dictionary<string, IReadOnlyList<ModelField>> _fieldsInOrder;

    private ModelRelations(List<string> collections, Dictionary<string, IReadOnlyList<ModelField>> fieldsInOrder)
    {
        Collections = collections;
        _fieldsInOrder = fieldsInOrder;
        _fieldsByName = fieldsInOrder.ToDictionary(
            p => p.Key, p => p.Value.ToDictionary(f => f.Name, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>The models of backend 4.2.30 (loaded once, on first use).</summary>
    public static ModelRelations Backend4230 => Embedded.Value;

    /// <summary>The collections in the backend's order (models.yml's, which is <c>model_registry</c>'s).</summary>
    public IReadOnlyList<string> Collections { get; }

    public bool HasCollection(string collection) => _fieldsInOrder.ContainsKey(collection);

    /// <summary>The fields of <paramref name="collection"/> in models.yml's order; an unknown collection has none.</summary>
    public IReadOnlyList<ModelField> Fields(string collection) =>
        _fieldsInOrder.TryGetValue(collection, out var fields) ? fields : [];

    /// <summary>The field, or null if the collection or the field is unknown.</summary>
    public ModelField? Field(string collection, string field) =>
        _fieldsByName.TryGetValue(collection, out var fields) && fields.TryGetValue(field, out var found) ? found : null;

    /// <summary>Reads a table in the format of <c>eng/make-relation-table.py</c>; a malformed one gives <see cref="FormatException"/>.</summary>
    public static ModelRelations Parse(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format)
        {
            throw new FormatException($"The relation table is not in the format {Format}.");
        }

        if (!root.TryGetProperty("collections", out var collectionsElement) || collectionsElement.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("The relation table has no object 'collections'.");
        }

        var collections = new List<string>();
        var fieldsInOrder = new Dictionary<string, IReadOnlyList<ModelField>>(StringComparer.Ordinal);
        foreach (var collection in collectionsElement.EnumerateObject())
        {
            if (collection.Value.ValueKind != JsonValueKind.Object || fieldsInOrder.ContainsKey(collection.Name))
            {
                throw new FormatException($"The relation table's collection '{collection.Name}' is no object or repeated.");
            }

            var fields = new List<ModelField>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var field in collection.Value.EnumerateObject())
            {
                if (!names.Add(field.Name))
                {
                    throw new FormatException($"The relation table repeats {collection.Name}/{field.Name}.");
                }

                fields.Add(ParseField(collection.Name, field.Name, field.Value));
            }

            collections.Add(collection.Name);
            fieldsInOrder[collection.Name] = fields;
        }

        return new ModelRelations(collections, fieldsInOrder);
    }

    private static ModelField ParseField(string collection, string name, JsonElement value)
    {
        var where = $"{collection}/{name}";
        if (value.ValueKind == JsonValueKind.String)
        {
            var plainType = value.GetString()!;
            if (ModelField.IsRelationType(plainType))
            {
                throw new FormatException($"The relation table gives the relation {where} without targets.");
            }

            return new ModelField(collection, name, plainType, required: false, [], RelationOnDelete.SetNull, []);
        }

        if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            throw new FormatException($"The relation table's {where} has no type.");
        }

        var type = typeElement.GetString()!;
        var required = value.TryGetProperty("required", out var requiredElement) && requiredElement.ValueKind == JsonValueKind.True;
        if (!ModelField.IsRelationType(type))
        {
            return new ModelField(collection, name, type, required, [], RelationOnDelete.SetNull, []);
        }

        if (!value.TryGetProperty("to", out var toElement) || toElement.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"The relation table's {where} has no targets.");
        }

        var targets = new List<RelationTarget>();
        foreach (var target in toElement.EnumerateObject())
        {
            if (target.Value.ValueKind != JsonValueKind.String)
            {
                throw new FormatException($"The relation table's {where} has a target without back field.");
            }

            targets.Add(new RelationTarget(target.Name, target.Value.GetString()!));
        }

        if (targets.Count == 0)
        {
            throw new FormatException($"The relation table's {where} has no targets.");
        }

        var onDelete = RelationOnDelete.SetNull;
        if (value.TryGetProperty("on_delete", out var onDeleteElement))
        {
            onDelete = onDeleteElement.ValueKind == JsonValueKind.String ? onDeleteElement.GetString() switch
            {
                "SET_NULL" => RelationOnDelete.SetNull,
                "PROTECT" => RelationOnDelete.Protect,
                "CASCADE" => RelationOnDelete.Cascade,
                _ => throw new FormatException($"The relation table's {where} has an unknown on_delete."),
            } : throw new FormatException($"The relation table's {where} has an unknown on_delete.");
        }

        var equalFields = new List<string>();
        if (value.TryGetProperty("equal_fields", out var equalElement))
        {
            if (equalElement.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"The relation table's {where} has equal_fields that are no list.");
            }

            foreach (var equal in equalElement.EnumerateArray())
            {
                equalFields.Add(equal.ValueKind == JsonValueKind.String
                    ? equal.GetString()!
                    : throw new FormatException($"The relation table's {where} has an equal field that is no name."));
            }
        }

        return new ModelField(collection, name, type, required, targets, onDelete, equalFields);
    }

    private static ModelRelations LoadEmbedded()
    {
        using var stream = typeof(ModelRelations).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }
}
