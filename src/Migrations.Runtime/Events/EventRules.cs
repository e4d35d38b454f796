using Migrations.Runtime.Errors;

namespace Migrations.Runtime.Events;

/// <summary>
/// The preconditions of the event rules (spec §2.3) with upstream's messages, in one place for both appliers: the
/// one over parsed models (<see cref="EventApplier"/>: the writer, the replay, the in-memory migration) and the one
/// over stored bytes (<c>Keyframes/StoredModelApplier</c>: the keyframes and the position views of event
/// migrations). What each event then does to the model is the applier's; a list update's own checks are
/// <see cref="ListUpdate"/>'s.
/// </summary>
internal static class EventRules
{
    /// <summary>
    /// The preconditions of the event rules that need no more than whether the model exists (<paramref name="deleted"/>
    /// null: it does not) and whether it is deleted, with their messages; a list update also needs its fields.
    /// </summary>
    public static void CheckState(DatastoreEvent @event, bool? deleted)
    {
        var fqid = @event.Fqid;
        if (@event.Type == EventType.Create)
        {
            if (deleted is not null)
            {
                throw new BadEventException($"Model {fqid} already exists");
            }

            return;
        }

        if (deleted is null)
        {
            throw new BadEventException($"Model {fqid} does not exist");
        }

        if (@event.Type == EventType.Restore)
        {
            if (deleted == false)
            {
                throw new BadEventException($"Model {fqid} is not deleted");
            }
        }
        else if (deleted == true)
        {
            throw new BadEventException($"Model {fqid} is deleted");
        }
    }
}
