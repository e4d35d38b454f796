using System.Text.Json.Nodes;

namespace Migrations.Tests;

/// <summary>
/// 0050_add_identical_motions: upstream's case (tests/system/migrations/test_0050_add_identical_motions.py) and
/// ours. Upstream's test computes the expected hashes with the backend's <c>TextHashMixin</c>; here they are that
/// function's results, from <c>eng/upstream-text-hashes.py</c> (md5 of "text1", of "text2", and of
/// <c>{"0": "text"}</c>), and the other expected values come from upstream's migration run with python3 on the same
/// models. The hash itself is tested on its own in <see cref="MotionTextHashTests"/>.
/// </summary>
public class M0050AddIdenticalMotionsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0050_add_identical_motions";
    private const string Text1 = "cef7ccd89dacf1ced6f5ec91d759953f";
    private const string Text2 = "fe6123a759017e4a2af4a2d19961ed71";
    private const string ParagraphText = "23e690b5da380b7ac6860919492029c0";

    [Fact]
    public async Task M0050_migration()
    {
        await Write(
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_ids": [1, 2, 3, 4, 5, 6, 11, 12, 42]}}""",
            CreateMotion(1, 1, "text1"),
            CreateMotion(2, 1, "text1"),
            CreateMotion(3, 1, "text2"),
            """{"type": "create", "fqid": "motion/42", "fields": {"id": 42, "meeting_id": 1, "amendment_ids": [4, 5, 6, 11, 12]}}""",
            CreateMotion(4, 1, "text1", leadMotionId: 42),
            CreateMotion(5, 1, "text1", leadMotionId: 42),
            CreateMotion(6, 1, "text2", leadMotionId: 42),
            CreateMotion(11, 1, paragraphs: """{"0": "<p>text</p>"}""", leadMotionId: 42),
            CreateMotion(12, 1, paragraphs: """{"0": "<div>text</div>"}""", leadMotionId: 42),
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "motion_ids": [7, 8, 9]}}""",
            CreateMotion(7, 2, "text1"),
            CreateMotion(8, 2, "text1"),
            CreateMotion(9, 2, "text1"));
        await Finalize(Name);

        await AssertMotion("""{"id": 1, "meeting_id": 1, "text": "text1"}""", Text1, [2]);
        await AssertMotion("""{"id": 2, "meeting_id": 1, "text": "text1"}""", Text1, [1]);
        await AssertMotion("""{"id": 3, "meeting_id": 1, "text": "text2"}""", Text2, []);
        await AssertMotion("""{"id": 4, "meeting_id": 1, "text": "text1", "lead_motion_id": 42}""", Text1, [5]);
        await AssertMotion("""{"id": 5, "meeting_id": 1, "text": "text1", "lead_motion_id": 42}""", Text1, [4]);
        await AssertMotion("""{"id": 6, "meeting_id": 1, "text": "text2", "lead_motion_id": 42}""", Text2, []);
        await AssertMotion("""{"id": 11, "meeting_id": 1, "amendment_paragraphs": {"0": "<p>text</p>"}, "lead_motion_id": 42}""", ParagraphText, [12]);
        await AssertMotion("""{"id": 12, "meeting_id": 1, "amendment_paragraphs": {"0": "<div>text</div>"}, "lead_motion_id": 42}""", ParagraphText, [11]);
        await AssertMotion("""{"id": 7, "meeting_id": 2, "text": "text1"}""", Text1, [8, 9]);
        await AssertMotion("""{"id": 8, "meeting_id": 2, "text": "text1"}""", Text1, [7, 9]);
        await AssertMotion("""{"id": 9, "meeting_id": 2, "text": "text1"}""", Text1, [7, 8]);
        // Not asserted upstream: the lead motion has neither text nor paragraphs, so no hash.
        await AssertBackendModel("motion/42", """{"id": 42, "meeting_id": 1, "amendment_ids": [4, 5, 6, 11, 12]}""");
    }

    [Fact]
    public async Task M0050_in_memory_texts_are_identical_by_their_text_and_ids_follow_the_import_order()
    {
        // The markup does not count, the text does: 3, 1 and 9 all read "Gleicher Text"; &nbsp;, a newline between
        // paragraphs and no space between them make other texts. Stale hash fields are overwritten; a motion
        // without text keeps its stale identical_motion_ids; a falsy text gives way to the paragraphs.
        var result = await MigrateInMemory(Name, """
            {
                "meeting/1": {"id": 1},
                "motion/3": {"id": 3, "meeting_id": 1, "text": "<p>Gleicher <b>Text</b></p>"},
                "motion/1": {"id": 1, "meeting_id": 1, "text": "Gleicher Text"},
                "motion/2": {"id": 2, "meeting_id": 1, "text": "<div>Gleicher&nbsp;Text</div>"},
                "motion/9": {"id": 9, "meeting_id": 1, "text": "<span>Gleicher</span> Text"},
                "motion/5": {"id": 5, "meeting_id": 1, "text": "<p>Gleicher</p>\n<p>Text</p>"},
                "motion/4": {"id": 4, "meeting_id": 1, "text": "<p>Gleicher</p><p>Text</p>", "text_hash": "stale", "identical_motion_ids": [99]},
                "motion/6": {"id": 6, "meeting_id": 1, "title": "no text", "identical_motion_ids": [98]},
                "motion/7": {"id": 7, "meeting_id": 1, "text": "", "amendment_paragraphs": {"0": "Gleicher Text"}},
                "motion/8": {"id": 8, "meeting_id": 1, "amendment_paragraphs": {"0": "<p>Gleicher Text</p>"}}
            }
            """);
        AssertModels(result, """
            {
                "meeting/1": {"id": 1},
                "motion/3": {"id": 3, "meeting_id": 1, "text": "<p>Gleicher <b>Text</b></p>", "text_hash": "cdabfadb62b7129d7a7675b4ba0776ab", "identical_motion_ids": [1, 9]},
                "motion/1": {"id": 1, "meeting_id": 1, "text": "Gleicher Text", "text_hash": "cdabfadb62b7129d7a7675b4ba0776ab", "identical_motion_ids": [3, 9]},
                "motion/2": {"id": 2, "meeting_id": 1, "text": "<div>Gleicher&nbsp;Text</div>", "text_hash": "4f19b388de2a8e732a6b7ada58e7dfaa", "identical_motion_ids": []},
                "motion/9": {"id": 9, "meeting_id": 1, "text": "<span>Gleicher</span> Text", "text_hash": "cdabfadb62b7129d7a7675b4ba0776ab", "identical_motion_ids": [3, 1]},
                "motion/5": {"id": 5, "meeting_id": 1, "text": "<p>Gleicher</p>\n<p>Text</p>", "text_hash": "5cc9e282a87fa1deabc62628ab9f1729", "identical_motion_ids": []},
                "motion/4": {"id": 4, "meeting_id": 1, "text": "<p>Gleicher</p><p>Text</p>", "text_hash": "a0a9dae10703bc811d457e50393d496d", "identical_motion_ids": []},
                "motion/6": {"id": 6, "meeting_id": 1, "title": "no text", "identical_motion_ids": [98]},
                "motion/7": {"id": 7, "meeting_id": 1, "text": "", "amendment_paragraphs": {"0": "Gleicher Text"}, "text_hash": "061c2026d02e817b24294f695305e64d", "identical_motion_ids": [8]},
                "motion/8": {"id": 8, "meeting_id": 1, "amendment_paragraphs": {"0": "<p>Gleicher Text</p>"}, "text_hash": "061c2026d02e817b24294f695305e64d", "identical_motion_ids": [7]}
            }
            """);
    }

    [Fact]
    public async Task M0050_deleted_motions_are_not_read()
    {
        await Write(CreateMotion(1, 1, "text1"), CreateMotion(2, 1, "text1"));
        await Write("""{"type": "delete", "fqid": "motion/2"}""");
        await Finalize(Name);
        await AssertMotion("""{"id": 1, "meeting_id": 1, "text": "text1"}""", Text1, []);
        await AssertBackendModel("motion/2", """{"id": 2, "meeting_id": 1, "text": "text1", "meta_deleted": true}""");
    }

    [Fact]
    public async Task M0050_motions_without_meeting_id_are_grouped_together()
    {
        // Upstream raises KeyError: 'meeting_id' (deliberate difference: a missing meeting id is one more key).
        await Write(
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "text": "text1"}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "text": "<p>text1</p>"}}""",
            CreateMotion(3, 1, "text1"));
        await Finalize(Name);
        await AssertMotion("""{"id": 1, "text": "text1"}""", Text1, [2]);
        await AssertMotion("""{"id": 2, "text": "<p>text1</p>"}""", Text1, [1]);
        await AssertMotion("""{"id": 3, "meeting_id": 1, "text": "text1"}""", Text1, []);
    }

    [Fact]
    public async Task M0050_nothing_to_hash_writes_no_position()
    {
        await Write(
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 1, "title": "t"}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "meeting_id": 1, "text": "", "amendment_paragraphs": {}}}""");
        await Finalize(Name);
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("motion/2", """{"id": 2, "meeting_id": 1, "text": "", "amendment_paragraphs": {}}""");
    }

    [Fact]
    public async Task M0050_a_text_that_upstream_cannot_hash_fails_the_migration_naming_every_such_motion()
    {
        // Upstream: ParserRejectedMarkup for motion/2, TypeError for motion/3 (it stops at the first).
        await Write(
            CreateMotion(1, 1, "text1"),
            CreateMotion(2, 1, "<p><![foo[x]]></p>"),
            """{"type": "create", "fqid": "motion/3", "fields": {"id": 3, "meeting_id": 1, "text": 5}}""");
        var error = await FinalizeFails(Name);
        Assert.IsType<InvalidOperationException>(error);
        Assert.Contains("motion/2: html.parser rejects the markup: unknown status keyword 'foo'", error.Message, StringComparison.Ordinal);
        Assert.Contains("motion/3: text is Number, not a string", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("motion/1", error.Message, StringComparison.Ordinal);
    }

    // Upstream's create_motion: None fields are given and left out by the create.
    private static string CreateMotion(int id, int meetingId, string? text = null, string? paragraphs = null, int? leadMotionId = null)
    {
        var fields = new JsonObject { ["id"] = id, ["meeting_id"] = meetingId };
        if (leadMotionId is { } lead)
        {
            fields["lead_motion_id"] = lead;
        }

        if (text is not null)
        {
            fields["text"] = text;
        }

        if (paragraphs is not null)
        {
            fields["amendment_paragraphs"] = Json.Node(paragraphs);
        }

        return new JsonObject { ["type"] = "create", ["fqid"] = $"motion/{id}", ["fields"] = fields }.ToJsonString();
    }

    // Upstream's assert_motion: the motion as created plus the hash and the identical motions.
    private Task AssertMotion(string motionJson, string hash, int[] identicalMotionIds)
    {
        var expected = Json.Obj(motionJson);
        expected["text_hash"] = hash;
        expected["identical_motion_ids"] = new JsonArray([.. identicalMotionIds.Select(i => (JsonNode)i)]);
        return AssertBackendModel($"motion/{expected["id"]}", expected.ToJsonString());
    }
}
