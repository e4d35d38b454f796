using Migrations.Runtime.Database;

namespace Migrations.Runtime.Tests.Database;

/// <summary>The schema of spec §1, exactly, and its idempotent application.</summary>
public class SchemaTests(DatabaseFixture database) : DatabaseTest(database)
{
    [Fact]
    public async Task Tables_and_columns_are_exactly_upstreams()
    {
        var columns = await Rows("""
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length, 0), is_nullable, is_identity, coalesce(identity_generation, '')
            FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position
            """);
        var actual = columns.Select(r => string.Join(" ", r)).ToList();
        string[] expected =
        [
            "collectionfields id bigint 0 NO YES ALWAYS",
            "collectionfields collectionfield character varying 255 NO NO ",
            "collectionfields position integer 0 NO NO ",
            "events id bigint 0 NO YES ALWAYS",
            "events position integer 0 YES NO ",
            "events fqid character varying 48 NO NO ",
            "events type USER-DEFINED 0 NO NO ",
            "events data jsonb 0 YES NO ",
            "events weight integer 0 NO NO ",
            "events_to_collectionfields event_id bigint 0 NO NO ",
            "events_to_collectionfields collectionfield_id bigint 0 NO NO ",
            "id_sequences collection character varying 32 NO NO ",
            "id_sequences id integer 0 NO NO ",
            "migration_events id bigint 0 NO YES ALWAYS",
            "migration_events position integer 0 YES NO ",
            "migration_events fqid character varying 48 NO NO ",
            "migration_events type USER-DEFINED 0 NO NO ",
            "migration_events data jsonb 0 YES NO ",
            "migration_events weight integer 0 NO NO ",
            "migration_keyframe_models id bigint 0 NO YES ALWAYS",
            "migration_keyframe_models keyframe_id integer 0 NO NO ",
            "migration_keyframe_models fqid character varying 48 NO NO ",
            "migration_keyframe_models data jsonb 0 NO NO ",
            "migration_keyframe_models deleted boolean 0 NO NO ",
            "migration_keyframes id integer 0 NO YES ALWAYS",
            "migration_keyframes position integer 0 NO NO ",
            "migration_keyframes migration_index integer 0 NO NO ",
            "migration_positions position integer 0 NO NO ",
            "migration_positions migration_index integer 0 NO NO ",
            "models fqid character varying 48 NO NO ",
            "models data jsonb 0 NO NO ",
            "models deleted boolean 0 NO NO ",
            "models updated timestamp without time zone 0 NO NO ",
            "positions position integer 0 NO YES ALWAYS",
            "positions timestamp timestamp with time zone 0 YES NO ",
            "positions user_id integer 0 NO NO ",
            "positions information json 0 YES NO ",
            "positions migration_index integer 0 NO NO ",
        ];
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task The_event_type_enum_has_the_six_types_in_order()
    {
        var labels = await Rows("SELECT enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 'event_type' ORDER BY enumsortorder");
        Assert.Equal(["create", "update", "delete", "deletefields", "listfields", "restore"], labels.Select(r => (string)r[0]!));
    }

    [Fact]
    public async Task Indexes_and_constraints_are_upstreams()
    {
        var indexes = (await Rows("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname")).Select(r => (string)r[0]!).ToList();
        Assert.Contains("CREATE INDEX event_position_idx ON public.events USING btree (\"position\")", indexes);
        Assert.Contains("CREATE INDEX event_fqid_idx ON public.events USING btree (fqid)", indexes);
        Assert.Contains("CREATE INDEX event_data_meeting_id_idx ON public.events USING btree (((data ->> 'meeting_id'::text))) WHERE ((data ->> 'meeting_id'::text) IS NOT NULL)", indexes);
        Assert.Contains("CREATE INDEX collectionfields_collectionfield_idx ON public.collectionfields USING btree (collectionfield)", indexes);
        Assert.Contains("CREATE UNIQUE INDEX events_to_collectionfields_pkey ON public.events_to_collectionfields USING btree (event_id, collectionfield_id)", indexes);
        Assert.Contains("CREATE INDEX migration_keyframes_idx ON public.migration_keyframes USING btree (\"position\", migration_index)", indexes);
        Assert.Contains("CREATE INDEX migration_keyframe_models_idx ON public.migration_keyframe_models USING btree (keyframe_id, fqid)", indexes);
        // migration_events copies the indexes of events (LIKE … INCLUDING ALL), under its own names.
        Assert.Equal(4, indexes.Count(i => i.Contains("ON public.migration_events ", StringComparison.Ordinal)));

        var foreignKeys = (await Rows("""
            SELECT conrelid::regclass::text || ' -> ' || confrelid::regclass::text || ' ' || confdeltype::text
            FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY 1
            """)).Select(r => (string)r[0]!).ToList();
        Assert.Equal(
            ["events -> positions c", "events_to_collectionfields -> collectionfields c", "migration_keyframe_models -> migration_keyframes c", "migration_keyframes -> positions c"],
            foreignKeys);
        var uniques = (await Rows("SELECT conrelid::regclass::text FROM pg_constraint WHERE contype = 'u' AND connamespace = 'public'::regnamespace ORDER BY 1")).Select(r => (string)r[0]!).ToList();
        Assert.Equal(["collectionfields", "migration_keyframe_models", "migration_keyframes"], uniques);
    }

    [Fact]
    public async Task Keyframe_models_leave_room_on_each_page_also_in_a_datastore_created_without_it()
    {
        const string Options = "SELECT coalesce(array_to_string(reloptions, ','), '') FROM pg_class WHERE oid = 'migration_keyframe_models'::regclass";
        Assert.Equal("fillfactor=50", await Scalar<string>(Options));

        // A datastore whose tables upstream created has no storage options: applying the schema adds it.
        await Execute("ALTER TABLE migration_keyframe_models RESET (fillfactor)");
        Assert.Equal("", await Scalar<string>(Options));
        await DatastoreSchema.ApplyAsync(DataSource);
        Assert.Equal("fillfactor=50", await Scalar<string>(Options));
    }

    [Fact]
    public async Task The_models_trigger_stamps_updated_on_insert_and_update()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Execute("UPDATE models SET updated = '2000-01-01'");
        Assert.True(await Scalar<bool>("SELECT updated > now() - interval '1 hour' FROM models"));
        await Execute("INSERT INTO models (fqid, data, deleted, updated) VALUES ('a/2', '{}', false, '2000-01-01')");
        Assert.True(await Scalar<bool>("SELECT updated > now() - interval '1 hour' FROM models WHERE fqid = 'a/2'"));
    }

    [Fact]
    public async Task Applying_the_schema_again_changes_nothing_and_keeps_the_data()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        var before = await Rows("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace");
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => DatastoreSchema.ApplyAsync(DataSource)));
        Assert.Equal(before, await Rows("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace"));
        Assert.Equal(1, await Scalar<int>("SELECT count(*)::int FROM models"));
        Assert.Equal(1, await Scalar<int>("SELECT count(*)::int FROM pg_trigger WHERE tgname = 'models_updated_trigger'"));
    }

    [Fact]
    public async Task Truncate_empties_every_table_and_restarts_the_positions()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await DatastoreSchema.TruncateAsync(DataSource);
        foreach (var table in DatastoreSchema.AllTables)
        {
            Assert.Equal(0L, await Scalar<long>($"SELECT count(*) FROM {table}"));
        }

        Assert.Equal(1, await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}"""));
    }
}
