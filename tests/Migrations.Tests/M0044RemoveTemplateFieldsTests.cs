using System.Text.Json.Nodes;

namespace Migrations.Tests;

/// <summary>
/// 0044_remove_template_fields: upstream's case (tests/system/migrations/test_0044_remove_template_fields.py, its
/// data below) and ours. Expected values of our cases come from upstream's migration run with python3 on the same
/// models, except where upstream crashes (KeyError, TypeError) and the port's documented choice applies.
/// </summary>
public class M0044RemoveTemplateFieldsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0044_remove_template_fields";

    [Fact]
    public async Task M0044_migration()
    {
        await Write(UpstreamEvents);
        await Write("""{"type": "delete", "fqid": "meeting/43"}""");
        await Finalize(Name);
        foreach (var (fqid, expected) in UpstreamExpected)
        {
            await AssertBackendModel(fqid, expected);
        }

        await AssertBackendModelDoesNotExist("meeting_user/4");
        var meeting = await ReadBackendModel("meeting/43");
        Assert.True((bool?)meeting["meta_deleted"]);
    }

    [Fact]
    public async Task M0044_meeting_users_are_numbered_in_read_order_not_by_id()
    {
        // One position: the rows lie in the order of the events, user/2 before user/1. Collections follow the table
        // (users, then groups, then speakers); a group's user ids keep their list order.
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "group_$_ids": ["1"], "group_$1_ids": [10]}}""",
            """{"type": "create", "fqid": "user/1", "fields": {"id": 1, "group_$_ids": ["1"], "group_$1_ids": [10]}}""",
            """{"type": "create", "fqid": "user/3", "fields": {"id": 3}}""",
            """{"type": "create", "fqid": "group/10", "fields": {"id": 10, "meeting_id": 1, "user_ids": [1, 2, 3]}}""",
            """{"type": "create", "fqid": "speaker/20", "fields": {"id": 20, "meeting_id": 1, "user_id": 4}}""",
            """{"type": "create", "fqid": "user/4", "fields": {"id": 4}}""");
        await Finalize(Name);
        await AssertBackendModel("meeting_user/1", """{"id": 1, "user_id": 2, "meeting_id": 1, "group_ids": [10]}""");
        await AssertBackendModel("meeting_user/2", """{"id": 2, "user_id": 1, "meeting_id": 1, "group_ids": [10]}""");
        await AssertBackendModel("meeting_user/3", """{"id": 3, "user_id": 3, "meeting_id": 1}""");
        await AssertBackendModel("meeting_user/4", """{"id": 4, "user_id": 4, "meeting_id": 1}""");
        await AssertBackendModelDoesNotExist("meeting_user/5");
        await AssertBackendModel("user/2", """{"id": 2, "meeting_user_ids": [1]}""");
        await AssertBackendModel("user/1", """{"id": 1, "meeting_user_ids": [2]}""");
        await AssertBackendModel("user/3", """{"id": 3, "meeting_user_ids": [3]}""");
        await AssertBackendModel("user/4", """{"id": 4, "meeting_user_ids": [4]}""");
        await AssertBackendModel("speaker/20", """{"id": 20, "meeting_id": 1, "meeting_user_id": 4}""");
        await AssertList("group/10", "meeting_user_ids", "[2, 1, 3]");
        await AssertList("meeting/1", "meeting_user_ids", "[1, 2, 3, 4]");
    }

    [Fact]
    public async Task M0044_a_delegation_target_gets_its_meeting_user_before_the_delegating_user()
    {
        // Python evaluates the value (the target's meeting user) before the model's own meeting user is looked up.
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "user/1", "fields": {"id": 1, "vote_delegated_$_to_id": ["1"], "vote_delegated_$1_to_id": 2}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "vote_delegations_$_from_ids": ["1"], "vote_delegations_$1_from_ids": [1]}}""");
        await Finalize(Name);
        await AssertBackendModel("meeting_user/1", """{"id": 1, "user_id": 2, "meeting_id": 1, "vote_delegations_from_ids": [2]}""");
        await AssertBackendModel("meeting_user/2", """{"id": 2, "user_id": 1, "meeting_id": 1, "vote_delegated_to_id": 1}""");
        await AssertBackendModel("user/1", """{"id": 1, "meeting_user_ids": [2]}""");
        await AssertBackendModel("user/2", """{"id": 2, "meeting_user_ids": [1]}""");
        await AssertList("meeting/1", "meeting_user_ids", "[1, 2]");
    }

    [Fact]
    public async Task M0044_falsy_values_unlisted_replacements_and_empty_user_lists()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2}}""",
            """
            {"type": "create", "fqid": "user/1", "fields": {
                "id": 1,
                "comment_$": ["1"], "comment_$1": "",
                "group_$_ids": ["1", "2"], "group_$1_ids": [],
                "number_$": ["1", "7"],
                "structure_level_$1": "kept",
                "vote_weight_$": ["1"],
                "poll_voted_$_ids": ["1"], "poll_voted_$1_ids": [],
                "committee_$_management_level": ["can_manage", "x"],
                "committee_$can_manage_management_level": [5], "committee_$x_management_level": [6]
            }}
            """,
            """
            {"type": "create", "fqid": "user/2", "fields": {
                "id": 2,
                "poll_voted_$_ids": ["2", "1", "9"], "poll_voted_$1_ids": [3, 4], "poll_voted_$2_ids": [1], "poll_voted_$9_ids": [7],
                "option_$_ids": ["1"], "option_$1_ids": [8],
                "vote_$_ids": ["1"], "vote_$1_ids": [11], "vote_$2_ids": [12]
            }}
            """,
            """{"type": "create", "fqid": "group/3", "fields": {"id": 3, "meeting_id": 1, "user_ids": []}}""",
            """{"type": "create", "fqid": "group/4", "fields": {"id": 4, "meeting_id": 1, "user_ids": [2, 2]}}""",
            """{"type": "create", "fqid": "motion/5", "fields": {"id": 5, "meeting_id": 2, "supporter_ids": [1]}}""");
        await Finalize(Name);
        // The fixed name of the committee management level takes the last truthy value; the unlisted structured
        // fields (structure_level_$1, vote_$2_ids) stay; meeting 9 does not exist.
        await AssertBackendModel("user/1", """{"id": 1, "structure_level_$1": "kept", "meeting_user_ids": [2], "committee_management_ids": [6]}""");
        await AssertBackendModel("user/2", """{"id": 2, "vote_$2_ids": [12], "meeting_user_ids": [1], "poll_voted_ids": [1, 3, 4], "option_ids": [8], "vote_ids": [11]}""");
        await AssertList("user/2", "poll_voted_ids", "[1, 3, 4]");
        await AssertBackendModel("group/3", """{"id": 3, "meeting_id": 1, "meeting_user_ids": []}""");
        await AssertBackendModel("group/4", """{"id": 4, "meeting_id": 1, "meeting_user_ids": [1, 1]}""");
        await AssertBackendModel("motion/5", """{"id": 5, "meeting_id": 2, "supporter_meeting_user_ids": [2]}""");
        await AssertBackendModel("meeting_user/1", """{"id": 1, "user_id": 2, "meeting_id": 1}""");
        await AssertBackendModel("meeting_user/2", """{"id": 2, "user_id": 1, "meeting_id": 2}""");
        await AssertBackendModelDoesNotExist("meeting_user/3");
        await AssertBackendModel("meeting/1", """{"id": 1, "meeting_user_ids": [1]}""");
        await AssertBackendModel("meeting/2", """{"id": 2, "meeting_user_ids": [2]}""");
    }

    [Fact]
    public async Task M0044_fields_of_deleted_and_missing_meetings_are_dropped()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2}}""",
            """
            {"type": "create", "fqid": "user/1", "fields": {
                "id": 1,
                "poll_voted_$_ids": ["1", "2", "3"], "poll_voted_$1_ids": [5], "poll_voted_$2_ids": [6], "poll_voted_$3_ids": [7],
                "comment_$": ["2", "3", "1"], "comment_$2": "c2", "comment_$3": "c3", "comment_$1": "c1"
            }}
            """);
        await Write("""{"type": "delete", "fqid": "meeting/2"}""");
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"id": 1, "meeting_user_ids": [1], "poll_voted_ids": [5]}""");
        await AssertBackendModel("meeting_user/1", """{"id": 1, "user_id": 1, "meeting_id": 1, "comment": "c1"}""");
        await AssertBackendModelDoesNotExist("meeting_user/2");
        await AssertBackendModel("meeting/1", """{"id": 1, "meeting_user_ids": [1]}""");
        await AssertBackendModel("meeting/2", """{"id": 2, "meta_deleted": true}""");
    }

    [Fact]
    public async Task M0044_deleted_models_are_not_migrated()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "user/1", "fields": {"id": 1, "group_$_ids": ["1"], "group_$1_ids": [2]}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "comment_$": ["1"], "comment_$1": "x"}}""");
        await Write("""{"type": "delete", "fqid": "user/1"}""");
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"id": 1, "group_$_ids": ["1"], "group_$1_ids": [2], "meta_deleted": true}""");
        await AssertBackendModel("user/2", """{"id": 2, "meeting_user_ids": [1]}""");
        await AssertBackendModel("meeting_user/1", """{"id": 1, "user_id": 2, "meeting_id": 1, "comment": "x"}""");
        await AssertBackendModelDoesNotExist("meeting_user/2");
    }

    [Fact]
    public async Task M0044_a_live_group_of_a_deleted_meeting_fails_as_upstreams_writer_does()
    {
        // Relations to users are replaced without asking whether the meeting lives; the meeting update is refused.
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "user/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "group/2", "fields": {"id": 2, "meeting_id": 1, "user_ids": [1]}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""");
        var error = await FinalizeFails(Name);
        Assert.Contains("meeting/1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task M0044_a_group_listing_a_missing_user_fails_as_upstreams_writer_does()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "group/2", "fields": {"id": 2, "meeting_id": 1, "user_ids": [5]}}""");
        var error = await FinalizeFails(Name);
        Assert.Contains("user/5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task M0044_a_user_relation_without_meeting_id_is_only_removed()
    {
        // Upstream fails with KeyError: 'meeting_id'. The port removes the relation and creates no meeting user.
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "user/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "group/2", "fields": {"id": 2, "user_ids": [1]}}""",
            """{"type": "create", "fqid": "speaker/3", "fields": {"id": 3, "user_id": 1}}""");
        await Finalize(Name);
        await AssertBackendModel("group/2", """{"id": 2}""");
        await AssertBackendModel("speaker/3", """{"id": 3}""");
        await AssertBackendModel("user/1", """{"id": 1}""");
        await AssertBackendModel("meeting/1", """{"id": 1}""");
        await AssertBackendModelDoesNotExist("meeting_user/1");
    }

    [Fact]
    public async Task M0044_nothing_to_migrate_writes_no_position()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "m"}}""",
            """{"type": "create", "fqid": "user/1", "fields": {"id": 1, "comment_$1": "no template field"}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 1, "title": "t"}}""");
        await Finalize(Name);
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("user/1", """{"id": 1, "comment_$1": "no template field"}""");
    }

    [Fact]
    public async Task M0044_then_0045_convert_both_spellings_of_amendment_paragraphs()
    {
        // 0044 merges the misspelt amendment_paragraphs_$ (truthy values only) and leaves the real amendment_paragraph_$
        // to 0045, which keeps every listed replacement ("" as it is, a missing one as null).
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""",
            """
            {"type": "create", "fqid": "motion/1", "fields": {
                "id": 1, "meeting_id": 1,
                "amendment_paragraph_$": ["1", "2", "3"], "amendment_paragraph_$1": "one", "amendment_paragraph_$2": ""
            }}
            """,
            """
            {"type": "create", "fqid": "motion/2", "fields": {
                "id": 2, "meeting_id": 1,
                "amendment_paragraphs_$": ["1", "2", "3"], "amendment_paragraphs_$1": "one", "amendment_paragraphs_$2": ""
            }}
            """);
        await Finalize(Name);
        await AssertBackendModel("motion/1", """{"id": 1, "meeting_id": 1, "amendment_paragraph_$": ["1", "2", "3"], "amendment_paragraph_$1": "one", "amendment_paragraph_$2": ""}""");
        await AssertBackendModel("motion/2", """{"id": 2, "meeting_id": 1, "amendment_paragraphs": {"1": "one"}}""");
        await Finalize("0045_fix_amendment_paragraph");
        await AssertBackendModel("motion/1", """{"id": 1, "meeting_id": 1, "amendment_paragraphs": {"1": "one", "2": "", "3": null}}""");
        await AssertBackendModel("motion/2", """{"id": 2, "meeting_id": 1, "amendment_paragraphs": {"1": "one"}}""");
    }

    [Fact]
    public async Task M0044_in_memory_upstreams_data_gives_upstreams_models()
    {
        // The import has no deleted models: the deleted meeting/43 is left out (users 223 and 224 still name it), and
        // null fields are dropped as the writer drops them.
        var models = new JsonObject();
        foreach (var text in UpstreamEvents)
        {
            var @event = Json.Obj(text);
            var fqid = (string)@event["fqid"]!;
            if (fqid == "meeting/43")
            {
                continue;
            }

            var fields = new JsonObject();
            foreach (var (field, value) in @event["fields"]!.AsObject())
            {
                if (value is not null)
                {
                    fields[field] = value.DeepClone();
                }
            }

            models[fqid] = fields;
        }

        var result = await MigrateInMemory(Name, models.ToJsonString());
        Assert.Equal(UpstreamExpected.Select(e => e.Fqid).Order(StringComparer.Ordinal), result.Keys.Order(StringComparer.Ordinal));
        foreach (var (fqid, expected) in UpstreamExpected)
        {
            Json.AssertEqual(Json.Obj(expected), result[fqid]);
        }
    }

    [Fact]
    public async Task M0044_in_memory_meeting_users_follow_the_import_order()
    {
        var result = await MigrateInMemory(Name, """
            {
                "meeting/1": {"id": 1},
                "user/2": {"id": 2, "comment_$": ["1"], "comment_$1": "b"},
                "user/1": {"id": 1, "comment_$": ["1"], "comment_$1": "a"}
            }
            """);
        AssertModels(result, """
            {
                "meeting_user/1": {"id": 1, "user_id": 2, "meeting_id": 1, "comment": "b"},
                "meeting_user/2": {"id": 2, "user_id": 1, "meeting_id": 1, "comment": "a"},
                "meeting/1": {"id": 1, "meeting_user_ids": [1, 2]},
                "user/2": {"id": 2, "meeting_user_ids": [1]},
                "user/1": {"id": 1, "meeting_user_ids": [2]}
            }
            """);
    }

    [Fact]
    public async Task M0044_in_memory_null_template_fields_and_user_relations_are_removed()
    {
        // Import data may hold nulls. Upstream fails on both (iterating None; a meeting user for user None, then the
        // fqid user/None); the port removes the fields. A null structured value is falsy there as here.
        var result = await MigrateInMemory(Name, """
            {
                "meeting/1": {"id": 1},
                "user/1": {"id": 1, "group_$_ids": null},
                "user/3": {"id": 3, "comment_$": ["1"], "comment_$1": null},
                "group/2": {"id": 2, "meeting_id": 1, "user_ids": null}
            }
            """);
        AssertModels(result, """
            {
                "meeting/1": {"id": 1},
                "user/1": {"id": 1},
                "user/3": {"id": 3},
                "group/2": {"id": 2, "meeting_id": 1}
            }
            """);
    }

    [Fact]
    public async Task M0044_in_memory_then_0045_convert_both_spellings_of_amendment_paragraphs()
    {
        var after0044 = await MigrateInMemory(Name, """
            {
                "meeting/1": {"id": 1},
                "motion/1": {"id": 1, "meeting_id": 1, "amendment_paragraph_$": ["1", "2", "3"], "amendment_paragraph_$1": "one", "amendment_paragraph_$2": ""},
                "motion/2": {"id": 2, "meeting_id": 1, "amendment_paragraphs_$": ["1", "2", "3"], "amendment_paragraphs_$1": "one", "amendment_paragraphs_$2": ""}
            }
            """);
        AssertModels(after0044, """
            {
                "meeting/1": {"id": 1},
                "motion/1": {"id": 1, "meeting_id": 1, "amendment_paragraph_$": ["1", "2", "3"], "amendment_paragraph_$1": "one", "amendment_paragraph_$2": ""},
                "motion/2": {"id": 2, "meeting_id": 1, "amendment_paragraphs": {"1": "one"}}
            }
            """);
        var models = new JsonObject();
        foreach (var (fqid, model) in after0044)
        {
            models[fqid] = model.DeepClone();
        }

        AssertModels(await MigrateInMemory("0045_fix_amendment_paragraph", models.ToJsonString()), """
            {
                "meeting/1": {"id": 1},
                "motion/1": {"id": 1, "meeting_id": 1, "amendment_paragraphs": {"1": "one", "2": "", "3": null}},
                "motion/2": {"id": 2, "meeting_id": 1, "amendment_paragraphs": {"1": "one"}}
            }
            """);
    }

    /// <summary>The list <paramref name="field"/> of the stored model, in its stored order.</summary>
    private async Task AssertList(string fqid, string field, string expectedJson)
    {
        var model = await ReadBackendModel(fqid);
        var expected = JsonNode.Parse(expectedJson);
        Assert.True(JsonNode.DeepEquals(expected, model[field]), $"{fqid}/{field}: expected {expected?.ToJsonString()}, actual {model[field]?.ToJsonString() ?? "absent"}");
    }

    // Upstream's data. Ids: the tens name the collection (2x committee, 3x mediafile, 4x meeting, 5x group, 6x motion,
    // 7x projector, 8x poll, 9x option, 10x vote, 11x personal note, 12x speaker, 13x candidate, 14x submitter,
    // 15x chat message, 16x state, 17x list of speakers, 18x assignment, 19x chat group, 20x theme, 21x workflow,
    // 22x user); meeting users are created from 1. meeting/43 is deleted before the migration.
    private static readonly string[] UpstreamEvents =
    [
        """
        {"type": "create", "fqid": "organization/1", "fields": {
            "id": 1,
            "default_language": "en",
            "theme_id": 201,
            "theme_ids": [201],
            "user_ids": [221, 222, 223, 224],
            "committee_ids": [11, 12],
            "active_meeting_ids": [41, 42]
        }}
        """,
        """
        {"type": "create", "fqid": "theme/201", "fields": {
            "id": 201,
            "name": "theme",
            "accent_500": "#000000",
            "primary_500": "#000000",
            "warn_500": "#000000",
            "theme_for_organization_id": 1,
            "organization_id": 1
        }}
        """,
        """
        {"type": "create", "fqid": "user/221", "fields": {
            "id": 221,
            "organization_id": 1,
            "username": "user1",
            "committee_$_management_level": ["can_manage"],
            "committee_$can_manage_management_level": [11],
            "poll_voted_$_ids": ["41", "42"],
            "poll_voted_$41_ids": [81],
            "poll_voted_$42_ids": [82],
            "option_$_ids": ["41", "42"],
            "option_$41_ids": [91, 92],
            "option_$42_ids": null,
            "vote_$_ids": ["41", "42"],
            "vote_$41_ids": [101],
            "vote_delegated_vote_$_ids": ["41", "42"],
            "vote_delegated_vote_$41_ids": [101],
            "vote_delegated_vote_$42_ids": [],
            "comment_$": ["41"],
            "comment_$41": "comment",
            "number_$": ["41"],
            "number_$41": "number",
            "structure_level_$": ["41"],
            "structure_level_$41": "structure level",
            "about_me_$": ["41"],
            "about_me_$41": "about me",
            "vote_weight_$": ["41"],
            "vote_weight_$41": "1.234567",
            "group_$_ids": ["41", "42"],
            "group_$41_ids": [51, 52],
            "group_$42_ids": [53],
            "speaker_$_ids": ["41"],
            "speaker_$41_ids": [121],
            "personal_note_$_ids": ["41"],
            "personal_note_$41_ids": [111],
            "supported_motion_$_ids": ["41"],
            "supported_motion_$41_ids": [61],
            "submitted_motion_$_ids": ["41"],
            "submitted_motion_$41_ids": [141],
            "assignment_candidate_$_ids": ["41"],
            "assignment_candidate_$41_ids": [131],
            "vote_delegated_$_to_id": ["41"],
            "vote_delegated_$41_to_id": 222,
            "chat_message_$_ids": ["41"],
            "chat_message_$41_ids": [151]
        }}
        """,
        """
        {"type": "create", "fqid": "user/222", "fields": {
            "id": 222,
            "organization_id": 1,
            "username": "user2",
            "comment_$": [],
            "number_$": null,
            "group_$_ids": ["41"],
            "group_$41_ids": [51],
            "vote_delegations_$_from_ids": ["41"],
            "vote_delegations_$41_from_ids": [221]
        }}
        """,
        """
        {"type": "create", "fqid": "user/223", "fields": {
            "id": 223,
            "organization_id": 1,
            "username": "user3",
            "comment_$": ["43"],
            "comment_$43": "comment",
            "poll_voted_$_ids": ["43"],
            "poll_voted_$43_ids": [],
            "vote_delegated_$_to_id": ["43"],
            "vote_delegated_$43_to_id": 224
        }}
        """,
        """
        {"type": "create", "fqid": "user/224", "fields": {
            "id": 224,
            "organization_id": 1,
            "username": "user4",
            "vote_delegations_$_from_ids": ["43"],
            "vote_delegations_$43_from_ids": [223]
        }}
        """,
        """
        {"type": "create", "fqid": "committee/11", "fields": {
            "id": 11,
            "organization_id": 1,
            "name": "committee1",
            "user_$_management_level": ["can_manage"],
            "user_$can_manage_management_level": [221],
            "meeting_ids": [41]
        }}
        """,
        """
        {"type": "create", "fqid": "committee/12", "fields": {
            "id": 12,
            "organization_id": 1,
            "name": "committee2",
            "user_$_management_level": [],
            "user_$can_manage_management_level": [221],
            "meeting_ids": [42]
        }}
        """,
        """
        {"type": "create", "fqid": "meeting/41", "fields": {
            "id": 41,
            "is_active_in_organization_id": 1,
            "committee_id": 11,
            "motion_ids": [61],
            "mediafile_ids": [31, 32],
            "projector_ids": [71, 72],
            "group_ids": [51, 52],
            "poll_ids": [81],
            "option_ids": [91, 92],
            "vote_ids": [101],
            "speaker_ids": [121],
            "list_of_speakers_ids": [171, 172],
            "personal_note_ids": [111],
            "motion_submitter_ids": [141],
            "motion_workflow_ids": [211],
            "motion_state_ids": [161],
            "assignment_ids": [181],
            "assignment_candidate_ids": [131],
            "chat_group_ids": [191],
            "chat_message_ids": [151],
            "default_group_id": 51,
            "reference_projector_id": 71,
            "motions_default_workflow_id": 211,
            "motions_default_amendment_workflow_id": 211,
            "motions_default_statute_amendment_workflow_id": 211,
            "logo_$_id": ["projector_main", "projector_header", "web_header", "pdf_header_l", "pdf_header_r", "pdf_footer_l", "pdf_footer_r", "pdf_ballot_paper"],
            "logo_$projector_main_id": 31,
            "logo_$projector_header_id": 31,
            "logo_$web_header_id": 31,
            "logo_$pdf_header_l_id": 31,
            "logo_$pdf_header_r_id": 31,
            "logo_$pdf_footer_l_id": 31,
            "logo_$pdf_footer_r_id": 31,
            "logo_$pdf_ballot_paper_id": 32,
            "font_$_id": ["regular", "italic", "bold", "bold_italic", "monospace", "chyron_speaker_name", "projector_h1", "projector_h2"],
            "font_$regular_id": 33,
            "font_$italic_id": 33,
            "font_$bold_id": 33,
            "font_$bold_italic_id": 33,
            "font_$monospace_id": 33,
            "font_$chyron_speaker_name_id": 33,
            "font_$projector_h1_id": 33,
            "font_$projector_h2_id": 33,
            "default_projector_$_ids": ["agenda_all_items", "topics", "list_of_speakers", "current_list_of_speakers", "motion", "amendment", "motion_block", "assignment", "mediafile", "projector_message", "projector_countdowns", "assignment_poll", "motion_poll", "poll"],
            "default_projector_$agenda_all_items_ids": [71, 72],
            "default_projector_$topics_ids": [71],
            "default_projector_$list_of_speakers_ids": [71],
            "default_projector_$current_list_of_speakers_ids": [71],
            "default_projector_$motion_ids": [71],
            "default_projector_$amendment_ids": [71],
            "default_projector_$motion_block_ids": [71],
            "default_projector_$assignment_ids": [71],
            "default_projector_$mediafile_ids": [71],
            "default_projector_$projector_message_ids": [71],
            "default_projector_$projector_countdowns_ids": [71],
            "default_projector_$assignment_poll_ids": [71],
            "default_projector_$motion_poll_ids": [71],
            "default_projector_$poll_ids": [71]
        }}
        """,
        """
        {"type": "create", "fqid": "meeting/42", "fields": {
            "id": 42,
            "is_active_in_organization_id": 1,
            "committee_id": 12,
            "motion_ids": [62],
            "group_ids": [53],
            "poll_ids": [82],
            "list_of_speakers_ids": [173],
            "mediafile_ids": [33],
            "motion_workflow_ids": [212],
            "motion_state_ids": [162],
            "projector_ids": [73],
            "default_group_id": 53,
            "reference_projector_id": 73,
            "motions_default_workflow_id": 212,
            "motions_default_amendment_workflow_id": 212,
            "motions_default_statute_amendment_workflow_id": 212,
            "default_projector_$_ids": []
        }}
        """,
        """{"type": "create", "fqid": "meeting/43", "fields": {"id": 43}}""",
        """
        {"type": "create", "fqid": "motion/61", "fields": {
            "id": 61,
            "meeting_id": 41,
            "sequential_number": 1,
            "title": "title",
            "amendment_paragraphs_$": ["0", "1", "2", "42"],
            "amendment_paragraphs_$0": "change",
            "amendment_paragraphs_$1": "change",
            "amendment_paragraphs_$2": "change",
            "amendment_paragraphs_$42": "change",
            "state_id": 161,
            "list_of_speakers_id": 171,
            "supporter_ids": [221],
            "submitter_ids": [141]
        }}
        """,
        """
        {"type": "create", "fqid": "motion/62", "fields": {
            "id": 62,
            "meeting_id": 42,
            "sequential_number": 1,
            "title": "title",
            "state_id": 162,
            "list_of_speakers_id": 173,
            "poll_ids": [82]
        }}
        """,
        """
        {"type": "create", "fqid": "mediafile/31", "fields": {
            "id": 31,
            "owner_id": "meeting/41",
            "title": "logo1",
            "is_public": true,
            "used_as_logo_$_in_meeting_id": ["projector_main", "projector_header", "web_header", "pdf_header_l", "pdf_header_r", "pdf_footer_l", "pdf_footer_r"],
            "used_as_logo_$projector_main_in_meeting_id": 41,
            "used_as_logo_$projector_header_in_meeting_id": 41,
            "used_as_logo_$web_header_in_meeting_id": 41,
            "used_as_logo_$pdf_header_l_in_meeting_id": 41,
            "used_as_logo_$pdf_header_r_in_meeting_id": 41,
            "used_as_logo_$pdf_footer_l_in_meeting_id": 41,
            "used_as_logo_$pdf_footer_r_in_meeting_id": 41
        }}
        """,
        """
        {"type": "create", "fqid": "mediafile/32", "fields": {
            "id": 32,
            "owner_id": "meeting/41",
            "title": "logo2",
            "is_public": true,
            "used_as_logo_$_in_meeting_id": ["pdf_ballot_paper"],
            "used_as_logo_$pdf_ballot_paper_in_meeting_id": 41
        }}
        """,
        """
        {"type": "create", "fqid": "mediafile/33", "fields": {
            "id": 33,
            "owner_id": "meeting/42",
            "title": "font",
            "is_public": true,
            "used_as_font_$_in_meeting_id": ["regular", "italic", "bold", "bold_italic", "monospace", "chyron_speaker_name", "projector_h1", "projector_h2"],
            "used_as_font_$regular_in_meeting_id": 41,
            "used_as_font_$italic_in_meeting_id": 41,
            "used_as_font_$bold_in_meeting_id": 41,
            "used_as_font_$bold_italic_in_meeting_id": 41,
            "used_as_font_$monospace_in_meeting_id": 41,
            "used_as_font_$chyron_speaker_name_in_meeting_id": 41,
            "used_as_font_$projector_h1_in_meeting_id": 41,
            "used_as_font_$projector_h2_in_meeting_id": 41
        }}
        """,
        """
        {"type": "create", "fqid": "projector/71", "fields": {
            "id": 71,
            "sequential_number": 1,
            "meeting_id": 41,
            "used_as_reference_projector_meeting_id": 41,
            "used_as_default_$_in_meeting_id": ["agenda_all_items", "topics", "list_of_speakers", "current_list_of_speakers", "motion", "amendment", "motion_block", "assignment", "mediafile", "projector_message", "projector_countdowns", "assignment_poll", "motion_poll", "poll"],
            "used_as_default_$agenda_all_items_in_meeting_id": 41,
            "used_as_default_$topics_in_meeting_id": 41,
            "used_as_default_$list_of_speakers_in_meeting_id": 41,
            "used_as_default_$current_list_of_speakers_in_meeting_id": 41,
            "used_as_default_$motion_in_meeting_id": 41,
            "used_as_default_$amendment_in_meeting_id": 41,
            "used_as_default_$motion_block_in_meeting_id": 41,
            "used_as_default_$assignment_in_meeting_id": 41,
            "used_as_default_$mediafile_in_meeting_id": 41,
            "used_as_default_$projector_message_in_meeting_id": 41,
            "used_as_default_$projector_countdowns_in_meeting_id": 41,
            "used_as_default_$assignment_poll_in_meeting_id": 41,
            "used_as_default_$motion_poll_in_meeting_id": 41,
            "used_as_default_$poll_in_meeting_id": 41
        }}
        """,
        """
        {"type": "create", "fqid": "projector/72", "fields": {
            "id": 72,
            "sequential_number": 2,
            "meeting_id": 41,
            "used_as_default_$_in_meeting_id": ["agenda_all_items"],
            "used_as_default_$agenda_all_items_in_meeting_id": 41
        }}
        """,
        """
        {"type": "create", "fqid": "projector/73", "fields": {
            "id": 73,
            "sequential_number": 1,
            "meeting_id": 42,
            "used_as_reference_projector_meeting_id": 42
        }}
        """,
        """
        {"type": "create", "fqid": "poll/81", "fields": {
            "id": 81,
            "sequential_number": 1,
            "meeting_id": 41,
            "content_object_id": "assignment/181",
            "title": "title",
            "type": "analog",
            "backend": "fast",
            "pollmethod": "YN",
            "state": "finished",
            "onehundred_percent_base": "disabled",
            "option_ids": [91, 92],
            "voted_ids": [221]
        }}
        """,
        """
        {"type": "create", "fqid": "poll/82", "fields": {
            "id": 82,
            "sequential_number": 1,
            "meeting_id": 42,
            "content_object_id": "motion/62",
            "title": "title",
            "type": "analog",
            "backend": "fast",
            "pollmethod": "YN",
            "state": "finished",
            "onehundred_percent_base": "disabled",
            "voted_ids": [221]
        }}
        """,
        """
        {"type": "create", "fqid": "option/91", "fields": {
            "id": 91,
            "poll_id": 81,
            "meeting_id": 41,
            "content_object_id": "user/221",
            "vote_ids": [101]
        }}
        """,
        """{"type": "create", "fqid": "option/92", "fields": {"id": 92, "poll_id": 81, "meeting_id": 41, "content_object_id": "user/221"}}""",
        """
        {"type": "create", "fqid": "vote/101", "fields": {
            "id": 101,
            "option_id": 91,
            "meeting_id": 41,
            "user_token": "token",
            "value": "Y",
            "user_id": 221,
            "delegated_user_id": 221
        }}
        """,
        """
        {"type": "create", "fqid": "group/51", "fields": {
            "id": 51,
            "meeting_id": 41,
            "name": "group1",
            "user_ids": [221, 222],
            "default_group_for_meeting_id": 41
        }}
        """,
        """{"type": "create", "fqid": "group/52", "fields": {"id": 52, "meeting_id": 41, "name": "group2", "user_ids": [221]}}""",
        """
        {"type": "create", "fqid": "group/53", "fields": {
            "id": 53,
            "meeting_id": 42,
            "name": "group3",
            "user_ids": [221],
            "default_group_for_meeting_id": 42
        }}
        """,
        """{"type": "create", "fqid": "speaker/121", "fields": {"id": 121, "meeting_id": 41, "list_of_speakers_id": 171, "user_id": 221}}""",
        """
        {"type": "create", "fqid": "list_of_speakers/171", "fields": {
            "id": 171,
            "sequential_number": 1,
            "meeting_id": 41,
            "content_object_id": "motion/61",
            "speaker_ids": [121]
        }}
        """,
        """
        {"type": "create", "fqid": "list_of_speakers/172", "fields": {
            "id": 172,
            "sequential_number": 2,
            "meeting_id": 41,
            "content_object_id": "assignment/181"
        }}
        """,
        """
        {"type": "create", "fqid": "list_of_speakers/173", "fields": {
            "id": 173,
            "sequential_number": 1,
            "meeting_id": 42,
            "content_object_id": "motion/62"
        }}
        """,
        """{"type": "create", "fqid": "personal_note/111", "fields": {"id": 111, "meeting_id": 41, "user_id": 221}}""",
        """{"type": "create", "fqid": "motion_submitter/141", "fields": {"id": 141, "meeting_id": 41, "motion_id": 61, "user_id": 221}}""",
        """{"type": "create", "fqid": "assignment_candidate/131", "fields": {"id": 131, "meeting_id": 41, "assignment_id": 181, "user_id": 221}}""",
        """
        {"type": "create", "fqid": "assignment/181", "fields": {
            "id": 181,
            "sequential_number": 1,
            "meeting_id": 41,
            "title": "assignment",
            "candidate_ids": [131],
            "list_of_speakers_id": 172,
            "poll_ids": [81]
        }}
        """,
        """
        {"type": "create", "fqid": "chat_message/151", "fields": {
            "id": 151,
            "meeting_id": 41,
            "user_id": 221,
            "chat_group_id": 191,
            "content": "message",
            "created": 1684938947
        }}
        """,
        """{"type": "create", "fqid": "chat_group/191", "fields": {"id": 191, "meeting_id": 41, "chat_message_ids": [151], "name": "chat group"}}""",
        """
        {"type": "create", "fqid": "motion_workflow/211", "fields": {
            "id": 211,
            "meeting_id": 41,
            "default_workflow_meeting_id": 41,
            "default_amendment_workflow_meeting_id": 41,
            "default_statute_amendment_workflow_meeting_id": 41,
            "name": "workflow",
            "sequential_number": 1,
            "first_state_id": 161,
            "state_ids": [161]
        }}
        """,
        """
        {"type": "create", "fqid": "motion_workflow/212", "fields": {
            "id": 212,
            "meeting_id": 42,
            "default_workflow_meeting_id": 42,
            "default_amendment_workflow_meeting_id": 42,
            "default_statute_amendment_workflow_meeting_id": 42,
            "name": "workflow",
            "sequential_number": 1,
            "first_state_id": 162,
            "state_ids": [162]
        }}
        """,
        """
        {"type": "create", "fqid": "motion_state/161", "fields": {
            "id": 161,
            "meeting_id": 41,
            "name": "state",
            "weight": 1,
            "css_class": "lightblue",
            "workflow_id": 211,
            "first_state_of_workflow_id": 211,
            "motion_ids": [61]
        }}
        """,
        """
        {"type": "create", "fqid": "motion_state/162", "fields": {
            "id": 162,
            "meeting_id": 42,
            "name": "state",
            "weight": 1,
            "css_class": "lightblue",
            "workflow_id": 212,
            "first_state_of_workflow_id": 212,
            "motion_ids": [62]
        }}
        """,
    ];

    private static readonly (string Fqid, string Model)[] UpstreamExpected =
    [
        ("organization/1", """
            {
                "id": 1,
                "default_language": "en",
                "theme_id": 201,
                "theme_ids": [201],
                "user_ids": [221, 222, 223, 224],
                "committee_ids": [11, 12],
                "active_meeting_ids": [41, 42]
            }
            """),
        ("theme/201", """
            {
                "id": 201,
                "name": "theme",
                "accent_500": "#000000",
                "primary_500": "#000000",
                "warn_500": "#000000",
                "theme_for_organization_id": 1,
                "organization_id": 1
            }
            """),
        ("user/221", """
            {
                "id": 221,
                "organization_id": 1,
                "username": "user1",
                "committee_management_ids": [11],
                "poll_voted_ids": [81, 82],
                "option_ids": [91, 92],
                "vote_ids": [101],
                "delegated_vote_ids": [101],
                "meeting_user_ids": [1, 2]
            }
            """),
        ("meeting_user/1", """
            {
                "id": 1,
                "meeting_id": 41,
                "user_id": 221,
                "comment": "comment",
                "number": "number",
                "structure_level": "structure level",
                "about_me": "about me",
                "vote_weight": "1.234567",
                "group_ids": [51, 52],
                "speaker_ids": [121],
                "personal_note_ids": [111],
                "supported_motion_ids": [61],
                "motion_submitter_ids": [141],
                "assignment_candidate_ids": [131],
                "vote_delegated_to_id": 3,
                "chat_message_ids": [151]
            }
            """),
        ("meeting_user/2", """{"id": 2, "meeting_id": 42, "user_id": 221, "group_ids": [53]}"""),
        ("user/222", """{"id": 222, "organization_id": 1, "username": "user2", "meeting_user_ids": [3]}"""),
        ("meeting_user/3", """{"id": 3, "meeting_id": 41, "user_id": 222, "group_ids": [51], "vote_delegations_from_ids": [1]}"""),
        ("user/223", """{"id": 223, "organization_id": 1, "username": "user3"}"""),
        ("user/224", """{"id": 224, "organization_id": 1, "username": "user4"}"""),
        ("committee/11", """{"id": 11, "organization_id": 1, "name": "committee1", "manager_ids": [221], "meeting_ids": [41]}"""),
        ("committee/12", """
            {
                "id": 12,
                "organization_id": 1,
                "name": "committee2",
                "user_$can_manage_management_level": [221],
                "meeting_ids": [42]
            }
            """),
        ("meeting/41", """
            {
                "id": 41,
                "is_active_in_organization_id": 1,
                "committee_id": 11,
                "meeting_user_ids": [1, 3],
                "motion_ids": [61],
                "mediafile_ids": [31, 32],
                "projector_ids": [71, 72],
                "group_ids": [51, 52],
                "poll_ids": [81],
                "option_ids": [91, 92],
                "vote_ids": [101],
                "speaker_ids": [121],
                "list_of_speakers_ids": [171, 172],
                "personal_note_ids": [111],
                "motion_submitter_ids": [141],
                "motion_workflow_ids": [211],
                "motion_state_ids": [161],
                "assignment_ids": [181],
                "assignment_candidate_ids": [131],
                "chat_group_ids": [191],
                "chat_message_ids": [151],
                "default_group_id": 51,
                "reference_projector_id": 71,
                "motions_default_workflow_id": 211,
                "motions_default_amendment_workflow_id": 211,
                "motions_default_statute_amendment_workflow_id": 211,
                "logo_projector_main_id": 31,
                "logo_projector_header_id": 31,
                "logo_web_header_id": 31,
                "logo_pdf_header_l_id": 31,
                "logo_pdf_header_r_id": 31,
                "logo_pdf_footer_l_id": 31,
                "logo_pdf_footer_r_id": 31,
                "logo_pdf_ballot_paper_id": 32,
                "font_regular_id": 33,
                "font_italic_id": 33,
                "font_bold_id": 33,
                "font_bold_italic_id": 33,
                "font_monospace_id": 33,
                "font_chyron_speaker_name_id": 33,
                "font_projector_h1_id": 33,
                "font_projector_h2_id": 33,
                "default_projector_agenda_item_list_ids": [71, 72],
                "default_projector_topic_ids": [71],
                "default_projector_list_of_speakers_ids": [71],
                "default_projector_current_list_of_speakers_ids": [71],
                "default_projector_motion_ids": [71],
                "default_projector_amendment_ids": [71],
                "default_projector_motion_block_ids": [71],
                "default_projector_assignment_ids": [71],
                "default_projector_mediafile_ids": [71],
                "default_projector_message_ids": [71],
                "default_projector_countdown_ids": [71],
                "default_projector_assignment_poll_ids": [71],
                "default_projector_motion_poll_ids": [71],
                "default_projector_poll_ids": [71]
            }
            """),
        ("meeting/42", """
            {
                "id": 42,
                "is_active_in_organization_id": 1,
                "committee_id": 12,
                "meeting_user_ids": [2],
                "motion_ids": [62],
                "group_ids": [53],
                "poll_ids": [82],
                "list_of_speakers_ids": [173],
                "mediafile_ids": [33],
                "motion_workflow_ids": [212],
                "motion_state_ids": [162],
                "projector_ids": [73],
                "default_group_id": 53,
                "reference_projector_id": 73,
                "motions_default_workflow_id": 212,
                "motions_default_amendment_workflow_id": 212,
                "motions_default_statute_amendment_workflow_id": 212
            }
            """),
        ("motion/61", """
            {
                "id": 61,
                "meeting_id": 41,
                "sequential_number": 1,
                "title": "title",
                "amendment_paragraphs": {"0": "change", "1": "change", "2": "change", "42": "change"},
                "state_id": 161,
                "list_of_speakers_id": 171,
                "supporter_meeting_user_ids": [1],
                "submitter_ids": [141]
            }
            """),
        ("motion/62", """
            {
                "id": 62,
                "meeting_id": 42,
                "sequential_number": 1,
                "title": "title",
                "state_id": 162,
                "list_of_speakers_id": 173,
                "poll_ids": [82]
            }
            """),
        ("mediafile/31", """
            {
                "id": 31,
                "owner_id": "meeting/41",
                "title": "logo1",
                "is_public": true,
                "used_as_logo_projector_main_in_meeting_id": 41,
                "used_as_logo_projector_header_in_meeting_id": 41,
                "used_as_logo_web_header_in_meeting_id": 41,
                "used_as_logo_pdf_header_l_in_meeting_id": 41,
                "used_as_logo_pdf_header_r_in_meeting_id": 41,
                "used_as_logo_pdf_footer_l_in_meeting_id": 41,
                "used_as_logo_pdf_footer_r_in_meeting_id": 41
            }
            """),
        ("mediafile/32", """
            {
                "id": 32,
                "owner_id": "meeting/41",
                "title": "logo2",
                "is_public": true,
                "used_as_logo_pdf_ballot_paper_in_meeting_id": 41
            }
            """),
        ("mediafile/33", """
            {
                "id": 33,
                "owner_id": "meeting/42",
                "title": "font",
                "is_public": true,
                "used_as_font_regular_in_meeting_id": 41,
                "used_as_font_italic_in_meeting_id": 41,
                "used_as_font_bold_in_meeting_id": 41,
                "used_as_font_bold_italic_in_meeting_id": 41,
                "used_as_font_monospace_in_meeting_id": 41,
                "used_as_font_chyron_speaker_name_in_meeting_id": 41,
                "used_as_font_projector_h1_in_meeting_id": 41,
                "used_as_font_projector_h2_in_meeting_id": 41
            }
            """),
        ("projector/71", """
            {
                "id": 71,
                "sequential_number": 1,
                "meeting_id": 41,
                "used_as_reference_projector_meeting_id": 41,
                "used_as_default_projector_for_agenda_item_list_in_meeting_id": 41,
                "used_as_default_projector_for_topic_in_meeting_id": 41,
                "used_as_default_projector_for_list_of_speakers_in_meeting_id": 41,
                "used_as_default_projector_for_current_list_of_speakers_in_meeting_id": 41,
                "used_as_default_projector_for_motion_in_meeting_id": 41,
                "used_as_default_projector_for_amendment_in_meeting_id": 41,
                "used_as_default_projector_for_motion_block_in_meeting_id": 41,
                "used_as_default_projector_for_assignment_in_meeting_id": 41,
                "used_as_default_projector_for_mediafile_in_meeting_id": 41,
                "used_as_default_projector_for_message_in_meeting_id": 41,
                "used_as_default_projector_for_countdown_in_meeting_id": 41,
                "used_as_default_projector_for_assignment_poll_in_meeting_id": 41,
                "used_as_default_projector_for_motion_poll_in_meeting_id": 41,
                "used_as_default_projector_for_poll_in_meeting_id": 41
            }
            """),
        ("projector/72", """
            {
                "id": 72,
                "sequential_number": 2,
                "meeting_id": 41,
                "used_as_default_projector_for_agenda_item_list_in_meeting_id": 41
            }
            """),
        ("projector/73", """{"id": 73, "sequential_number": 1, "meeting_id": 42, "used_as_reference_projector_meeting_id": 42}"""),
        ("poll/81", """
            {
                "id": 81,
                "sequential_number": 1,
                "meeting_id": 41,
                "content_object_id": "assignment/181",
                "title": "title",
                "type": "analog",
                "backend": "fast",
                "pollmethod": "YN",
                "state": "finished",
                "onehundred_percent_base": "disabled",
                "option_ids": [91, 92],
                "voted_ids": [221]
            }
            """),
        ("poll/82", """
            {
                "id": 82,
                "sequential_number": 1,
                "meeting_id": 42,
                "content_object_id": "motion/62",
                "title": "title",
                "type": "analog",
                "backend": "fast",
                "pollmethod": "YN",
                "state": "finished",
                "onehundred_percent_base": "disabled",
                "voted_ids": [221]
            }
            """),
        ("option/91", """{"id": 91, "poll_id": 81, "meeting_id": 41, "content_object_id": "user/221", "vote_ids": [101]}"""),
        ("option/92", """{"id": 92, "poll_id": 81, "meeting_id": 41, "content_object_id": "user/221"}"""),
        ("vote/101", """
            {
                "id": 101,
                "option_id": 91,
                "meeting_id": 41,
                "user_token": "token",
                "value": "Y",
                "user_id": 221,
                "delegated_user_id": 221
            }
            """),
        ("group/51", """
            {
                "id": 51,
                "meeting_id": 41,
                "name": "group1",
                "meeting_user_ids": [1, 3],
                "default_group_for_meeting_id": 41
            }
            """),
        ("group/52", """{"id": 52, "meeting_id": 41, "name": "group2", "meeting_user_ids": [1]}"""),
        ("group/53", """
            {
                "id": 53,
                "meeting_id": 42,
                "name": "group3",
                "meeting_user_ids": [2],
                "default_group_for_meeting_id": 42
            }
            """),
        ("speaker/121", """{"id": 121, "meeting_id": 41, "list_of_speakers_id": 171, "meeting_user_id": 1}"""),
        ("list_of_speakers/171", """
            {
                "id": 171,
                "sequential_number": 1,
                "meeting_id": 41,
                "content_object_id": "motion/61",
                "speaker_ids": [121]
            }
            """),
        ("list_of_speakers/172", """{"id": 172, "sequential_number": 2, "meeting_id": 41, "content_object_id": "assignment/181"}"""),
        ("list_of_speakers/173", """{"id": 173, "sequential_number": 1, "meeting_id": 42, "content_object_id": "motion/62"}"""),
        ("personal_note/111", """{"id": 111, "meeting_id": 41, "meeting_user_id": 1}"""),
        ("motion_submitter/141", """{"id": 141, "meeting_id": 41, "motion_id": 61, "meeting_user_id": 1}"""),
        ("assignment_candidate/131", """{"id": 131, "meeting_id": 41, "assignment_id": 181, "meeting_user_id": 1}"""),
        ("assignment/181", """
            {
                "id": 181,
                "sequential_number": 1,
                "meeting_id": 41,
                "title": "assignment",
                "candidate_ids": [131],
                "list_of_speakers_id": 172,
                "poll_ids": [81]
            }
            """),
        ("chat_message/151", """
            {
                "id": 151,
                "meeting_id": 41,
                "meeting_user_id": 1,
                "chat_group_id": 191,
                "content": "message",
                "created": 1684938947
            }
            """),
        ("chat_group/191", """{"id": 191, "meeting_id": 41, "chat_message_ids": [151], "name": "chat group"}"""),
        ("motion_workflow/211", """
            {
                "id": 211,
                "meeting_id": 41,
                "default_workflow_meeting_id": 41,
                "default_amendment_workflow_meeting_id": 41,
                "default_statute_amendment_workflow_meeting_id": 41,
                "name": "workflow",
                "sequential_number": 1,
                "first_state_id": 161,
                "state_ids": [161]
            }
            """),
        ("motion_workflow/212", """
            {
                "id": 212,
                "meeting_id": 42,
                "default_workflow_meeting_id": 42,
                "default_amendment_workflow_meeting_id": 42,
                "default_statute_amendment_workflow_meeting_id": 42,
                "name": "workflow",
                "sequential_number": 1,
                "first_state_id": 162,
                "state_ids": [162]
            }
            """),
        ("motion_state/161", """
            {
                "id": 161,
                "meeting_id": 41,
                "name": "state",
                "weight": 1,
                "css_class": "lightblue",
                "workflow_id": 211,
                "first_state_of_workflow_id": 211,
                "motion_ids": [61]
            }
            """),
        ("motion_state/162", """
            {
                "id": 162,
                "meeting_id": 42,
                "name": "state",
                "weight": 1,
                "css_class": "lightblue",
                "workflow_id": 212,
                "first_state_of_workflow_id": 212,
                "motion_ids": [62]
            }
            """),
    ];
}
