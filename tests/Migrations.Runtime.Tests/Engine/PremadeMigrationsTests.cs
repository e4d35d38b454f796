using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;

namespace Migrations.Runtime.Tests.Engine;

/// <summary>Upstream's test_premade_migration_classes.</summary>
public class PremadeMigrationsTests(DatabaseFixture database) : EngineTest(database)
{
    private sealed class RenameF() : RenameFieldMigration("a", "f", "f_new");

    private sealed class AddG() : AddFieldMigration("a", "g", "default");

    private sealed class AddGAndY() : AddFieldsMigration(new Dictionary<string, IReadOnlyDictionary<string, FieldDefault>>
    {
        ["a"] = new Dictionary<string, FieldDefault> { ["g"] = FieldDefault.Of("default") },
        ["b"] = new Dictionary<string, FieldDefault> { ["y"] = FieldDefault.Of("default") },
    });

    private sealed class AddCalculatedWithoutOverride() : AddFieldsMigration(new Dictionary<string, IReadOnlyDictionary<string, FieldDefault>>
    {
        ["a"] = new Dictionary<string, FieldDefault> { ["g"] = FieldDefault.Calculated },
    });

    private sealed class AddWeightFromId() : AddFieldMigration("a", "weight", null)
    {
        protected override JsonNode? GetDefault(CreateEvent @event) => @event.Id;
    }

    private sealed class RemoveSome() : RemoveFieldsMigration(new Dictionary<string, IReadOnlyList<string>>
    {
        ["a"] = ["r", "r2"],
        ["c"] = ["remove", "remove2"],
    });

    private static MigrationDescriptor Descriptor<T>(Func<T> factory, int target = 2)
        where T : EventMigration => new(target, typeof(T).Name, MigrationKind.Event, factory);

