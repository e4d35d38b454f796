using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Data;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keyframes;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.Runtime.InMemory;

/// <summary>
/// Migrates import data in memory, without a database (spec §5): the models become one position of creates that
/// runs through the event migrations from the data's index, then the model migrations run against a memory reader.
/// Upstream's caveats hold: deleted models stay in the result and lose their deleted flag with the meta fields.
/// </summary>
public sealed class MemoryMigrationHandler
{
    /// <summary>The key of the migration index in an export.</summary>
    public const string MigrationIndexKey = DataFileNames.MigrationIndexKey;

    private readonly MigrationRegistry _registry;
    private readonly MigrationLogger _logger;

    /// <summary>Registers the migrations (validated as upstream does).</summary>
    public MemoryMigrationHandler(IEnumerable<MigrationDescriptor> migrations, MigrationLogger? logger = null)
    {
        _registry = new MigrationRegistry(migrations);
        _logger = logger ?? MigrationLogger.Console(verbose: true);
    }

    /// <summary>T: the index the data has afterwards.</summary>
    public int TargetMigrationIndex => _registry.TargetIndex;

    /// <summary>The index import data starts from, if it is one this handler can migrate (1 to the target).</summary>
    internal int CheckStartIndex(long index) =>
        index >= 1 && index <= TargetMigrationIndex
            ? (int)index
            : throw new MismatchingMigrationIndicesException(
                "The migration index of import data is invalid: "
                + $"Given migration index of import data: {index}, current backend migration index: {TargetMigrationIndex}");

    /// <summary>
    /// Migrates <paramref name="models"/> (fqid → fields) from <paramref name="startMigrationIndex"/> to the target
    /// index and returns the migrated models without meta fields. The input is not changed.
    /// </summary>
    public async Task<Dictionary<string, JsonObject>> MigrateAsync(
        IReadOnlyDictionary<string, JsonObject> models, int startMigrationIndex, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(models);
        var copies = models.Select(p => KeyValuePair.Create(p.Key, (JsonObject)p.Value.DeepClone())).ToList();
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var migrated = await MigrateOwnedAsync(copies, startMigrationIndex, cancellationToken);
        foreach (var fqid in migrated.Fqids)
        {
            result[fqid] = migrated.Load(fqid);
        }

        return result;
    }

    /// <summary>
    /// The same for models the caller hands over, enumerated once (each may be changed, and is let go once it has
    /// become an event): the result is produced one model at a time as it is enumerated, so that only compact JSON
    /// stays in memory. A field that breaks the event rules gives <see cref="InvalidFormatException"/> naming the model.
    /// </summary>
    internal async Task<MigratedModels> MigrateOwnedAsync(
        IEnumerable<KeyValuePair<string, JsonObject>> models, int startMigrationIndex, CancellationToken cancellationToken)
    {
        var last = _registry.LastEventIndex;
        var target = _registry.TargetIndex;
        CheckStartIndex(startMigrationIndex);

        _logger.Info("Finalize in memory migrations.");
        StoredModels current;
        var eventStart = Math.Min(last, startMigrationIndex);
        if (eventStart < last)
        {
            _logger.Info($"Migrate import data from MI {eventStart} to MI {last} ...");
            // The position of creates, as bytes.
            var events = new List<CompactEvent>();
            foreach (var (fqid, model) in models)
            {
                foreach (var field in model.Where(p => DatastoreKeys.IsReservedField(p.Key) || JsonKinds.IsNull(p.Value)).Select(p => p.Key).ToList())
                {
                    model.Remove(field);
                }

                try
                {
                    events.Add(CompactEvent.From(new CreateEvent(fqid, model)));
                }
                catch (BadEventException e)
                {
                    throw new InvalidFormatException($"{fqid}: {e.Message}");
                }
            }

            current = new StoredModels(MigrateEvents(events, eventStart).TakeModels());
        }
        else
        {
            current = new StoredModels([]);
            foreach (var (fqid, model) in models)
            {
                model[DatastoreKeys.MetaDeleted] = false;
                current.Set(fqid, StoredModel.From(new ModelRecord(model, deleted: false)));
            }
        }

        var modelStart = Math.Max(last, startMigrationIndex);
        if (modelStart < target)
        {
            _logger.Info($"Migrate import data from MI {modelStart} to MI {target} ...");
            await MigrateModelsAsync(current, modelStart, cancellationToken);
        }

        _logger.Info("Finalize in memory migrations ready.");
        return new MigratedModels(current.Fqids, fqid => current.Find(fqid)!.Parse());
    }

    /// <summary>
    /// Migrates an OpenSlides export <c>{"_migration_index": n, "&lt;collection&gt;": {"&lt;id&gt;": {…}}}</c> and returns it in
    /// the same shape with the new index. A malformed export gives <see cref="DataFileException"/> naming the place,
    /// with the checks and messages of <c>migrate-file</c> (the messages start with <c>export:</c>).
    /// </summary>
    public async Task<JsonObject> MigrateExportAsync(JsonObject export, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(export);
        long index = 0;
        var models = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var entry in ExportFileReader.Read(export, "export"))
        {
            switch (entry)
            {
                case ExportFileReader.Index { Value: var value }:
                    index = value;
                    break;
                case ExportFileReader.Model model:
                    models[model.Fqid] = model.Fields;
                    break;
            }
        }

        var migrated = await MigrateAsync(models, CheckStartIndex(index), cancellationToken);
        var result = new JsonObject { [MigrationIndexKey] = _registry.TargetIndex };
        foreach (var (fqid, model) in migrated)
        {
            var collection = DatastoreKeys.CollectionOf(fqid);
            if (result[collection] is not JsonObject byId)
            {
                result[collection] = byId = [];
            }

            byId[fqid[(collection.Length + 1)..]] = model;
        }

