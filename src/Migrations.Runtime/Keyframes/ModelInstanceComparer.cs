namespace Migrations.Runtime.Keyframes;

/// <summary>
/// Compares (fqid, model) pairs by the fqid and the very model object (keyframes share equal models as one object),
/// hashing the model's <see cref="StoredModel.Id"/>. A null model (the fqid does not exist) is a key of its own.
/// </summary>
internal sealed class ModelInstanceComparer : IEqualityComparer<(string Fqid, StoredModel? Model)>
{
    public static readonly ModelInstanceComparer Instance = new();

    public bool Equals((string Fqid, StoredModel? Model) x, (string Fqid, StoredModel? Model) y) =>
        ReferenceEquals(x.Model, y.Model) && string.Equals(x.Fqid, y.Fqid, StringComparison.Ordinal);

    public int GetHashCode((string Fqid, StoredModel? Model) obj) =>
        HashCode.Combine(obj.Model?.Id ?? 0, StringComparer.Ordinal.GetHashCode(obj.Fqid));
}
