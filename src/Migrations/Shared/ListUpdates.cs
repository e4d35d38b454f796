using System.Text.Json.Nodes;
using Migrations.Runtime.Events;

namespace Migrations.Shared;

/// <summary>List updates that add one value to, or remove one value from, one field.</summary>
public static class ListUpdates
{
    /// <summary><c>{"add": {field: [value]}}</c> on <paramref name="fqid"/>.</summary>
    public static ListUpdateEvent Adding(string fqid, string field, JsonNode value) => new(fqid, One(field, value), null);

    /// <summary><c>{"remove": {field: [value]}}</c> on <paramref name="fqid"/>.</summary>
    public static ListUpdateEvent Removing(string fqid, string field, JsonNode value) => new(fqid, null, One(field, value));

    private static JsonObject One(string field, JsonNode value) => new() { [field] = new JsonArray(value) };
}
