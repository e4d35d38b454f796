namespace Migrations.Shared;

/// <summary>
/// What deleting a model does to the models a relation field names (models.yml's <c>on_delete</c>; the backend's
/// <c>OnDelete</c>): remove the id from them (the default), refuse the deletion while there are any, or delete them too.
/// </summary>
internal enum RelationOnDelete
{
    SetNull,
    Protect,
    Cascade,
}
