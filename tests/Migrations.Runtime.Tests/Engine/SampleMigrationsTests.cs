using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keys;

namespace Migrations.Runtime.Tests.Engine;

/// <summary>Upstream's test_sample_migrations.</summary>
public class SampleMigrationsTests(DatabaseFixture database) : EngineTest(database)
{
    [Fact]
    public async Task Move_every_id_up_by_one()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": [1]}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": [2]}}""", """{"type": "create", "fqid": "a/2", "fields": {"f": 42}}""");
        await Write("""{"type": "update", "fqid": "a/1", "list_fields": {"add": {"f": [3]}}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": null}}""");
        await Write("""{"type": "delete", "fqid": "a/1"}""");
        await Write("""{"type": "restore", "fqid": "a/1"}""");
        await SetMigrationIndexTo1();
        await Handler(TestMigrations.Event(e =>
        {
            e.Fqid = DatastoreKeys.Fqid(e.Collection, e.Id + 1);
            return [e];
        })).FinalizeAsync();
        await AssertFinalized();
        await AssertModel("a/2", """{"f": [1], "meta_deleted": false, "meta_position": 1}""", position: 1);
        await AssertModel("a/2", """{"f": [2], "meta_deleted": false, "meta_position": 2}""", position: 2);
        await AssertModel("a/2", """{"f": [2, 3], "meta_deleted": false, "meta_position": 3}""", position: 3);
        await AssertModel("a/2", """{"meta_deleted": false, "meta_position": 4}""", position: 4);
        await AssertModel("a/2", """{"meta_deleted": true, "meta_position": 5}""", position: 5);
        await AssertModel("a/2", """{"meta_deleted": false, "meta_position": 6}""", position: 6);
        Assert.Null(await Reader.GetModelAtPositionAsync("a/3", 1));
        await AssertModel("a/3", """{"f": 42, "meta_deleted": false, "meta_position": 2}""", position: 2);
    }

    [Fact]
    public async Task Remove_a_field_everywhere()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": [1]}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": [2]}}""");
        await Write("""{"type": "update", "fqid": "a/1", "list_fields": {"add": {"f": [3]}}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": null}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": "Hello"}}""");
        await SetMigrationIndexTo1();
        await Handler(TestMigrations.Event(e =>
        {
            switch (e)
            {
                case ModelEvent m: m.Data.Remove("f"); break;
                case DeleteFieldsEvent d: d.Fields.Remove("f"); break;
                case ListUpdateEvent l: l.Add.Remove("f"); l.Remove.Remove("f"); break;
            }

            return [e];
        })).FinalizeAsync();
        await AssertFinalized();
        for (var position = 1; position <= 5; position++)
        {
            await AssertModel("a/1", """{"meta_deleted": false, "meta_position": 1}""", position: position);
        }
    }

    private sealed class RenameF() : RenameFieldMigration("a", "f", "f_new");

    [Fact]
    public async Task Add_a_field_computed_from_a_renamed_field()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 3}}""");
        await SetMigrationIndexTo1();
        await Handler(
            new MigrationDescriptor(2, "RenameField", MigrationKind.Event, () => new RenameF()),
            TestMigrations.Event(e =>
            {
                if (e is CreateEvent create)
                {
                    create.Data["g"] = create.Data["f_new"]!.GetValue<int>() * 2;
                }

                return [e];
            }, 3)).FinalizeAsync();
        await AssertFinalized();
        await AssertModel("a/1", """{"f_new": 3, "g": 6, "meta_deleted": false, "meta_position": 1}""");
    }

    [Fact]
    public async Task Create_an_additional_model_based_on_another_model()
    {
        await Write("""{"type": "create", "fqid": "config/1", "fields": {"create_b": true}}""");
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        await Handler(TestMigrations.Event((e, m) =>
            e is CreateEvent && e.Fqid == "a/1" && m.New.GetModel("config/1")["create_b"]!.GetValue<bool>()
                ? [e, new CreateEvent("b/1", [])]
                : null)).FinalizeAsync();
        await AssertFinalized();
        await AssertModel("b/1", """{"meta_deleted": false, "meta_position": 2}""");
    }

    private sealed class RenameAndCompare() : RenameFieldMigration("a", "f", "f_new")
    {
        public int Compared { get; private set; }

        protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
        {
            var events = base.MigrateEvent(@event);
            if (@event is not CreateEvent and not RestoreEvent)
            {
                var old = OldAccessor.GetModel("a/1");
                var @new = NewAccessor.GetModel("a/1");
                Assert.True(old.ContainsKey("f"));
                Assert.True(@new.ContainsKey("f_new"));
                Json.AssertEqual(old["f"], @new["f_new"]);
                Compared++;
            }

            return events;
        }
    }

    [Fact]
    public async Task Both_accessors_after_a_rename()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": [1]}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": [2]}}""");
        await Write("""{"type": "update", "fqid": "a/1", "list_fields": {"add": {"f": [3]}}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": "Hello"}}""");
        await Write("""{"type": "delete", "fqid": "a/1"}""");
        await Write("""{"type": "restore", "fqid": "a/1"}""");
        await SetMigrationIndexTo1();
        RenameAndCompare? migration = null;
        await Handler(new MigrationDescriptor(2, "RenameField", MigrationKind.Event, () => migration = new RenameAndCompare())).FinalizeAsync();
        Assert.Equal(4, migration!.Compared);
        await AssertFinalized();
        await AssertModel("a/1", """{"f_new": [1], "meta_deleted": false, "meta_position": 1}""", position: 1);
        await AssertModel("a/1", """{"f_new": [2], "meta_deleted": false, "meta_position": 2}""", position: 2);
        await AssertModel("a/1", """{"f_new": [2, 3], "meta_deleted": false, "meta_position": 3}""", position: 3);
        await AssertModel("a/1", """{"f_new": "Hello", "meta_deleted": false, "meta_position": 4}""", position: 4);
        await AssertModel("a/1", """{"f_new": "Hello", "meta_deleted": true, "meta_position": 5}""", position: 5);
        await AssertModel("a/1", """{"f_new": "Hello", "meta_deleted": false, "meta_position": 6}""", position: 6);
    }

    [Fact]
    public async Task Will_exist_filters_a_relation_by_the_models_that_exist_after_the_position()
    {
        await Write("""{"type": "create", "fqid": "a/2", "fields": {"f": "test"}}""");
        await Write(
            """{"type": "create", "fqid": "a/3", "fields": {"f": "test"}}""",
            """{"type": "create", "fqid": "a/1", "fields": {"r": [2, 3, 4, 5]}}""",
            """{"type": "delete", "fqid": "a/2"}""",
            """{"type": "create", "fqid": "a/4", "fields": {"f": "test"}}""");
        await SetMigrationIndexTo1();
        await Handler(TestMigrations.Event((e, m) =>
        {
            if (e is CreateEvent create && e.Fqid == "a/1")
            {
                create.Data["r"] = new JsonArray([.. create.Data["r"]!.AsArray()
                    .Select(id => id!.GetValue<int>())
                    .Where(id => m.Exists(DatastoreKeys.Fqid("a", id)))
                    .Select(id => (JsonNode)id)]);
            }

            return [e];
        })).FinalizeAsync();
        await AssertFinalized();
        await AssertModel("a/1", """{"r": [3, 4], "meta_deleted": false, "meta_position": 2}""", position: 2);
    }
}
