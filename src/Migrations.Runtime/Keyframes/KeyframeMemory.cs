namespace Migrations.Runtime.Keyframes;

/// <summary>
/// The memory the models of a run's keyframes take, counted once per model object: keyframes of neighbouring
/// migration indices share most models, so adding up each keyframe's models would count them two to four times and
/// make the cache a fraction of what it is meant to be. <see cref="DirtyBytes"/> is the part that is changed since the
/// last checkpoint (it cannot leave memory before the next one).
/// </summary>
internal sealed class KeyframeMemory
{
    /// <summary>Bytes of JSON of every model some keyframe holds.</summary>
    public long Bytes { get; private set; }

    /// <summary>Bytes of JSON of every model some keyframe holds as changed.</summary>
    public long DirtyBytes { get; private set; }

    /// <summary>A keyframe holds <paramref name="model"/> (as changed, if <paramref name="dirty"/>).</summary>
    public void Hold(StoredModel model, bool dirty)
    {
        if (model.Holders++ == 0)
        {
            Bytes += model.Json.Length;
        }

        if (dirty && model.DirtyHolders++ == 0)
        {
            DirtyBytes += model.Json.Length;
        }
    }

    /// <summary>A keyframe lets go of <paramref name="model"/> (held as changed, if <paramref name="dirty"/>).</summary>
    public void Release(StoredModel model, bool dirty)
    {
        if (--model.Holders == 0)
        {
            Bytes -= model.Json.Length;
        }

        if (dirty)
        {
            Clean(model);
        }
    }

    /// <summary>A keyframe's changed <paramref name="model"/> was written: it stays, now as clean.</summary>
    public void Clean(StoredModel model)
    {
        if (--model.DirtyHolders == 0)
        {
            DirtyBytes -= model.Json.Length;
        }
    }
}
