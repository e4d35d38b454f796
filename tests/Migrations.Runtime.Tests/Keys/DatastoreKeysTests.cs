using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;

namespace Migrations.Runtime.Tests.Keys;

public class DatastoreKeysTests
{
    [Theory]
    [InlineData("a/1")]
    [InlineData("motion_state/42")]
    [InlineData("abc/1234567890")]
    [InlineData("a_b/1")]
    public void Valid_fqids_are_accepted(string key) => Assert.True(DatastoreKeys.IsFqid(key));

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("a/0")]
    [InlineData("a/01")]
    [InlineData("A/1")]
    [InlineData("a1/1")]
    [InlineData("a_/1")]
    [InlineData("_a/1")]
    [InlineData("ab/1")] // upstream's pattern needs 1 or at least 3 characters
    [InlineData("a/1/")]
    [InlineData("a/1\n")]
    [InlineData("a/-1")]
    [InlineData("xyz")]
    public void Invalid_fqids_are_rejected_with_upstreams_message(string key)
    {
        Assert.False(DatastoreKeys.IsFqid(key));
        var e = Assert.Throws<InvalidFormatException>(() => DatastoreKeys.AssertFqid(key));
        Assert.Equal($"The key '{key}' is no fqid, fqfield or collectionkey", e.Message);
    }

    [Theory]
    [InlineData("f", true)]
    [InlineData("field_2", true)]
    [InlineData("group_$_ids", true)]
    [InlineData("default_projector_$_id", true)]
    [InlineData("a$b$c", false)]
    [InlineData("2f", false)]
    [InlineData("F", false)]
    [InlineData("not_%_a_field", false)]
    [InlineData("_f", false)]
    [InlineData("meta_deleted", true)]
    public void Fields_follow_the_field_pattern_with_at_most_one_template_dollar(string field, bool valid) =>
        Assert.Equal(valid, DatastoreKeys.IsField(field));

    [Theory]
    [InlineData("a/1/f", true)]
    [InlineData("a/1/group_$_ids", true)]
    [InlineData("a/f", false)]
    [InlineData("a/0/f", false)]
    public void Fqfields(string key, bool valid) => Assert.Equal(valid, DatastoreKeys.IsFqfield(key));

    [Theory]
    [InlineData("a/f", true)]
    [InlineData("motion/title", true)]
    [InlineData("a/1", false)]
    [InlineData("a/1/f", false)]
    public void Collectionfields(string key, bool valid) => Assert.Equal(valid, DatastoreKeys.IsCollectionField(key));

    [Theory]
    [InlineData("meta_deleted", true)]
    [InlineData("meta_position", true)]
    [InlineData("metadata", true)]
    [InlineData("f_meta", false)]
    public void Fields_starting_with_meta_are_reserved(string field, bool reserved) =>
        Assert.Equal(reserved, DatastoreKeys.IsReservedField(field));

    [Fact]
    public void Fqid_parts_are_split_and_joined()
    {
        Assert.Equal("motion_state", DatastoreKeys.CollectionOf("motion_state/17"));
        Assert.Equal(17, DatastoreKeys.IdOf("motion_state/17"));
        Assert.Equal("motion/3", DatastoreKeys.Fqid("motion", 3));
        Assert.Equal("motion/title", DatastoreKeys.CollectionField("motion/3", "title"));
    }
}
