namespace Migrations.Runtime.Data;

/// <summary>
/// Reads a stream line by line as raw UTF-8 bytes (a line ends at <c>\n</c>; a <c>\r</c> before it and a byte order
/// mark at the start are dropped), so that invalid UTF-8 reaches the JSON reader as it is instead of being replaced
/// by U+FFFD. Memory: the longest line.
/// </summary>
internal sealed class Utf8LineReader(Stream stream)
{
    private readonly StreamWindow _window = new(stream);
    private bool _first = true;

    /// <summary>The byte offset in the stream of the line last returned.</summary>
    public long LineOffset { get; private set; }

    /// <summary>The next line without its line break, or null at the end. Valid until the next call.</summary>
    public async Task<ReadOnlyMemory<byte>?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var searched = 0;
        while (true)
        {
            var newline = _window.Span[searched..].IndexOf((byte)'\n');
            if (newline >= 0 || _window.Final)
            {
                if (newline < 0 && _window.Span.IsEmpty)
                {
                    return null;
                }

                var end = newline < 0 ? _window.Span.Length : searched + newline;
                if (_first)
                {
                    _first = false;
                    if (end >= 3 && _window.Span[..3].SequenceEqual("\uFEFF"u8))
                    {
                        _window.Consume(3);
                        end -= 3;
                    }
                }

                LineOffset = _window.Position.Byte;
                var line = _window.Memory[..(end > 0 && _window.Span[end - 1] == '\r' ? end - 1 : end)];
                _window.Consume(newline < 0 ? end : end + 1);
                return line;
            }

            searched = _window.Span.Length;
            await _window.FillAsync(cancellationToken);
        }
    }
}