        return result;
    }

    /// <summary>
    /// Runs the event migrations over the one position of creates, held as bytes, and returns the models of the last
    /// step's new view. The views of a step hold its events, not copies of them (<see cref="PositionView"/>), so a
    /// step needs its input and its output and little more.
    /// </summary>
    private PositionView MigrateEvents(List<CompactEvent> events, int start)
    {
        var positionData = new PositionData(1, DateTimeOffset.UtcNow, 0, null);
        PositionView? result = null;
        for (var source = start; source < _registry.LastEventIndex; source++)
        {
            // A new instance per run: what it gathered about this one large position goes with it.
            var migration = (EventMigration)_registry.CreateInstance(source + 1);
            result = null; // the last step's view is not needed by this one (its old view starts empty)
            var newView = new PositionView(1);
            try
            {
                events = migration.MigrateCompact(events, new PositionView(1), newView, positionData);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.Info($"Migration from MI {source} to MI {source + 1} failed!");
                throw new MigrationFailedException(
                    $"Migration {migration.Name} (MI {source} to MI {source + 1}) failed on the import data: {e.GetType().Name}: {e.Message}", e)
                {
                    MigrationName = migration.Name,
                };
            }

            result = newView;
        }

        return result!;
    }

    /// <summary>
    /// Runs the model migrations over the stored models. Each reads the models as they were before it (a snapshot
    /// parsed on demand), and its events are applied in chunks as they come, to models kept aside until it ends, so
    /// neither its events nor the models they touch pile up as objects. A migration that
    /// <see cref="ModelMigration.ReadsFirst"/> has its snapshot closed at its first event and its chunks applied to the
    /// store in place, so that a model it changes is not held twice.
    /// </summary>
    private async Task MigrateModelsAsync(StoredModels models, int start, CancellationToken cancellationToken)
    {
        for (var target = start + 1; target <= _registry.TargetIndex; target++)
        {
            var migration = (ModelMigration)_registry.CreateInstance(target);
            var snapshot = models.Snapshot();
            var reader = new MemoryMigrationReader(snapshot);
            var changed = new Dictionary<string, StoredModel>(StringComparer.Ordinal);
            // A migration that has read all it reads gets its events applied in place: no model is held twice.
            var inPlace = false;
            try
            {
                var chunk = new List<RequestEvent>();
                await foreach (var e in migration.StreamAsync(reader, cancellationToken, _logger))
                {
                    if (!inPlace && migration.ReadsFirst)
                    {
                        inPlace = true;
                        snapshot.Close($"{migration.Name} read a model after its first event, though it reads everything before it yields");
                    }

                    chunk.Add(e);
                    if (chunk.Count == ApplyChunk)
                    {
                        Apply(chunk, models, changed);
                        chunk.Clear();
                        if (inPlace)
                        {
                            Keep(changed, models);
                        }
                    }
                }

                Apply(chunk, models, changed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.Info($"Migration from MI {target - 1} to MI {target} failed!");
                throw new MigrationFailedException(
                    $"Migration {migration.Name} (MI {target - 1} to MI {target}) failed on the import data: {e.GetType().Name}: {e.Message}", e)
                {
                    MigrationName = migration.Name,
                };
            }

            Keep(changed, models);
        }
    }

    /// <summary>Puts a migration's changed models into the store: those it changed keep their place, those it created follow in the order of creation.</summary>
    private static void Keep(Dictionary<string, StoredModel> changed, StoredModels models)
    {
        foreach (var (fqid, model) in changed)
        {
            models.Set(fqid, model);
        }

        changed.Clear();
    }

    /// <summary>
    /// Events of a model migration applied at a time (in memory). The models a chunk touches are parsed while it is
    /// applied (a parsed model costs about twelve times its JSON) and outlive the youngest generation: at 10,000 the
    /// 49 MB export of eng/make-export.py peaked at 376 MB in 0044, at 1,000 at 318 MB, with the same output.
    /// </summary>
    private const int ApplyChunk = 1_000;

    /// <summary>
    /// Applies events to the models they touch, taken from <paramref name="changed"/> (this migration's results so
    /// far) or else from <paramref name="models"/>, and puts the results into <paramref name="changed"/>.
    /// </summary>
    private static void Apply(List<RequestEvent> events, StoredModels models, Dictionary<string, StoredModel> changed)
    {
        if (events.Count == 0)
        {
            return;
        }

        var touched = new Dictionary<string, ModelRecord>(StringComparer.Ordinal);
        // Upstream applies these without stamping a position: keep meta_position as it was (or absent).
        var positions = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var fqid in events.Select(e => e.Fqid))
        {
            if (positions.ContainsKey(fqid))
            {
                continue;
            }

            JsonNode? position = null;
            if ((changed.GetValueOrDefault(fqid) ?? models.Find(fqid)) is { } stored)
            {
                var record = stored.Parse();
                touched[fqid] = record;
                position = record.Data[DatastoreKeys.MetaPosition]?.DeepClone();
            }

            positions[fqid] = position;
        }

        PositionRows.Translate(new WriteRequest(events), touched);
        foreach (var (fqid, position) in positions)
        {
            var data = touched[fqid].Data;
            data.Remove(DatastoreKeys.MetaPosition);
            if (position is not null)
            {
                data[DatastoreKeys.MetaPosition] = position;
            }
        }

        foreach (var (fqid, record) in touched)
        {
            changed[fqid] = StoredModel.From(record);
        }
    }
}
