namespace Migrations.Runtime.Data;

/// <summary>A place in a file for messages: the byte offset and the 1-based line.</summary>
public readonly record struct TextPosition(long Byte, int Line)
{
    /// <summary>The start of a file.</summary>
    public static TextPosition Start => new(0, 1);

    /// <summary>The position after <paramref name="text"/>, which starts here.</summary>
    public TextPosition Advance(ReadOnlySpan<byte> text) => new(Byte + text.Length, Line + System.MemoryExtensions.Count(text, (byte)'\n'));

    /// <summary><c>line L, byte B</c>.</summary>
    public override string ToString() => $"line {Line}, byte {Byte}";
}
