using Migrations.Runtime.Authoring;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;

namespace Migrations.Runtime.Tests.Engine;

/// <summary>Upstream's test_register_migrations (the loader's checks, spec §3.7).</summary>
public class MigrationRegistryTests
{
    private static MigrationDescriptor Event(int index, string name = "Migration") => TestMigrations.Event(_ => null, index, name);

    private static MigrationDescriptor Model(int index, string name = "Migration") => TestMigrations.Model(() => null, index, name);

    [Fact]
    public void A_missing_target_index_is_refused()
    {
        var e = Assert.Throws<MigrationSetupException>(() => new MigrationRegistry([Event(-1, "MyMigration")]));
        Assert.Equal("You need to specify target_migration_index of MyMigration", e.Message);
    }

    [Fact]
    public void Two_three_four_are_accepted_in_any_order()
    {
        var registry = new MigrationRegistry([Event(4), Event(2), Model(5), Event(3)]);
        Assert.Equal(4, registry.LastEventIndex);
        Assert.Equal(5, registry.TargetIndex);
        Assert.Equal(3, registry[3].TargetMigrationIndex);
    }

    [Fact]
    public void No_migrations_target_index_one()
    {
        var registry = new MigrationRegistry([]);
        Assert.Equal((1, 1), (registry.LastEventIndex, registry.TargetIndex));
    }

    [Theory]
    [InlineData(new[] { 3 }, "Found Migration at position 1 and target_migration_index 3, expected migration index 2")]
    [InlineData(new[] { 1, 2 }, "Found Migration at position 1 and target_migration_index 1, expected migration index 2")]
    [InlineData(new[] { 2, 4 }, "Found Migration at position 2 and target_migration_index 4, expected migration index 3")]
    [InlineData(new[] { 2, 2 }, "Found Migration at position 2 and target_migration_index 2, expected migration index 3")]
    public void Indices_must_run_from_two_without_gaps_or_duplicates(int[] indices, string detail)
    {
        var e = Assert.Throws<MigrationSetupException>(() => new MigrationRegistry(indices.Select(i => Event(i))));
        Assert.Equal("target_migration_index: Migrations are not numbered sequentially beginning at 2. " + detail, e.Message);
    }

    [Fact]
    public void An_event_migration_after_a_model_migration_is_refused()
    {
        var e = Assert.Throws<MigrationSetupException>(() => new MigrationRegistry([Event(2), Model(3), Event(4, "Late")]));
        Assert.Equal("All migrations with target_migration_index > 2 must be model migrations. Invalid event migration: Late.", e.Message);
    }

    [Fact]
    public void A_descriptor_whose_kind_does_not_match_its_migration_is_refused()
    {
        var wrong = new MigrationDescriptor(2, "Wrong", MigrationKind.Model, Event(2).Factory);
        Assert.Equal("Wrong is registered as a model migration but is an event migration",
            Assert.Throws<MigrationSetupException>(() => new MigrationRegistry([wrong])).Message);
    }
}
