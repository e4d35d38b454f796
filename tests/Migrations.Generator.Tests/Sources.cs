namespace Migrations.Generator.Tests;

/// <summary>Migration sources used by several tests.</summary>
internal static class Sources
{
    public static string Event(int index, string ns = "Migrations.Test") => $$"""
        using System.Collections.Generic;
        using Migrations.Runtime.Authoring;
        using Migrations.Runtime.Events;

        namespace {{ns}};

        [TargetMigrationIndex({{index}})]
        public sealed class Migration : EventMigration
        {
            protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent e) => null;
        }
        """;

    public static string Model(int index, string ns = "Migrations.Test") => $$"""
        using Migrations.Runtime.Authoring;

        namespace {{ns}};

        [TargetMigrationIndex({{index}})]
        public sealed class Migration : ModelMigration
        {
        }
        """;
}
