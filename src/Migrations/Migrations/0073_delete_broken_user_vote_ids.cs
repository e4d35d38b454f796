using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0073;

/// <summary>
/// Removes from users the vote ids that do not point back (left behind by pseudonymised polls): for every live user
/// read by upstream's filter (<c>vote_ids</c> or <c>delegated_vote_ids</c> neither None nor <c>[]</c>, and
/// <c>meta_deleted != True</c>), an entry of <c>vote_ids</c> is removed unless it names a live vote whose
/// <c>user_id</c> is this user, and an entry of <c>delegated_vote_ids</c> unless it names a live vote whose
/// <c>delegated_user_id</c> is this user. The removals are list updates: first one per user with broken
/// <c>vote_ids</c>, then one per user with broken <c>delegated_vote_ids</c>, users in the reader's order (the
/// database's physical order, the import's in memory), the removed ids of each in CPython's set order
/// (<see cref="PythonIntSet"/>), as upstream's <c>list(set)</c> gives them.
/// <para>Database and memory: upstream's filter <c>!= []</c> also reads users with an empty list in the database
/// (its driver sends <c>'{}'</c>), not in memory; nothing comes of it either way. Votes are looked up as each of
/// upstream's readers does: in the database only live votes count (a deleted vote's id is removed), in memory every
/// vote of the data; an id written as a string of digits (<c>"4"</c>) finds its vote in memory (upstream's memory
/// reader looks it up as <c>vote/4</c> and keys it by the string), while in the database it never does (upstream's
/// database reader keys the vote by the int), so there it is removed.</para>
/// <para>Kept from upstream: a falsy <c>vote_ids</c> / <c>delegated_vote_ids</c> (<c>0</c>, <c>false</c>,
/// <c>""</c>) counts as empty; any other entry that is no integer id (null, other strings, a fraction) is removed;
/// but the writer refuses a list update on a list that holds an entry which is neither string nor integer (a null,
/// say), so such data fails the migration, as upstream's database writer does. A vote's <c>user_id</c> compares with
/// the user's id as Python's <c>==</c> (<c>3.0</c> is 3, <c>true</c> is 1, <c>"3"</c> is not).</para>
/// <para>Deliberate differences: a read user whose <c>vote_ids</c> or <c>delegated_vote_ids</c> is truthy but no
/// list fails the migration with a <see cref="MigrationException"/> naming every such field (upstream: a TypeError
/// for a number or <c>true</c>; for a string it looks up every character, for an object its keys). Removed entries
/// that are not integers (upstream puts them into one Python set with the ints, whose order then depends on string
/// hashing, which changes from run to run) come after the integers, in the order first met.</para>
/// </summary>
[TargetMigrationIndex(74)]
public sealed class Migration : ModelMigration
{
    private const string VoteField = "vote_ids";
    private const string DelegatedField = "delegated_vote_ids";
    private const int VoteBatch = 10_000;

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var users = Reader.StreamFilterAsync(
            "user",
            new And(
                new Or(
                    new And(new FilterOperator(VoteField, "!=", null), new FilterOperator(VoteField, "!=", new JsonArray())),
                    new And(new FilterOperator(DelegatedField, "!=", null), new FilterOperator(DelegatedField, "!=", new JsonArray()))),
                new FilterOperator("meta_deleted", "!=", true)),
            [VoteField, DelegatedField],
            cancellationToken);

