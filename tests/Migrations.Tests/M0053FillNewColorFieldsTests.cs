using System.Text.Json.Nodes;

namespace Migrations.Tests;

/// <summary>
/// 0053_fill_new_color_fields: upstream's cases (tests/system/migrations/test_0053_fill_new_color_fields.py) and ours.
/// Every darkened colour below was computed with upstream's <c>darken_color</c> under python3.
/// </summary>
public class M0053FillNewColorFieldsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0053_fill_new_color_fields";

    private const string Organization = """{"type": "create", "fqid": "organization/1", "fields": {"id": 1, "theme_id": 2, "theme_ids": [2]}}""";

    // (200, 220, 240) -> (156, 189, 225) -> (167, 196, 228) -> #a7c4e4
    private static readonly string[] ProjectorEvents =
    [
        """{"type": "create", "fqid": "projector/3", "fields": {"id": 3, "chyron_background_color": "#c8dcf0", "chyron_font_color": "#ffffff"}}""",
        """{"type": "create", "fqid": "projector/4", "fields": {"id": 4, "chyron_font_color": "#000000"}}""",
        """{"type": "create", "fqid": "projector/5", "fields": {"id": 5}}""",
    ];

    private const string Projector6 = """{"type": "create", "fqid": "projector/6", "fields": {"id": 6, "chyron_background_color": "#141e28"}}""";

    [Fact]
    public async Task M0053_migration_with_empty_theme()
    {
        await Write([Organization,
            """{"type": "create", "fqid": "theme/2", "fields": {"id": 2, "organization_id": 1, "theme_for_organization_id": 1}}""",
            .. ProjectorEvents]);
        await Finalize(Name);
        await AssertBackendModel("projector/3", """{"id": 3, "chyron_background_color": "#c8dcf0", "chyron_font_color": "#ffffff", "chyron_background_color_2": "#a7c4e4", "chyron_font_color_2": "#ffffff"}""");
        await AssertBackendModel("projector/4", """{"id": 4, "chyron_font_color": "#000000", "chyron_background_color_2": "#134768", "chyron_font_color_2": "#000000"}""");
        await AssertBackendModel("projector/5", """{"id": 5, "chyron_background_color_2": "#134768"}""");
    }

    [Fact]
    public async Task M0053_migration_with_primary_set_in_theme()
    {
        // primary_500: (20, 30, 40) -> (1, 3, 6) -> (5, 9, 14) -> #05090e
        await Write([Organization,
            """{"type": "create", "fqid": "theme/2", "fields": {"id": 2, "organization_id": 1, "theme_for_organization_id": 1, "primary_500": "#141e28"}}""",
            .. ProjectorEvents, Projector6]);
        await Finalize(Name);
        await AssertBackendModel("projector/3", """{"id": 3, "chyron_background_color": "#c8dcf0", "chyron_font_color": "#ffffff", "chyron_background_color_2": "#a7c4e4", "chyron_font_color_2": "#ffffff"}""");
        await AssertBackendModel("projector/4", """{"id": 4, "chyron_font_color": "#000000", "chyron_background_color_2": "#05090e", "chyron_font_color_2": "#000000"}""");
        await AssertBackendModel("projector/5", """{"id": 5, "chyron_background_color_2": "#05090e"}""");
        await AssertBackendModel("projector/6", """{"id": 6, "chyron_background_color": "#141e28", "chyron_background_color_2": "#05090e"}""");
    }

    [Fact]
    public async Task M0053_migration_with_headbar_set_in_theme()
    {
        await Write([Organization,
            """{"type": "create", "fqid": "theme/2", "fields": {"id": 2, "organization_id": 1, "theme_for_organization_id": 1, "primary_500": "#141e28", "headbar": "#ff0000"}}""",
            .. ProjectorEvents, Projector6]);
        await Finalize(Name);
        await AssertBackendModel("projector/3", """{"id": 3, "chyron_background_color": "#c8dcf0", "chyron_font_color": "#ffffff", "chyron_background_color_2": "#a7c4e4", "chyron_font_color_2": "#ffffff"}""");
        await AssertBackendModel("projector/4", """{"id": 4, "chyron_font_color": "#000000", "chyron_background_color_2": "#ff0000", "chyron_font_color_2": "#000000"}""");
        await AssertBackendModel("projector/5", """{"id": 5, "chyron_background_color_2": "#ff0000"}""");
        await AssertBackendModel("projector/6", """{"id": 6, "chyron_background_color": "#141e28", "chyron_background_color_2": "#ff0000"}""");
    }

    /// <summary>Ours: only a theme with theme_for_organization_id 1 counts; without one the default is #134768.</summary>
    [Fact]
    public async Task M0053_without_an_organization_theme_the_default_is_134768()
    {
        await Write([
            """{"type": "create", "fqid": "theme/2", "fields": {"id": 2, "organization_id": 1, "headbar": "#ff0000", "primary_500": "#141e28"}}""",
            .. ProjectorEvents, Projector6]);
        await Finalize(Name);
        await AssertBackendModel("projector/3", """{"id": 3, "chyron_background_color": "#c8dcf0", "chyron_font_color": "#ffffff", "chyron_background_color_2": "#a7c4e4", "chyron_font_color_2": "#ffffff"}""");
        await AssertBackendModel("projector/4", """{"id": 4, "chyron_font_color": "#000000", "chyron_background_color_2": "#134768", "chyron_font_color_2": "#000000"}""");
        await AssertBackendModel("projector/5", """{"id": 5, "chyron_background_color_2": "#134768"}""");
        // No primary to compare with: the colour is darkened.
        await AssertBackendModel("projector/6", """{"id": 6, "chyron_background_color": "#141e28", "chyron_background_color_2": "#05090e"}""");
    }

    /// <summary>Ours: upstream's theme filter has no meta_deleted condition, so a deleted organization theme still gives the default.</summary>
    [Fact]
    public async Task M0053_a_deleted_organization_theme_still_counts()
    {
        await Write([
            """{"type": "create", "fqid": "theme/2", "fields": {"id": 2, "organization_id": 1, "theme_for_organization_id": 1, "headbar": "#ff0000"}}""",
            .. ProjectorEvents]);
        await Write("""{"type": "delete", "fqid": "theme/2", "fields": {}}""");
        await Finalize(Name);
        await AssertBackendModel("projector/4", """{"id": 4, "chyron_font_color": "#000000", "chyron_background_color_2": "#ff0000", "chyron_font_color_2": "#000000"}""");
        await AssertBackendModel("projector/5", """{"id": 5, "chyron_background_color_2": "#ff0000"}""");
    }

    /// <summary>Ours: deleted projectors are not read, so they keep their fields.</summary>
    [Fact]
    public async Task M0053_deleted_projectors_are_left_alone()
    {
        await Write([.. ProjectorEvents, """{"type": "create", "fqid": "projector/7", "fields": {"id": 7, "chyron_background_color": "#c8dcf0", "chyron_font_color": "#ffffff"}}"""]);
        await Write("""{"type": "delete", "fqid": "projector/7", "fields": {}}""");
        await Finalize(Name);
        await AssertBackendModel("projector/7", """{"id": 7, "chyron_background_color": "#c8dcf0", "chyron_font_color": "#ffffff", "meta_deleted": true}""");
        await AssertBackendModel("projector/3", """{"id": 3, "chyron_background_color": "#c8dcf0", "chyron_font_color": "#ffffff", "chyron_background_color_2": "#a7c4e4", "chyron_font_color_2": "#ffffff"}""");
    }

    /// <summary>Ours: the comparison with primary_500 is exact: a differently cased primary is darkened itself, not given the headbar.</summary>
    [Fact]
    public async Task M0053_the_primary_comparison_is_exact()
    {
        await Write(Organization,
            """{"type": "create", "fqid": "theme/2", "fields": {"id": 2, "organization_id": 1, "theme_for_organization_id": 1, "primary_500": "#141e28", "headbar": "#ff0000"}}""",
            """{"type": "create", "fqid": "projector/1", "fields": {"id": 1, "chyron_background_color": "#141e28"}}""",
            """{"type": "create", "fqid": "projector/2", "fields": {"id": 2, "chyron_background_color": "#141E28"}}""");
        await Finalize(Name);
        await AssertBackendModel("projector/1", """{"id": 1, "chyron_background_color": "#141e28", "chyron_background_color_2": "#ff0000"}""");
        await AssertBackendModel("projector/2", """{"id": 2, "chyron_background_color": "#141E28", "chyron_background_color_2": "#05090e"}""");
    }

    /// <summary>Ours: an empty headbar is falsy, so the default is the darkened primary.</summary>
    [Fact]
    public async Task M0053_an_empty_headbar_falls_back_to_the_darkened_primary()
    {
        await Write(Organization,
            """{"type": "create", "fqid": "theme/2", "fields": {"id": 2, "organization_id": 1, "theme_for_organization_id": 1, "primary_500": "#141e28", "headbar": ""}}""",
            """{"type": "create", "fqid": "projector/1", "fields": {"id": 1, "chyron_font_color": "#000000"}}""");
        await Finalize(Name);
        await AssertBackendModel("projector/1", """{"id": 1, "chyron_font_color": "#000000", "chyron_background_color_2": "#05090e", "chyron_font_color_2": "#000000"}""");
    }

    /// <summary>
    /// Ours: colours are read as Python's <c>int(chunk, 16)</c> reads upstream's three chunks (leading #s stripped,
    /// the rest ignored, a sign and whitespace allowed, Unicode digits too, a non-string as its text); every expected
    /// value is upstream's output.
    /// </summary>
    [Fact]
    public async Task M0053_colours_are_read_as_upstream_reads_them()
    {
        var cases = new (string Color, string Expected)[]
        {
            ("\"#ffffff\"", "#ffffff"),
            ("\"#000000\"", "#000000"),
            ("\"#C8DCF0\"", "#a7c4e4"),
            ("\"##c8dcf0\"", "#a7c4e4"),
            ("\"c8dcf0\"", "#a7c4e4"),
            ("\"#c8dcf0ff\"", "#a7c4e4"),
            ("\"#12345\"", "#051401"),
            ("\"#7f8081\"", "#4f5051"),
            ("\"#317796\"", "#134767"),
            ("\"#0a0b0c\"", "#020203"),
            ("\"# f f f\"", "#030303"),
            ("\"#+f0102\"", "#030000"),
            ("\"#-f-f-f\"", "#-3-3-3"),
            ("\"#\\u0967\\u09683456\"", "#05142b"),
            ("123456", "#05142b"),
        };
        await Write([.. cases.Select((c, i) => $$$"""{"type": "create", "fqid": "projector/{{{i + 1}}}", "fields": {"id": {{{i + 1}}}, "chyron_background_color": {{{c.Color}}}}}""")]);
        await Finalize(Name);
        for (var i = 0; i < cases.Length; i++)
        {
            await AssertBackendModel($"projector/{i + 1}", $$"""{"id": {{i + 1}}, "chyron_background_color": {{cases[i].Color}}, "chyron_background_color_2": "{{cases[i].Expected}}"}""");
        }
    }

    /// <summary>Ours: where upstream raises ValueError on a colour, the migration fails naming the projector and writes nothing.</summary>
    [Theory]
    [InlineData("#zz0000", "'zz'")]
    [InlineData("#1234", "''")]
    [InlineData("#12_456", "'_4'")]
    [InlineData("red", "'re'")]
    public async Task M0053_a_colour_upstream_cannot_read_fails_naming_the_projector(string color, string chunk)
    {
        await Write([.. ProjectorEvents, $$$"""{"type": "create", "fqid": "projector/7", "fields": {"id": 7, "chyron_background_color": "{{{color}}}"}}"""]);
        var e = await FinalizeFails(Name);
        Assert.IsType<InvalidOperationException>(e);
        Assert.Contains($"projector/7/chyron_background_color is not a colour: '{color}'", e.Message, StringComparison.Ordinal);
        Assert.Contains($"cannot read {chunk}", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Ours: upstream darkens the theme's primary before looking at projectors, so a bad one fails even with none.</summary>
    [Fact]
    public async Task M0053_a_bad_primary_fails_even_without_projectors()
    {
        await Write(Organization, """{"type": "create", "fqid": "theme/2", "fields": {"id": 2, "theme_for_organization_id": 1, "primary_500": "#12"}}""");
        var e = await FinalizeFails(Name);
        Assert.Contains("theme/2/primary_500 is not a colour: '#12'", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Ours: no live projector, no events, no new position.</summary>
    [Fact]
    public async Task M0053_without_projectors_nothing_is_written()
    {
        await Write(Organization,
            """{"type": "create", "fqid": "theme/2", "fields": {"id": 2, "theme_for_organization_id": 1, "headbar": "#ff0000"}}""",
            """{"type": "create", "fqid": "projector/1", "fields": {"id": 1}}""");
        await Write("""{"type": "delete", "fqid": "projector/1", "fields": {}}""");
        var positions = await Scalar<long>("SELECT count(*) FROM positions");
        await Finalize(Name);
        Assert.Equal(positions, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("projector/1", """{"id": 1, "meta_deleted": true}""");
    }

    /// <summary>Ours, in memory: an import carries no theme, so the default is #134768; the rest as in the database.</summary>
    [Fact]
    public async Task M0053_in_memory_without_a_theme()
    {
        var result = await MigrateInMemory(Name, """
            {
                "projector/3": {"id": 3, "chyron_background_color": "#c8dcf0", "chyron_font_color": "#ffffff"},
                "projector/4": {"id": 4, "chyron_font_color": "#000000"},
                "projector/5": {"id": 5},
                "meeting/1": {"id": 1, "projector_ids": [3, 4, 5]}
            }
            """);
        AssertModels(result, """
            {
                "projector/3": {"id": 3, "chyron_background_color": "#c8dcf0", "chyron_font_color": "#ffffff", "chyron_background_color_2": "#a7c4e4", "chyron_font_color_2": "#ffffff"},
                "projector/4": {"id": 4, "chyron_font_color": "#000000", "chyron_background_color_2": "#134768", "chyron_font_color_2": "#000000"},
                "projector/5": {"id": 5, "chyron_background_color_2": "#134768"},
                "meeting/1": {"id": 1, "projector_ids": [3, 4, 5]}
            }
            """);
    }

    /// <summary>Ours, in memory: with several organization themes the first in read order (the data's order) counts.</summary>
    [Fact]
    public async Task M0053_in_memory_the_first_organization_theme_counts()
    {
        var result = await MigrateInMemory(Name, """
            {
                "theme/5": {"id": 5, "theme_for_organization_id": 1, "primary_500": "#141e28"},
                "theme/2": {"id": 2, "theme_for_organization_id": 1, "headbar": "#ff0000"},
                "projector/1": {"id": 1, "chyron_background_color": "#141e28"},
                "projector/2": {"id": 2}
            }
            """);
        Json.AssertEqual(Json.Obj("""{"id": 1, "chyron_background_color": "#141e28", "chyron_background_color_2": "#05090e"}"""), result["projector/1"]);
        Json.AssertEqual(Json.Obj("""{"id": 2, "chyron_background_color_2": "#05090e"}"""), result["projector/2"]);
    }
}
