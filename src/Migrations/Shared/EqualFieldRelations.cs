using Migrations.Runtime.Authoring;

namespace Migrations.Shared;

/// <summary>
/// A relation whose two ends must agree on some fields (models.yml's <c>equal_fields</c>), as 0074
/// (check_equal_fields) checks it: the main end <see cref="First"/>, the other end <see cref="Second"/>, and the equal
/// fields of both ends together, sorted as Python sorts strings.
/// </summary>
internal sealed class EqualFieldRelation
{
    public EqualFieldRelation(ModelField first, ModelField second, IReadOnlyList<string> equalFields)
    {
        First = first;
        Second = second;
        EqualFields = equalFields;
    }

    /// <summary>The end the relation is iterated from (upstream's <c>collection1</c>/<c>field1</c>).</summary>
    public ModelField First { get; }

    /// <summary>The end it points to (upstream's <c>collection2</c>/<c>field2</c>).</summary>
    public ModelField Second { get; }

    /// <summary>The union of both ends' equal fields, sorted; never empty.</summary>
    public IReadOnlyList<string> EqualFields { get; }

    public override string ToString() =>
        $"{First.Collection}/{First.Name} - {Second.Collection}/{Second.Name} ({string.Join(", ", EqualFields)})";
}

/// <summary>
/// The relations with equal fields of a model table, in the order and with the choice of ends that the backend's
/// 0074 computes them from its <c>model_registry</c> (<c>get_relations</c>). Every collection in the registry's order,
/// its fields sorted by name (the backend's <c>Model.get_fields()</c> walks <c>dir()</c>); for each field with equal
/// fields, each of its targets (one for a plain relation, every target in the backend's order for a generic one), the
/// back field there. The pair is taken when the union of both ends' equal fields is not empty (a relation with a
/// <c>user</c> end ignores <c>meeting_id</c>) and either the back field has no equal fields of its own or this end
/// is the main one: a generic end before a plain one, a list before a single value, then the smaller collection
/// name, or for one collection the smaller or equal field name. Keyed as upstream's dict is, by (this end, back end):
/// a pair found again keeps its first place and takes the later value.
/// </summary>
internal static class EqualFieldRelations
{
    private static readonly Lazy<IReadOnlyList<EqualFieldRelation>> Embedded =
        new(() => Of(ModelRelations.Backend4230), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The relations of backend 4.2.30 (<see cref="ModelRelations.Backend4230"/>), computed once.</summary>
    public static IReadOnlyList<EqualFieldRelation> Backend4230 => Embedded.Value;

    /// <summary>
    /// The relations of <paramref name="models"/>; a target or back field the table lacks gives
    /// <see cref="InvalidOperationException"/> (the backend's <c>KeyError</c>).
    /// </summary>
    public static IReadOnlyList<EqualFieldRelation> Of(ModelRelations models)
    {
        ArgumentNullException.ThrowIfNull(models);
        var relations = new List<EqualFieldRelation>();
        var places = new Dictionary<(string, string, string, string), int>();
        foreach (var collection in models.Collections)
        {
            foreach (var field in models.Fields(collection).OrderBy(f => f.Name, PythonStringComparer.Instance))
            {
                if (!field.IsRelation || field.EqualFields.Count == 0)
                {
                    continue;
                }

                var targets = field.IsGeneric ? field.To : field.To.Take(1);
                foreach (var target in targets)
                {
                    var back = models.Field(target.Collection, target.Field)
                        ?? throw new InvalidOperationException($"{field} names the back field {target.Collection}/{target.Field}, which the table lacks.");
                    var equal = new HashSet<string>(field.EqualFields, StringComparer.Ordinal);
                    equal.UnionWith(back.EqualFields);
                    if ((collection == "user" || target.Collection == "user") && equal.Contains("meeting_id"))
                    {
                        // The backend ignores user/meeting_id (it goes away with the relational database).
                        equal.Remove("meeting_id");
                    }

                    if (equal.Count == 0 || !(IsMainEnd(field, back) || back.EqualFields.Count == 0))
                    {
                        continue;
                    }

                    var sorted = equal.ToList();
                    sorted.Sort(PythonStringComparer.Instance);
                    var relation = new EqualFieldRelation(field, back, sorted);
                    var key = (collection, field.Name, back.Collection, back.Name);
                    if (places.TryGetValue(key, out var place))
                    {
                        relations[place] = relation;
                    }
                    else
                    {
                        places[key] = relations.Count;
                        relations.Add(relation);
                    }
                }
            }
        }

        return relations;
    }

    /// <summary>Upstream's <c>is_a_main_relation(a, b)</c>.</summary>
    private static bool IsMainEnd(ModelField a, ModelField b)
    {
        if (a.IsGeneric != b.IsGeneric)
        {
            return b.IsGeneric;
        }

        if (a.IsListRelation != b.IsListRelation)
        {
            return b.IsListRelation;
        }

        return a.Collection == b.Collection
            ? PythonStringComparer.Instance.Compare(a.Name, b.Name) <= 0
            : PythonStringComparer.Instance.Compare(a.Collection, b.Collection) < 0;
    }
}
