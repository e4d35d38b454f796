using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;

namespace Migrations.Runtime.Tests.Engine;

/// <summary>
/// Upstream's test_wrong_new_events as upstream runs them: a migration returns (or changes) an event that breaks the
/// rules, and migrate fails with a <see cref="BadEventException"/> whose message matches.
/// </summary>
public class WrongNewEventsThroughMigrateTests(DatabaseFixture database) : EngineTest(database)
{
    private const string CreateF1 = """{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""";
    private const string CreateA2 = """{"type": "create", "fqid": "a/2", "fields": {"f": 1}}""";
    private const string DeleteA1 = """{"type": "delete", "fqid": "a/1"}""";

    public enum Target
    {
        Every,
        Create,
        Update,
        DeleteFields,
        ListFields,
        Delete,
        Restore,
        A2,
    }

    private static bool Selects(Target target, DatastoreEvent e) => target switch
    {
        Target.Every => true,
        Target.A2 => e.Fqid == "a/2",
        Target.Create => e.Type == EventType.Create,
        Target.Update => e.Type == EventType.Update,
        Target.DeleteFields => e.Type == EventType.DeleteFields,
        Target.ListFields => e.Type == EventType.ListFields,
        Target.Delete => e.Type == EventType.Delete,
        _ => e.Type == EventType.Restore,
    };

