using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;
using Npgsql;
using NpgsqlTypes;

namespace Migrations.Runtime.Writing;

/// <summary>
/// The writer's optimistic locking: a locked fqid breaks if any later event touched the model, a locked fqfield if
/// a later event of the model modified that field, a locked collectionfield if the field was modified anywhere in
/// the collection later (from the collectionfield helper tables, which finalize empties: then such locks pass).
/// </summary>
internal static class OptimisticLocks
{
    private const string Sql = """
        SELECT DISTINCT e.fqid FROM unnest(@fqids, @fqid_positions) AS l(fqid, position)
        JOIN events e ON e.fqid = l.fqid AND e.position > l.position
        UNION
        SELECT DISTINCT e.fqid || '/' || split_part(cf.collectionfield, '/', 2)
        FROM unnest(@field_fqids, @field_collectionfields, @field_positions) AS l(fqid, collectionfield, position)
        JOIN events e ON e.fqid = l.fqid AND e.position > l.position
        JOIN events_to_collectionfields ecf ON ecf.event_id = e.id
        JOIN collectionfields cf ON cf.id = ecf.collectionfield_id AND cf.collectionfield = l.collectionfield
        UNION
        SELECT cf.collectionfield FROM unnest(@collectionfields, @collectionfield_positions) AS l(collectionfield, position)
        JOIN collectionfields cf ON cf.collectionfield = l.collectionfield AND cf.position > l.position
        """;

    public static async Task AssertNotBrokenAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyDictionary<string, int> locks, CancellationToken cancellationToken)
    {
        List<string> fqids = [], fieldFqids = [], fieldCollectionFields = [], collectionFields = [];
        List<int> fqidPositions = [], fieldPositions = [], collectionFieldPositions = [];
        foreach (var (key, position) in locks)
        {
            if (DatastoreKeys.IsFqid(key))
            {
                fqids.Add(key);
                fqidPositions.Add(position);
            }
            else if (DatastoreKeys.IsFqfield(key))
            {
                var lastSeparator = key.LastIndexOf(DatastoreKeys.Separator);
                var fqid = key[..lastSeparator];
                fieldFqids.Add(fqid);
                fieldCollectionFields.Add(DatastoreKeys.CollectionField(fqid, key[(lastSeparator + 1)..]));
                fieldPositions.Add(position);
            }
            else
            {
                collectionFields.Add(key);
                collectionFieldPositions.Add(position);
            }
        }

        await using var command = new NpgsqlCommand(Sql, connection, transaction);
        command.Parameters.Add(Texts("fqids", fqids));
        command.Parameters.Add(Ints("fqid_positions", fqidPositions));
        command.Parameters.Add(Texts("field_fqids", fieldFqids));
        command.Parameters.Add(Texts("field_collectionfields", fieldCollectionFields));
        command.Parameters.Add(Ints("field_positions", fieldPositions));
        command.Parameters.Add(Texts("collectionfields", collectionFields));
        command.Parameters.Add(Ints("collectionfield_positions", collectionFieldPositions));
        var broken = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                broken.Add(reader.GetString(0));
            }
        }

        if (broken.Count > 0)
        {
            broken.Sort(StringComparer.Ordinal);
            throw new ModelLockedException(broken);
        }
    }

    private static NpgsqlParameter<string[]> Texts(string name, List<string> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. values] };

    private static NpgsqlParameter<int[]> Ints(string name, List<int> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. values] };
}
