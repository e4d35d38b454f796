using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0081;

/// <summary>
/// Clears out duplicates of field tuples that later become unique, left behind by older bugs. The collections are
/// handled in Python's sorted order; in each, the live models are grouped by the values of each tuple (a model that
/// lacks one of the values is in no group, except that a missing <c>mediafile/parent_id</c> counts as a value), with
/// Python's equality (<c>1 == 1.0 == True</c>), and every group of two or more is handled:
/// <list type="bullet">
/// <item>refused, for <c>committee</c> and <c>meeting</c> (<c>external_id</c>), <c>group</c> (meeting, external id),
/// <c>meeting_user</c> (meeting, user), <c>meeting_mediafile</c> (meeting, mediafile), <c>motion</c> (meeting,
/// number), <c>option</c> (content object, poll), <c>structure_level_list_of_speakers</c> (meeting, structure level,
/// list of speakers) and <c>user</c> (<c>username</c>, <c>member_number</c>, <c>saml_id</c> each): every such group
/// becomes one error of upstream's text, and the migration fails with all of them in one
/// <see cref="MigrationException"/> (sorted), writing nothing; once an error is found, the collections after it are
/// only checked for errors;</item>
/// <item>numbered, for <c>chat_group</c>, <c>motion_state</c>, <c>projector_countdown</c>, <c>structure_level</c>
/// (name or title within the meeting or workflow), <c>gender</c> (name) and <c>mediafile</c> (title within parent and
/// owner, and token): the lowest id keeps its value, the others get <c>"value (n)"</c> with the smallest n from 2 on
/// that no live model of the same scope has (one filter query per candidate) and that no other model of the
/// collection got for the same field in this run;</item>
/// <item>merged into the lowest id, for <c>motion_comment</c> (motion, section: the comments joined by newlines) and
/// <c>personal_note</c> (meeting user, content object: the notes joined, <c>star</c> true if any is; a field set on
/// one model only is copied, even onto itself), the others deleted;</item>
/// <item>reduced to one, for <c>motion_supporter</c> (the lowest id stays) and <c>motion_editor</c>,
/// <c>motion_working_group_speaker</c>, <c>motion_submitter</c> (the lowest weight stays, ties by id; meeting user and
/// motion), the others deleted.</item>
/// </list>
/// A deleted model leaves the lists of its meeting user, motion (or content object), comment section and meeting (a
/// list removal on each, then the delete). Each handled group writes a progress line (upstream <c>print</c>s it) to
/// the migration log. Everything is one position; the events in collection order, then group order, as upstream's.
/// <para>Database and memory (an import) run the same code with the same results, as upstream's do, except that
/// upstream's database path fails on a missing weight (its reader gives None for it; see below).</para>
/// <para>Kept from upstream: the numbers already taken in this run are shared by all scopes of a field (two meetings
/// with a duplicated "Lobby" get "Lobby (2)" and "Lobby (3)"), while the check against stored names is per scope;
/// an error's values are those of the group's second model in read order (what upstream's set keeps).</para>
/// <para>Deliberate differences. Groups whose values are all integers come in CPython's set order (upstream's, modelled
/// by <c>CPythonSetOrder</c>); groups with a string, a float or None, whose order in upstream changes from run
/// to run (string hashing is seeded per process), come in the order of their lowest id, which also decides which
/// scope gets the lower numbers. A missing (or non-numeric) weight sorts as 9999999, as upstream intends and its
/// in-memory path does (its database path reads a missing weight as None and fails with a TypeError). Where upstream
/// would crash with a Python error, ours refuses with an error in the same <see cref="MigrationException"/>: a list
/// or object as a tuple value (TypeError, unhashable), a duplicated name that is not a string (TypeError on
/// <c>+</c>), comments or notes to merge that are not all strings. Models are identified by their key, not by an
/// <c>id</c> field (upstream's KeyError or TypeError when that field is missing). In memory a model deleted by an
/// earlier migration of the same import is left out (upstream counts it in, and renaming, merging into or deleting it
/// then fails: ModelDoesNotExist). A deleted model's reference to a model that does not exist or is deleted, or is no
/// id or fqid of the relation, is not followed (upstream: the writer's ModelDoesNotExist, or a KeyError).</para>
/// </summary>
[TargetMigrationIndex(82)]
public sealed class Migration : ModelMigration
{
    /// <summary>What becomes of a group of duplicates.</summary>
    private enum Handling
    {
        Refuse,
        Number,
        Merge,
        KeepLowestWeight,
        KeepLowestId,
    }

