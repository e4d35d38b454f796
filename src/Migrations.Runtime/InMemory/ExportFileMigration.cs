using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Data;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keys;

namespace Migrations.Runtime.InMemory;

/// <summary>
/// <c>migrate-file</c>: reads an export file model by model (read as <see cref="JsonInput"/> reads, duplicate keys
/// keeping their last value as upstream's dict does), migrates it in memory with <see cref="MemoryMigrationHandler"/>
/// and streams the result out, collection by collection. The output file is written only once the migration has
/// succeeded.
/// </summary>
public static class ExportFileMigration
{
    /// <summary>Migrates <paramref name="source"/> into <paramref name="target"/>; <paramref name="warn"/> hears of duplicate keys.</summary>
    public static async Task RunAsync(
        FileInfo source, FileInfo target, IEnumerable<MigrationDescriptor> migrations, MigrationLogger logger, Action<string>? warn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var handler = new MemoryMigrationHandler(migrations, logger);
        var report = new JsonInputReport(source.Name, warn);
        Dictionary<string, JsonObject> models;
        long index;
        await using (var stream = DataFileStreams.OpenRead(source))
        {
            (models, index) = await ReadAsync(stream, source.Name, report, cancellationToken);
        }

        report.Finish();
        if (index is < 1 or > int.MaxValue)
        {
            throw new MismatchingMigrationIndicesException(
                "The migration index of import data is invalid: "
                + $"Given migration index of import data: {index}, current backend migration index: {handler.TargetMigrationIndex}");
        }

        var owned = models.ToList();
        models.Clear();
        models.TrimExcess();
        var migrated = await handler.MigrateOwnedAsync(owned, (int)index, cancellationToken);
        await DataFileStreams.WriteAsync(target, async stream =>
        {
            await WriteAsync(stream, migrated, handler.TargetMigrationIndex, cancellationToken);
            return 0;
        });
    }

    private static async Task<(Dictionary<string, JsonObject> Models, long Index)> ReadAsync(
        Stream stream, string fileName, JsonInputReport report, CancellationToken cancellationToken)
    {
        var models = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        long? index = null;
        var collections = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entry in ExportFileReader.ReadAsync(stream, fileName, report, cancellationToken))
        {
            switch (entry)
            {
                case ExportFileReader.Index { Value: var value }:
                    index = JsonKinds.TryGetInteger(value, out var number) ? number
                        : throw new DataFileException($"{fileName}: \"{MemoryMigrationHandler.MigrationIndexKey}\" must be an integer, not {JsonKinds.Describe(value)}.");
                    break;
                case ExportFileReader.Collection { Name: var key, Place: var place } when !collections.Add(key):
                    // A dict: the later object replaces the earlier one whole.
                    report.Duplicate($"\"{key}\" (at {place})");
                    foreach (var fqid in models.Keys.Where(f => DatastoreKeys.CollectionOf(f) == key).ToList())
                    {
                        models.Remove(fqid);
                    }

                    break;
                case ExportFileReader.Model model:
                    if (models.ContainsKey(model.Fqid))
                    {
                        report.Duplicate($"{model.Path} (at {model.Place})");
                    }

                    models[model.Fqid] = model.Fields;
                    break;
            }
        }

        return (models, index ?? throw new DataFileException($"{fileName}: the file has no integer \"{MemoryMigrationHandler.MigrationIndexKey}\" at the top level."));
    }

    /// <summary>
    /// Writes the export shape, collections in the order they first appear, each model parsed only while it is
    /// written.
    /// </summary>
    private static async Task WriteAsync(Stream stream, MigratedModels models, int index, CancellationToken cancellationToken)
    {
        var byCollection = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var fqid in models.Fqids)
        {
            var collection = DatastoreKeys.CollectionOf(fqid);
            if (!byCollection.TryGetValue(collection, out var list))
            {
                byCollection[collection] = list = [];
            }

            list.Add(fqid);
        }

        await using var writer = new Utf8JsonWriter(stream);
        writer.WriteStartObject();
        writer.WriteNumber(MemoryMigrationHandler.MigrationIndexKey, index);
        foreach (var (collection, fqids) in byCollection)
        {
            writer.WriteStartObject(collection);
            foreach (var fqid in fqids)
            {
                writer.WritePropertyName(fqid.AsSpan(collection.Length + 1));
                models.Load(fqid).WriteTo(writer);
                if (writer.BytesPending > 1 << 20)
                {
                    await writer.FlushAsync(cancellationToken);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }
}
