namespace Migrations.Tests;

/// <summary>0025_add_pdf_layout_settings: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0025AddPdfLayoutSettingsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0025_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"f": 1}}""");
        await Write("""{"type": "create", "fqid": "motion_state/1", "fields": {"f": 1}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"f": 2}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""");
        await Write("""{"type": "restore", "fqid": "meeting/1"}""");
        await Finalize("0025_add_pdf_layout_settings");
        await AssertBackendModel("meeting/1", """{"export_pdf_line_height": 1.25, "export_pdf_page_margin_left": 20, "export_pdf_page_margin_top": 25, "export_pdf_page_margin_right": 20, "export_pdf_page_margin_bottom": 20, "f": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("motion_state/1", """{"f": 1, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"export_pdf_line_height": 1.25, "export_pdf_page_margin_left": 20, "export_pdf_page_margin_top": 25, "export_pdf_page_margin_right": 20, "export_pdf_page_margin_bottom": 20, "f": 2, "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("meeting/1", """{"export_pdf_line_height": 1.25, "export_pdf_page_margin_left": 20, "export_pdf_page_margin_top": 25, "export_pdf_page_margin_right": 20, "export_pdf_page_margin_bottom": 20, "f": 2, "meta_deleted": true, "meta_position": 4}""", 4);
        await AssertBackendModel("meeting/1", """{"export_pdf_line_height": 1.25, "export_pdf_page_margin_left": 20, "export_pdf_page_margin_top": 25, "export_pdf_page_margin_right": 20, "export_pdf_page_margin_bottom": 20, "f": 2, "meta_deleted": false, "meta_position": 5}""", 5);
    }
}
