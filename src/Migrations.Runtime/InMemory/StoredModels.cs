using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Migrations.Runtime.Keyframes;

namespace Migrations.Runtime.InMemory;

/// <summary>
/// The models of an in-memory migration between and during its model migrations, each as compact JSON (a
/// <see cref="StoredModel"/>, meta fields included) in the order the models first appeared: a parsed object costs
/// about twelve times its JSON, so a large import is held as bytes and parsed a model at a time, where a migration
/// reads it (<see cref="Snapshot"/>) and where its events are applied.
/// </summary>
internal sealed class StoredModels
{
    private readonly Dictionary<string, StoredModel> _models;

    public StoredModels(IEnumerable<KeyValuePair<string, StoredModel>> models) =>
        _models = new Dictionary<string, StoredModel>(models, StringComparer.Ordinal);

    /// <summary>Every fqid, in order (a model never leaves: a delete only marks it).</summary>
    public IReadOnlyCollection<string> Fqids => _models.Keys;

    public StoredModel? Find(string fqid) => _models.GetValueOrDefault(fqid);

    /// <summary>Replaces a model in its place, or adds a new one at the end.</summary>
    public void Set(string fqid, StoredModel model) => _models[fqid] = model;

    /// <summary>
    /// The models as the memory reader sees them (fqid → fields, meta fields included), each parsed when it is
    /// asked for. It shows this store as it is: a migration's events are kept aside until it ends, or it is
    /// <see cref="ParsedView.Close"/>d before they are applied in place.
    /// </summary>
    public ParsedView Snapshot() => new(_models);

    /// <summary>The store as the memory reader sees it, until it is closed.</summary>
    internal sealed class ParsedView(Dictionary<string, StoredModel> models) : IReadOnlyDictionary<string, JsonObject>
    {
        private string? _closed;

        /// <summary>Every later read throws <see cref="InvalidOperationException"/> with <paramref name="reason"/>.</summary>
        public void Close(string reason) => _closed = reason;

        public JsonObject this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

        public IEnumerable<string> Keys => Open().Keys;

        public IEnumerable<JsonObject> Values => Open().Values.Select(Parse);

        public int Count => Open().Count;

        public bool ContainsKey(string key) => Open().ContainsKey(key);

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonObject value)
        {
            if (Open().TryGetValue(key, out var model))
            {
                value = Parse(model);
                return true;
            }

            value = null;
            return false;
        }

        public IEnumerator<KeyValuePair<string, JsonObject>> GetEnumerator() =>
            Open().Select(p => KeyValuePair.Create(p.Key, Parse(p.Value))).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private Dictionary<string, StoredModel> Open() => _closed is null ? models : throw new InvalidOperationException(_closed);

        private static JsonObject Parse(StoredModel model) => model.Parse().Data;
    }
}
