namespace Migrations.Runtime.Authoring;

/// <summary>
/// Python's order of strings, which <c>sorted()</c> uses: by code point. It differs from ordinal (UTF-16) order only
/// where a character above U+FFFF meets one in U+E000–U+FFFF (UTF-16 puts the surrogates of the first before the
/// second). A lone surrogate stands for itself, as in a Python string.
/// </summary>
public sealed class PythonStringComparer : IComparer<string>
{
    /// <summary>The comparer.</summary>
    public static readonly PythonStringComparer Instance = new();

    private PythonStringComparer() { }

    /// <inheritdoc/>
    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var i = 0;
        var j = 0;
        while (i < x.Length && j < y.Length)
        {
            var (cx, nx) = CodePointAt(x, i);
            var (cy, ny) = CodePointAt(y, j);
            if (cx != cy)
            {
                return cx.CompareTo(cy);
            }

            i += nx;
            j += ny;
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }

    private static (int CodePoint, int Length) CodePointAt(string s, int index) =>
        char.IsHighSurrogate(s[index]) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1])
            ? (char.ConvertToUtf32(s[index], s[index + 1]), 2)
            : (s[index], 1);
}
