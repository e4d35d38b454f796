using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Database;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Writing;
using Npgsql;

namespace Migrations.Runtime.Data;

/// <summary>
/// The current models as a file in OpenSlides' export shape, <c>{"_migration_index": n, "&lt;collection&gt;":
/// {"&lt;id&gt;": {fields}}}</c>: written and read as streams, so the size of the store does not matter.
/// </summary>
public static class ModelsFile
{
    /// <summary>Writes every live model (meta fields left out) and the current index; returns the number of models.</summary>
    public static async Task<long> ExportAsync(NpgsqlDataSource dataSource, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        int index;
        await using (var command = new NpgsqlCommand("SELECT min(migration_index), max(migration_index) FROM positions", connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            index = MigrationIndices.Current(reader.IsDBNull(0) ? null : reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetInt32(1));
        }

        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        writer.WriteStartObject();
        writer.WriteNumber(DataFileNames.MigrationIndexKey, index);
        long count = 0;
        string? collection = null;
        await using (var command = new NpgsqlCommand(
            "SELECT fqid, data::text FROM models WHERE NOT deleted ORDER BY split_part(fqid, '/', 1), split_part(fqid, '/', 2)::bigint", connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var fqid = reader.GetString(0);
                var modelCollection = DatastoreKeys.CollectionOf(fqid);
                if (modelCollection != collection)
                {
                    if (collection is not null)
                    {
                        writer.WriteEndObject();
                    }

                    collection = modelCollection;
                    writer.WriteStartObject(collection);
                }

                writer.WritePropertyName(fqid[(collection.Length + 1)..]);
                var model = JsonNode.Parse(reader.GetString(1))!.AsObject();
                writer.WriteStartObject();
                foreach (var (field, value) in model)
                {
                    if (!DatastoreKeys.IsReservedField(field))
                    {
                        writer.WritePropertyName(field);
                        if (value is null)
                        {
                            writer.WriteNullValue();
                        }
                        else
                        {
                            value.WriteTo(writer);
                        }
                    }
                }

                writer.WriteEndObject();
                count++;
                if (writer.BytesPending > 1 << 20)
                {
                    await writer.FlushAsync(cancellationToken);
                }
            }
        }

        if (collection is not null)
        {
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
        return count;
    }

    /// <summary>
    /// Empties the datastore and writes the file's models as one position with the file's migration index, in one
    /// transaction. The file is read twice: first to check all of it (a malformed file, reported with the place,
    /// leaves the datastore untouched) and to find duplicate collections and ids, then to write it. As upstream's
    /// Python reads such a file into a dict, a duplicate key keeps its last value: a collection named twice keeps
    /// only its last object, an id named twice in it its last model, written where the id first stood;
    /// <paramref name="warn"/> hears of it once.
    /// Returns the number of models written.
    /// </summary>
    public static async Task<long> ImportAsync(
        NpgsqlDataSource dataSource, Stream input, string fileName, CancellationToken cancellationToken = default, Action<string>? warn = null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(input);
        var report = new JsonInputReport(fileName, warn);
        var scan = new ImportScan();
        var start = input.CanSeek ? input.Position : 0;
        await foreach (var _ in ReadModelsAsync(input, fileName, report, scan, null, cancellationToken))
        {
        }

        // The reader refuses a file without an index.
        if (scan.Index < 1)
        {
            throw new DataFileException($"{fileName}: \"{DataFileNames.MigrationIndexKey}\" must be at least 1, not {scan.Index}.");
        }

        if (!input.CanSeek)
        {
            throw new DataFileException($"{fileName}: the file must be a regular file (it is read twice).");
        }

        input.Position = start;
        scan.ForgetIds();
        var index = scan.Index!.Value;
        report.Finish();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await DatastoreWriter.LockAsync(connection, transaction, cancellationToken);
        await using (var truncate = new NpgsqlCommand($"TRUNCATE {string.Join(", ", DatastoreSchema.AllTables)} RESTART IDENTITY CASCADE", connection, transaction))
        {
            await truncate.ExecuteNonQueryAsync(cancellationToken);
        }

        long count = 0;
        var position = await DatastoreWriter.WriteStreamAtIndexAsync(connection, transaction, Creates(), 1, 5000, cancellationToken);
        if (position is { } written)
        {
            await using var update = new NpgsqlCommand("UPDATE positions SET migration_index = @index WHERE position = @position", connection, transaction);
            update.Parameters.AddWithValue("index", index);
            update.Parameters.AddWithValue("position", written);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return count;

        async IAsyncEnumerable<RequestEvent> Creates()
        {
            await foreach (var create in ReadModelsAsync(input, fileName, new JsonInputReport(fileName, null), new ImportScan(), scan, cancellationToken))
            {
                count++;
                yield return create;
            }
        }
    }

    /// <summary>
    /// Reads the models of an export file as creates, checked as the tables need them. With <paramref name="plan"/>
    /// (the first pass's <see cref="ImportScan"/>) only the last of duplicate collections is read, and a duplicated id
    /// is yielded once, at its first place, with its last value;
    /// <paramref name="scan"/> records this pass's index and duplicates.
    /// </summary>
    private static async IAsyncEnumerable<RequestEvent> ReadModelsAsync(
        Stream input, string fileName, JsonInputReport report, ImportScan scan, ImportScan? plan,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var skipCollection = false;
        await foreach (var entry in ExportFileReader.ReadAsync(input, fileName, report, cancellationToken))
        {
            switch (entry)
            {
                case ExportFileReader.Index { Value: var number }:
                    scan.Index = number is >= int.MinValue and <= int.MaxValue ? (int)number
                        : throw new DataFileException($"{fileName}: \"{DataFileNames.MigrationIndexKey}\" {number} is too large to store (at most {int.MaxValue}).");
                    break;
                case ExportFileReader.Collection { Name: var key, Place: var place }:
                    if (key.Length > DatastoreKeys.CollectionMaxLength)
                    {
                        throw new DataFileException($"{fileName}: \"{key}\": the collection name has {key.Length} characters; at most {DatastoreKeys.CollectionMaxLength} can be stored.");
                    }

                    var occurrence = scan.BeginCollection(key, report, place);
                    skipCollection = plan is not null && occurrence < plan.Occurrences(key);
                    break;
                case ExportFileReader.Model model:
                    RequestEvent create;
                    try
                    {
                        create = new CreateRequestEvent(model.Fqid, model.Fields);
                    }
                    catch (DatastoreException e)
                    {
                        throw new DataFileException($"{fileName}: {model.Path}: {e.Message}", e);
                    }

                    var collection = DatastoreKeys.CollectionOf(model.Fqid);
                    var id = DatastoreKeys.IdOf(model.Fqid);
                    var idOccurrence = scan.SeeId(collection, id, report, model.Path, model.Place);
                    if (plan is null)
                    {
                        if (idOccurrence > 1)
                        {
                            scan.KeepLastValue(collection, id, create);
                        }

                        yield return create;
                    }
                    else if (!skipCollection && idOccurrence == 1)
                    {
                        // A duplicated id: its last value, where it first stood (the row order is the read order of
                        // upstream's model migrations).
                        yield return plan.LastValue(collection, id) ?? create;
                    }

                    break;
            }
        }
    }
}
