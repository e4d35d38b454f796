using System.Globalization;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;
using Migrations.Shared;

namespace Migrations.M0012;

/// <summary>
/// Turns <c>user/committee_$_management_level</c> into a relation: a user's
/// <c>committee_$&lt;committee&gt;_management_level: ["can_manage"]</c> fields become
/// <c>committee_$can_manage_management_level: [committee ids]</c> with the counterpart
/// <c>committee/user_$can_manage_management_level</c>, and the calculated <c>user/committee_ids</c> ↔
/// <c>committee/user_ids</c> (committees of the user's meetings plus the managed ones) is rebuilt from the user events.
/// <para>
/// The user events are rewritten in <see cref="MigrateEvent"/>, remembering each user as it was before the event;
/// the relation updates are computed at the end of the position, when the meetings the user's groups point to are
/// known (they may be created later in the same position).
/// </para>
/// <para>
/// The committee lists follow CPython's set order, as upstream's sets (<see cref="PythonIntSet"/>): the committees of a
/// user's meetings, their differences, and the pending add and remove lists of each user and committee.
/// </para>
/// <para>
/// Deliberate difference: each event is compared with the user as it was right before that event. Upstream's "before"
/// user is the keyframe's live model wherever the keyframe holds one (in the datastore's first position for every
/// event; in a later position, when 0012 is not the last migration of the run, for every event on a user after its
/// first one there, or all of them if that position created the user): the position's later events change it, so
/// such an update is compared with the user as the whole position leaves it and its committee changes are lost.
/// </para>
/// </summary>
[TargetMigrationIndex(13)]
public sealed class Migration : EventMigration
{
    private const string Permission = "can_manage";
    private const string UserTemplateField = "committee_$_management_level";
    private const string UserManagedField = "committee_$can_manage_management_level";
    private const string CommitteeManagersField = "user_$can_manage_management_level";
    private const string CommitteeTemplateField = "user_$_management_level";
    private const string GroupIdsField = "group_$_ids";

    private readonly AddRemove _userCommitteeIds = new();
    private readonly AddRemove _committeeUserIds = new();
    // Of each user event, only what the end of the position needs: a position may create hundreds of thousands of
    // users (an import), and keeping their events and earlier states would hold them all as objects.
    private readonly List<UserEvent> _userEvents = [];

    // The committee of each meeting, read once per position's additional events (nothing is applied while they are
    // computed): a meeting with thousands of users is not parsed again for every user.
    private readonly Dictionary<int, int?> _committeeOfMeeting = [];

    protected override void PositionInit()
    {
        _userCommitteeIds.Clear();
        _committeeUserIds.Clear();
        _userEvents.Clear();
    }

    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        if (@event.Collection != "user" || @event is ListUpdateEvent or DeleteFieldsEvent)
        {
            return null;
        }

