using System.Text.Json.Nodes;

namespace Migrations.Runtime.Reading;

/// <summary>Part of a <see cref="IMigrationReader.GetManyAsync"/> request: ids of one collection and the fields wanted.</summary>
public sealed record GetManyRequestPart(string Collection, IReadOnlyList<int> Ids, IReadOnlyList<string>? MappedFields = null)
{
    /// <summary>
    /// A part whose ids are given as text, e.g. split from an fqid, as upstream allows. Each must be an id's text
    /// (digits, no leading zero); the result is keyed by the parsed id, as upstream's database reader keys it.
    /// (Upstream's in-memory reader keys such a result by the text itself, so a later lookup by int misses.)
    /// </summary>
    public static GetManyRequestPart FromIdTexts(string collection, IEnumerable<string> ids, IReadOnlyList<string>? mappedFields = null)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var parsed = new List<int>();
        foreach (var text in ids)
        {
            if (text is not { Length: > 0 and <= 10 } || text[0] is < '1' or > '9' || !text.All(char.IsAsciiDigit)
                || !int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                throw new Errors.InvalidFormatException($"'{text}' is not a valid id of {collection}");
            }

            parsed.Add(id);
        }

        return new GetManyRequestPart(collection, parsed, mappedFields);
    }
}

/// <summary>
/// A position with history information (<see cref="IMigrationReader.GetHistoryPositionsAsync"/>): the timestamp is
/// null where the column is; the information is parsed as Python's <c>json</c> parses it (a key that appears twice
/// keeps its last value, at the place of its first).
/// </summary>
public sealed record HistoryInformation(int Position, DateTimeOffset? Timestamp, int UserId, JsonNode? Information);

/// <summary>The positions with history information and, per position, the fqids its events touched.</summary>
public sealed record HistoryPositions(IReadOnlyList<HistoryInformation> Positions, IReadOnlyDictionary<int, IReadOnlyList<string>> FqidsByPosition);

/// <summary>
/// What a model migration reads (spec §3.5): the current models. Backed by the database
/// (<see cref="DatabaseMigrationReader"/>) or by memory during an import (<see cref="MemoryMigrationReader"/>).
/// Mapped fields limit a model to the listed fields; without them the whole model is returned, <c>meta_*</c> fields
/// included. As upstream's two readers: in the database, <see cref="GetAllAsync"/> and <see cref="FilterAsync"/>
/// return every listed field, null where the model lacks it (upstream selects them as column aliases), while the
/// other methods return only the fields the model has; in memory every method returns only the fields the model has.
/// Results come in upstream's read order (see each reader); <see cref="StreamAsync"/>, which upstream lacks, in id
/// order with only the fields present in both backings. Every returned model is the caller's own copy.
/// </summary>
public interface IMigrationReader
{
    /// <summary>True while import data is migrated in memory.</summary>
    bool IsInMemoryMigration { get; }

    /// <summary>The model; a deleted or missing one gives <see cref="Errors.ModelDoesNotExistException"/>.</summary>
    Task<JsonObject> GetAsync(string fqid, IReadOnlyList<string>? mappedFields = null, CancellationToken cancellationToken = default);

    /// <summary><c>collection → id → model</c>; missing and deleted models are left out.</summary>
    Task<Dictionary<string, Dictionary<int, JsonObject>>> GetManyAsync(IReadOnlyList<GetManyRequestPart> requests, CancellationToken cancellationToken = default);

    /// <summary>Every model of the collection that is not deleted.</summary>
    Task<Dictionary<int, JsonObject>> GetAllAsync(string collection, IReadOnlyList<string>? mappedFields = null, CancellationToken cancellationToken = default);

    /// <summary>The models of the collection that match; <b>deleted models are included</b> (add <c>meta_deleted != true</c>).</summary>
    Task<Dictionary<int, JsonObject>> FilterAsync(string collection, Filter filter, IReadOnlyList<string>? mappedFields = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The models of the collection that match <paramref name="filter"/> (all if null), deleted ones included, in id
    /// order, without holding them all in memory: for model migrations over large collections.
    /// </summary>
    IAsyncEnumerable<KeyValuePair<int, JsonObject>> StreamAsync(string collection, Filter? filter = null, IReadOnlyList<string>? mappedFields = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Exactly what <see cref="GetAllAsync"/> returns, in its order and shape, one page at a time instead of all at
    /// once (as <see cref="StreamFilterAsync"/>): for a migration that walks a whole collection once.
    /// </summary>
    IAsyncEnumerable<KeyValuePair<int, JsonObject>> StreamAllAsync(string collection, IReadOnlyList<string>? mappedFields = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Exactly what <see cref="FilterAsync"/> returns, in its order and shape, one page at a time instead of all at
    /// once: for a migration that must keep upstream's read order over a collection too large to hold (the history).
    /// In the database the pages come from a cursor, which keeps the snapshot it was opened with: events the migration
    /// streams to the writer meanwhile are not read back.
    /// </summary>
    IAsyncEnumerable<KeyValuePair<int, JsonObject>> StreamFilterAsync(string collection, Filter filter, IReadOnlyList<string>? mappedFields = null, CancellationToken cancellationToken = default);

    /// <summary>True if any model matches (deleted ones included).</summary>
    Task<bool> ExistsAsync(string collection, Filter filter, CancellationToken cancellationToken = default);

    /// <summary>How many models match (deleted ones included).</summary>
    Task<int> CountAsync(string collection, Filter filter, CancellationToken cancellationToken = default);

    /// <summary>The smallest integer value of <paramref name="field"/> among the matches, or null.</summary>
    Task<long?> MinAsync(string collection, Filter filter, string field, CancellationToken cancellationToken = default);

    /// <summary>The largest integer value of <paramref name="field"/> among the matches, or null.</summary>
    Task<long?> MaxAsync(string collection, Filter filter, string field, CancellationToken cancellationToken = default);

    /// <summary>True if the model exists and is not deleted.</summary>
    Task<bool> IsAliveAsync(string fqid, CancellationToken cancellationToken = default);

    /// <summary>True if the model exists and is deleted.</summary>
    Task<bool> IsDeletedAsync(string fqid, CancellationToken cancellationToken = default);

    /// <summary>True if the model exists, deleted or not.</summary>
    Task<bool> ModelExistsAsync(string fqid, CancellationToken cancellationToken = default);

    /// <summary>The highest position (-1 in memory and for an empty datastore).</summary>
    Task<int> GetMaxPositionAsync(CancellationToken cancellationToken = default);

    /// <summary>Positions in [from, to) whose information is not null, with the fqids each touched.</summary>
    Task<HistoryPositions> GetHistoryPositionsAsync(int fromPosition = 0, int? toPosition = null, CancellationToken cancellationToken = default);
}
