using System.Globalization;
using System.Text.RegularExpressions;
using Migrations.Runtime.Errors;

namespace Migrations.Runtime.Keys;

/// <summary>
/// The key formats of the datastore (spec §1.4): collection, id, field, fqid (<c>collection/id</c>),
/// fqfield (<c>collection/id/field</c>) and collectionfield (<c>collection/field</c>), plus the reserved
/// <c>meta…</c> fields.
/// </summary>
public static partial class DatastoreKeys
{
    /// <summary>The separator of key parts.</summary>
    public const char Separator = '/';

    /// <summary>Field names starting with this prefix are reserved for the datastore.</summary>
    public const string MetaFieldPrefix = "meta";

    /// <summary>The reserved field that marks a deleted model.</summary>
    public const string MetaDeleted = "meta_deleted";

    /// <summary>The reserved field that holds the position of the last change of a model.</summary>
    public const string MetaPosition = "meta_position";

    /// <summary>The longest fqid the tables can hold.</summary>
    public const int FqidMaxLength = 48;

    /// <summary>The longest collection name.</summary>
    public const int CollectionMaxLength = 32;

    /// <summary>The longest collectionfield the writer accepts.</summary>
    public const int CollectionFieldMaxLength = 239;

    // Upstream's patterns. A collection of exactly two letters does not match (upstream quirk, kept).
    // The field pattern keeps the legacy template syntax (at most one `$`). `\z` instead of `$`: no trailing newline.
    private const string CollectionPattern = "[a-z](?:[a-z_]+[a-z]+)?";
    private const string IdPattern = "[1-9][0-9]*";
    private const string FieldPattern = @"[a-z][a-z0-9_]*\$?[a-z0-9_]*";

    [GeneratedRegex("^" + CollectionPattern + "/" + IdPattern + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex FqidRegex();

    [GeneratedRegex("^" + CollectionPattern + "/" + IdPattern + "/" + FieldPattern + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex FqfieldRegex();

    [GeneratedRegex("^" + CollectionPattern + "/" + FieldPattern + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex CollectionFieldRegex();

    [GeneratedRegex("^" + CollectionPattern + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex CollectionRegex();

    [GeneratedRegex("^" + FieldPattern + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex FieldRegex();

    /// <summary>True if <paramref name="key"/> is a valid fqid.</summary>
    public static bool IsFqid(string? key) => key is not null && FqidRegex().IsMatch(key);

    /// <summary>True if <paramref name="key"/> is a valid fqfield.</summary>
    public static bool IsFqfield(string? key) => key is not null && FqfieldRegex().IsMatch(key);

    /// <summary>True if <paramref name="key"/> is a valid collectionfield.</summary>
    public static bool IsCollectionField(string? key) => key is not null && CollectionFieldRegex().IsMatch(key);

    /// <summary>True if <paramref name="key"/> is a valid collection name.</summary>
    public static bool IsCollection(string? key) => key is not null && CollectionRegex().IsMatch(key);

    /// <summary>True if <paramref name="key"/> is a valid field name (reserved names included).</summary>
    public static bool IsField(string? key) => key is not null && FieldRegex().IsMatch(key);

    /// <summary>True for the reserved <c>meta…</c> fields.</summary>
    public static bool IsReservedField(string field) => field.StartsWith(MetaFieldPrefix, StringComparison.Ordinal);

    /// <summary>Throws <see cref="InvalidFormatException"/> unless <paramref name="key"/> is an fqid.</summary>
    public static void AssertFqid(string? key) => Assert(key, IsFqid(key));

    /// <summary>Throws <see cref="InvalidFormatException"/> unless <paramref name="key"/> is a field name.</summary>
    public static void AssertField(string? key) => Assert(key, IsField(key));

    /// <summary>Throws <see cref="InvalidFormatException"/> unless <paramref name="key"/> is a collection name.</summary>
    public static void AssertCollection(string? key) => Assert(key, IsCollection(key));

    /// <summary>Throws <see cref="InvalidFormatException"/> unless <paramref name="key"/> is a collectionfield.</summary>
    public static void AssertCollectionField(string? key) => Assert(key, IsCollectionField(key));

    /// <summary>The message upstream gives for a key of the wrong form.</summary>
    public static string InvalidKeyMessage(string? key) => $"The key '{key}' is no fqid, fqfield or collectionkey";

    /// <summary>The message upstream gives for a key that is not a string (e.g. a number in a field list).</summary>
    public static string NonStringKeyMessage(string keyText, string typeName) =>
        $"The key `{keyText}` has type {typeName}, but string is expected";

    /// <summary>The collection part of an fqid (or collectionfield).</summary>
    public static string CollectionOf(string fqid)
    {
        var separator = fqid.IndexOf(Separator, StringComparison.Ordinal);
        return separator < 0 ? fqid : fqid[..separator];
    }

    /// <summary>The id part of an fqid.</summary>
    public static int IdOf(string fqid)
    {
        var separator = fqid.IndexOf(Separator, StringComparison.Ordinal);
        return int.Parse(fqid.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The largest id the tables can hold: <c>id_sequences.id</c> is an INTEGER that stores the next free id.
    /// </summary>
    public const int MaxId = int.MaxValue - 1;

    /// <summary>
    /// Why the tables cannot hold a model with this well-formed fqid (collection over 32 characters, fqid over 48,
    /// id over <see cref="MaxId"/>), or null if they can.
    /// </summary>
    public static string? StorageProblem(string fqid)
    {
        ArgumentNullException.ThrowIfNull(fqid);
        var separator = fqid.IndexOf(Separator, StringComparison.Ordinal);
        if (separator > CollectionMaxLength)
        {
            return $"the collection name has {separator} characters; at most {CollectionMaxLength} can be stored";
        }

        if (!long.TryParse(fqid.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id > MaxId)
        {
            return $"the id {fqid[(separator + 1)..]} is too large; ids go up to {MaxId}";
        }

        return fqid.Length > FqidMaxLength ? $"the fqid has {fqid.Length} characters; at most {FqidMaxLength} can be stored" : null;
    }

    /// <summary>Builds <c>collection/id</c>.</summary>
    public static string Fqid(string collection, int id) => string.Create(CultureInfo.InvariantCulture, $"{collection}/{id}");

    /// <summary>Builds <c>collection/field</c> from an fqid and a field.</summary>
    public static string CollectionField(string fqid, string field) => CollectionOf(fqid) + Separator + field;

    private static void Assert(string? key, bool valid)
    {
        if (!valid)
        {
            throw new InvalidFormatException(InvalidKeyMessage(key));
        }
    }
}
