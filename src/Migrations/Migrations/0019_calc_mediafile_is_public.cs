using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;
using Migrations.Shared;

namespace Migrations.M0019;

/// <summary>
/// Computes <c>mediafile/is_public</c> and <c>mediafile/inherited_access_group_ids</c> for every mediafile a position
/// touches, and for their descendants whose values change with them, and mirrors the inherited groups in
/// <c>group/mediafile_inherited_access_group_ids</c>.
/// <para>
/// During the position the creates, updates and list updates of mediafiles are collected (deletes, restores and
/// field deletions do not change the result). At its end each touched tree is walked from its topmost touched
/// mediafile: a mediafile inherits from its parent (the intersection of both group lists, else whichever is set,
/// else public unless the parent is explicitly not public); a changed mediafile gets an update and its children are
/// walked too.
/// </para>
/// <para>
/// Kept from upstream on purpose: the group bookkeeping adds the mediafile to the pending change of every group
/// already touched in this position and then resets the last of them (a Python loop variable shadowing the outer
/// one), which shapes the group list updates upstream wrote.
/// </para>
/// <para>
/// Upstream's sets of ints are followed in CPython's set order (<see cref="PythonIntSet"/>): the trees are walked
/// from their roots in that order, the added and removed groups of a mediafile are visited in it (so the first of
/// them is the group the bookkeeping starts with), and a list update of a mediafile in the position leaves the
/// migration's view of that list in it (which then becomes the order of a computed
/// <c>inherited_access_group_ids</c>). Deliberate difference: such a list that holds anything but ints, which Python
/// would order by string hashes that change with every process, keeps ints ascending first, then the rest in order.
/// </para>
/// </summary>
[TargetMigrationIndex(20)]
public sealed class Migration : EventMigration
{
    private const string GroupField = "mediafile_inherited_access_group_ids";

    /// <summary>The touched mediafiles as this migration sees them, in the order first touched.</summary>
    private readonly Dictionary<int, JsonObject> _mediafiles = [];
    private readonly List<DatastoreEvent> _events = [];

    /// <summary>Per group (in the order first touched): the pending add and remove lists.</summary>
    private readonly Dictionary<int, (List<int> Add, List<int> Remove)> _groups = [];
    private readonly List<int> _groupOrder = [];

    protected override void PositionInit()
    {
        _mediafiles.Clear();
        _events.Clear();
        _groups.Clear();
        _groupOrder.Clear();
    }

    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        if (@event.Collection != "mediafile")
        {
            return null;
        }

        var id = @event.Id;
        switch (@event)
        {
            case CreateEvent create:
                _mediafiles[id] = (JsonObject)create.Data.DeepClone();
                break;
            case UpdateEvent update:
                var model = Mediafile(id);
                foreach (var (field, value) in update.Data)
                {
                    model[field] = value?.DeepClone();
                }

                break;
            case ListUpdateEvent listUpdate:
                var listed = Mediafile(id);
                foreach (var (field, values) in listUpdate.Remove)
                {
                    if (IsTruthyList(values) && IsTruthyList(listed[field]))
                    {
                        listed[field] = SetDifference(listed[field], values);
                    }
                }

                foreach (var (field, values) in listUpdate.Add)
                {
                    if (IsTruthyList(values))
                    {
                        listed[field] = SetUnion(listed[field], values);
                    }
                }

                break;
        }

