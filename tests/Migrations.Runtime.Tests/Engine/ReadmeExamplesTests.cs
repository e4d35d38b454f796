using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;
using Migrations.Runtime.Events;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.Runtime.Tests.Engine;

/// <summary>The README's authoring examples, compiled and run, so the documentation stays true.</summary>
public class ReadmeExamplesTests(DatabaseFixture database) : EngineTest(database)
{
    private sealed class ActivateMeetings : EventMigration
    {
        private readonly HashSet<int> _added = [];

        protected override void PositionInit() => _added.Clear();

        protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent e)
        {
            if (e is CreateEvent create && e.Collection == "meeting")
            {
                create.Data["is_active_in_organization_id"] = 1;
                _added.Add(e.Id);
                return [create];
            }

            return null;
        }

        protected override IReadOnlyList<DatastoreEvent>? GetAdditionalEvents() =>
            _added.Count == 0 || !WillExist("organization/1") ? null :
            [new ListUpdateEvent("organization/1",
                new JsonObject { ["active_meeting_ids"] = new JsonArray([.. _added.Select(id => (JsonNode)id)]) }, null)];
    }

    private sealed class RenameGuest : ModelMigration
    {
        protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken ct)
        {
            var users = await Reader.FilterAsync("user",
                new And(new FilterOperator("guest", "!=", null), new FilterOperator("meta_deleted", "!=", true)), ["guest"], ct);
            return [.. users.Select(u => (RequestEvent)new UpdateRequestEvent($"user/{u.Key}",
                new JsonObject { ["guest"] = null, ["external"] = u.Value["guest"]!.DeepClone() }))];
        }
    }

    private sealed class LimitOfMeetings() : AddFieldMigration("organization", "limit_of_meetings", 0);

    [Fact]
    public async Task The_readme_migrations_do_what_the_readme_says()
    {
        await Write(
            """{"type": "create", "fqid": "meeting/1", "fields": {}}""",
            """{"type": "create", "fqid": "organization/1", "fields": {}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {}}""",
            """{"type": "create", "fqid": "user/1", "fields": {"guest": true}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"guest": false}}""",
            """{"type": "create", "fqid": "user/3", "fields": {"guest": false}}""");
        await Write("""{"type": "delete", "fqid": "user/3"}""");
        await SetMigrationIndexTo1();
        await Handler(
            new MigrationDescriptor(2, "0001_activate_meetings", MigrationKind.Event, () => new ActivateMeetings()),
            new MigrationDescriptor(3, "0002_limit_of_meetings", MigrationKind.Event, () => new LimitOfMeetings()),
            new MigrationDescriptor(4, "0003_rename_guest", MigrationKind.Model, () => new RenameGuest())).FinalizeAsync();
        await AssertFinalized(4);
        await AssertModel("organization/1", """{"active_meeting_ids": [1, 2], "limit_of_meetings": 0, "meta_deleted": false, "meta_position": 1}""");
        await AssertModel("meeting/2", """{"is_active_in_organization_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertModel("user/1", """{"external": true, "meta_deleted": false, "meta_position": 3}""");
        await AssertModel("user/2", """{"external": false, "meta_deleted": false, "meta_position": 3}""");
        await AssertModel("user/3", """{"guest": false, "meta_deleted": true, "meta_position": 2}""");
    }
}
