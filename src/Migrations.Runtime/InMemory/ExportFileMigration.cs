using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Data;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keyframes;
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
        ExportModels models;
        await using (var stream = DataFileStreams.OpenRead(source))
        {
            models = await ReadAsync(stream, source.Name, report, cancellationToken);
        }

        report.Finish();
        var migrated = await handler.MigrateOwnedAsync(models.Take(), handler.CheckStartIndex(models.Index), cancellationToken);
        await DataFileStreams.WriteAsync(target, async stream =>
        {
            await WriteAsync(stream, migrated, handler.TargetMigrationIndex, cancellationToken);
            return 0;
        });
    }

    private static async Task<ExportModels> ReadAsync(Stream stream, string fileName, JsonInputReport report, CancellationToken cancellationToken)
    {
        var models = new ExportModels();
        long? index = null;
        await foreach (var entry in ExportFileReader.ReadAsync(stream, fileName, report, cancellationToken))
        {
            switch (entry)
            {
                case ExportFileReader.Index { Value: var number }:
                    index = number;
                    break;
                case ExportFileReader.Collection { Name: var name, Place: var place }:
                    if (!models.StartCollection(name))
                    {
                        report.Duplicate($"\"{name}\" (at {place})");
                    }

                    break;
                case ExportFileReader.Model model:
                    if (!models.Add(model.Fqid, model.Fields))
                    {
                        report.Duplicate($"{model.Path} (at {model.Place})");
                    }

                    break;
            }
        }

        // The reader refuses a file without an index.
        models.Index = index!.Value;
        return models;
    }

    /// <summary>
    /// The models of the file as Python's json gives them: collections in the order they first appear, a collection
    /// named again replaced whole in its first place, a model named again replaced in its place. Each model is kept
    /// as compact JSON until it is taken.
    /// </summary>
    private sealed class ExportModels
    {
        private readonly List<Dictionary<string, byte[]>> _collections = [];
        private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
        private Dictionary<string, byte[]>? _current;

        public long Index { get; set; }

        /// <summary>False if the collection was there already (its models are dropped: the later object wins).</summary>
        public bool StartCollection(string name)
        {
            _current = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            if (_slots.TryGetValue(name, out var slot))
            {
                _collections[slot] = _current;
                return false;
            }

            _slots[name] = _collections.Count;
            _collections.Add(_current);
            return true;
        }

        /// <summary>False if the model was there already in this collection (the later one wins, in its place).</summary>
        public bool Add(string fqid, JsonObject fields)
        {
            var known = _current!.ContainsKey(fqid);
            _current[fqid] = StoredModel.JsonOf(fields);
            return !known;
        }

        /// <summary>Every model, parsed as it is enumerated and let go at once (so the file is not held twice).</summary>
        public IEnumerable<KeyValuePair<string, JsonObject>> Take()
        {
            foreach (var models in _collections)
            {
                foreach (var (fqid, json) in models)
                {
                    // Removing the current entry while enumerating is allowed (it does not disturb the enumerator).
                    models.Remove(fqid);
                    yield return new(fqid, JsonNode.Parse(json)!.AsObject());
                }

                models.TrimExcess();
            }

            _collections.Clear();
        }
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