        return null;
    }

    protected override IReadOnlyList<DatastoreEvent>? GetAdditionalEvents()
    {
        var roots = new PythonIntSet();
        foreach (var id in _mediafiles.Keys.ToList())
        {
            var root = id;
            var seen = new HashSet<int> { root };
            while (ParentId(_mediafiles[root]) is { } parent && _mediafiles.ContainsKey(parent))
            {
                root = seen.Add(parent) ? parent : throw new InvalidOperationException($"The parents of mediafile/{id} form a cycle through mediafile/{parent}");
            }

            roots.Add(root);
        }

        foreach (var root in roots)
        {
            Walk(root, [root]);
        }

        foreach (var group in _groupOrder)
        {
            var (add, remove) = _groups[group];
            _events.Add(new ListUpdateEvent(
                $"group/{group}",
                new JsonObject { [GroupField] = JsonIds.Array(add) },
                new JsonObject { [GroupField] = JsonIds.Array(remove) }));
        }

        return [.. _events];
    }

    private void Walk(int id, HashSet<int> path)
    {
        var model = Mediafile(id);
        bool? parentIsPublic = null;
        List<int>? parentInherited = [];
        if (ParentId(model) is { } parentId)
        {
            var parent = Mediafile(parentId);
            parentIsPublic = parent["is_public"] is JsonValue isPublic && isPublic.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                ? isPublic.GetValue<bool>()
                : null;
            parentInherited = parent["inherited_access_group_ids"] is JsonArray inherited ? IntList(inherited) : null;
        }

        var (isPublicNow, inheritedNow) = Inherit(model["access_group_ids"] is JsonArray access ? IntList(access) : null, parentIsPublic, parentInherited);
        var current = model["inherited_access_group_ids"] is JsonArray currentArray ? IntList(currentArray) : null;
        var changed = !(model["is_public"] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False && value.GetValue<bool>() == isPublicNow)
            || current is null || !current.SequenceEqual(inheritedNow);
        if (changed)
        {
            var before = current ?? [];
            var added = new PythonIntSet(inheritedNow).Difference(new PythonIntSet(before));
            if (added.Count > 0)
            {
                ChangeGroups(added, id, add: true);
            }

            var removed = new PythonIntSet(before).Difference(new PythonIntSet(inheritedNow));
            if (removed.Count > 0)
            {
                ChangeGroups(removed, id, add: false);
            }

            model["is_public"] = isPublicNow;
            model["inherited_access_group_ids"] = JsonIds.Array(inheritedNow);
            _events.Add(new UpdateEvent($"mediafile/{id}", new JsonObject { ["is_public"] = isPublicNow, ["inherited_access_group_ids"] = JsonIds.Array(inheritedNow) }));
        }

        if (model["child_ids"] is JsonArray children)
        {
            foreach (var child in IntList(children))
            {
                if (changed || _mediafiles.ContainsKey(child))
                {
                    // path holds the ancestors being walked: only a real cycle is refused (upstream recursed forever).
                    if (!path.Add(child))
                    {
                        throw new InvalidOperationException($"The children of mediafile/{id} form a cycle through mediafile/{child}");
                    }

                    Walk(child, path);
                    path.Remove(child);
                }
            }
        }
    }

    /// <summary>The inheritance rule of OpenSlides mediafiles: (is_public, inherited_access_group_ids).</summary>
    private static (bool IsPublic, List<int> Inherited) Inherit(List<int>? access, bool? parentIsPublic, List<int>? parentInherited)
    {
        var hasAccess = access is { Count: > 0 };
        var hasParentInherited = parentInherited is { Count: > 0 };
        if (hasParentInherited && hasAccess)
        {
            return (false, [.. access!.Where(parentInherited!.Contains)]);
        }

        if (hasAccess)
        {
            return (false, access!);
        }

        return hasParentInherited ? (false, parentInherited!) : (parentIsPublic != false, []);
    }

    /// <summary>Upstream's group bookkeeping, quirk included (see the class remarks).</summary>
    private void ChangeGroups(PythonIntSet groupIds, int mediafile, bool add)
    {
        foreach (var groupId in groupIds)
        {
            var target = groupId;
            foreach (var touched in _groupOrder)
            {
                // list(set(list) | {mediafile}), as upstream rebuilds it.
                var list = add ? _groups[touched].Add : _groups[touched].Remove;
                var values = new PythonIntSet(list);
                values.Add(mediafile);
                list.Clear();
                list.AddRange(values);
                target = touched;
            }

            if (!_groups.ContainsKey(target))
            {
                _groupOrder.Add(target);
            }

            _groups[target] = add ? ([mediafile], []) : ([], [mediafile]);
        }
    }

    private JsonObject Mediafile(int id)
    {
        if (!_mediafiles.TryGetValue(id, out var model))
        {
            _mediafiles[id] = model = NewAccessor.GetModelIgnoreDeleted($"mediafile/{id}").Model;
        }

        return model;
    }

    /// <summary>The parent id, if set to something other than 0 (upstream treats 0 and null as no parent).</summary>
    private static int? ParentId(JsonObject model) =>
        model["parent_id"] is JsonValue value && value.TryGetValue<int>(out var id) && id != 0 ? id : null;

    private static bool IsTruthyList(JsonNode? node) => node is JsonArray { Count: > 0 };

    private static IEnumerable<JsonNode?> Scalars(JsonNode? node) => node is JsonArray array ? array : [];

    /// <summary><c>list(set(old) - set(values))</c>: in CPython's order for lists of ints, else as <see cref="SetList"/>.</summary>
    private static JsonArray SetDifference(JsonNode? old, JsonNode? values)
    {
        if (AllInts(old) is { } oldIds && AllInts(values) is { } dropIds)
        {
            return new PythonIntSet(oldIds).Difference(new PythonIntSet(dropIds)).ToJsonArray();
        }

        var drop = Scalars(values).Select(Key).ToHashSet(StringComparer.Ordinal);
        return SetList(Scalars(old).Where(v => !drop.Contains(Key(v))));
    }

    /// <summary><c>list(set(old) | set(values))</c>: in CPython's order for lists of ints, else as <see cref="SetList"/>.</summary>
    private static JsonArray SetUnion(JsonNode? old, JsonNode? values)
    {
        if (AllInts(old) is { } oldIds && AllInts(values) is { } addIds)
        {
            return new PythonIntSet(oldIds).Union(new PythonIntSet(addIds)).ToJsonArray();
        }

        return SetList(Scalars(old).Concat(Scalars(values)));
    }

    /// <summary>
    /// The entries of a list that holds only ints; none for a value that is not a list (the add side's
    /// <c>or set()</c>); null if an entry is not an int.
    /// </summary>
    private static List<int>? AllInts(JsonNode? node)
    {
        var ids = new List<int>();
        foreach (var item in Scalars(node))
        {
            if (item is not JsonValue value || value.GetValueKind() != JsonValueKind.Number || !value.TryGetValue<int>(out var id))
            {
                return null;
            }

            ids.Add(id);
        }

        return ids;
    }

    /// <summary>
    /// A set's list when the values are not all ints (the deliberate difference of the class remarks): distinct
    /// values, ints ascending first, then the others in their order.
    /// </summary>
    private static JsonArray SetList(IEnumerable<JsonNode?> values)
    {
        var distinct = values.DistinctBy(Key, StringComparer.Ordinal).ToList();
        var ordered = distinct.OrderBy(v => v is JsonValue n && n.TryGetValue<int>(out var i) ? i : int.MaxValue).ToList();
        return new JsonArray([.. ordered.Select(v => v?.DeepClone())]);
    }

    private static string Key(JsonNode? value) => value?.ToJsonString() ?? "null";

    private static List<int> IntList(JsonArray array) =>
        [.. array.Select(item => item is JsonValue value && value.TryGetValue<int>(out var id) ? id : throw new FormatException($"{item?.ToJsonString() ?? "null"} is not an id"))];
}
