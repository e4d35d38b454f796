using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keyframes;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.Runtime.Tests.Infrastructure;

/// <summary>Migrations built from lambdas, like upstream's get_lambda_event_migration and friends.</summary>
internal static class TestMigrations
{
    public static MigrationDescriptor Noop(int target = 2) => Event(_ => null, target, "NoopMigration");

    public static MigrationDescriptor Event(Func<DatastoreEvent, IReadOnlyList<DatastoreEvent>?> migrate, int target = 2, string name = "LambdaMigration") =>
        new(target, name, MigrationKind.Event, () => new LambdaEventMigration((e, _) => migrate(e)));

    public static MigrationDescriptor Event(Func<DatastoreEvent, LambdaEventMigration, IReadOnlyList<DatastoreEvent>?> migrate, int target = 2, string name = "LambdaMigration",
        Func<LambdaEventMigration, IReadOnlyList<DatastoreEvent>?>? additional = null) =>
        new(target, name, MigrationKind.Event, () => new LambdaEventMigration(migrate, additional));

    public static MigrationDescriptor Model(Func<IMigrationReader, Task<IReadOnlyList<RequestEvent>?>> migrate, int target = 2, string name = "LambdaModelMigration") =>
        new(target, name, MigrationKind.Model, () => new LambdaModelMigration(migrate));

    public static MigrationDescriptor Model(Func<IReadOnlyList<RequestEvent>?> migrate, int target = 2, string name = "LambdaModelMigration") =>
        Model(_ => Task.FromResult(migrate()), target, name);
}

internal sealed class LambdaEventMigration(
    Func<DatastoreEvent, LambdaEventMigration, IReadOnlyList<DatastoreEvent>?> migrate,
    Func<LambdaEventMigration, IReadOnlyList<DatastoreEvent>?>? additional = null) : EventMigration
{
    public IKeyframeAccessor Old => OldAccessor;

    public IKeyframeAccessor New => NewAccessor;

    public PositionData Position => PositionData;

    public bool Exists(string fqid) => WillExist(fqid);

    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event) => migrate(@event, this);

    protected override IReadOnlyList<DatastoreEvent>? GetAdditionalEvents() => additional?.Invoke(this);
}

internal sealed class LambdaModelMigration(Func<IMigrationReader, Task<IReadOnlyList<RequestEvent>?>> migrate) : ModelMigration
{
    protected override Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken) => migrate(Reader);
}

/// <summary>
/// Streams its additional events (creates of <c>s/1</c>, <c>s/2</c>, …) and records, before each, whether the new
/// accessor already shows the previous one: the engine takes them all before it applies any, as it does a list.
/// </summary>
internal sealed class StreamedAdditionalMigration(int count) : EventMigration
{
    public List<bool> SeenEarlier { get; } = [];

    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event) => null;

    protected override IEnumerable<DatastoreEvent> StreamAdditionalEvents()
    {
        for (var i = 1; i <= count; i++)
        {
            if (i > 1)
            {
                SeenEarlier.Add(NewAccessor.ModelExists($"s/{i - 1}"));
            }

            yield return new CreateEvent($"s/{i}", new System.Text.Json.Nodes.JsonObject { ["n"] = i });
        }
    }
}

