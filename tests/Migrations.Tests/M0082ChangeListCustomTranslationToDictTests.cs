using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;

namespace Migrations.Tests;

/// <summary>
/// 0082_change_list_custom_translation_to_dict: upstream's case
/// (tests/system/migrations/test_0082_change_list_custom_translation_to_dict.py) and ours.
/// <para>Upstream's <c>finalize</c> fixture also runs the backend's relation checker (<c>MigrationChecker</c>, which
/// skips unknown fields and type checks) over the whole datastore when the migration under test is the newest one,
/// so for this module only. It is not ported: on upstream's data, meetings with only <c>id</c> and
/// <c>custom_translations</c>, it has no relation to check and can only find that each model's <c>id</c> matches its
/// fqid, which the full model assertions below cover.</para>
/// </summary>
public class M0082ChangeListCustomTranslationToDictTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0082_change_list_custom_translation_to_dict";

    [Fact]
    public async Task M0082_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "custom_translations": {"a": "b", "c": "d", "e": "f", "g": "h", "i": "j", "k": "l", "m": "n", "o": "p", "q": "r", "s": "t", "u": "v", "w": "x", "y": "z"}}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "custom_translations": {"a": "z", "b": "y", "c": "x", "d": "w", "e": "v", "f": "u", "g": "t", "h": "s", "i": "r", "j": "q", "k": "p", "l": "o", "m": "n"}}}""",
            """{"type": "create", "fqid": "meeting/3", "fields": {"id": 3, "custom_translations": [{"original": "a", "translation": "b"}, {"original": "c", "translation": "d"}, {"original": "e", "translation": "f"}, {"original": "g", "translation": "h"}, {"original": "i", "translation": "j"}, {"original": "k", "translation": "l"}, {"original": "m", "translation": "n"}, {"original": "o", "translation": "p"}, {"original": "q", "translation": "r"}, {"original": "s", "translation": "t"}, {"original": "u", "translation": "v"}, {"original": "w", "translation": "x"}, {"original": "y", "translation": "z"}]}}""",
            """{"type": "create", "fqid": "meeting/4", "fields": {"id": 4, "custom_translations": [{"original": "a", "translation": "z"}, {"original": "b", "translation": "y"}, {"original": "c", "translation": "x"}, {"original": "d", "translation": "w"}, {"original": "e", "translation": "v"}, {"original": "f", "translation": "u"}, {"original": "g", "translation": "t"}, {"original": "h", "translation": "s"}, {"original": "i", "translation": "r"}, {"original": "j", "translation": "q"}, {"original": "k", "translation": "p"}, {"original": "l", "translation": "o"}, {"original": "m", "translation": "n"}]}}""",
            """{"type": "create", "fqid": "meeting/5", "fields": {"id": 5, "custom_translations": [{"original": "'Tis but a scratch.", "translation": "My arm's off."}, {"original": "No it isn't.", "translation": "It definitely is."}, {"original": "I've had worse.", "translation": "I'm a liar."}, {"original": "Just a flesh wound.", "translation": "Quite a severe injury, actually."}, {"original": "I'm invincible.", "translation": "I'm a loony."}, {"original": "The Black Knight always triumphs!", "translation": "The Black Knight is not triumphing this time!"}, {"original": "All right, we'll call it a draw.", "translation": "I've lost."}]}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""",
            """{"type": "delete", "fqid": "meeting/4"}""");
        await Finalize("0082_change_list_custom_translation_to_dict");
        await AssertBackendModel("meeting/1", """{"id": 1, "custom_translations": {"a": "b", "c": "d", "e": "f", "g": "h", "i": "j", "k": "l", "m": "n", "o": "p", "q": "r", "s": "t", "u": "v", "w": "x", "y": "z"}, "meta_deleted": true}""");
        await AssertBackendModel("meeting/2", """{"id": 2, "custom_translations": {"a": "z", "b": "y", "c": "x", "d": "w", "e": "v", "f": "u", "g": "t", "h": "s", "i": "r", "j": "q", "k": "p", "l": "o", "m": "n"}}""");
        await AssertBackendModel("meeting/3", """{"id": 3, "custom_translations": {"a": "b", "c": "d", "e": "f", "g": "h", "i": "j", "k": "l", "m": "n", "o": "p", "q": "r", "s": "t", "u": "v", "w": "x", "y": "z"}}""");
        await AssertBackendModel("meeting/4", """{"id": 4, "custom_translations": [{"original": "a", "translation": "z"}, {"original": "b", "translation": "y"}, {"original": "c", "translation": "x"}, {"original": "d", "translation": "w"}, {"original": "e", "translation": "v"}, {"original": "f", "translation": "u"}, {"original": "g", "translation": "t"}, {"original": "h", "translation": "s"}, {"original": "i", "translation": "r"}, {"original": "j", "translation": "q"}, {"original": "k", "translation": "p"}, {"original": "l", "translation": "o"}, {"original": "m", "translation": "n"}], "meta_deleted": true}""");
        await AssertBackendModel("meeting/5", """{"id": 5, "custom_translations": {"'Tis but a scratch.": "My arm's off.", "No it isn't.": "It definitely is.", "I've had worse.": "I'm a liar.", "Just a flesh wound.": "Quite a severe injury, actually.", "I'm invincible.": "I'm a loony.", "The Black Knight always triumphs!": "The Black Knight is not triumphing this time!", "All right, we'll call it a draw.": "I've lost."}}""");
    }


    /// <summary>Ours: upstream's data gives one update per live meeting with a list, in read order.</summary>
    [Fact]
    public async Task M0082_events_of_upstreams_data()
    {
        await Write(Creates(UpstreamData));
        await Write("""{"type": "delete", "fqid": "meeting/1"}""",
            """{"type": "delete", "fqid": "meeting/4"}""");
        await Finalize(Name);
        await AssertMigrationEvents(
            ("update", "meeting/3", """{"custom_translations": {"a": "b", "c": "d", "e": "f", "g": "h", "i": "j", "k": "l", "m": "n", "o": "p", "q": "r", "s": "t", "u": "v", "w": "x", "y": "z"}}"""),
            ("update", "meeting/5", """{"custom_translations": {"'Tis but a scratch.": "My arm's off.", "No it isn't.": "It definitely is.", "I've had worse.": "I'm a liar.", "Just a flesh wound.": "Quite a severe injury, actually.", "I'm invincible.": "I'm a loony.", "The Black Knight always triumphs!": "The Black Knight is not triumphing this time!", "All right, we'll call it a draw.": "I've lost."}}"""));
    }

    /// <summary>
    /// Ours, in memory: upstream's data, all live as in an import, so meeting/4 is converted too; the keys keep the
    /// order of the entries (a Python dict's).
    /// </summary>
    [Fact]
    public async Task M0082_in_memory_upstreams_data()
    {
        var migrated = await MigrateInMemory(Name, UpstreamData);
        AssertModels(migrated, """
            {
                "meeting/1": {"id": 1, "custom_translations": {"a": "b", "c": "d", "e": "f", "g": "h", "i": "j", "k": "l", "m": "n", "o": "p", "q": "r", "s": "t", "u": "v", "w": "x", "y": "z"}},
                "meeting/2": {"id": 2, "custom_translations": {"a": "z", "b": "y", "c": "x", "d": "w", "e": "v", "f": "u", "g": "t", "h": "s", "i": "r", "j": "q", "k": "p", "l": "o", "m": "n"}},
                "meeting/3": {"id": 3, "custom_translations": {"a": "b", "c": "d", "e": "f", "g": "h", "i": "j", "k": "l", "m": "n", "o": "p", "q": "r", "s": "t", "u": "v", "w": "x", "y": "z"}},
                "meeting/4": {"id": 4, "custom_translations": {"a": "z", "b": "y", "c": "x", "d": "w", "e": "v", "f": "u", "g": "t", "h": "s", "i": "r", "j": "q", "k": "p", "l": "o", "m": "n"}},
                "meeting/5": {"id": 5, "custom_translations": {"'Tis but a scratch.": "My arm's off.", "No it isn't.": "It definitely is.", "I've had worse.": "I'm a liar.", "Just a flesh wound.": "Quite a severe injury, actually.", "I'm invincible.": "I'm a loony.", "The Black Knight always triumphs!": "The Black Knight is not triumphing this time!", "All right, we'll call it a draw.": "I've lost."}}
            }
            """);
        string[] keys = ["'Tis but a scratch.", "No it isn't.", "I've had worse.", "Just a flesh wound.", "I'm invincible.", "The Black Knight always triumphs!", "All right, we'll call it a draw."];
        Assert.Equal(keys, migrated["meeting/5"]["custom_translations"]!.AsObject().Select(p => p.Key));
    }

    /// <summary>
    /// Ours (kept from upstream): a later entry with the same original replaces the value at the key's first place; an
    /// empty list becomes an empty object; translations are taken as they are and other keys of an entry ignored;
    /// a string, null or missing value is left alone.
    /// </summary>
    [Fact]
    public async Task M0082_duplicates_empty_lists_and_other_values()
    {
        var models = """
            {
                "meeting/1": {"id": 1, "custom_translations": [{"original": "a", "translation": "1"}, {"original": "b", "translation": "2"}, {"original": "a", "translation": "3"}]},
                "meeting/2": {"id": 2, "custom_translations": []},
                "meeting/3": {"id": 3, "custom_translations": "text"},
                "meeting/4": {"id": 4, "custom_translations": null},
                "meeting/5": {"id": 5, "custom_translations": [{"original": "x", "translation": null}, {"original": "y", "translation": {"nested": [1]}}, {"original": "z", "translation": 7, "extra": true}]},
                "meeting/6": {"id": 6}
            }
            """;
        await Write(Creates(models));
        await Finalize(Name);
        await AssertMigrationEvents(
            ("update", "meeting/1", """{"custom_translations": {"a": "3", "b": "2"}}"""),
            ("update", "meeting/2", """{"custom_translations": {}}"""),
            ("update", "meeting/5", """{"custom_translations": {"x": null, "y": {"nested": [1]}, "z": 7}}"""));
        await AssertBackendModel("meeting/3", """{"id": 3, "custom_translations": "text"}""");
        await AssertBackendModel("meeting/5", """{"id": 5, "custom_translations": {"x": null, "y": {"nested": [1]}, "z": 7}}""");

        var migrated = await MigrateInMemory(Name, models);
        AssertModels(migrated, """
            {
                "meeting/1": {"id": 1, "custom_translations": {"a": "3", "b": "2"}},
                "meeting/2": {"id": 2, "custom_translations": {}},
                "meeting/3": {"id": 3, "custom_translations": "text"},
                "meeting/4": {"id": 4, "custom_translations": null},
                "meeting/5": {"id": 5, "custom_translations": {"x": null, "y": {"nested": [1]}, "z": 7}},
                "meeting/6": {"id": 6}
            }
            """);
        string[] keys = ["a", "b"];
        Assert.Equal(keys, migrated["meeting/1"]["custom_translations"]!.AsObject().Select(p => p.Key));
    }

    /// <summary>
    /// Ours: originals that are not strings become keys as Python's <c>json</c> writes dict keys (as upstream's run
    /// stores them): an integer by its digits, <c>true</c>, <c>false</c>, <c>null</c> by those words, and <c>true</c>
    /// and <c>1</c>, <c>false</c> and <c>0</c> are one key each, named by the first and valued by the last.
    /// </summary>
    [Fact]
    public async Task M0082_originals_that_are_no_strings_become_keys_as_python_writes_them()
    {
        var models = """
            {
                "meeting/1": {"id": 1, "custom_translations": [
                    {"original": 5, "translation": "five"}, {"original": true, "translation": "t"}, {"original": 1, "translation": "one"},
                    {"original": null, "translation": "n"}, {"original": false, "translation": "f"}, {"original": 0, "translation": "zero"},
                    {"original": "a", "translation": "x"}]}
            }
            """;
        const string Expected = """{"5": "five", "true": "one", "null": "n", "false": "zero", "a": "x"}""";
        await Write(Creates(models));
        await Finalize(Name);
        await AssertBackendModel("meeting/1", "{\"id\": 1, \"custom_translations\": " + Expected + "}");

        var migrated = await MigrateInMemory(Name, models);
        AssertModels(migrated, "{\"meeting/1\": {\"id\": 1, \"custom_translations\": " + Expected + "}}");
        string[] keys = ["5", "true", "null", "false", "a"];
        Assert.Equal(keys, migrated["meeting/1"]["custom_translations"]!.AsObject().Select(p => p.Key));
    }

    /// <summary>
    /// Ours (deliberate): entries that are no object with original and translation, and originals that cannot be a
    /// key here (a list, a fraction), fail the migration naming each meeting and entry (upstream: TypeError or
    /// KeyError, and for the fraction Python's float repr); a deleted meeting is not read. Nothing is written.
    /// </summary>
    [Fact]
    public async Task M0082_entries_that_are_no_translation_fail()
    {
        var models = """
            {
                "meeting/1": {"id": 1, "custom_translations": [{"original": "a"}]},
                "meeting/2": {"id": 2, "custom_translations": ["a"]},
                "meeting/3": {"id": 3, "custom_translations": [{"original": "ok", "translation": "fine"}, {"original": ["x"], "translation": "y"}]},
                "meeting/4": {"id": 4, "custom_translations": [{"original": 1.5, "translation": "y"}, null]}
            }
            """;
        string[] expected =
        [
            """meeting/1/custom_translations: entry 0 is not an object with original and translation: {"original":"a"}""",
            "meeting/2/custom_translations: entry 0 is not an object with original and translation: \"a\"",
            """meeting/3/custom_translations: entry 1 has an original that cannot be a key: ["x"]""",
            "meeting/4/custom_translations: entry 0 has an original that cannot be a key: 1.5",
            "meeting/4/custom_translations: entry 1 is not an object with original and translation: null",
        ];
        await Write(Creates(models));
        await Write("""{"type": "create", "fqid": "meeting/5", "fields": {"id": 5, "custom_translations": ["deleted"]}}""");
        await Write("""{"type": "delete", "fqid": "meeting/5"}""");
        var error = Assert.IsType<MigrationException>(await FinalizeFails(Name));
        Assert.Equal(expected, error.Errors);

        var failure = await Assert.ThrowsAsync<MigrationFailedException>(() => MigrateInMemory(Name, models));
        Assert.Equal(expected, Assert.IsType<MigrationException>(failure.InnerException).Errors);
    }

    private const string UpstreamData = """
        {
            "meeting/1": {"id": 1, "custom_translations": {"a": "b", "c": "d", "e": "f", "g": "h", "i": "j", "k": "l", "m": "n", "o": "p", "q": "r", "s": "t", "u": "v", "w": "x", "y": "z"}},
            "meeting/2": {"id": 2, "custom_translations": {"a": "z", "b": "y", "c": "x", "d": "w", "e": "v", "f": "u", "g": "t", "h": "s", "i": "r", "j": "q", "k": "p", "l": "o", "m": "n"}},
            "meeting/3": {"id": 3, "custom_translations": [{"original": "a", "translation": "b"}, {"original": "c", "translation": "d"}, {"original": "e", "translation": "f"}, {"original": "g", "translation": "h"}, {"original": "i", "translation": "j"}, {"original": "k", "translation": "l"}, {"original": "m", "translation": "n"}, {"original": "o", "translation": "p"}, {"original": "q", "translation": "r"}, {"original": "s", "translation": "t"}, {"original": "u", "translation": "v"}, {"original": "w", "translation": "x"}, {"original": "y", "translation": "z"}]},
            "meeting/4": {"id": 4, "custom_translations": [{"original": "a", "translation": "z"}, {"original": "b", "translation": "y"}, {"original": "c", "translation": "x"}, {"original": "d", "translation": "w"}, {"original": "e", "translation": "v"}, {"original": "f", "translation": "u"}, {"original": "g", "translation": "t"}, {"original": "h", "translation": "s"}, {"original": "i", "translation": "r"}, {"original": "j", "translation": "q"}, {"original": "k", "translation": "p"}, {"original": "l", "translation": "o"}, {"original": "m", "translation": "n"}]},
            "meeting/5": {"id": 5, "custom_translations": [{"original": "'Tis but a scratch.", "translation": "My arm's off."}, {"original": "No it isn't.", "translation": "It definitely is."}, {"original": "I've had worse.", "translation": "I'm a liar."}, {"original": "Just a flesh wound.", "translation": "Quite a severe injury, actually."}, {"original": "I'm invincible.", "translation": "I'm a loony."}, {"original": "The Black Knight always triumphs!", "translation": "The Black Knight is not triumphing this time!"}, {"original": "All right, we'll call it a draw.", "translation": "I've lost."}]}
        }
        """;
}