        var userBefore = @event is CreateEvent ? null : NewAccessor.GetModelIgnoreDeleted(@event.Fqid).Model;
        var result = Rewrite(@event);
        _userEvents.Add(UserEvent.Of(@event, userBefore));
        return result;
    }

    private static List<DatastoreEvent>? Rewrite(DatastoreEvent @event)
    {
        if (@event is not ModelEvent model)
        {
            return null;
        }

        var managed = Ids(model.Data[UserTemplateField]);
        if (managed.Count == 0)
        {
            return null;
        }

        foreach (var committee in managed)
        {
            model.Data.Remove($"committee_${committee.ToString(CultureInfo.InvariantCulture)}_management_level");
        }

        model.Data[UserTemplateField] = new JsonArray(Permission);
        model.Data[UserManagedField] = JsonIds.Array(managed);
        return [model];
    }

    // One event per user of the position and more (an import creates hundreds of thousands): streamed, so that the
    // engine keeps them as bytes as they come.
    protected override IEnumerable<DatastoreEvent> StreamAdditionalEvents()
    {
        _committeeOfMeeting.Clear();
        var events = new List<DatastoreEvent>();
        foreach (var @event in _userEvents)
        {
            events.Clear();
            switch (@event.Type)
            {
                case EventType.Create:
                    OnCreate(@event, events);
                    break;
                case EventType.Delete:
                    OnDeleteOrRestore(@event, add: false, events);
                    break;
                case EventType.Restore:
                    OnDeleteOrRestore(@event, add: true, events);
                    break;
                case EventType.Update:
                    OnUpdate(@event, events);
                    break;
            }

            foreach (var produced in events)
            {
                yield return produced;
            }
        }

        // Upstream appends one list update per touched user and committee, even when the changes cancelled out.
        foreach (var (user, changes) in _userCommitteeIds.Entries)
        {
            yield return changes.ToEvent($"user/{user}", "committee_ids");
        }

        foreach (var (committee, changes) in _committeeUserIds.Entries)
        {
            yield return changes.ToEvent($"committee/{committee}", "user_ids");
        }
    }

    private void OnCreate(UserEvent create, List<DatastoreEvent> events)
    {
        var user = create.User;
        var managed = create.Managed.Get();
        var committees = CommitteesOfMeetings(create.Groups.Get());
        committees.UnionWith(managed);
        _userCommitteeIds.Change([user], committees, add: true);
        _committeeUserIds.Change(committees, [user], add: true);
        foreach (var committee in managed)
        {
            events.Add(AddManager(committee, user));
        }
    }

    private void OnDeleteOrRestore(UserEvent @event, bool add, List<DatastoreEvent> events)
    {
        var user = @event.User;
        var managed = @event.ManagedBefore.Get();
        var committees = CommitteesOfMeetings(@event.GroupsBefore.Get());
        committees.UnionWith(managed);

        // The user's own list is left alone: a deleted user cannot be updated.
        _committeeUserIds.Change(committees, [user], add);
        foreach (var committee in managed)
        {
            events.Add(add ? ListUpdates.Adding($"committee/{committee}", CommitteeManagersField, user) : RemoveManager(committee, user));
        }
    }

    private void OnUpdate(UserEvent update, List<DatastoreEvent> events)
    {
        var user = update.User;
        var oldCommittees = CommitteesOfMeetings(update.GroupsBefore.Get());
        var newCommittees = update.HasGroups ? CommitteesOfMeetings(update.Groups.Get()) : oldCommittees.Copy();
        var oldManaged = update.ManagedBefore.Get();
        var newManaged = update.HasManaged ? update.Managed.Get() : oldManaged;
        newCommittees.UnionWith(newManaged);
        oldCommittees.UnionWith(oldManaged);

        var added = newCommittees.Difference(oldCommittees);
        var removed = oldCommittees.Difference(newCommittees);
        if (added.Count > 0)
        {
            _userCommitteeIds.Change([user], added, add: true);
            _committeeUserIds.Change(added, [user], add: true);
        }

        if (removed.Count > 0)
        {
            _userCommitteeIds.Change([user], removed, add: false);
            _committeeUserIds.Change(removed, [user], add: false);
        }

        if (newManaged.Count == 0)
        {
            return;
        }

        foreach (var committee in new PythonIntSet(newManaged).Difference(new PythonIntSet(oldManaged)))
        {
            events.Add(AddManager(committee, user));
        }

        foreach (var committee in new PythonIntSet(oldManaged).Difference(new PythonIntSet(newManaged)))
        {
            events.Add(RemoveManager(committee, user));
        }
    }

    /// <summary>
    /// The committees of the given meetings, as the new accessor knows them (deleted meetings included), added in the
    /// meetings' order as upstream's set comprehension adds them.
    /// </summary>
    private PythonIntSet CommitteesOfMeetings(List<int> meetings)
    {
        var committees = new PythonIntSet();
        foreach (var meeting in meetings)
        {
            if (!_committeeOfMeeting.TryGetValue(meeting, out var committee))
            {
                _committeeOfMeeting[meeting] = committee =
                    NewAccessor.GetModelIgnoreDeleted($"meeting/{meeting}").Model["committee_id"] is JsonValue value
                        ? ToInt(value, $"meeting/{meeting}/committee_id")
                        : null;
            }

            if (committee is { } id)
            {
                committees.Add(id);
            }
        }

        return committees;
    }

    private static ListUpdateEvent AddManager(int committee, int user) => new(
        $"committee/{committee}",
        new JsonObject { [CommitteeManagersField] = new JsonArray(user), [CommitteeTemplateField] = new JsonArray(Permission) },
        null);

    private static ListUpdateEvent RemoveManager(int committee, int user) => ListUpdates.Removing($"committee/{committee}", CommitteeManagersField, user);

    /// <summary>A list of ids given as numbers or as numeric strings (template replacements); missing is empty.</summary>
    private static List<int> Ids(JsonNode? node)
    {
        var ids = new List<int>();
        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                ids.Add(item is JsonValue value ? ToInt(value, "a list of ids") : throw new FormatException($"{item?.ToJsonString() ?? "null"} in a list of ids is not an id"));
            }
        }
        else if (node is not null)
        {
            throw new FormatException($"{node.ToJsonString()} is not a list of ids");
        }

        return ids;
    }

    private static int ToInt(JsonValue value, string where) =>
        value.TryGetValue<int>(out var number) ? number
        : value.TryGetValue<string>(out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out number) ? number
        : throw new FormatException($"{value.ToJsonString()} in {where} is not an id");

    /// <summary>
    /// A list of ids as the end of the position reads it: as ints where the value is one (an import has one per user),
    /// else a copy of the value, which <see cref="Ids"/> refuses when it is read, as upstream's would at that point.
    /// </summary>
    private readonly record struct CapturedIds(int[]? Parsed, JsonNode? Unparsed)
    {
        public static CapturedIds Of(JsonNode? node)
        {
            try
            {
                var ids = Ids(node);
                return new(ids.Count == 0 ? [] : [.. ids], null);
            }
            catch (FormatException)
            {
                return new(null, node?.DeepClone());
            }
        }

        public List<int> Get() => Parsed is not null ? [.. Parsed] : Ids(Unparsed);
    }

    /// <summary>
    /// A user event as the end of the position reads it: its type and user, the group and managed-committee fields it
    /// sets (after <see cref="Rewrite"/>; "Has" tells whether it sets them) and the user's before it (not for a create).
    /// The values are copies, so that neither the event nor the earlier user stays alive through them.
    /// </summary>
    private sealed record UserEvent(
        EventType Type, int User, bool HasGroups, CapturedIds Groups, bool HasManaged, CapturedIds Managed, CapturedIds GroupsBefore, CapturedIds ManagedBefore)
    {
        public static UserEvent Of(DatastoreEvent @event, JsonObject? userBefore)
        {
            var data = (@event as ModelEvent)?.Data;
            JsonNode? groups = null;
            JsonNode? managed = null;
            var hasGroups = data is not null && data.TryGetPropertyValue(GroupIdsField, out groups);
            var hasManaged = data is not null && data.TryGetPropertyValue(UserManagedField, out managed);
            return new(
                @event.Type, @event.Id, hasGroups, CapturedIds.Of(groups), hasManaged, CapturedIds.Of(managed),
                CapturedIds.Of(userBefore?[GroupIdsField]), CapturedIds.Of(userBefore?[UserManagedField]));
        }
    }

    /// <summary>Per key (in the order first touched), the pending changes of its list.</summary>
    private sealed class AddRemove
    {
        private readonly List<int> _order = [];
        private readonly Dictionary<int, PendingListChange> _changes = [];

        public IEnumerable<(int Key, PendingListChange Changes)> Entries => _order.Select(key => (key, _changes[key]));

        public void Clear()
        {
            _order.Clear();
            _changes.Clear();
        }

        public void Change(IEnumerable<int> keys, IEnumerable<int> values, bool add)
        {
            foreach (var key in keys)
            {
                foreach (var value in values)
                {
                    // A key is touched by its first value, so a change without values leaves no event behind.
                    if (!_changes.TryGetValue(key, out var changes))
                    {
                        _changes[key] = changes = new PendingListChange();
                        _order.Add(key);
                    }

                    if (add)
                    {
                        changes.Add(value);
                    }
                    else
                    {
                        changes.Remove(value);
                    }
                }
            }
        }
    }
}
