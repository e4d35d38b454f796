namespace Migrations.Runtime.Data;

/// <summary>
/// Reads a stream line by line as raw UTF-8 bytes (a line ends at <c>\n</c>; a <c>\r</c> before it and a byte order
/// mark at the start are dropped), so that invalid UTF-8 reaches the JSON reader as it is instead of being replaced
/// by U+FFFD. Memory: the longest line.
/// </summary>
internal sealed class Utf8LineReader(Stream stream)
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _final;
    private bool _first = true;
    private long _consumedBefore;

    /// <summary>The byte offset in the stream of the line last returned.</summary>
    public long LineOffset { get; private set; }

    /// <summary>The next line without its line break, or null at the end. Valid until the next call.</summary>
    public async Task<ReadOnlyMemory<byte>?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var searched = 0;
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start + searched, _end - _start - searched);
            if (newline >= 0 || _final)
            {
                if (newline < 0 && _start == _end)
                {
                    return null;
                }

                var end = newline < 0 ? _end : newline;
                var lineStart = _start;
                if (_first)
                {
                    _first = false;
                    if (end - lineStart >= 3 && _buffer[lineStart] == 0xEF && _buffer[lineStart + 1] == 0xBB && _buffer[lineStart + 2] == 0xBF)
                    {
                        lineStart += 3;
                    }
                }

                LineOffset = _consumedBefore + lineStart;
                var lineEnd = end > lineStart && _buffer[end - 1] == '\r' ? end - 1 : end;
                _start = newline < 0 ? _end : newline + 1;
                return _buffer.AsMemory(lineStart, lineEnd - lineStart);
            }

            searched = _end - _start;
            await FillAsync(cancellationToken);
        }
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _consumedBefore += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        _final = read == 0;
    }
}
