using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Migrations.Runtime.Route;

/// <summary>
/// JSON text as upstream's route writes it (simplejson's <c>dumps</c> with its defaults): <c>", "</c> between items,
/// <c>": "</c> after keys, keys in insertion order, every character outside printable ASCII escaped as
/// <c>\uXXXX</c> (lowercase hex, surrogate pairs above U+FFFF), <c>'</c> and <c>/</c> as they are. The operator client
/// prints error bodies raw, so the bytes matter.
/// </summary>
public static class UpstreamJson
{
    /// <summary>Serializes <paramref name="node"/>.</summary>
    public static string Serialize(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(node, builder);
        return builder.ToString();
    }

    private static void Write(JsonNode? node, StringBuilder builder)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject o:
                builder.Append('{');
                var first = true;
                foreach (var (key, value) in o)
                {
                    if (!first)
                    {
                        builder.Append(", ");
                    }

                    first = false;
                    WriteString(key, builder);
                    builder.Append(": ");
                    Write(value, builder);
                }

                builder.Append('}');
                break;
            case JsonArray a:
                builder.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Write(a[i], builder);
                }

                builder.Append(']');
                break;
            default:
                switch (node.GetValueKind())
                {
                    case JsonValueKind.String:
                        WriteString(node.GetValue<string>(), builder);
                        break;
                    case JsonValueKind.True:
                        builder.Append("true");
                        break;
                    case JsonValueKind.False:
                        builder.Append("false");
                        break;
                    case JsonValueKind.Null:
                        builder.Append("null");
                        break;
                    default:
                        builder.Append(node.ToJsonString());
                        break;
                }

                break;
        }
    }

    private static void WriteString(string text, StringBuilder builder)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                default:
                    if (c is >= ' ' and <= '~')
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
