using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;

namespace Migrations.Runtime.Data;

/// <summary>
/// Reads a large JSON document from a stream token by token, and whole values (a model, a position) as
/// <see cref="JsonNode"/>s read by <see cref="JsonInput"/> (upstream's duplicate keys, PostgreSQL's limits), holding
/// only the current value in memory. Malformed JSON gives <see cref="DataFileException"/> with the byte offset.
/// </summary>
internal sealed class JsonStreamReader(Stream stream, string fileName, JsonInputReport report)
{
    private readonly StreamWindow _window = new(stream);
    private JsonReaderState _state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });

    /// <summary>The type of the last token read.</summary>
    public JsonTokenType TokenType { get; private set; } = JsonTokenType.None;

    /// <summary>The last property name or string value read.</summary>
    public string? String { get; private set; }

    /// <summary>Where the reader stands in the file, for messages.</summary>
    public TextPosition Position => _window.Position;

    /// <summary>Reads the next token; false at the end of the document.</summary>
    public async Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryRead(out var more))
            {
                return true;
            }

            if (!more)
            {
                return false;
            }

            await _window.FillAsync(cancellationToken);
        }
    }

    /// <summary>Reads the next whole value (object, array or primitive) as a node; <paramref name="path"/> names it in messages.</summary>
    public async Task<JsonNode?> ReadValueAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryReadValue(path, out var node, out var more))
            {
                return node;
            }

            if (!more)
            {
                throw new DataFileException($"{fileName}: the document ends inside a value (at {Position}).");
            }

            await _window.FillAsync(cancellationToken);
        }
    }

    /// <summary>Fails unless the document ends here (only white space follows the top-level value).</summary>
    public async Task ExpectEndAsync(CancellationToken cancellationToken)
    {
        if (await ReadAsync(cancellationToken))
        {
            throw new DataFileException($"{fileName}: unexpected text after the top-level object (at {Position}).");
        }
    }

    private bool TryRead(out bool needMore)
    {
        var reader = new Utf8JsonReader(_window.Span, _window.Final, _state);
        try
        {
            if (!reader.Read())
            {
                needMore = !_window.Final;
                return false;
            }
        }
        catch (JsonException e)
        {
            throw Malformed(e);
        }

        TokenType = reader.TokenType;
        var what = reader.TokenType == JsonTokenType.PropertyName ? "a key" : "a string";
        String = reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String
            ? JsonInput.CheckedString(ref reader, fileName, () => what, _window.Span, Position)
            : null;
        _window.Consume((int)reader.BytesConsumed);
        _state = reader.CurrentState;
        needMore = false;
        return true;
    }

    private bool TryReadValue(string path, out JsonNode? node, out bool needMore)
    {
        node = null;
        var span = _window.Span;
        var reader = new Utf8JsonReader(span, _window.Final, _state);
        try
        {
            if (!reader.Read())
            {
                needMore = !_window.Final;
                return false;
            }

            var valueStart = (int)reader.TokenStartIndex;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
            {
                needMore = !_window.Final;
                return false;
            }

            var valueEnd = (int)reader.BytesConsumed;
            node = JsonInput.Parse(span[valueStart..valueEnd], fileName, path, Position.Advance(span[..valueStart]), report);
            TokenType = reader.TokenType;
            _window.Consume(valueEnd);
            _state = reader.CurrentState;
            needMore = false;
            return true;
        }
        catch (JsonException e)
        {
            throw Malformed(e);
        }
    }

    private DataFileException Malformed(JsonException e) =>
        new($"{fileName}: malformed JSON at line {e.LineNumber + 1}, column {e.BytePositionInLine + 1}: {JsonInput.Reason(e)}", e);
}
