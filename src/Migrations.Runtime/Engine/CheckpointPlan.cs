using Migrations.Runtime.Keyframes;

namespace Migrations.Runtime.Engine;

/// <summary>The keyframes and models one checkpoint writes (see <see cref="MigrationTables.PlanCheckpoint"/>).</summary>
internal sealed record CheckpointPlan(
    List<(Keyframe Keyframe, bool First)> Keyframes, Dictionary<(string Fqid, StoredModel? Model), List<Keyframe>> Models);