    /// <summary>
    /// Fields whose values are to be unique together. For <see cref="Handling.Number"/> the first field gets the number
    /// and the others are its scope; for <see cref="Handling.Merge"/>, <paramref name="MergedFields"/> are merged.
    /// </summary>
    private sealed record UniqueTuple(Handling Handling, string[] Fields, string[]? MergedFields = null);

    /// <summary>A group of models with equal values of one tuple.</summary>
    private sealed class Group(int firstId)
    {
        /// <summary>The ids in read order.</summary>
        public List<int> Ids { get; } = [firstId];

        /// <summary>The values of the second model read, which upstream's set of duplicates holds.</summary>
        public JsonNode?[] Values { get; set; } = [];

        /// <summary>The values as Python ints if they all are (booleans included), for CPython's set order.</summary>
        public long[]? Integers { get; set; }
    }

    /// <summary>The events of one group: updates, then the deletion of <paramref name="Deleted"/> (in this order).</summary>
    private sealed record Step(List<RequestEvent> Updates, List<int> Deleted);

    private const double MissingWeight = 9999999;

    // Upstream's tables, by collection in Python's sorted order (the order upstream handles them).
    private static readonly (string Collection, UniqueTuple[] Tuples)[] Rules =
    [
        ("chat_group", [new(Handling.Number, ["name", "meeting_id"])]),
        ("committee", [new(Handling.Refuse, ["external_id"])]),
        ("gender", [new(Handling.Number, ["name"])]),
        ("group", [new(Handling.Refuse, ["meeting_id", "external_id"])]),
        ("mediafile", [new(Handling.Number, ["title", "parent_id", "owner_id"]), new(Handling.Number, ["token"])]),
        ("meeting", [new(Handling.Refuse, ["external_id"])]),
        ("meeting_mediafile", [new(Handling.Refuse, ["meeting_id", "mediafile_id"])]),
        ("meeting_user", [new(Handling.Refuse, ["meeting_id", "user_id"])]),
        ("motion", [new(Handling.Refuse, ["meeting_id", "number"])]),
        ("motion_comment", [new(Handling.Merge, ["motion_id", "section_id"], ["comment"])]),
        ("motion_editor", [new(Handling.KeepLowestWeight, ["meeting_user_id", "motion_id"])]),
        ("motion_state", [new(Handling.Number, ["name", "workflow_id"])]),
        ("motion_submitter", [new(Handling.KeepLowestWeight, ["meeting_user_id", "motion_id"])]),
        ("motion_supporter", [new(Handling.KeepLowestId, ["meeting_user_id", "motion_id"])]),
        ("motion_working_group_speaker", [new(Handling.KeepLowestWeight, ["meeting_user_id", "motion_id"])]),
        ("option", [new(Handling.Refuse, ["content_object_id", "poll_id"])]),
        ("personal_note", [new(Handling.Merge, ["meeting_user_id", "content_object_id"], ["note", "star"])]),
        ("projector_countdown", [new(Handling.Number, ["title", "meeting_id"])]),
        ("structure_level", [new(Handling.Number, ["name", "meeting_id"])]),
        ("structure_level_list_of_speakers", [new(Handling.Refuse, ["meeting_id", "structure_level_id", "list_of_speakers_id"])]),
        ("user", [new(Handling.Refuse, ["username"]), new(Handling.Refuse, ["member_number"]), new(Handling.Refuse, ["saml_id"])]),
    ];

    // The lists a deleted model leaves, in upstream's order: field → the collections it may point to, with their list
    // field. An int points into the first (only) collection; a string is an fqid, whose collection picks the list.
    private static readonly Dictionary<string, (string Field, (string Collection, string ListField)[] Targets)[]> BackRelations =
        new(StringComparer.Ordinal)
        {
            ["motion_editor"] = MeetingUserRelations("editor"),
            ["motion_working_group_speaker"] = MeetingUserRelations("working_group_speaker"),
            ["motion_submitter"] = MeetingUserRelations("submitter"),
            ["motion_supporter"] = MeetingUserRelations("supporter"),
            ["motion_comment"] =
            [
                ("motion_id", [("motion", "comment_ids")]),
                ("section_id", [("motion_comment_section", "comment_ids")]),
                ("meeting_id", [("meeting", "motion_comment_ids")]),
            ],
            ["personal_note"] =
            [
                ("meeting_user_id", [("meeting_user", "personal_note_ids")]),
                ("content_object_id", [("motion", "personal_note_ids")]),
                ("meeting_id", [("meeting", "personal_note_ids")]),
            ],
        };

