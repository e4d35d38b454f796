using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keys;

namespace Migrations.Runtime.Data;

/// <summary>
/// Reads an export, <c>{"_migration_index": n, "&lt;collection&gt;": {"&lt;id&gt;": {fields}}}</c>, as a stream of its
/// entries in order, a model at a time, with the checks and messages every reader of the shape shares: one top-level
/// object, an integer migration index, collection names, ids the tables can hold, models that are objects, nothing
/// after the object. The same entries come from a file (<see cref="ReadAsync"/>: <c>import-data</c>,
/// <c>migrate-file</c>) and from an export already parsed (<see cref="Read"/>: the in-memory handler). A second
/// <c>_migration_index</c> is reported as a duplicate; what else a duplicate means is the caller's.
/// </summary>
internal static class ExportFileReader
{
    /// <summary>One entry of the export, with where it stands (the start, for an export already parsed).</summary>
    public abstract record Entry(TextPosition Place);

    /// <summary>The value of <c>_migration_index</c>, an integer (what range it needs is the caller's).</summary>
    public sealed record Index(long Value, TextPosition Place) : Entry(Place);

    /// <summary>A collection's object starts (in a file, a collection may occur more than once).</summary>
    public sealed record Collection(string Name, TextPosition Place) : Entry(Place);

    /// <summary>A model of the current collection; <see cref="Path"/> names it in messages.</summary>
    public sealed record Model(string Fqid, string Path, JsonObject Fields, TextPosition Place) : Entry(Place);

    /// <summary>The entries of an export file; <paramref name="fileName"/> starts every message.</summary>
    public static async IAsyncEnumerable<Entry> ReadAsync(
        Stream input, string fileName, JsonInputReport report, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = new JsonStreamReader(input, fileName, report);
        if (!await reader.ReadAsync(cancellationToken) || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new DataFileException($"{fileName}: the file must hold one JSON object.");
        }

        var indexSeen = false;
        while (await reader.ReadAsync(cancellationToken) && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.String!;
            var place = reader.Position;
            if (key == DataFileNames.MigrationIndexKey)
            {
                if (indexSeen)
                {
                    report.Duplicate($"\"{key}\" (at {place})");
                }

                indexSeen = true;
                yield return IndexOf(fileName, await reader.ReadValueAsync($"\"{key}\"", cancellationToken), place);
                continue;
            }

            yield return CollectionOf(fileName, key, place);
            if (!await reader.ReadAsync(cancellationToken) || reader.TokenType != JsonTokenType.StartObject)
            {
                throw NotIdsToModels(fileName, key);
            }

            while (await reader.ReadAsync(cancellationToken) && reader.TokenType == JsonTokenType.PropertyName)
            {
                var id = reader.String!;
                var idPlace = reader.Position;
                var model = await reader.ReadValueAsync(PathOf(key, id), cancellationToken);
                yield return ModelOf(fileName, key, id, model, idPlace);
            }
        }

        await reader.ExpectEndAsync(cancellationToken);
        if (!indexSeen)
        {
            throw new DataFileException($"{fileName}: the file has no integer \"{DataFileNames.MigrationIndexKey}\" at the top level.");
        }
    }

    /// <summary>The entries of an export already parsed; <paramref name="name"/> starts every message.</summary>
    public static IEnumerable<Entry> Read(JsonObject export, string name)
    {
        ArgumentNullException.ThrowIfNull(export);
        var place = TextPosition.Start;
        var indexSeen = false;
        foreach (var (key, value) in export)
        {
            if (key == DataFileNames.MigrationIndexKey)
            {
                indexSeen = true;
                yield return IndexOf(name, value, place);
                continue;
            }

            yield return CollectionOf(name, key, place);
            if (value is not JsonObject models)
            {
                throw NotIdsToModels(name, key);
            }

            foreach (var (id, model) in models)
            {
                yield return ModelOf(name, key, id, model, place);
            }
        }

        if (!indexSeen)
        {
            throw new DataFileException($"{name} has no integer \"{DataFileNames.MigrationIndexKey}\" at the top level.");
        }
    }

    private static Index IndexOf(string name, JsonNode? value, TextPosition place) =>
        JsonKinds.TryGetInteger(value, out var number)
            ? new Index(number, place)
            : throw new DataFileException($"{name}: \"{DataFileNames.MigrationIndexKey}\" must be an integer, not {Shown(value)}.");

    private static Collection CollectionOf(string name, string key, TextPosition place) =>
        DatastoreKeys.IsCollection(key)
            ? new Collection(key, place)
            : throw new DataFileException($"{name}: \"{key}\" at the top level is not a collection name.");

    private static Model ModelOf(string name, string collection, string id, JsonNode? model, TextPosition place)
    {
        var fqid = collection + "/" + id;
        var path = PathOf(collection, id);
        if (!DatastoreKeys.IsFqid(fqid))
        {
            throw new DataFileException($"{name}: {path}: \"{id}\" is not an id.");
        }

        if (DatastoreKeys.StorageProblem(fqid) is { } problem)
        {
            throw new DataFileException($"{name}: {path}: {problem}.");
        }

        return model is JsonObject fields
            ? new Model(fqid, path, fields, place)
            : throw new DataFileException($"{name}: {path} must be an object, not {JsonKinds.Describe(model)}.");
    }

    private static string PathOf(string collection, string id) => $"\"{collection}\".\"{id}\"";

    private static DataFileException NotIdsToModels(string name, string collection) =>
        new($"{name}: \"{collection}\" must map ids to models.");

    /// <summary>A value as it is written, shortened to 40 characters.</summary>
    private static string Shown(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length <= 40 ? text : text[..40] + "…";
    }
}
