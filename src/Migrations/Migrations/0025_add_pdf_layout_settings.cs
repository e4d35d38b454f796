using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;

namespace Migrations.M0025;

/// <summary>Adds the PDF layout settings (line height and page margins) to every meeting.</summary>
[TargetMigrationIndex(26)]
public sealed class Migration() : AddFieldsMigration(new Dictionary<string, IReadOnlyDictionary<string, FieldDefault>>
{
    ["meeting"] = new Dictionary<string, FieldDefault>
    {
        ["export_pdf_line_height"] = FieldDefault.Of(1.25),
        ["export_pdf_page_margin_left"] = FieldDefault.Of(20),
        ["export_pdf_page_margin_top"] = FieldDefault.Of(25),
        ["export_pdf_page_margin_right"] = FieldDefault.Of(20),
        ["export_pdf_page_margin_bottom"] = FieldDefault.Of(20),
    },
});
