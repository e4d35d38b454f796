namespace Migrations.Runtime.Data;

/// <summary>
/// The bytes of a stream that were read but not yet consumed, refilled on demand (the buffer doubles when one token
/// or line does not fit), and where they start in the stream: the window under the JSON and the line readers.
/// </summary>
internal sealed class StreamWindow(Stream stream)
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>True once the stream has no more bytes (what the window holds is all that is left).</summary>
    public bool Final { get; private set; }

    /// <summary>Where the window starts in the stream.</summary>
    public TextPosition Position { get; private set; } = TextPosition.Start;

    /// <summary>The unconsumed bytes; valid until the next <see cref="FillAsync"/>.</summary>
    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(_start, _end - _start);

    /// <inheritdoc cref="Memory"/>
    public ReadOnlySpan<byte> Span => _buffer.AsSpan(_start, _end - _start);

    /// <summary>Moves the start past <paramref name="bytes"/> bytes.</summary>
    public void Consume(int bytes)
    {
        Position = Position.Advance(_buffer.AsSpan(_start, bytes));
        _start += bytes;
    }

    /// <summary>Reads more of the stream behind the unconsumed bytes.</summary>
    public async Task FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        Final = read == 0;
    }
}
