using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0049;

/// <summary>
/// Turns the structure level names into <c>structure_level</c> models. Every user loses
/// <c>default_structure_level</c> (whatever its value). A meeting user's level name is its truthy
/// <c>structure_level</c> (which it then loses), else its user's truthy <c>default_structure_level</c>; per meeting
/// and name one <c>structure_level</c> is created (<c>id</c>, <c>name</c>, <c>meeting_id</c>,
/// <c>meeting_user_ids</c>), with ids from 1 in the order the names are first met, and the meeting user gets
/// <c>structure_level_ids: [id]</c>; each meeting gets <c>structure_level_ids</c> with its levels' ids. The position
/// holds the creations first, then the user, meeting user and meeting updates, as upstream's.
/// <para>Kept from upstream: the ids ignore existing structure levels and follow the read order (the database's
/// physical order, the import's order in memory); every meeting that has a meeting user gets
/// <c>structure_level_ids</c>, an empty list if none of its meeting users has a level; a meeting user whose
/// <c>structure_level</c> is set but falsy (<c>""</c>) keeps that field when it takes the default (0052 removes it);
/// a meeting user pointing at a missing meeting makes the writer fail.</para>
/// <para>Where upstream would crash, this port does not (deliberate): a meeting user without <c>meeting_id</c>
/// (KeyError) or with a null one (upstream would fail on the fqid <c>meeting/None</c>) is passed over, nothing is
/// created or changed for it; one without <c>user_id</c> (KeyError) has no default level. Names and meeting ids
/// are told apart as Python's dict keys would be, by JSON value (1 and "1" differ, as in Python; only Python's
/// <c>1 == True == 1.0</c> is not reproduced).</para>
/// </summary>
[TargetMigrationIndex(50)]
public sealed class Migration : ModelMigration
{
    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var events = new List<RequestEvent>();
        var defaults = new Dictionary<int, JsonNode?>();
        await foreach (var (id, user) in Reader.StreamAllAsync("user", cancellationToken: cancellationToken))
        {
            if (user.TryGetPropertyValue("default_structure_level", out var level))
            {
                defaults[id] = level;
                events.Add(new UpdateRequestEvent(DatastoreKeys.Fqid("user", id), new JsonObject { ["default_structure_level"] = null }));
            }
        }

        // Per meeting (in the order first met), per name (likewise): the level's id and its meeting users.
        var meetings = new OrderedDictionary<string, Meeting>(StringComparer.Ordinal);
        var nextId = 1;
        await foreach (var (id, meetingUser) in Reader.StreamAllAsync("meeting_user", cancellationToken: cancellationToken))
        {
            var meetingId = meetingUser["meeting_id"];
            if (meetingId is null)
            {
                continue;
            }

            var meetingKey = meetingId.ToJsonString();
            if (!meetings.TryGetValue(meetingKey, out var meeting))
            {
                meeting = new Meeting(meetingId.DeepClone(), new OrderedDictionary<string, Level>(StringComparer.Ordinal));
                meetings.Add(meetingKey, meeting);
            }

            var update = new JsonObject();
            var name = meetingUser["structure_level"];
            if (PythonTruth.IsTruthy(name))
            {
                update["structure_level"] = null;
            }
            else if (!(JsonIds.Integer(meetingUser["user_id"]) is { } userId && defaults.TryGetValue(userId, out name) && PythonTruth.IsTruthy(name)))
            {
                continue;
            }

            var nameKey = name!.ToJsonString();
            if (!meeting.Levels.TryGetValue(nameKey, out var level))
            {
                level = new Level(nextId++, name.DeepClone(), []);
                meeting.Levels.Add(nameKey, level);
            }

            update["structure_level_ids"] = new JsonArray(level.Id);
            level.MeetingUserIds.Add(id);
            events.Add(new UpdateRequestEvent(DatastoreKeys.Fqid("meeting_user", id), update));
        }

        var creates = new List<RequestEvent>();
        foreach (var meeting in meetings.Values)
        {
            foreach (var level in meeting.Levels.Values)
            {
                creates.Add(new CreateRequestEvent(DatastoreKeys.Fqid("structure_level", level.Id), new JsonObject
                {
                    ["id"] = level.Id,
                    ["name"] = level.Name.DeepClone(),
                    ["meeting_id"] = meeting.Id.DeepClone(),
                    ["meeting_user_ids"] = JsonIds.Array(level.MeetingUserIds),
                }));
            }

            events.Add(new UpdateRequestEvent("meeting/" + JsonIds.Text(meeting.Id), new JsonObject
            {
                ["structure_level_ids"] = JsonIds.Array(meeting.Levels.Values.Select(l => l.Id)),
            }));
        }

        creates.AddRange(events);
        return creates;
    }


    private sealed record Meeting(JsonNode Id, OrderedDictionary<string, Level> Levels);

    private sealed record Level(int Id, JsonNode Name, List<int> MeetingUserIds);
}
