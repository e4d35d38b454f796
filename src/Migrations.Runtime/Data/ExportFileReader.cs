using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keys;

namespace Migrations.Runtime.Data;

/// <summary>
/// Reads an export file, <c>{"_migration_index": n, "&lt;collection&gt;": {"&lt;id&gt;": {fields}}}</c>, as a stream of
/// its entries in file order, a model at a time, with the checks every reader of the shape needs: one top-level
/// object, collection names, ids the tables can hold, models that are objects, nothing after the object. A second
/// <c>_migration_index</c> is reported as a duplicate; what else a duplicate means is the caller's.
/// </summary>
internal static class ExportFileReader
{
    /// <summary>One entry of the file, with where it stands.</summary>
    public abstract record Entry(TextPosition Place);

    /// <summary>The value of <c>_migration_index</c>, as it is.</summary>
    public sealed record Index(JsonNode? Value, TextPosition Place) : Entry(Place);

    /// <summary>A collection's object starts (a collection may occur more than once).</summary>
    public sealed record Collection(string Name, TextPosition Place) : Entry(Place);

    /// <summary>A model of the current collection; <see cref="Path"/> names it in messages.</summary>
    public sealed record Model(string Fqid, string Path, JsonObject Fields, TextPosition Place) : Entry(Place);

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
                yield return new Index(await reader.ReadValueAsync($"\"{key}\"", cancellationToken), place);
                continue;
            }

            if (!DatastoreKeys.IsCollection(key))
            {
                throw new DataFileException($"{fileName}: \"{key}\" at the top level is not a collection name.");
            }

            yield return new Collection(key, place);
            if (!await reader.ReadAsync(cancellationToken) || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new DataFileException($"{fileName}: \"{key}\" must map ids to models.");
            }

            while (await reader.ReadAsync(cancellationToken) && reader.TokenType == JsonTokenType.PropertyName)
            {
                var id = reader.String!;
                var fqid = key + "/" + id;
                var path = $"\"{key}\".\"{id}\"";
                var idPlace = reader.Position;
                var model = await reader.ReadValueAsync(path, cancellationToken);
                if (!DatastoreKeys.IsFqid(fqid))
                {
                    throw new DataFileException($"{fileName}: {path}: \"{id}\" is not an id.");
                }

                if (DatastoreKeys.StorageProblem(fqid) is { } problem)
                {
                    throw new DataFileException($"{fileName}: {path}: {problem}.");
                }

                if (model is not JsonObject fields)
                {
                    throw new DataFileException($"{fileName}: {path} must be an object, not {JsonKinds.Describe(model)}.");
                }

                yield return new Model(fqid, path, fields, idPlace);
            }
        }

        await reader.ExpectEndAsync(cancellationToken);
    }
}