    [Fact]
    public async Task Rename_a_field()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": [1]}}""");
        await Write("""{"type": "create", "fqid": "b/1", "fields": {"f": [1]}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": [2]}}""");
        await Write("""{"type": "update", "fqid": "a/1", "list_fields": {"add": {"f": [3]}}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": null}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": "Hello"}}""");
        await SetMigrationIndexTo1();
        await Handler(Descriptor(() => new RenameF())).FinalizeAsync();
        await AssertFinalized();
        await AssertModel("a/1", """{"f_new": [1], "meta_deleted": false, "meta_position": 1}""", position: 1);
        await AssertModel("b/1", """{"f": [1], "meta_deleted": false, "meta_position": 2}""", position: 2);
        await AssertModel("a/1", """{"f_new": [2], "meta_deleted": false, "meta_position": 3}""", position: 3);
        await AssertModel("a/1", """{"f_new": [2, 3], "meta_deleted": false, "meta_position": 4}""", position: 4);
        await AssertModel("a/1", """{"meta_deleted": false, "meta_position": 5}""", position: 5);
        await AssertModel("a/1", """{"f_new": "Hello", "meta_deleted": false, "meta_position": 6}""", position: 6);
    }

    private async Task WriteAddFieldData()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 3}}""");
        await Write("""{"type": "create", "fqid": "b/1", "fields": {"x": 42}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": 5, "g": 127}}""");
        await SetMigrationIndexTo1();
    }

    [Fact]
    public async Task Add_a_field_with_a_default()
    {
        await WriteAddFieldData();
        await Handler(Descriptor(() => new AddG())).FinalizeAsync();
        await AssertFinalized();
        await AssertModel("a/1", """{"f": 3, "g": "default", "meta_deleted": false, "meta_position": 1}""", position: 1);
        await AssertModel("b/1", """{"x": 42, "meta_deleted": false, "meta_position": 2}""", position: 2);
        await AssertModel("a/1", """{"f": 5, "g": 127, "meta_deleted": false, "meta_position": 3}""", position: 3);
    }

    [Fact]
    public async Task Add_fields_with_defaults()
    {
        await WriteAddFieldData();
        await Handler(Descriptor(() => new AddGAndY())).FinalizeAsync();
        await AssertFinalized();
        await AssertModel("a/1", """{"f": 3, "g": "default", "meta_deleted": false, "meta_position": 1}""", position: 1);
        await AssertModel("b/1", """{"x": 42, "y": "default", "meta_deleted": false, "meta_position": 2}""", position: 2);
        await AssertModel("a/1", """{"f": 5, "g": 127, "meta_deleted": false, "meta_position": 3}""", position: 3);
    }

    [Fact]
    public async Task A_calculated_default_without_an_override_fails()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 3}}""");
        await SetMigrationIndexTo1();
        var e = await Assert.ThrowsAsync<MigrationFailedException>(() => Handler(Descriptor(() => new AddCalculatedWithoutOverride())).FinalizeAsync());
        Assert.IsType<NotImplementedException>(e.InnerException);
    }

    [Fact]
    public async Task A_default_computed_from_the_event_overwrites_an_existing_value()
    {
        await Write("""{"type": "create", "fqid": "a/4", "fields": {"weight": 99}}""", """{"type": "create", "fqid": "a/7", "fields": {}}""");
        await SetMigrationIndexTo1();
        await Handler(Descriptor(() => new AddWeightFromId())).FinalizeAsync();
        await AssertModel("a/4", """{"weight": 4, "meta_deleted": false, "meta_position": 1}""");
        await AssertModel("a/7", """{"weight": 7, "meta_deleted": false, "meta_position": 1}""");
    }

    [Fact]
    public async Task Remove_fields()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"a": 5, "r": [3], "r2": "a"}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"a": 6, "r": [20], "r2": "b"}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"a": 6, "r": [20], "r2": "b"}}""");
        await Write("""{"type": "update", "fqid": "a/1", "list_fields": {"add": {"r": [3]}, "remove": {"r": [20]}}}""");
        await Write("""{"type": "delete", "fqid": "a/1"}""");
        await Write("""{"type": "restore", "fqid": "a/1"}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"a": 7, "r": null}}""");
        await Write("""{"type": "create", "fqid": "b/1", "fields": {"a": 5, "r": [3]}}""");
        await Write("""{"type": "create", "fqid": "c/1", "fields": {"a": 5, "remove": [3], "remove2": "a"}}""");
        await Write("""{"type": "update", "fqid": "c/1", "fields": {"a": 6, "remove": [20], "remove2": "b"}}""");
        await Write("""{"type": "update", "fqid": "c/1", "fields": {"a": 6, "remove": [20], "remove2": "b"}}""");
        await Write("""{"type": "update", "fqid": "c/1", "list_fields": {"add": {"remove": [3]}, "remove": {"remove": [20]}}}""");
        await Write("""{"type": "delete", "fqid": "c/1"}""");
        await Write("""{"type": "restore", "fqid": "c/1"}""");
        await SetMigrationIndexTo1();
        await Handler(Descriptor(() => new RemoveSome())).FinalizeAsync();
        await AssertFinalized();
        string[] a =
        [
            """{"a": 5, "meta_deleted": false, "meta_position": 1}""", """{"a": 6, "meta_deleted": false, "meta_position": 2}""",
            """{"a": 6, "meta_deleted": false, "meta_position": 3}""", """{"a": 6, "meta_deleted": false, "meta_position": 3}""",
            """{"a": 6, "meta_deleted": true, "meta_position": 5}""", """{"a": 6, "meta_deleted": false, "meta_position": 6}""",
            """{"a": 7, "meta_deleted": false, "meta_position": 7}""",
        ];
        for (var i = 0; i < a.Length; i++)
        {
            await AssertModel("a/1", a[i], position: i + 1);
        }

        await AssertModel("b/1", """{"a": 5, "r": [3], "meta_deleted": false, "meta_position": 8}""", position: 8);
        string[] c =
        [
            """{"a": 5, "meta_deleted": false, "meta_position": 9}""", """{"a": 6, "meta_deleted": false, "meta_position": 10}""",
            """{"a": 6, "meta_deleted": false, "meta_position": 11}""", """{"a": 6, "meta_deleted": false, "meta_position": 11}""",
            """{"a": 6, "meta_deleted": true, "meta_position": 13}""", """{"a": 6, "meta_deleted": false, "meta_position": 14}""",
        ];
        for (var i = 0; i < c.Length; i++)
        {
            await AssertModel("c/1", c[i], position: i + 9);
        }
    }
}
