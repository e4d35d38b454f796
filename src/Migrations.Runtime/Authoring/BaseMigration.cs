namespace Migrations.Runtime.Authoring;

/// <summary>
/// The base of every migration. A migration is either an <see cref="EventMigration"/> (rewrites the events of
/// every position) or a <see cref="ModelMigration"/> (reads the current models and writes new events once, at
/// finalize). Its target migration index comes from its <see cref="MigrationDescriptor"/>: by convention the class
/// <c>Migration</c> in <c>NNNN_description.cs</c> targets NNNN + 1.
/// </summary>
public abstract class BaseMigration
{
    private protected BaseMigration() { }

    /// <summary>The name used in messages (set by the engine from the descriptor).</summary>
    public string Name { get; internal set; } = "";

    /// <summary>The migration index the datastore has after this migration.</summary>
    public int TargetMigrationIndex { get; internal set; }

    /// <summary>Event or model migration.</summary>
    public abstract MigrationKind Kind { get; }
}

/// <summary>The two kinds of migrations.</summary>
public enum MigrationKind
{
    /// <summary>Rewrites the events of every position (runs during migrate and finalize).</summary>
    Event,

    /// <summary>Reads the current models and returns write-request events (runs during finalize).</summary>
    Model,
}

/// <summary>
/// What the engine runs: a migration's target index, its name, its kind and a factory. The source generator emits
/// these for every <c>Migration</c> class; tests and tools may build them by hand. The engine never discovers
/// types itself.
/// </summary>
public sealed record MigrationDescriptor(int TargetMigrationIndex, string Name, MigrationKind Kind, Func<BaseMigration> Factory);
