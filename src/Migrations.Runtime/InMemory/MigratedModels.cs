using System.Text.Json.Nodes;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keys;

namespace Migrations.Runtime.InMemory;

/// <summary>
/// The result of an in-memory migration: the fqids in their order, and each model produced when it is asked for
/// (parsed from the migrated keyframe's compact JSON), without meta fields. Writing a large export then holds one
/// parsed model at a time.
/// </summary>
internal sealed class MigratedModels(IReadOnlyCollection<string> fqids, Func<string, ModelRecord> load)
{
    /// <summary>Every fqid, in the order the migration left them.</summary>
    public IReadOnlyCollection<string> Fqids { get; } = fqids;

    /// <summary>The model of <paramref name="fqid"/>, a caller-owned object without meta fields.</summary>
    public JsonObject Load(string fqid)
    {
        var data = load(fqid).Data;
        foreach (var field in data.Select(f => f.Key).Where(DatastoreKeys.IsReservedField).ToList())
        {
            data.Remove(field);
        }

        return data;
    }
}
