using System.Text.Json.Nodes;
using Migrations.Runtime.Writing;

namespace Migrations.Runtime.Tests.Infrastructure;

/// <summary>Builds write requests from upstream's JSON shape, so tests read like upstream's.</summary>
internal static class Requests
{
    public static WriteRequest Parse(params string[] events) => new([.. events.Select(Event)]);

    public static RequestEvent Event(string json)
    {
        var e = Json.Obj(json);
        var fqid = e["fqid"]!.GetValue<string>();
        return e["type"]!.GetValue<string>() switch
        {
            "create" => new CreateRequestEvent(fqid, e["fields"]!.AsObject()),
            "update" => new UpdateRequestEvent(
                fqid, e["fields"] as JsonObject, e["list_fields"]?["add"] as JsonObject, e["list_fields"]?["remove"] as JsonObject),
            "delete" => new DeleteRequestEvent(fqid),
            "restore" => new RestoreRequestEvent(fqid),
            var t => throw new ArgumentException($"unknown request type {t}"),
        };
    }
}
