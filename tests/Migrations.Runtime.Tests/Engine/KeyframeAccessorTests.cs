using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keyframes;

namespace Migrations.Runtime.Tests.Engine;

/// <summary>
/// Upstream's test_migration_keyframes: every accessor method on the old and the new accessor, for a keyframe that
/// starts empty (first position), one loaded after an earlier position, and one after a gap in the positions.
/// </summary>
public class KeyframeAccessorTests(DatabaseFixture database) : EngineTest(database)
{
    public enum Layout
    {
        Initial,
        Database,
        SkippedPosition,
    }

    private const string CreateA1 = """{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""";
    private const string DeleteA1 = """{"type": "delete", "fqid": "a/1"}""";

    private static int MetaPosition(Layout layout) => layout switch
    {
        Layout.Initial => 1,
        Layout.Database => 2,
        _ => 3,
    };

    private async Task WriteData(Layout layout, string[] data)
    {
        if (layout != Layout.Initial)
        {
            await Write("""{"type": "create", "fqid": "dummy/1", "fields": {}}""");
        }

        if (layout == Layout.SkippedPosition)
        {
            await Execute("ALTER SEQUENCE positions_position_seq RESTART WITH 3");
        }

        if (data.Length > 0)
        {
            await Write(data);
        }

        await Write("""{"type": "create", "fqid": "trigger/1", "fields": {}}""");
        await SetMigrationIndexTo1();
    }

    /// <summary>Runs <paramref name="check"/> with both accessors while trigger/1 is migrated.</summary>
    private async Task Check(Layout layout, string[] data, Action<IKeyframeAccessor, IKeyframeAccessor, int> check)
    {
        await WriteData(layout, data);
        var ran = false;
        await Handler(TestMigrations.Event((e, m) =>
        {
            if (e.Fqid == "trigger/1")
            {
                check(m.Old, m.New, MetaPosition(layout));
                ran = true;
            }

            return null;
        })).FinalizeAsync();
        Assert.True(ran);
        await AssertFinalized(2);
    }

    private static JsonObject Model(bool deleted, int position) =>
        Json.Obj($$"""{"f": 1, "meta_deleted": {{(deleted ? "true" : "false")}}, "meta_position": {{position}}}""");

    public static TheoryData<Layout> Layouts => [Layout.Initial, Layout.Database, Layout.SkippedPosition];

    [Theory, MemberData(nameof(Layouts))]
    public Task Get_model(Layout layout) => Check(layout, [CreateA1], (old, @new, p) =>
    {
        Json.AssertEqual(old.GetModel("a/1"), @new.GetModel("a/1"));
        Json.AssertEqual(Model(false, p), old.GetModel("a/1"));
    });

    [Theory, MemberData(nameof(Layouts))]
    public Task Get_model_that_does_not_exist(Layout layout) => Check(layout, [], (old, @new, _) =>
    {
        Assert.Throws<KeyframeModelDoesNotExistException>(() => old.GetModel("a/1"));
        Assert.Throws<KeyframeModelDoesNotExistException>(() => @new.GetModel("a/1"));
    });

    [Theory, MemberData(nameof(Layouts))]
    public Task Get_model_that_is_deleted(Layout layout) => Check(layout, [CreateA1, DeleteA1], (old, @new, _) =>
    {
        Assert.Throws<KeyframeModelDeletedException>(() => old.GetModel("a/1"));
        Assert.Throws<KeyframeModelDeletedException>(() => @new.GetModel("a/1"));
    });

    [Theory, MemberData(nameof(Layouts))]
    public Task Get_deleted_model(Layout layout) => Check(layout, [CreateA1, DeleteA1], (old, @new, p) =>
    {
        Json.AssertEqual(old.GetDeletedModel("a/1"), @new.GetDeletedModel("a/1"));
        Json.AssertEqual(Model(true, p), old.GetDeletedModel("a/1"));
    });

    [Theory, MemberData(nameof(Layouts))]
    public Task Get_deleted_model_that_does_not_exist(Layout layout) => Check(layout, [], (old, @new, _) =>
    {
        Assert.Throws<KeyframeModelDoesNotExistException>(() => old.GetDeletedModel("a/1"));
        Assert.Throws<KeyframeModelDoesNotExistException>(() => @new.GetDeletedModel("a/1"));
    });

    [Theory, MemberData(nameof(Layouts))]
    public Task Get_deleted_model_that_is_not_deleted(Layout layout) => Check(layout, [CreateA1], (old, @new, _) =>
    {
        Assert.Throws<KeyframeModelNotDeletedException>(() => old.GetDeletedModel("a/1"));
        Assert.Throws<KeyframeModelNotDeletedException>(() => @new.GetDeletedModel("a/1"));
    });

    [Theory, MemberData(nameof(Layouts))]
    public Task Get_model_ignore_deleted_on_a_deleted_model(Layout layout) => Check(layout, [CreateA1, DeleteA1], (old, @new, p) =>
    {
        var (oldModel, oldDeleted) = old.GetModelIgnoreDeleted("a/1");
        var (newModel, newDeleted) = @new.GetModelIgnoreDeleted("a/1");
        Json.AssertEqual(oldModel, newModel);
        Json.AssertEqual(Model(true, p), oldModel);
        Assert.True(oldDeleted);
        Assert.True(newDeleted);
    });

    [Theory, MemberData(nameof(Layouts))]
    public Task Get_model_ignore_deleted_on_a_live_model(Layout layout) => Check(layout, [CreateA1], (old, @new, p) =>
    {
        var (oldModel, oldDeleted) = old.GetModelIgnoreDeleted("a/1");
        Json.AssertEqual(Model(false, p), oldModel);
        Json.AssertEqual(oldModel, @new.GetModelIgnoreDeleted("a/1").Model);
        Assert.False(oldDeleted);
    });

