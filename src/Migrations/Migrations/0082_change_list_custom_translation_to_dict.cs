using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.M0082;

/// <summary>
/// Turns <c>meeting/custom_translations</c> from the old list form, <c>[{"original": o, "translation": t}, …]</c>,
/// into the current object form, <c>{o: t, …}</c>. The meetings are upstream's filter, <c>meta_deleted = False</c>
/// and <c>custom_translations != None</c>; each whose value is a list gets one update, in read order. The object is
/// built as upstream's dict comprehension builds it: keys in the order of their first entry, a later entry with the
/// same original replacing the value in place; the translation is taken as it is (any JSON value). Kept from upstream:
/// an empty list becomes the empty object, and a value that is no list (an object already, a string) is left alone.
/// Both paths filter alike: the database compares the text of <c>meta_deleted</c> with <c>false</c>, memory uses
/// Python's <c>==</c> on the flag, which the in-memory handler sets to false on every model of the import; deleted
/// meetings (in memory: deleted by an earlier migration of the same run) keep their list.
/// <para>An original that is not a string becomes a key as Python's <c>json</c> writes a dict key: an integer as
/// its digits, <c>true</c>/<c>false</c>/<c>null</c> as those words; and as in a Python dict, <c>true</c> and
/// <c>1</c> (<c>false</c> and <c>0</c>) are one key, written as the first of them.</para>
/// <para>Deliberate differences, for data upstream crashes on: an entry that is not an object with both
/// <c>original</c> and <c>translation</c> (upstream: TypeError or KeyError), and an original that is a list or an
/// object (upstream: TypeError, unhashable), fail the migration with a <see cref="MigrationException"/> naming the
/// meeting and the entry; so does an original that is a number with a fraction or exponent, which upstream wrote as
/// Python's float repr (a form this port does not reproduce).</para>
/// </summary>
[TargetMigrationIndex(83)]
public sealed class Migration : ModelMigration
{
    private const string Field = "custom_translations";

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var meetings = await Reader.FilterAsync(
            "meeting",
            new And(new FilterOperator("meta_deleted", "=", false), new FilterOperator(Field, "!=", null)),
            [Field],
            cancellationToken);
        var events = new List<RequestEvent>();
        var errors = new List<string>();
        foreach (var (id, meeting) in meetings)
        {
            if (meeting[Field] is not JsonArray entries)
            {
                continue;
            }

            var fqid = DatastoreKeys.Fqid("meeting", id);
            var translations = new JsonObject();
            var keys = new Dictionary<string, string>(StringComparer.Ordinal);
            var valid = true;
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                if (entry is not JsonObject pair
                    || !pair.TryGetPropertyValue("original", out var original)
                    || !pair.TryGetPropertyValue("translation", out var translation))
                {
                    errors.Add($"{fqid}/{Field}: entry {i} is not an object with original and translation: {entry?.ToJsonString() ?? "null"}");
                    valid = false;
                    continue;
                }

                if (DictKey(original) is not { } dictKey)
                {
                    errors.Add($"{fqid}/{Field}: entry {i} has an original that cannot be a key: {original!.ToJsonString()}");
                    valid = false;
                    continue;
                }

                if (!keys.TryGetValue(dictKey.Identity, out var key))
                {
                    keys[dictKey.Identity] = key = dictKey.Text;
                }

                translations[key] = translation?.DeepClone();
            }

            if (valid)
            {
                events.Add(new UpdateRequestEvent(fqid, new JsonObject { [Field] = translations }));
            }
        }

        if (errors.Count > 0)
        {
            throw new MigrationException(errors);
        }

        return events;
    }

    /// <summary>
    /// The original as a Python dict key: its identity (equal for values Python's <c>==</c> and <c>hash</c> make one
    /// key) and the text <c>json.dumps</c> writes for it; null for a value this port does not take as a key.
    /// </summary>
    private static (string Identity, string Text)? DictKey(JsonNode? original)
    {
        switch (original?.GetValueKind() ?? JsonValueKind.Null)
        {
            case JsonValueKind.String:
                var s = original!.GetValue<string>();
                return ("s:" + s, s);
            case JsonValueKind.Null:
                return ("None", "null");
            case JsonValueKind.True:
                return ("n:1", "true");
            case JsonValueKind.False:
                return ("n:0", "false");
            case JsonValueKind.Number:
                var json = original!.ToJsonString();
                if (json.AsSpan().IndexOfAny(".eE") >= 0
                    || !BigInteger.TryParse(json, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    return null;
                }

                var digits = integer.ToString(CultureInfo.InvariantCulture);
                return ("n:" + digits, digits);
            default:
                return null;
        }
    }
}
