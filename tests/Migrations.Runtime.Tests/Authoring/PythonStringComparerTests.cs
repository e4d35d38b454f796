using Migrations.Runtime.Authoring;

namespace Migrations.Runtime.Tests.Authoring;

/// <summary>Python's <c>sorted()</c> of strings: code point order, which differs from ordinal order above U+FFFF.</summary>
public class PythonStringComparerTests
{
    [Fact]
    public void Strings_sort_by_code_point_as_pythons_sorted()
    {
        // sorted(["b", "a\U0001F600", "a\uFFFD", "A", "", "a", "\ud800"]) in CPython: the lone surrogate (U+D800) sorts
        // before U+FFFD, the emoji (U+1F600) after it.
        string[] words = ["b", "a\U0001F600", "a\uFFFD", "A", "", "a", "\ud800"];
        var sorted = words.ToList();
        sorted.Sort(PythonStringComparer.Instance);
        Assert.Equal(["", "A", "a", "a\uFFFD", "a\U0001F600", "b", "\ud800"], sorted);

        var ordinal = words.ToList();
        ordinal.Sort(StringComparer.Ordinal);
        Assert.NotEqual(sorted, ordinal); // UTF-16 order puts the emoji's surrogates before U+FFFD
        Assert.True(PythonStringComparer.Instance.Compare(null, "") < 0);
    }
}