    private static (string Field, (string Collection, string ListField)[] Targets)[] MeetingUserRelations(string kind) =>
    [
        ("meeting_user_id", [("meeting_user", $"motion_{kind}_ids")]),
        ("motion_id", [("motion", $"{kind}_ids")]),
        ("meeting_id", [("meeting", $"motion_{kind}_ids")]),
    ];

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var events = new List<RequestEvent>();
        foreach (var (collection, tuples) in Rules)
        {
            var fields = MappedFieldsOf(collection, tuples);
            var duplicates = await FindDuplicatesAsync(collection, tuples, fields, errors, cancellationToken);
            for (var t = 0; t < tuples.Length; t++)
            {
                if (tuples[t].Handling == Handling.Refuse)
                {
                    errors.AddRange(duplicates[t].Select(group =>
                        Describe(collection, Sorted(group), tuples[t].Fields, group.Values) + " cannot be handled.\n"));
                }
            }

            if (errors.Count > 0)
            {
                continue;
            }

            var models = await GroupModelsAsync(collection, duplicates, fields, cancellationToken);
            var steps = new List<Step>();
            for (var t = 0; t < tuples.Length; t++)
            {
                var tuple = tuples[t];
                switch (tuple.Handling)
                {
                    case Handling.Number:
                        await NumberAsync(collection, tuple.Fields, duplicates[t], steps, errors, cancellationToken);
                        break;
                    case Handling.Merge:
                        Merge(collection, tuple, duplicates[t], models, steps, errors);
                        break;
                    case Handling.KeepLowestWeight:
                    case Handling.KeepLowestId:
                        KeepOne(collection, tuple, duplicates[t], models, steps);
                        break;
                }
            }

            var deleted = steps.SelectMany(s => s.Deleted).ToList();
            var live = await LiveBackModelsAsync(collection, deleted, models, cancellationToken);
            foreach (var step in steps)
            {
                events.AddRange(step.Updates);
                events.AddRange(DeleteEvents(collection, step.Deleted, models, live));
            }
        }

        if (errors.Count > 0)
        {
            throw new MigrationException(errors);
        }

