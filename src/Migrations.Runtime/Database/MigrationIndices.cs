using Migrations.Runtime.Errors;

namespace Migrations.Runtime.Database;

/// <summary>The datastore's current migration index (spec §2.1, §4.1).</summary>
internal static class MigrationIndices
{
    /// <summary>The index of a datastore without positions, and of positions written without an index.</summary>
    public const int NoIndex = -1;

    /// <summary>
    /// The current migration index from min/max over <c>positions.migration_index</c>: -1 when there are no
    /// positions; an error with upstream's message when they differ.
    /// </summary>
    public static int Current(int? min, int? max)
    {
        if (min != max)
        {
            throw new InvalidDatastoreStateException(InconsistentMessage(min, max));
        }

        return max ?? NoIndex;
    }

    /// <summary>Upstream's message for positions with different migration indices.</summary>
    public static string InconsistentMessage(int? min, int? max) =>
        $"The datastore has inconsistent migration indices: Minimum is {min}, maximum is {max}.";
}
