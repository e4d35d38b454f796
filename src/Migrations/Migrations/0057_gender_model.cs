using System.Globalization;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0057;

/// <summary>
/// Turns the gender strings into a <c>gender</c> collection: genders 1–4 are male, female, diverse and non-binary,
/// followed by the other entries of <c>organization/1/genders</c> in their order (repeats included, as upstream
/// keeps them); the organization gets <c>gender_ids</c> [1..n] and loses <c>genders</c>; every live user loses
/// <c>gender</c> and, where it equals one of the names, gets the first matching <c>gender_id</c>; each gender is
/// created with its <c>user_ids</c> (in user read order, none if no user has it). In memory (an import) nothing
/// changes, as upstream: the import still takes genders as strings. Upstream behaviour kept: a missing
/// <c>organization/1</c> fails the migration (ModelDoesNotExist); on the database path a user without gender reads
/// as None, so it matches a null entry of the organization's genders, should there be one. Deliberate difference:
/// a <c>genders</c> value that is not a list adds no names (upstream would iterate a string's characters).
/// </summary>
[TargetMigrationIndex(58)]
public sealed class Migration : ModelMigration
{
    private static readonly string[] DefaultGenders = ["male", "female", "diverse", "non-binary"];

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        if (Reader.IsInMemoryMigration)
        {
            return [];
        }

        var users = await Reader.GetAllAsync("user", ["gender"], cancellationToken);
        var organization = await Reader.GetAsync("organization/1", ["genders"], cancellationToken);
        var names = DefaultGenders.Select(g => (JsonNode?)g).ToList();
        if (organization["genders"] is JsonArray genders)
        {
            names.AddRange(genders.Where(g => !DefaultGenders.Any(d => PythonEquals(g, d))).Select(g => g?.DeepClone()));
        }

        var events = new List<RequestEvent>
        {
            new UpdateRequestEvent("organization/1", new JsonObject
            {
                ["gender_ids"] = JsonIds.Array(Enumerable.Range(1, names.Count)),
                ["genders"] = null,
            }),
        };

        var userIds = new Dictionary<int, List<int>>();
        foreach (var (userId, user) in users)
        {
            var fqid = $"user/{userId.ToString(CultureInfo.InvariantCulture)}";
            // Upstream's user.get("gender", ""): a missing key is "", a present null is None.
            var gender = user.TryGetPropertyValue("gender", out var value) ? value : JsonValue.Create("");
            var index = names.FindIndex(n => PythonEquals(n, gender));
            if (index >= 0)
            {
                var genderId = index + 1;
                events.Add(new UpdateRequestEvent(fqid, new JsonObject { ["gender_id"] = genderId, ["gender"] = null }));
                if (!userIds.TryGetValue(genderId, out var ids))
                {
                    userIds[genderId] = ids = [];
                }

                ids.Add(userId);
            }
            else
            {
                events.Add(new UpdateRequestEvent(fqid, new JsonObject { ["gender"] = null }));
            }
        }

        for (var genderId = 1; genderId <= names.Count; genderId++)
        {
            events.Add(new CreateRequestEvent($"gender/{genderId.ToString(CultureInfo.InvariantCulture)}", new JsonObject
            {
                ["id"] = genderId,
                ["name"] = names[genderId - 1]?.DeepClone(),
                ["organization_id"] = 1,
                ["user_ids"] = userIds.TryGetValue(genderId, out var ids) ? JsonIds.Array(ids) : null,
            }));
        }

        return events;
    }

    /// <summary>Python's <c>a == b</c> on two decoded JSON values (null is None).</summary>
    private static bool PythonEquals(JsonNode? a, JsonNode? b) =>
        a is null || b is null ? a is null && b is null : JsonNode.DeepEquals(a, b);
}