        return events;
    }

    /// <summary>
    /// Per tuple, the groups of two or more live models, in the order upstream's set of them iterates (see
    /// <see cref="Ordered"/>). A model with a list or object among the values is reported in <paramref name="errors"/>.
    /// The collection is read once as upstream's <c>get_all</c> gives it (its order decides), a model at a time: of a
    /// model only the key of its values stays, so that memory follows the number of models, not their size.
    /// </summary>
    private async Task<List<Group>[]> FindDuplicatesAsync(
        string collection, UniqueTuple[] tuples, List<string> mappedFields, List<string> errors, CancellationToken cancellationToken)
    {
        // A value tuple seen once is kept as the id that has it; a group only for the tuples seen twice or more.
        var firsts = tuples.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        var groups = tuples.Select(_ => new Dictionary<string, Group>(StringComparer.Ordinal)).ToArray();
        var added = tuples.Select(_ => new List<Group>()).ToArray();
        await foreach (var (id, model) in Reader.StreamAllAsync(collection, mappedFields, cancellationToken))
        {
            // In memory, the models an earlier migration of the import deleted are still there, flagged.
            if (model[DatastoreKeys.MetaDeleted]?.GetValueKind() == JsonValueKind.True)
            {
                continue;
            }

            for (var t = 0; t < tuples.Length; t++)
            {
                var fields = tuples[t].Fields;
                if (ValuesOf(collection, fields, model) is not { } values)
                {
                    continue;
                }

                var unhashable = Array.FindIndex(values, v => v is JsonArray or JsonObject);
                if (unhashable >= 0)
                {
                    errors.Add($"For collection {collection}: Id {id}: Values for {FieldsRepr(fields)} cannot be checked for duplicates: "
                        + $"{fields[unhashable]} holds {(values[unhashable] is JsonArray ? "a list" : "an object")}.\n");
                    continue;
                }

                var key = Key(values);
                if (groups[t].TryGetValue(key, out var group))
                {
                    group.Ids.Add(id);
                    continue;
                }

                if (!firsts[t].Remove(key, out var firstId))
                {
                    firsts[t][key] = id;
                    continue;
                }

                // Copies: the model is let go once read.
                group = new Group(firstId) { Values = [.. values.Select(v => v?.DeepClone())], Integers = PythonInts(values) };
                group.Ids.Add(id);
                groups[t][key] = group;
                added[t].Add(group);
            }
        }

        return [.. added.Select(Ordered)];
    }

    /// <summary>
    /// The models of the groups (the only ones the handling reads), read again with the same fields: nothing is
    /// written while the migration reads, so they are as the first read saw them.
    /// </summary>
    private async Task<Dictionary<int, JsonObject>> GroupModelsAsync(
        string collection, List<Group>[] duplicates, List<string> mappedFields, CancellationToken cancellationToken)
    {
        var ids = duplicates.SelectMany(groups => groups).SelectMany(group => group.Ids).Distinct().Order().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var read = await Reader.GetManyAsync([new GetManyRequestPart(collection, ids, mappedFields)], cancellationToken);
        return read.GetValueOrDefault(collection) ?? [];
    }

    /// <summary>The tuple's values, or null if one is missing (None), except a missing <c>mediafile/parent_id</c>.</summary>
    private static JsonNode?[]? ValuesOf(string collection, string[] fields, JsonObject model)
    {
        var values = new JsonNode?[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var value = model[fields[i]];
            if (IsNone(value))
            {
                if (collection != "mediafile" || fields[i] != "parent_id")
                {
                    return null;
                }

                value = null;
            }

            values[i] = value;
        }

        return values;
    }

    /// <summary>
    /// Upstream iterates a set of the value tuples, filled in read order. For tuples of ints that order is fixed, and
    /// <c>CPythonSetOrder</c> gives it; with any other value it changes from run to run, so the lowest id decides.
    /// </summary>
    private static List<Group> Ordered(List<Group> added) =>
        added.TrueForAll(g => g.Integers is not null)
            ? CPythonSetOrder(added.Select(g => (TupleHash(g.Integers!), g)))
            : [.. added.OrderBy(g => g.Ids.Min())];

    private async Task NumberAsync(string collection, string[] fields, List<Group> duplicates, List<Step> steps, List<string> errors, CancellationToken cancellationToken)
    {
        var field = fields[0];
        var exchanged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in duplicates)
        {
            var ids = Sorted(group);
            if (group.Values[0] is not JsonValue name || name.GetValueKind() != JsonValueKind.String)
            {
                errors.Add(Describe(collection, ids, fields, group.Values) + " cannot be handled.\n");
                continue;
            }

            var text = name.GetValue<string>();
            var exchange = new List<string>();
            for (var counter = 2; exchange.Count < ids.Count - 1; counter++)
            {
                var candidate = text + " (" + counter.ToString(CultureInfo.InvariantCulture) + ")";
                if (!exchanged.Contains(candidate) && !await IsTakenAsync(collection, fields, candidate, group.Values, cancellationToken))
                {
                    exchange.Add(candidate);
                    exchanged.Add(candidate);
                }
            }

            var updates = new List<RequestEvent>();
            for (var i = 1; i < ids.Count; i++)
            {
                updates.Add(new UpdateRequestEvent(DatastoreKeys.Fqid(collection, ids[i]), new JsonObject { [field] = exchange[i - 1] }));
            }

            steps.Add(new Step(updates, []));
            Progress($"For collection {collection}: Updating ids {IdsRepr(ids.Skip(1))}: Duplicate values for {FieldsRepr(fields)} "
                + $"(values: {ValuesRepr(group.Values)}): Appending numbers to {field}...");
        }
    }

    /// <summary>True if a live model of the scope has the candidate already (upstream's filter, one per candidate).</summary>
    private async Task<bool> IsTakenAsync(string collection, string[] fields, string candidate, JsonNode?[] values, CancellationToken cancellationToken)
    {
        var filters = new List<Filter>
        {
            new FilterOperator(DatastoreKeys.MetaDeleted, "=", false),
            new FilterOperator(fields[0], "=", candidate),
        };
        for (var i = 1; i < fields.Length; i++)
        {
            filters.Add(new FilterOperator(fields[i], "=", values[i]?.DeepClone()));
        }

        return (await Reader.FilterAsync(collection, new And(filters), ["id"], cancellationToken)).Count > 0;
    }

    private void Merge(string collection, UniqueTuple tuple, List<Group> duplicates, Dictionary<int, JsonObject> models, List<Step> steps, List<string> errors)
    {
        foreach (var group in duplicates)
        {
            var ids = Sorted(group);
            var data = new JsonObject();
            string? unmergeable = null;
            foreach (var field in tuple.MergedFields!)
            {
                var present = ids.Select(id => models[id][field]).Where(v => !IsNone(v)).Select(v => v!).ToList();
                if (present.Count == 1)
                {
                    data[field] = present[0].DeepClone();
                }
                else if (present.Count > 1)
                {
                    var first = present[0].GetValueKind();
                    if (first is JsonValueKind.True or JsonValueKind.False)
                    {
                        // Python's any() of the values; written only if it differs from the first model's.
                        var any = present.Exists(PythonTruth.IsTruthy);
                        if (any != (first == JsonValueKind.True))
                        {
                            data[field] = any;
                        }
                    }
                    else if (present.TrueForAll(v => v.GetValueKind() == JsonValueKind.String))
                    {
                        data[field] = string.Join("\n", present.Select(v => v.GetValue<string>()));
                    }
                    else
                    {
                        unmergeable = field;
                        break;
                    }
                }
            }

            if (unmergeable is not null)
            {
                errors.Add(Describe(collection, ids, tuple.Fields, group.Values) + $" cannot be handled: the values of {unmergeable} cannot be merged.\n");
                continue;
            }

            var updates = new List<RequestEvent>();
            if (data.Count > 0)
            {
                updates.Add(new UpdateRequestEvent(DatastoreKeys.Fqid(collection, ids[0]), data));
            }

            steps.Add(new Step(updates, [.. ids.Skip(1)]));
            Progress(Describe(collection, ids, tuple.Fields, group.Values) + $": Merging all into id {ids[0].ToString(CultureInfo.InvariantCulture)}...");
        }
    }

    private void KeepOne(string collection, UniqueTuple tuple, List<Group> duplicates, Dictionary<int, JsonObject> models, List<Step> steps)
    {
        foreach (var group in duplicates)
        {
            var ids = Sorted(group);
            // A stable sort of the ids in ascending order: equal weights keep the lowest id first.
            var kept = tuple.Handling == Handling.KeepLowestWeight ? ids.OrderBy(id => WeightOf(models[id])).ToList() : ids;
            var deleted = kept.Skip(1).ToList();
            steps.Add(new Step([], deleted));
            Progress(Describe(collection, ids, tuple.Fields, group.Values) + $": Deleting ids {IdsRepr(deleted)}...");
        }
    }

    /// <summary>A weight as Python compares it (a boolean is 0 or 1); missing, null or not a number: 9999999.</summary>
    private static double WeightOf(JsonObject model) => model["weight"] is JsonValue weight
        ? weight.GetValueKind() switch
        {
            JsonValueKind.Number => double.Parse(weight.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
            JsonValueKind.True => 1,
            JsonValueKind.False => 0,
            _ => MissingWeight,
        }
        : MissingWeight;

    /// <summary>
    /// The models the deleted ones point to that exist and are live, the only ones whose lists can be updated (in memory
    /// a deleted model is still there, flagged).
    /// </summary>
    private async Task<HashSet<string>> LiveBackModelsAsync(string collection, List<int> deleted, Dictionary<int, JsonObject> models, CancellationToken cancellationToken)
    {
        var live = new HashSet<string>(StringComparer.Ordinal);
        var wanted = deleted.SelectMany(id => BackReferences(collection, models[id]).Select(r => r.Fqid)).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return live;
        }

        var parts = wanted.GroupBy(DatastoreKeys.CollectionOf, StringComparer.Ordinal)
            .Select(g => new GetManyRequestPart(g.Key, [.. g.Select(DatastoreKeys.IdOf)], [DatastoreKeys.MetaDeleted]))
            .ToList();
        foreach (var (backCollection, byId) in await Reader.GetManyAsync(parts, cancellationToken))
        {
            foreach (var (id, model) in byId)
            {
                if (model[DatastoreKeys.MetaDeleted]?.GetValueKind() != JsonValueKind.True)
                {
                    live.Add(DatastoreKeys.Fqid(backCollection, id));
                }
            }
        }

        return live;
    }

    /// <summary>Per deleted model: the removals from the lists of the live models it points to, then its deletion.</summary>
    private static IEnumerable<RequestEvent> DeleteEvents(string collection, List<int> ids, Dictionary<int, JsonObject> models, HashSet<string> live)
    {
        foreach (var id in ids)
        {
            foreach (var (fqid, listField) in BackReferences(collection, models[id]))
            {
                if (live.Contains(fqid))
                {
                    yield return new UpdateRequestEvent(fqid, null, removeFromLists: new JsonObject { [listField] = JsonIds.Array([id]) });
                }
            }

            yield return new DeleteRequestEvent(DatastoreKeys.Fqid(collection, id));
        }
    }

    /// <summary>
    /// The models a model points to through its back relations, with the list that holds it there: for each truthy
    /// value (upstream's <c>if back_id := model.get(field)</c>), an int id into the relation's collection, or an fqid
    /// of one of its collections. Anything else is not followed (upstream would build a broken fqid or fail).
    /// </summary>
    private static IEnumerable<(string Fqid, string ListField)> BackReferences(string collection, JsonObject model)
    {
        if (!BackRelations.TryGetValue(collection, out var relations))
        {
            yield break;
        }

        foreach (var (field, targets) in relations)
        {
            var value = model[field];
            if (!PythonTruth.IsTruthy(value))
            {
                continue;
            }

            if (JsonIds.TryInteger(value, out var backId))
            {
                if (backId > 0)
                {
                    yield return (DatastoreKeys.Fqid(targets[0].Collection, backId), targets[0].ListField);
                }
            }
            else if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String && text.GetValue<string>() is var fqid
                && DatastoreKeys.IsFqid(fqid) && DatastoreKeys.StorageProblem(fqid) is null)
            {
                var backCollection = DatastoreKeys.CollectionOf(fqid);
                foreach (var target in targets)
                {
                    if (target.Collection == backCollection)
                    {
                        yield return (fqid, target.ListField);
                    }
                }
            }
        }
    }

    /// <summary>The fields read: the tuples', the merged ones, the back relations', the weight, and the deleted flag.</summary>
    private static List<string> MappedFieldsOf(string collection, UniqueTuple[] tuples)
    {
        var fields = new List<string> { DatastoreKeys.MetaDeleted };
        foreach (var tuple in tuples)
        {
            fields.AddRange(tuple.Fields);
            fields.AddRange(tuple.MergedFields ?? []);
            if (tuple.Handling == Handling.KeepLowestWeight)
            {
                fields.Add("weight");
            }
        }

        if (BackRelations.TryGetValue(collection, out var relations))
        {
            fields.AddRange(relations.Select(r => r.Field));
        }

        return [.. fields.Distinct(StringComparer.Ordinal)];
    }

    // NEEDS: ModelMigration.Logger, the engine's MigrationLogger (see the report): upstream prints these lines to stdout.
    private void Progress(string line) => Logger.Info(line);

    private static List<int> Sorted(Group group) => [.. group.Ids.Order()];

    private static bool IsNone(JsonNode? node) => node is null || node.GetValueKind() == JsonValueKind.Null;

    // ---- Python's equality and hashing of the values ----

    /// <summary>A key equal for two value tuples exactly when Python's tuples are equal.</summary>
    private static string Key(JsonNode?[] values)
    {
        var key = new StringBuilder();
        foreach (var value in values)
        {
            var part = KeyPart(value);
            key.Append(part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part);
        }

        return key.ToString();
    }

    /// <summary>None; a number by its value (ints, bools and integral floats alike, as Python compares them); a string.</summary>
    private static string KeyPart(JsonNode? value)
    {
        if (value is null)
        {
            return "N";
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.True:
                return "n1";
            case JsonValueKind.False:
                return "n0";
            case JsonValueKind.String:
                return "s" + value.GetValue<string>();
        }

        var text = value.ToJsonString();
        if (IsIntegerText(text))
        {
            return "n" + BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }

        var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(number) && Math.Floor(number) == number
            ? "n" + new BigInteger(number).ToString(CultureInfo.InvariantCulture)
            : "f" + number.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>A JSON number written without fraction or exponent, which Python's <c>json</c> reads as an int.</summary>
    private static bool IsIntegerText(string text) => text.AsSpan().IndexOfAny('.', 'e', 'E') < 0;

    /// <summary>The values as Python ints (a bool is 0 or 1) if they all are and fit a long, else null.</summary>
    private static long[]? PythonInts(JsonNode?[] values)
    {
        var result = new long[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            switch (values[i]?.GetValueKind())
            {
                case JsonValueKind.True:
                    result[i] = 1;
                    break;
                case JsonValueKind.False:
                    result[i] = 0;
                    break;
                case JsonValueKind.Number when values[i]!.ToJsonString() is var text && IsIntegerText(text)
                    && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number != long.MinValue:
                    result[i] = number;
                    break;
                default:
                    return null;
            }
        }

        return result;
    }

    /// <summary>CPython's <c>hash(tuple)</c> of ints (Objects/tupleobject.c, xxHash-based, 64-bit).</summary>
    private static ulong TupleHash(long[] items)
    {
        const ulong Prime1 = 11400714785074694791UL;
        const ulong Prime2 = 14029467366897019727UL;
        const ulong Prime5 = 2870177450012600261UL;
        var acc = Prime5;
        foreach (var item in items)
        {
            var lane = unchecked((ulong)IntHash(item));
            acc = unchecked(acc + (lane * Prime2));
            acc = BitOperations.RotateLeft(acc, 31);
            acc = unchecked(acc * Prime1);
        }

        acc = unchecked(acc + ((ulong)items.Length ^ (Prime5 ^ 3527539UL)));
        return acc == ulong.MaxValue ? 1546275796UL : acc;
    }

    /// <summary>CPython's <c>hash(int)</c>: the value modulo 2**61 - 1, keeping the sign; -1 becomes -2.</summary>
    private static long IntHash(long value)
    {
        const long Modulus = (1L << 61) - 1;
        var hash = value < 0 ? -(-value % Modulus) : value % Modulus;
        return hash == -1 ? -2 : hash;
    }

    /// <summary>
    /// The order in which CPython iterates a set built by adding these distinct elements one by one
    /// (Objects/setobject.c; the same algorithm as <see cref="PythonIntSet"/>'s, for any hash): a table of 8 slots,
    /// each element in the first free slot of its probe path (runs of 10 neighbouring slots, then
    /// <c>i = i * 5 + 1 + (perturb >>= 5)</c>), the table rebuilt in slot order when three fifths are filled; then the
    /// slots in order. Without removals and without equal elements, adding is the clean insertion.
    /// </summary>
    private static List<T> CPythonSetOrder<T>(IEnumerable<(ulong Hash, T Item)> elements)
        where T : class
    {
        var table = new (ulong Hash, T? Item)[8];
        var used = 0;
        foreach (var (hash, item) in elements)
        {
            InsertClean(table, hash, item);
            used++;
            if ((long)used * 5 >= (long)(table.Length - 1) * 3)
            {
                var minUsed = used > 50000 ? (long)used * 2 : (long)used * 4;
                var size = 8L;
                while (size <= minUsed)
                {
                    size <<= 1;
                }

                var old = table;
                table = new (ulong Hash, T? Item)[size];
                foreach (var (oldHash, oldItem) in old)
                {
                    if (oldItem is not null)
                    {
                        InsertClean(table, oldHash, oldItem);
                    }
                }
            }
        }

        return [.. table.Where(e => e.Item is not null).Select(e => e.Item!)];
    }

    private static void InsertClean<T>((ulong Hash, T? Item)[] table, ulong hash, T item)
        where T : class
    {
        const ulong LinearProbes = 9;
        var mask = (ulong)table.Length - 1;
        var perturb = hash;
        var i = hash & mask;
        while (true)
        {
            var last = i + LinearProbes <= mask ? i + LinearProbes : i;
            for (var slot = i; slot <= last; slot++)
            {
                if (table[slot].Item is null)
                {
                    table[slot] = (hash, item);
                    return;
                }
            }

            perturb >>= 5;
            i = unchecked((i * 5) + 1 + perturb) & mask;
        }
    }

    // ---- Python's repr, as upstream's f-strings print the lists, tuples and values ----

    private static string Describe(string collection, List<int> ids, string[] fields, JsonNode?[] values) =>
        $"For collection {collection}: Ids {IdsRepr(ids)}: Duplicate values for {FieldsRepr(fields)} (values: {ValuesRepr(values)})";

    private static string IdsRepr(IEnumerable<int> ids) =>
        "[" + string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]";

    private static string FieldsRepr(string[] fields) => PythonRepr.Tuple(fields);

    private static string ValuesRepr(JsonNode?[] values) => PythonRepr.Tuple(values);
}
