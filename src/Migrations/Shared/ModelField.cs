namespace Migrations.Shared;

/// <summary>
/// A field of a collection as the backend's model registry knows it: its models.yml type and, for the four relation
/// types, its targets (in the backend's order: one for a plain relation, one per collection for a generic one),
/// <c>on_delete</c> and <c>equal_fields</c> (always a list, as the backend's field classes make it).
/// </summary>
internal sealed class ModelField
{
    public ModelField(
        string collection,
        string name,
        string type,
        bool required,
        IReadOnlyList<RelationTarget> to,
        RelationOnDelete onDelete,
        IReadOnlyList<string> equalFields)
    {
        Collection = collection;
        Name = name;
        Type = type;
        Required = required;
        To = to;
        OnDelete = onDelete;
        EqualFields = equalFields;
    }

    public string Collection { get; }

    public string Name { get; }

    /// <summary>The models.yml type: <c>relation</c>, <c>relation-list</c>, <c>generic-relation</c>, <c>generic-relation-list</c>, <c>number</c>, <c>string</c>, …</summary>
    public string Type { get; }

    public bool Required { get; }

    /// <summary>The targets; empty for a field that is no relation.</summary>
    public IReadOnlyList<RelationTarget> To { get; }

    public RelationOnDelete OnDelete { get; }

    public IReadOnlyList<string> EqualFields { get; }

    /// <summary>One of the four relation types (the backend's <c>BaseRelationField</c>).</summary>
    public bool IsRelation => IsRelationType(Type);

    /// <summary><c>generic-relation</c> or <c>generic-relation-list</c>: values are fqids.</summary>
    public bool IsGeneric => Type is "generic-relation" or "generic-relation-list";

    /// <summary><c>relation-list</c> or <c>generic-relation-list</c> (the backend's <c>is_list_field</c>).</summary>
    public bool IsListRelation => Type is "relation-list" or "generic-relation-list";

    public static bool IsRelationType(string type) =>
        type is "relation" or "relation-list" or "generic-relation" or "generic-relation-list";

    public override string ToString() => $"{Collection}/{Name} ({Type})";
}