    [Theory, MemberData(nameof(Layouts))]
    public Task Get_model_ignore_deleted_that_does_not_exist(Layout layout) => Check(layout, [], (old, @new, _) =>
    {
        Assert.Throws<KeyframeModelDoesNotExistException>(() => old.GetModelIgnoreDeleted("a/1"));
        Assert.Throws<KeyframeModelDoesNotExistException>(() => @new.GetModelIgnoreDeleted("a/1"));
    });

    [Theory, MemberData(nameof(Layouts))]
    public Task Model_exists(Layout layout) => Check(layout, [CreateA1], (old, @new, _) =>
    {
        Assert.True(old.ModelExists("a/1"));
        Assert.True(@new.ModelExists("a/1"));
        Assert.True(old.ModelNotDeleted("a/1"));
    });

    [Theory, MemberData(nameof(Layouts))]
    public Task Model_exists_when_it_does_not(Layout layout) => Check(layout, [], (old, @new, _) =>
    {
        Assert.False(old.ModelExists("a/1"));
        Assert.False(@new.ModelExists("a/1"));
        Assert.False(old.ModelNotDeleted("a/1"));
    });

    [Theory, MemberData(nameof(Layouts))]
    public Task A_deleted_model_exists_but_is_not_alive(Layout layout) => Check(layout, [CreateA1, DeleteA1], (old, @new, _) =>
    {
        Assert.True(old.ModelExists("a/1"));
        Assert.False(old.ModelNotDeleted("a/1"));
        Assert.False(@new.ModelNotDeleted("a/1"));
    });

    [Theory, MemberData(nameof(Layouts))]
    public Task Get_all_ids_for_collection(Layout layout) => Check(
        layout,
        ["""{"type": "create", "fqid": "a/1", "fields": {}}""", """{"type": "create", "fqid": "a/1337", "fields": {}}""",
         """{"type": "create", "fqid": "a/2", "fields": {}}""", """{"type": "create", "fqid": "a/42", "fields": {}}""",
         """{"type": "create", "fqid": "a/128", "fields": {}}"""],
        (old, @new, _) =>
        {
            Assert.Equal([1, 2, 42, 128, 1337], old.GetAllIdsForCollection("a").Order());
            Assert.Equal([1, 2, 42, 128, 1337], @new.GetAllIdsForCollection("a").Order());
        });

    [Theory, MemberData(nameof(Layouts))]
    public Task Get_all_ids_for_collection_with_a_single_id(Layout layout) => Check(layout, ["""{"type": "create", "fqid": "a/1", "fields": {}}"""], (old, @new, _) =>
    {
        Assert.Equal([1], old.GetAllIdsForCollection("a"));
        Assert.Equal([1], @new.GetAllIdsForCollection("a"));
    });

    [Theory, MemberData(nameof(Layouts))]
    public Task Get_all_ids_for_an_empty_collection(Layout layout) => Check(layout, [], (old, @new, _) =>
    {
        Assert.Empty(old.GetAllIdsForCollection("a"));
        Assert.Empty(@new.GetAllIdsForCollection("a"));
    });

    [Theory, MemberData(nameof(Layouts))]
    public Task Get_all_ids_leaves_deleted_models_out_in_every_keyframe(Layout layout) => Check(
        layout, ["""{"type": "create", "fqid": "a/1", "fields": {}}""", """{"type": "create", "fqid": "a/2", "fields": {}}""", """{"type": "delete", "fqid": "a/2"}"""],
        (old, @new, _) =>
        {
            Assert.Equal([1], old.GetAllIdsForCollection("a"));
            Assert.Equal([1], @new.GetAllIdsForCollection("a"));
            Assert.Equal([1], old.GetAllIdsForCollection("a", includeDeleted: false));
            Assert.Equal([1, 2], old.GetAllIdsForCollection("a", includeDeleted: true).Order());
            Assert.Equal([1, 2], @new.GetAllIdsForCollection("a", includeDeleted: true).Order());
            Assert.Empty(@new.GetAllIdsForCollection("b", includeDeleted: true));
        });

    [Fact]
    public async Task Accessors_see_the_events_of_the_position_processed_so_far_creates_first()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": 2}}""", """{"type": "create", "fqid": "b/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        var seen = new List<string>();
        await Handler(TestMigrations.Event((e, m) =>
        {
            if (m.Position.Position == 2)
            {
                seen.Add($"{e.Type.ToDbName()} {e.Fqid}: b/1 exists={m.Old.ModelExists("b/1")}, a/1.f={m.New.GetModel("a/1")["f"]}");
            }

            return null;
        })).MigrateAsync();
        Assert.Equal(["create b/1: b/1 exists=False, a/1.f=1", "update a/1: b/1 exists=True, a/1.f=1"], seen);
    }

    [Fact]
    public async Task Changing_a_returned_model_does_not_change_the_keyframe()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Write("""{"type": "create", "fqid": "trigger/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        await Handler(TestMigrations.Event((e, m) =>
        {
            if (e.Fqid == "trigger/1")
            {
                m.Old.GetModel("a/1")["f"] = 99;
                Json.AssertEqual(JsonValue.Create(1), m.Old.GetModel("a/1")["f"]);
            }

            return null;
        })).FinalizeAsync();
        await AssertModel("a/1", """{"f": 1, "meta_deleted": false, "meta_position": 1}""");
    }
}
