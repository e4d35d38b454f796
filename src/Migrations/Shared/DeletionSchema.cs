using System.Text.Json;

namespace Migrations.Shared;

/// <summary>
/// What <see cref="CascadeDelete"/> follows (upstream's <c>MigrationDeletionSchema</c> of the backend's
/// <c>DeletionMixin</c>), read from JSON in upstream's shape, in order:
/// <code>
/// {"&lt;collection&gt;": {
///     "deletes_models_from": {"&lt;foreign collection&gt;": ["&lt;own field&gt;", …], …},
///     "updates_models_from": {"&lt;foreign collection&gt;": {"&lt;own field&gt;": "&lt;foreign field&gt;", …}, …}}, …}
/// </code>
/// A deleted model of a collection deletes the models of each foreign collection that its own fields name, and is
/// removed from the foreign field of each model that one of its own fields names. A foreign field holding fqids is
/// marked by containing <c>generic-</c>; the name is then what upstream's <c>lstrip("generic-")</c> leaves, which
/// strips any leading run of the characters <c>c e g i n r -</c>, not the prefix (<c>generic-tagged_ids</c> gives
/// <c>tagged_ids</c>, but <c>generic-referenced_ids</c> would give <c>ferenced_ids</c>).
/// </summary>
internal sealed class DeletionSchema
{
    private const string GenericMarker = "generic-";

    private readonly Dictionary<string, CollectionRules> _byCollection;

    private DeletionSchema(List<CollectionRules> collections)
    {
        Collections = collections;
        _byCollection = collections.ToDictionary(c => c.Collection, StringComparer.Ordinal);
    }

    /// <summary>The collections in the schema's order (the order of upstream's dict, which orders the events).</summary>
    public IReadOnlyList<CollectionRules> Collections { get; }

    public CollectionRules? Rules(string collection) => _byCollection.GetValueOrDefault(collection);

    /// <summary>
    /// Reads a schema; a malformed one gives <see cref="FormatException"/>, and so does a deletion of a collection
    /// that has no entry (upstream would fail with a KeyError once such a model is found).
    /// </summary>
    public static DeletionSchema Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("A deletion schema is an object of collections.");
        }

        var collections = new List<CollectionRules>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var collection in document.RootElement.EnumerateObject())
        {
            if (!seen.Add(collection.Name) || collection.Value.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"Deletion schema: '{collection.Name}' is repeated or no object.");
            }

            var cascades = new List<Cascade>();
            var backRelations = new List<BackRelation>();
            foreach (var part in collection.Value.EnumerateObject())
            {
                switch (part.Name)
                {
                    case "deletes_models_from":
                        foreach (var (foreignCollection, ownFields) in Entries(part.Value, collection.Name))
                        {
                            cascades.Add(new Cascade(foreignCollection, [.. Names(ownFields, collection.Name)]));
                        }

                        break;
                    case "updates_models_from":
                        foreach (var (foreignCollection, fields) in Entries(part.Value, collection.Name))
                        {
                            foreach (var (ownField, foreignField) in Entries(fields, collection.Name))
                            {
                                if (foreignField.ValueKind != JsonValueKind.String)
                                {
                                    throw new FormatException($"Deletion schema: {collection.Name}/{ownField} names no foreign field.");
                                }

                                backRelations.Add(BackRelation.From(foreignCollection, ownField, foreignField.GetString()!));
                            }
                        }

                        break;
                    default:
                        throw new FormatException($"Deletion schema: '{collection.Name}' has the unknown part '{part.Name}'.");
                }
            }

            collections.Add(new CollectionRules(collection.Name, cascades, backRelations));
        }

        foreach (var cascade in collections.SelectMany(c => c.DeletesModelsFrom))
        {
            if (!seen.Contains(cascade.ForeignCollection))
            {
                throw new FormatException($"Deletion schema: {cascade.ForeignCollection} is deleted but has no entry.");
            }
        }

        return new DeletionSchema(collections);
    }

    private static IEnumerable<(string Name, JsonElement Value)> Entries(JsonElement element, string where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"Deletion schema: a part of '{where}' is no object.");
        }

        return element.EnumerateObject().Select(p => (p.Name, p.Value)).ToList();
    }

    private static IEnumerable<string> Names(JsonElement element, string where)
    {
        if (element.ValueKind != JsonValueKind.Array || element.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            throw new FormatException($"Deletion schema: a field list of '{where}' is no list of names.");
        }

        return element.EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    /// <summary>The rules of one collection.</summary>
    public sealed class CollectionRules
    {
        public CollectionRules(string collection, IReadOnlyList<Cascade> deletesModelsFrom, IReadOnlyList<BackRelation> updatesModelsFrom)
        {
            Collection = collection;
            DeletesModelsFrom = deletesModelsFrom;
            UpdatesModelsFrom = updatesModelsFrom;
            // Upstream reads the cascade fields, then the back-relation fields (a repeated name is read once here).
            FieldsToRead = [.. deletesModelsFrom.SelectMany(c => c.OwnFields).Concat(updatesModelsFrom.Select(b => b.OwnField)).Distinct(StringComparer.Ordinal)];
        }

        public string Collection { get; }

        public IReadOnlyList<Cascade> DeletesModelsFrom { get; }

        /// <summary>Flattened in upstream's order: per foreign collection, its own fields.</summary>
        public IReadOnlyList<BackRelation> UpdatesModelsFrom { get; }

        /// <summary>The fields read of a model of this collection that is deleted.</summary>
        public IReadOnlyList<string> FieldsToRead { get; }
    }

    /// <summary>A deleted model deletes the <paramref name="ForeignCollection"/> models its <paramref name="OwnFields"/> name.</summary>
    public sealed record Cascade(string ForeignCollection, IReadOnlyList<string> OwnFields);

    /// <summary>
    /// A deleted model is removed from <paramref name="ForeignField"/> of the <paramref name="ForeignCollection"/> models
    /// its <paramref name="OwnField"/> names; as its fqid when <paramref name="ForeignFieldHoldsFqids"/>, else as its id.
    /// </summary>
    public sealed record BackRelation(string ForeignCollection, string OwnField, string ForeignField, bool ForeignFieldHoldsFqids)
    {
        /// <summary>From upstream's notation: a foreign field containing <c>generic-</c> holds fqids, and is named by lstrip.</summary>
        public static BackRelation From(string foreignCollection, string ownField, string foreignFieldSpec)
        {
            var generic = foreignFieldSpec.Contains(GenericMarker, StringComparison.Ordinal);
            var field = generic ? foreignFieldSpec.TrimStart(GenericMarker.ToCharArray()) : foreignFieldSpec;
            return new BackRelation(foreignCollection, ownField, field, generic);
        }
    }
}