        var errors = new List<string>();
        var lists = new List<(int UserId, VoteList Votes, VoteList Delegated)>();
        var requested = new HashSet<int>();
        await foreach (var (userId, user) in users)
        {
            var votes = VoteList.Of(ListOf(userId, user, VoteField, errors));
            var delegated = VoteList.Of(ListOf(userId, user, DelegatedField, errors));
            lists.Add((userId, votes, delegated));
            foreach (var list in (VoteList[])[votes, delegated])
            {
                foreach (var entry in list.Entries())
                {
                    if (VoteIdOf(entry) is { } voteId)
                    {
                        requested.Add(voteId);
                    }
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new MigrationException(errors);
        }

        // The votes in batches, each kept as the two user ids it points back with: a large instance has millions.
        var liveVotes = new Dictionary<int, (int User, int Delegated)>(requested.Count);
        foreach (var batch in requested.Chunk(VoteBatch))
        {
            var read = (await Reader.GetManyAsync([new GetManyRequestPart("vote", batch, ["user_id", "delegated_user_id"])], cancellationToken)).GetValueOrDefault("vote");
            foreach (var (voteId, vote) in read ?? [])
            {
                liveVotes[voteId] = (UserIdOf(vote["user_id"]), UserIdOf(vote["delegated_user_id"]));
            }
        }

        requested.Clear();
        requested.TrimExcess();

        var voteRemovals = new List<(int UserId, BrokenIds Ids)>();
        var delegatedRemovals = new List<(int UserId, BrokenIds Ids)>();
        foreach (var (userId, votes, delegated) in lists)
        {
            if (Broken(votes, liveVotes, vote => vote.User == userId) is { } brokenVotes)
            {
                voteRemovals.Add((userId, brokenVotes));
            }

            if (Broken(delegated, liveVotes, vote => vote.Delegated == userId) is { } brokenDelegated)
            {
                delegatedRemovals.Add((userId, brokenDelegated));
            }
        }

        var events = new List<RequestEvent>();
        events.AddRange(voteRemovals.Select(p => Removal(p.UserId, VoteField, p.Ids)));
        events.AddRange(delegatedRemovals.Select(p => Removal(p.UserId, DelegatedField, p.Ids)));
        return events;
    }

    /// <summary>Upstream's <c>user.get(field) or []</c>; a truthy value that is no list is an error.</summary>
    private static JsonArray ListOf(int userId, JsonObject user, string field, List<string> errors)
    {
        var value = user[field];
        if (value is JsonArray list)
        {
            return list;
        }

        if (PythonTruth.IsTruthy(value))
        {
            errors.Add($"{DatastoreKeys.Fqid("user", userId)} has {field} {value!.ToJsonString()}, which is not a list");
        }

        return [];
    }

    /// <summary>
    /// The vote an entry names as the reader can find it: an integer id; in memory also a string of an id's digits
    /// (upstream's memory reader finds <c>vote/4</c> for <c>"4"</c> and keys the result by the string, which the lookup
    /// then finds), never in the database (upstream's database reader keys the result by the int).
    /// </summary>
    private int? VoteIdOf(JsonNode? entry)
    {
        if (JsonIds.TryInteger(entry, out var id))
        {
            return id > 0 ? id : null;
        }

        return Reader.IsInMemoryMigration && entry is JsonValue value && value.TryGetValue<string>(out var text) && IsIdText(text)
            ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>The entries of <paramref name="list"/> that do not name a live vote pointing back (<paramref name="pointsBack"/>); null if none.</summary>
    private BrokenIds? Broken(VoteList list, Dictionary<int, (int User, int Delegated)> liveVotes, Func<(int User, int Delegated), bool> pointsBack)
    {
        BrokenIds? broken = null;
        if (list.Integers is { } integers)
        {
            foreach (var id in integers)
            {
                if (!(id > 0 && liveVotes.TryGetValue(id, out var vote) && pointsBack(vote)))
                {
                    (broken ??= new BrokenIds()).Add(id);
                }
            }

            return broken;
        }

        foreach (var entry in list.Entries())
        {
            if (!(VoteIdOf(entry) is { } voteId && liveVotes.TryGetValue(voteId, out var vote) && pointsBack(vote)))
            {
                (broken ??= new BrokenIds()).Add(entry);
            }
        }

        return broken;
    }

    /// <summary>
    /// A user's list of vote ids: as ints when every entry is an integer (what a datastore holds), else the entries as
    /// they are.
    /// </summary>
    private readonly record struct VoteList(int[]? Integers, JsonArray? Nodes)
    {
        public static VoteList Of(JsonArray list)
        {
            var integers = new int[list.Count];
            for (var i = 0; i < integers.Length; i++)
            {
                if (!JsonIds.TryInteger(list[i], out integers[i]))
                {
                    return new VoteList(null, list);
                }
            }

            return new VoteList(integers, null);
        }

        public IEnumerable<JsonNode?> Entries() => Integers is { } integers ? integers.Select(id => (JsonNode?)id) : Nodes!;
    }

    private static UpdateRequestEvent Removal(int userId, string field, BrokenIds ids) =>
        new(DatastoreKeys.Fqid("user", userId), null, removeFromLists: new JsonObject { [field] = ids.ToArray() });

    /// <summary>
    /// A vote's back reference as Python's <c>id == value</c> sees it against a user's (positive int) id: numbers by
    /// value, booleans as 1 and 0; 0 for anything no such id equals.
    /// </summary>
    private static int UserIdOf(JsonNode? value)
    {
        if (value is not JsonValue v)
        {
            return 0;
        }

        var number = v.GetValueKind() switch
        {
            JsonValueKind.True => 1m,
            JsonValueKind.False => 0m,
            JsonValueKind.Number => decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0m,
            _ => 0m,
        };
        return number > 0 && number <= int.MaxValue && number == decimal.Truncate(number) ? (int)number : 0;
    }

    /// <summary>The text of a positive id as an fqid holds it: digits without a leading zero, within an int.</summary>
    private static bool IsIdText(string text) =>
        text.Length is > 0 and <= 10 && text[0] is >= '1' and <= '9' && text.All(char.IsAsciiDigit)
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    /// <summary>
    /// Upstream's <c>set</c> of the entries to remove: the integers in CPython's set order, then (deliberately
    /// deterministic) the other entries in the order first met, each once.
    /// </summary>
    private sealed class BrokenIds
    {
        private readonly PythonIntSet _integers = new();
        private readonly List<JsonNode?> _others = [];

        public void Add(int id) => _integers.Add(id);

        public void Add(JsonNode? entry)
        {
            if (JsonIds.TryInteger(entry, out var id))
            {
                _integers.Add(id);
            }
            else if (!_others.Any(other => JsonNode.DeepEquals(other, entry)))
            {
                _others.Add(entry);
            }
        }

        public JsonArray ToArray() =>
            new([.. _integers.Select(id => (JsonNode)id), .. _others.Select(other => other?.DeepClone())]);
    }
}
