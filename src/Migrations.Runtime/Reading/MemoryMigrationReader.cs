using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;

namespace Migrations.Runtime.Reading;

/// <summary>
/// The migration reader over a map of models in memory (spec §5). Upstream's in-memory caveats hold: there is no
/// deletion here, so <see cref="GetAsync"/>, <see cref="GetAllAsync"/> and <see cref="FilterAsync"/> return every
/// model in the map, <see cref="IsDeletedAsync"/> is always false and <see cref="IsAliveAsync"/> means "exists";
/// <see cref="GetMaxPositionAsync"/> is -1 and there is no history. Results come in the map's order (the import's),
/// mapped fields give only the fields a model has, and filters compare as upstream's in-memory reader does, with
/// Python's equality (<see cref="FilterEvaluator"/>).
/// </summary>
internal sealed class MemoryMigrationReader(IReadOnlyDictionary<string, JsonObject> models) : IMigrationReader
{
    /// <inheritdoc/>
    public bool IsInMemoryMigration => true;

    /// <inheritdoc/>
    public Task<JsonObject> GetAsync(string fqid, IReadOnlyList<string>? mappedFields = null, CancellationToken cancellationToken = default) =>
        models.TryGetValue(fqid, out var model)
            ? Task.FromResult(MappedFields.Project(model, mappedFields))
            : Task.FromException<JsonObject>(new ModelDoesNotExistException(fqid));

    /// <inheritdoc/>
    public Task<Dictionary<string, Dictionary<int, JsonObject>>> GetManyAsync(IReadOnlyList<GetManyRequestPart> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var result = new Dictionary<string, Dictionary<int, JsonObject>>(StringComparer.Ordinal);
        foreach (var part in requests)
        {
            foreach (var id in part.Ids)
            {
                if (models.TryGetValue(DatastoreKeys.Fqid(part.Collection, id), out var model))
                {
                    if (!result.TryGetValue(part.Collection, out var byId))
                    {
                        result[part.Collection] = byId = [];
                    }

                    byId[id] = MappedFields.Project(model, part.MappedFields);
                }
            }
        }

        return Task.FromResult(result);
    }

    /// <inheritdoc/>
    public Task<Dictionary<int, JsonObject>> GetAllAsync(string collection, IReadOnlyList<string>? mappedFields = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(Select(collection, null, mappedFields));

    /// <inheritdoc/>
    public Task<Dictionary<int, JsonObject>> FilterAsync(string collection, Filter filter, IReadOnlyList<string>? mappedFields = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(Select(collection, filter, mappedFields));

    /// <inheritdoc/>
    public async IAsyncEnumerable<KeyValuePair<int, JsonObject>> StreamAsync(
        string collection, Filter? filter = null, IReadOnlyList<string>? mappedFields = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        foreach (var (id, model) in Select(collection, filter, mappedFields).OrderBy(p => p.Key))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new(id, model);
        }
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<KeyValuePair<int, JsonObject>> StreamAllAsync(
        string collection, IReadOnlyList<string>? mappedFields = null, CancellationToken cancellationToken = default) =>
        OneByOne(OfCollection(collection), mappedFields, cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<KeyValuePair<int, JsonObject>> StreamFilterAsync(
        string collection, Filter filter, IReadOnlyList<string>? mappedFields = null, CancellationToken cancellationToken = default) =>
        OneByOne(Matching(collection, filter), mappedFields, cancellationToken);

    /// <inheritdoc/>
    public Task<bool> ExistsAsync(string collection, Filter filter, CancellationToken cancellationToken = default) =>
        Task.FromResult(Matching(collection, filter).Any());

    /// <inheritdoc/>
    public Task<int> CountAsync(string collection, Filter filter, CancellationToken cancellationToken = default) =>
        Task.FromResult(Matching(collection, filter).Count());

    /// <inheritdoc/>
    public Task<long?> MinAsync(string collection, Filter filter, string field, CancellationToken cancellationToken = default) =>
        Task.FromResult(Integers(collection, filter, field).Select(v => (long?)v).Min());

    /// <inheritdoc/>
    public Task<long?> MaxAsync(string collection, Filter filter, string field, CancellationToken cancellationToken = default) =>
        Task.FromResult(Integers(collection, filter, field).Select(v => (long?)v).Max());

    /// <inheritdoc/>
    public Task<bool> IsAliveAsync(string fqid, CancellationToken cancellationToken = default) => Task.FromResult(models.ContainsKey(fqid));

    /// <inheritdoc/>
    public Task<bool> IsDeletedAsync(string fqid, CancellationToken cancellationToken = default) => Task.FromResult(false);

    /// <inheritdoc/>
    public Task<bool> ModelExistsAsync(string fqid, CancellationToken cancellationToken = default) => Task.FromResult(models.ContainsKey(fqid));

    /// <inheritdoc/>
    public Task<int> GetMaxPositionAsync(CancellationToken cancellationToken = default) => Task.FromResult(-1);

    /// <inheritdoc/>
    public Task<HistoryPositions> GetHistoryPositionsAsync(int fromPosition = 0, int? toPosition = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new HistoryPositions([], new Dictionary<int, IReadOnlyList<string>>()));

    private Dictionary<int, JsonObject> Select(string collection, Filter? filter, IReadOnlyList<string>? mappedFields)
    {
        var result = new Dictionary<int, JsonObject>();
        foreach (var (fqid, model) in filter is null ? OfCollection(collection) : Matching(collection, filter))
        {
            result[DatastoreKeys.IdOf(fqid)] = MappedFields.Project(model, mappedFields);
        }

        return result;
    }

    // What Select gives, one model at a time.
    private static async IAsyncEnumerable<KeyValuePair<int, JsonObject>> OneByOne(
        IEnumerable<KeyValuePair<string, JsonObject>> models, IReadOnlyList<string>? mappedFields, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        foreach (var (fqid, model) in models)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new(DatastoreKeys.IdOf(fqid), MappedFields.Project(model, mappedFields));
        }
    }

    // The keys first: a model is only looked up (which may parse it) when it is of the collection.
    private IEnumerable<KeyValuePair<string, JsonObject>> OfCollection(string collection)
    {
        foreach (var fqid in models.Keys)
        {
            if (fqid.Length > collection.Length && fqid[collection.Length] == '/' && fqid.StartsWith(collection, StringComparison.Ordinal))
            {
                yield return new(fqid, models[fqid]);
            }
        }
    }

    private IEnumerable<KeyValuePair<string, JsonObject>> Matching(string collection, Filter filter) =>
        OfCollection(collection).Where(pair => FilterEvaluator.Matches(pair.Value, filter));

    private IEnumerable<long> Integers(string collection, Filter filter, string field)
    {
        foreach (var (_, model) in Matching(collection, filter))
        {
            if (Events.JsonKinds.TryGetInteger(model[field], out var number))
            {
                yield return number;
            }
        }
    }
}
