using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;

namespace Migrations.Runtime.Events;

/// <summary>One stored event as the replay reads it: its fqid, type and payload as stored, and its position.</summary>
internal readonly record struct StoredEventRow(string Fqid, string Type, string? Data, int Position);

/// <summary>
/// Models rebuilt from their stored events (spec §2.4) through the apply rules the writer and the migrations use:
/// the rows come ordered by fqid, position and weight, and each model is handed on after its last row, so memory
/// holds one model at a time. Used by the datastore's reader (a model or every model as of a position) and by the
/// restore of an events backup.
/// </summary>
internal static class ModelReplay
{
    /// <summary>
    /// Every model of <paramref name="rows"/>, as it stands after its last row. An event that does not fit the model
    /// before it throws <see cref="BadEventException"/>, or what <paramref name="refuse"/> makes of it.
    /// </summary>
    public static async IAsyncEnumerable<KeyValuePair<string, ModelRecord>> PerModelAsync(
        IAsyncEnumerable<StoredEventRow> rows, Func<StoredEventRow, BadEventException, Exception>? refuse = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? current = null;
        ModelRecord? model = null;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (!string.Equals(row.Fqid, current, StringComparison.Ordinal))
            {
                if (current is not null)
                {
                    yield return new(current, model!);
                }

                current = row.Fqid;
                model = null;
            }

            try
            {
                model = Apply(model, row);
            }
            catch (BadEventException e) when (refuse is not null)
            {
                throw refuse(row, e);
            }
        }

        if (current is not null)
        {
            yield return new(current, model!);
        }
    }

    /// <summary><paramref name="model"/> (null before the first event) after the event of <paramref name="row"/>.</summary>
    private static ModelRecord Apply(ModelRecord? model, StoredEventRow row) =>
        EventApplier.Apply(model, DatastoreEvent.From(row.Type, row.Fqid, row.Data is null ? null : JsonNode.Parse(row.Data)), row.Position);
}
