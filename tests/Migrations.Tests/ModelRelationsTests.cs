using Migrations.Shared;

namespace Migrations.Tests;

/// <summary>
/// The relation table of backend 4.2.30 (src/Migrations/Shared/Relations-4.2.30.json, written by
/// eng/make-relation-table.py from models.yml and checked there against the backend's models.py) as
/// <see cref="ModelRelations"/> reads it.
/// </summary>
public class ModelRelationsTests
{
    private static readonly ModelRelations Relations = ModelRelations.Backend4230;

    [Fact]
    public void It_holds_every_collection_and_field_of_the_backend_in_its_order()
    {
        Assert.Equal(49, Relations.Collections.Count);
        Assert.Equal(["organization", "user", "meeting_user"], Relations.Collections.Take(3));
        Assert.Equal(["import_preview", "history_position", "history_entry"], Relations.Collections.TakeLast(3));
        Assert.Equal(892, Relations.Collections.Sum(c => Relations.Fields(c).Count));
        Assert.Equal(382, Relations.Collections.Sum(c => Relations.Fields(c).Count(f => f.IsRelation)));
        Assert.Equal(135, Relations.Collections.Sum(c => Relations.Fields(c).Count(f => f.EqualFields.Count > 0)));
        Assert.Equal(["id", "name", "description"], Relations.Fields("organization").Take(3).Select(f => f.Name));
    }

    [Fact]
    public void A_generic_relation_lists_its_targets_in_the_backends_order()
    {
        // models.yml gives motion, user, poll_candidate_list; the backend's generator goes through a ChainMap, which reverses them.
        var field = Relations.Field("option", "content_object_id")!;
        Assert.Equal("generic-relation", field.Type);
        Assert.True(field.IsRelation && field.IsGeneric && !field.IsListRelation);
        Assert.Equal(
            [new RelationTarget("poll_candidate_list", "option_id"), new RelationTarget("user", "option_ids"), new RelationTarget("motion", "option_ids")],
            field.To);
        Assert.Equal(["meeting_id"], field.EqualFields);
        Assert.Equal(RelationOnDelete.SetNull, field.OnDelete);
    }

    [Fact]
    public void Relations_carry_on_delete_required_and_equal_fields()
    {
        var tags = Relations.Field("motion", "tag_ids")!;
        Assert.Equal([new RelationTarget("tag", "tagged_ids")], tags.To);
        Assert.True(tags.IsListRelation && !tags.IsGeneric);
        Assert.True(Relations.Field("tag", "tagged_ids")!.IsGeneric);
        Assert.Equal(RelationOnDelete.Cascade, Relations.Field("organization", "mediafile_ids")!.OnDelete);
        Assert.Equal(RelationOnDelete.Protect, Relations.Field("motion_comment_section", "comment_ids")!.OnDelete);
        Assert.True(Relations.Field("organization", "theme_id")!.Required);
        var id = Relations.Field("organization", "id")!;
        Assert.True(id.Required);
        Assert.False(id.IsRelation);
        Assert.Equal("number", id.Type);
        Assert.Empty(id.To);
    }

    [Fact]
    public void Calculated_fields_and_fields_removed_before_4_2_30_are_absent()
    {
        Assert.Null(Relations.Field("poll", "live_votes"));
        Assert.Null(Relations.Field("projection", "content"));
        Assert.Null(Relations.Field("motion", "statute_paragraph_id"));
        Assert.False(Relations.HasCollection("motion_statute_paragraph"));
        Assert.Empty(Relations.Fields("motion_statute_paragraph"));
    }

    [Fact]
    public void A_table_in_another_format_is_refused()
    {
        Assert.Throws<FormatException>(() => ModelRelations.Parse("""{"format": "x", "collections": {}}"""u8.ToArray()));
        Assert.Throws<FormatException>(() => ModelRelations.Parse(
            """{"format": "openslides-relations/1", "collections": {"a": {"b_id": "relation"}}}"""u8.ToArray()));
    }
}
