namespace Migrations.Runtime.Events;

/// <summary>The six database event types; the values of the <c>event_type</c> enum in PostgreSQL.</summary>
public enum EventType
{
    /// <summary><c>create</c>: a new model with its fields.</summary>
    Create,

    /// <summary><c>update</c>: fields overwritten with new values.</summary>
    Update,

    /// <summary><c>deletefields</c>: fields removed.</summary>
    DeleteFields,

    /// <summary><c>listfields</c>: values added to and removed from list fields.</summary>
    ListFields,

    /// <summary><c>delete</c>: the model marked deleted (its fields stay).</summary>
    Delete,

    /// <summary><c>restore</c>: a deleted model brought back.</summary>
    Restore,
}

/// <summary>The database names of <see cref="EventType"/>.</summary>
internal static class EventTypeNames
{
    /// <summary>The name stored in the <c>events.type</c> column.</summary>
    public static string ToDbName(this EventType type) => type switch
    {
        EventType.Create => "create",
        EventType.Update => "update",
        EventType.DeleteFields => "deletefields",
        EventType.ListFields => "listfields",
        EventType.Delete => "delete",
        EventType.Restore => "restore",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Parses a stored type name; false for anything else.</summary>
    public static bool TryParse(string? name, out EventType type)
    {
        switch (name)
        {
            case "create": type = EventType.Create; return true;
            case "update": type = EventType.Update; return true;
            case "deletefields": type = EventType.DeleteFields; return true;
            case "listfields": type = EventType.ListFields; return true;
            case "delete": type = EventType.Delete; return true;
            case "restore": type = EventType.Restore; return true;
            default: type = default; return false;
        }
    }
}
