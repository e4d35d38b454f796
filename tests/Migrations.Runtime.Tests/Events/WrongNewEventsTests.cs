using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;

namespace Migrations.Runtime.Tests.Events;

/// <summary>
/// Upstream's test_wrong_new_events (32 cases): the datastore is written through the real writer, then a new
/// event is built and applied to the models as they stand (upstream does this inside a migration; the engine's
/// tests run the same cases through migrate). Each case asserts upstream's message.
/// </summary>
public class WrongNewEventsTests(DatabaseFixture database) : DatabaseTest(database)
{
    /// <summary>Applies the event (built lazily, so construction errors count too) to the replayed models.</summary>
    private async Task<BadEventException> Fails(Func<DatastoreEvent> build)
    {
        var models = await ReplayedModels();
        return Assert.Throws<BadEventException>(() =>
        {
            var e = build().Clone();
            models.TryGetValue(e.Fqid, out var model);
            models[e.Fqid] = EventApplier.Apply(model, e, position: 99);
        });
    }

    private static void Contains(string expected, BadEventException e) => Assert.Contains(expected, e.Message, StringComparison.Ordinal);

    [Fact]
    public void Unknown_event_type_is_rejected() =>
        Assert.Equal("Type unknown is unknown", Assert.Throws<BadEventException>(() => DatastoreEvent.From("unknown", "a/1", null)).Message);

    // --- create
    private Task CreateState() => Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");

    [Fact]
    public async Task Create_with_invalid_fqid()
    {
        await CreateState();
        Assert.Equal("The key 'xyz' is no fqid, fqfield or collectionkey", (await Fails(() => new CreateEvent("xyz", []))).Message);
    }

    [Fact]
    public async Task Create_with_meta_field()
    {
        await CreateState();
        Assert.Equal("Field meta_something is reserved", (await Fails(() => new CreateEvent("a/2", Json.Obj("""{"meta_something": 1}""")))).Message);
    }

    [Fact]
    public async Task Create_with_invalid_field()
    {
        await CreateState();
        Contains("not_%_a_field", await Fails(() => new CreateEvent("a/2", Json.Obj("""{"not_%_a_field": 1}"""))));
    }

    [Fact]
    public async Task Create_with_none_value()
    {
        await CreateState();
        Assert.Equal("The value of empty must not be None", (await Fails(() => new CreateEvent("a/2", Json.Obj("""{"empty": null}""")))).Message);
    }

    [Fact]
    public async Task Double_create()
    {
        await CreateState();
        Assert.Equal("Model a/1 already exists", (await Fails(() => new CreateEvent("a/1", Json.Obj("""{"f": 1}""")))).Message);
    }

