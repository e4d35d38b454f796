using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.Runtime.Authoring;

/// <summary>
/// A migration that reads the current models and returns write-request events (spec §3.4). It runs once, during
/// finalize (or during an in-memory migration); a non-empty result becomes one new position with this migration's
/// target index, user 0 and no information.
/// </summary>
public abstract class ModelMigration : BaseMigration
{
    /// <inheritdoc/>
    public sealed override MigrationKind Kind => MigrationKind.Model;

    /// <summary>The reader of the current models, set while the migration runs.</summary>
    protected IMigrationReader Reader { get; private set; } = null!;

    /// <summary>Returns the events to write, or null / an empty list for none.</summary>
    protected abstract Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken);

    internal Task<IReadOnlyList<RequestEvent>?> MigrateAsync(IMigrationReader reader, CancellationToken cancellationToken)
    {
        Reader = reader;
        return MigrateModelsAsync(cancellationToken);
    }
}
