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
        list.Sort(CompareCodePoints);
        return list;
    }

    // Python's str order: by code point, so a character above U+FFFF sorts after U+FFFF (UTF-16 order would put its
    // surrogates before U+E000–U+FFFF).
    private static int CompareCodePoints(string a, string b)
    {
        var i = 0;
        var j = 0;
        while (i < a.Length && j < b.Length)
        {
            var (ca, na) = CodePointAt(a, i);
            var (cb, nb) = CodePointAt(b, j);
            if (ca != cb)
            {
                return ca.CompareTo(cb);
            }

            i += na;
            j += nb;
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }

    // A lone surrogate stands for itself, as in a Python string.
    private static (int CodePoint, int Length) CodePointAt(string s, int index) =>
        char.IsHighSurrogate(s[index]) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1])
            ? (char.ConvertToUtf32(s[index], s[index + 1]), 2)
            : (s[index], 1);
}