    // --- update
    private async Task UpdateState()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": 2}}""");
    }

    [Fact]
    public async Task Update_with_invalid_fqid()
    {
        await UpdateState();
        Contains("xyz", await Fails(() => new UpdateEvent("xyz", [])));
    }

    [Fact]
    public async Task Update_with_meta_field()
    {
        await UpdateState();
        Assert.Equal("Field meta_something is reserved", (await Fails(() => new UpdateEvent("a/1", Json.Obj("""{"meta_something": 1}""")))).Message);
    }

    [Fact]
    public async Task Update_with_invalid_field()
    {
        await UpdateState();
        Contains("not_%_a_field", await Fails(() => new UpdateEvent("a/1", Json.Obj("""{"not_%_a_field": 1}"""))));
    }

    [Fact]
    public async Task Update_with_none_value()
    {
        await UpdateState();
        Assert.Equal("The value of empty must not be None", (await Fails(() => new UpdateEvent("a/1", Json.Obj("""{"empty": null}""")))).Message);
    }

    [Fact]
    public async Task Update_without_create()
    {
        await CreateState();
        Assert.Equal("Model a/2 does not exist", (await Fails(() => new UpdateEvent("a/2", Json.Obj("""{"f": 2}""")))).Message);
    }

    private async Task DeletedState()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Write("""{"type": "delete", "fqid": "a/1"}""");
    }

    [Fact]
    public async Task Update_after_delete()
    {
        await DeletedState();
        Assert.Equal("Model a/1 is deleted", (await Fails(() => new UpdateEvent("a/1", Json.Obj("""{"f": 2}""")))).Message);
    }

    // --- deletefields
    [Fact]
    public async Task Deletefields_with_invalid_fqid()
    {
        await UpdateState();
        Contains("xyz", await Fails(() => new DeleteFieldsEvent("xyz", [])));
    }

    [Fact]
    public async Task Deletefields_with_meta_field()
    {
        await UpdateState();
        Assert.Equal("Field meta_something is reserved", (await Fails(() => new DeleteFieldsEvent("a/1", ["meta_something"]))).Message);
    }

    [Fact]
    public async Task Deletefields_with_invalid_field()
    {
        await UpdateState();
        Contains("not_%_a_field", await Fails(() => new DeleteFieldsEvent("a/1", ["not_%_a_field"])));
    }

    [Fact]
    public async Task Deletefields_without_create()
    {
        await CreateState();
        Assert.Equal("Model a/2 does not exist", (await Fails(() => new DeleteFieldsEvent("a/2", ["f"]))).Message);
    }

    [Fact]
    public async Task Deletefields_after_delete()
    {
        await DeletedState();
        Assert.Equal("Model a/1 is deleted", (await Fails(() => new DeleteFieldsEvent("a/1", ["f"]))).Message);
    }

    // --- listfields
    private async Task ListState()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": [1]}}""");
        await Write("""{"type": "update", "fqid": "a/1", "list_fields": {"add": {"f": [2]}}}""");
    }

    [Fact]
    public async Task Listfields_with_invalid_fqid_fails_on_apply_as_upstream()
    {
        await ListState();
        Assert.Equal("Model xyz does not exist", (await Fails(() => new ListUpdateEvent("xyz", Json.Obj("""{"add": {"f": [1]}}""")))).Message);
    }

    [Fact]
    public async Task Listfields_with_meta_field()
    {
        await ListState();
        Assert.Equal("Field meta_something is reserved", (await Fails(() => new ListUpdateEvent("a/1", Json.Obj("""{"add": {"meta_something": [2]}}""")))).Message);
    }

    [Fact]
    public async Task Listfields_with_invalid_field()
    {
        await ListState();
        Contains("not_%_a_field", await Fails(() => new ListUpdateEvent("a/1", Json.Obj("""{"add": {"not_%_a_field": [2]}}"""))));
    }

    [Fact]
    public async Task Listfields_with_additional_key()
    {
        await ListState();
        Assert.Equal("Only add and remove is allowed",
            (await Fails(() => new ListUpdateEvent("a/1", Json.Obj("""{"add": {"f": [2]}, "unknown": {"f": [2]}}""")))).Message);
    }

    [Fact]
    public async Task Listfields_without_create()
    {
        await CreateState();
        Assert.Equal("Model a/2 does not exist", (await Fails(() => new ListUpdateEvent("a/2", Json.Obj("""{"add": {"f": [2]}}""")))).Message);
    }

    [Fact]
    public async Task Listfields_after_delete()
    {
        await DeletedState();
        Assert.Equal("Model a/1 is deleted", (await Fails(() => new ListUpdateEvent("a/1", Json.Obj("""{"add": {"f": [2]}}""")))).Message);
    }

    // --- a stored listfields event changed in place by a migration is validated again
    private async Task<ListUpdateEvent> StoredListUpdate()
    {
        await ListState();
        var rows = await Rows("SELECT fqid, type::text, data::text FROM events WHERE type = 'listfields'");
        return (ListUpdateEvent)DatastoreEvent.From((string)rows[0][1]!, (string)rows[0][0]!, Json.Node((string)rows[0][2]!));
    }

    [Fact]
    public async Task Modified_listfields_with_invalid_fqid()
    {
        var e = await StoredListUpdate();
        e.Fqid = "xyz";
        Contains("xyz", await Fails(() => e));
    }

    [Fact]
    public async Task Modified_listfields_with_meta_field()
    {
        var e = await StoredListUpdate();
        e.Add = Json.Obj("""{"meta_something": [2]}""");
        Assert.Equal("Field meta_something is reserved", (await Fails(() => e)).Message);
    }

    [Fact]
    public async Task Modified_listfields_with_invalid_field()
    {
        var e = await StoredListUpdate();
        e.Add = Json.Obj("""{"not_%_a_field": [2]}""");
        Contains("not_%_a_field", await Fails(() => e));
    }

    // --- delete
    [Fact]
    public async Task Delete_with_invalid_fqid()
    {
        await DeletedState();
        Contains("xyz", await Fails(() => new DeleteEvent("xyz")));
    }

    [Fact]
    public async Task Delete_without_create()
    {
        await CreateState();
        Assert.Equal("Model a/2 does not exist", (await Fails(() => new DeleteEvent("a/2"))).Message);
    }

    [Fact]
    public async Task Double_delete()
    {
        await DeletedState();
        Assert.Equal("Model a/1 is deleted", (await Fails(() => new DeleteEvent("a/1"))).Message);
    }

    // --- restore
    [Fact]
    public async Task Restore_with_invalid_fqid()
    {
        await DeletedState();
        await Write("""{"type": "restore", "fqid": "a/1"}""");
        Contains("xyz", await Fails(() => new RestoreEvent("xyz")));
    }

    [Fact]
    public async Task Restore_without_create()
    {
        await CreateState();
        Assert.Equal("Model a/2 does not exist", (await Fails(() => new RestoreEvent("a/2"))).Message);
    }

    [Fact]
    public async Task Restore_without_delete()
    {
        await CreateState();
        Assert.Equal("Model a/1 is not deleted", (await Fails(() => new RestoreEvent("a/1"))).Message);
    }
}
