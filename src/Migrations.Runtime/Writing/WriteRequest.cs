using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;

namespace Migrations.Runtime.Writing;

/// <summary>
/// One write request: its events become one new position. <see cref="MigrationIndex"/> may only be given for an
/// empty datastore (upstream's initial import); otherwise the datastore's current index is used.
/// </summary>
public sealed class WriteRequest
{
    /// <summary>Validates the request; throws <see cref="InvalidFormatException"/>.</summary>
    public WriteRequest(
        IReadOnlyList<RequestEvent> events, JsonNode? information = null, int userId = 0, int? migrationIndex = null,
        IReadOnlyDictionary<string, int>? lockedFields = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            throw new InvalidFormatException("No events were given");
        }

        if (migrationIndex is < 1)
        {
            throw new InvalidFormatException($"The migration index must be at least 1, not {migrationIndex}");
        }

        LockedFields = lockedFields ?? new Dictionary<string, int>();
        foreach (var (key, position) in LockedFields)
        {
            if (position <= 0)
            {
                throw new InvalidFormatException($"The position of key {key} must be >= 0");
            }

            if (!DatastoreKeys.IsFqid(key) && !DatastoreKeys.IsFqfield(key) && !DatastoreKeys.IsCollectionField(key))
            {
                throw new InvalidFormatException(DatastoreKeys.InvalidKeyMessage(key));
            }
        }

        Events = events;
        Information = IsFalsy(information) ? null : information!.DeepClone();
        UserId = userId;
        MigrationIndex = migrationIndex;
    }

    /// <summary>
    /// Optimistic locks: fqid, fqfield or collectionfield → the position the client read it at. The write fails with
    /// <see cref="ModelLockedException"/> if a later position modified it. (Upstream's collectionfield locks with
    /// filters are not supported.)
    /// </summary>
    public IReadOnlyDictionary<string, int> LockedFields { get; }

    /// <summary>The events, in order.</summary>
    public IReadOnlyList<RequestEvent> Events { get; }

    /// <summary>History information; an empty value is stored as JSON null, as upstream does.</summary>
    public JsonNode? Information { get; }

    /// <summary>The user who wrote it (model migrations write 0).</summary>
    public int UserId { get; }

    /// <summary>An explicit migration index, allowed only on an empty datastore.</summary>
    public int? MigrationIndex { get; }

    // Python's truthiness: None, {}, [], "", 0 and false are all stored as null.
    private static bool IsFalsy(JsonNode? node) => node switch
    {
        null => true,
        JsonObject o => o.Count == 0,
        JsonArray a => a.Count == 0,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.Null or JsonValueKind.False => true,
            JsonValueKind.String => v.GetValue<string>().Length == 0,
            JsonValueKind.Number => v.ToJsonString() is "0" or "0.0" or "-0",
            _ => false,
        },
        _ => false,
    };
}
