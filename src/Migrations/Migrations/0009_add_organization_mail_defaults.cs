using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;

namespace Migrations.M0009;

/// <summary>
/// Gives every created organization the defaults of the user e-mail (sender, subject, body) and the instance
/// <c>url</c>. Values already present are overwritten, as upstream does.
/// </summary>
[TargetMigrationIndex(10)]
public sealed class Migration : EventMigration
{
    /// <summary>The default body of the access-data e-mail, byte for byte as OpenSlides ships it.</summary>
    internal const string UsersEmailBody =
        "      Dear {name},\n\n\n\n" +
        "      this is your personal OpenSlides login:\n\n" +
        "          {url}\n\n" +
        "          username: {username}\n\n" +
        "          password: {password}\n\n\n\n" +
        "      This email was generated automatically.";

    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        if (@event is not CreateEvent create || create.Collection != "organization")
        {
            return null;
        }

        create.Data["users_email_sender"] = "OpenSlides";
        create.Data["users_email_subject"] = "OpenSlides access data";
        create.Data["users_email_body"] = UsersEmailBody;
        create.Data["url"] = "http://example.com:8000";
        return [create];
    }
}