    public static TheoryData<string, string[], Target, Func<DatastoreEvent, DatastoreEvent>, string> Cases => new()
    {
        // create
        { "create fqid", [CreateF1], Target.Every, _ => new CreateEvent("xyz", []), "xyz" },
        { "create meta", [CreateF1], Target.Every, _ => new CreateEvent("a/1", Json.Obj("""{"meta_something": 1}""")), "meta_something" },
        { "create field", [CreateF1], Target.Every, _ => new CreateEvent("a/1", Json.Obj("""{"not_%_a_field": 1}""")), "not_%_a_field" },
        { "create none", [CreateF1], Target.Every, _ => new CreateEvent("a/1", Json.Obj("""{"empty": null}""")), "empty" },
        { "double create", [CreateF1, CreateA2], Target.Every, _ => new CreateEvent("a/1", Json.Obj("""{"f": 1}""")), "Model a/1 already exists" },
        // update
        { "update fqid", [CreateF1, """{"type": "update", "fqid": "a/1", "fields": {"f": 2}}"""], Target.Update, _ => new UpdateEvent("xyz", []), "xyz" },
        { "update meta", [CreateF1, """{"type": "update", "fqid": "a/1", "fields": {"f": 2}}"""], Target.Update, _ => new UpdateEvent("a/1", Json.Obj("""{"meta_something": 1}""")), "meta_something" },
        { "update field", [CreateF1, """{"type": "update", "fqid": "a/1", "fields": {"f": 2}}"""], Target.Update, _ => new UpdateEvent("a/1", Json.Obj("""{"not_%_a_field": 1}""")), "not_%_a_field" },
        { "update none", [CreateF1, """{"type": "update", "fqid": "a/1", "fields": {"f": 2}}"""], Target.Update, _ => new UpdateEvent("a/1", Json.Obj("""{"empty": null}""")), "empty" },
        { "update without create", [CreateF1], Target.Every, _ => new UpdateEvent("a/1", Json.Obj("""{"f": 2}""")), "Model a/1 does not exist" },
        { "update after delete", [CreateF1, DeleteA1, CreateA2], Target.A2, _ => new UpdateEvent("a/1", Json.Obj("""{"f": 2}""")), "Model a/1 is deleted" },
        // deletefields
        { "deletefields fqid", [CreateF1, """{"type": "update", "fqid": "a/1", "fields": {"f": null}}"""], Target.DeleteFields, _ => new DeleteFieldsEvent("xyz", []), "xyz" },
        { "deletefields meta", [CreateF1, """{"type": "update", "fqid": "a/1", "fields": {"f": null}}"""], Target.DeleteFields, _ => new DeleteFieldsEvent("a/1", ["meta_something"]), "meta_something" },
        { "deletefields field", [CreateF1, """{"type": "update", "fqid": "a/1", "fields": {"f": null}}"""], Target.DeleteFields, _ => new DeleteFieldsEvent("a/1", ["not_%_a_field"]), "not_%_a_field" },
        { "deletefields without create", [CreateF1], Target.Every, _ => new DeleteFieldsEvent("a/1", ["f"]), "Model a/1 does not exist" },
        { "deletefields after delete", [CreateF1, DeleteA1, CreateA2], Target.A2, _ => new DeleteFieldsEvent("a/1", ["f"]), "Model a/1 is deleted" },
        // listfields
        { "listfields fqid", [CreateF1.Replace("1}", "[1]}"), """{"type": "update", "fqid": "a/1", "list_fields": {"add": {"f": [2]}}}"""], Target.ListFields, _ => new ListUpdateEvent("xyz", Json.Obj("""{"add": {"f": [1]}}""")), "xyz" },
        { "listfields meta", [CreateF1.Replace("1}", "[1]}"), """{"type": "update", "fqid": "a/1", "list_fields": {"add": {"f": [2]}}}"""], Target.ListFields, _ => new ListUpdateEvent("a/1", Json.Obj("""{"add": {"meta_something": [2]}}""")), "meta_something" },
        { "listfields field", [CreateF1.Replace("1}", "[1]}"), """{"type": "update", "fqid": "a/1", "list_fields": {"add": {"f": [2]}}}"""], Target.ListFields, _ => new ListUpdateEvent("a/1", Json.Obj("""{"add": {"not_%_a_field": [2]}}""")), "not_%_a_field" },
        { "listfields extra key", [CreateF1.Replace("1}", "[1]}"), """{"type": "update", "fqid": "a/1", "list_fields": {"add": {"f": [2]}}}"""], Target.ListFields, _ => new ListUpdateEvent("a/1", Json.Obj("""{"add": {"f": [2]}, "unknown": {"f": [2]}}""")), "Only add and remove is allowed" },
        { "listfields without create", [CreateF1], Target.Every, _ => new ListUpdateEvent("a/1", Json.Obj("""{"add": {"f": [2]}}""")), "Model a/1 does not exist" },
        { "listfields after delete", [CreateF1, DeleteA1, CreateA2], Target.A2, _ => new ListUpdateEvent("a/1", Json.Obj("""{"add": {"f": [2]}}""")), "Model a/1 is deleted" },
        // a stored listfields event changed in place
        { "modified listfields fqid", [CreateF1.Replace("1}", "[1]}"), """{"type": "update", "fqid": "a/1", "list_fields": {"add": {"f": [2]}}}"""], Target.ListFields, e => { e.Fqid = "xyz"; return e; }, "xyz" },
        { "modified listfields meta", [CreateF1.Replace("1}", "[1]}"), """{"type": "update", "fqid": "a/1", "list_fields": {"add": {"f": [2]}}}"""], Target.ListFields, e => { ((ListUpdateEvent)e).Add = Json.Obj("""{"meta_something": [2]}"""); return e; }, "meta_something" },
        { "modified listfields field", [CreateF1.Replace("1}", "[1]}"), """{"type": "update", "fqid": "a/1", "list_fields": {"add": {"f": [2]}}}"""], Target.ListFields, e => { ((ListUpdateEvent)e).Add = Json.Obj("""{"not_%_a_field": [2]}"""); return e; }, "not_%_a_field" },
        // delete
        { "delete fqid", [CreateF1, DeleteA1], Target.Delete, _ => new DeleteEvent("xyz"), "xyz" },
        { "delete without create", [CreateF1], Target.Every, _ => new DeleteEvent("a/1"), "Model a/1 does not exist" },
        { "double delete", [CreateF1, CreateA2, """{"type": "update", "fqid": "a/2", "fields": {"f": 1}}"""], Target.A2, _ => new DeleteEvent("a/1"), "Model a/1 is deleted" },
        // restore
        { "restore fqid", [CreateF1, DeleteA1, """{"type": "restore", "fqid": "a/1"}"""], Target.Restore, _ => new RestoreEvent("xyz"), "xyz" },
        { "restore without create", [CreateF1], Target.Every, _ => new RestoreEvent("a/1"), "Model a/1 does not exist" },
        { "restore without delete", [CreateF1, CreateA2], Target.A2, _ => new RestoreEvent("a/1"), "Model a/1 is not deleted" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Migrate_fails_with_a_bad_event(string name, string[] writes, Target target, Func<DatastoreEvent, DatastoreEvent> replacement, string match)
    {
        foreach (var write in writes)
        {
            await Write(write);
        }

        await SetMigrationIndexTo1();
        var before = await Datastore();
        var e = await Assert.ThrowsAsync<MigrationFailedException>(() =>
            Handler(TestMigrations.Event(ev => Selects(target, ev) ? [replacement(ev)] : [ev])).MigrateAsync());
        var bad = Assert.IsType<BadEventException>(e.InnerException);
        Assert.True(bad.Message.Contains(match, StringComparison.Ordinal), $"{name}: '{bad.Message}' does not contain '{match}'");
        // The bad event is rejected before anything reaches the datastore's own tables.
        Assert.Equal(before, await Datastore());
    }

    private async Task<string> Datastore()
    {
        var rows = await Rows("SELECT position, migration_index FROM positions ORDER BY position");
        rows.AddRange(await Rows("SELECT position, fqid, type::text, data::text, weight FROM events ORDER BY position, weight"));
        rows.AddRange(await Rows("SELECT fqid, data::text, deleted FROM models ORDER BY fqid"));
        return string.Join("\n", rows.Select(r => string.Join("|", r)));
    }

    [Fact]
    public void An_unknown_stored_type_is_a_bad_event() =>
        Assert.Equal("Type unknown is unknown", Assert.Throws<BadEventException>(() => DatastoreEvent.From("unknown", "a/1", null)).Message);
}
