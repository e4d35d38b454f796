namespace Migrations.Runtime.Errors;

/// <summary>
/// A model migration refuses the data, with every problem it found: upstream's backend <c>MigrationException</c>.
/// The message is upstream's, <c>Migration exception:</c> followed by one <c>* error</c> line per error, sorted as
/// Python sorts strings (by code point). The engine reports it as the migration's failure and writes nothing.
/// </summary>
public sealed class MigrationException : Exception
{
    /// <summary>Creates the exception from the errors found (in any order).</summary>
    public MigrationException(IEnumerable<string> errors) : this(Sorted(errors)) { }

    private MigrationException(List<string> sorted) : base("Migration exception:\n* " + string.Join("\n* ", sorted)) => Errors = sorted;

    /// <summary>The errors, sorted.</summary>
    public IReadOnlyList<string> Errors { get; }

    private static List<string> Sorted(IEnumerable<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var list = errors.ToList();
        list.Sort(Authoring.PythonStringComparer.Instance);
        return list;
    }
}
