# Upstream's 0076 with the data-losing bug fixed as this tool fixes it (see the class comment of
# src/Migrations/Migrations/0076_remove_broken_projection_connection.cs and the README's deliberate differences).
# eng/upstream-diff.sh --with-fixes puts this file in place of upstream's, so that upstream's own tool, run with the
# fix, can be compared with ours model by model (and eng/upstream-fixtures.sh makes the chain test's expected files
# with it). Upstream removes every entry that is not an empty projection from the list it iterates over (skipping
# the entry after each removal) and writes that one shared list in every update; here each entry is looked at once,
# the ids of live projections stay, and every update carries the list without the removed entries.
from datastore.migrations import BaseModelMigration
from datastore.reader.core.requests import GetManyRequestPart
from datastore.writer.core.write_request import (
    BaseRequestEvent,
    RequestDeleteEvent,
    RequestUpdateEvent,
)

from openslides_backend.shared.patterns import fqid_from_collection_and_id

from ...shared.filters import And, FilterOperator, Not, Or

COLLECTIONS = [
    "meeting",
    "motion",
    "meeting_mediafile",
    "list_of_speakers",
    "motion_block",
    "assignment",
    "agenda_item",
    "topic",
    "poll",
    "projector_message",
    "projector_countdown",
]


def as_id(entry):
    return entry if type(entry) is int else None


class Migration(BaseModelMigration):
    target_migration_index = 77

    def migrate_models(self) -> list[BaseRequestEvent] | None:
        empty = self.reader.filter(
            "projection",
            And(
                FilterOperator("content_object_id", "=", None),
                FilterOperator("meta_deleted", "!=", True),
            ),
            ["content_object_id"],
        )
        lists = []
        for collection in COLLECTIONS:
            models = self.reader.filter(
                collection,
                And(
                    Not(
                        Or(
                            FilterOperator("projection_ids", "=", None),
                            FilterOperator("projection_ids", "=", "[]"),
                        )
                    ),
                    FilterOperator("meta_deleted", "!=", True),
                ),
                ["projection_ids"],
            )
            for id_, model in models.items():
                lists.append(
                    (fqid_from_collection_and_id(collection, id_), model.get("projection_ids") or [])
                )
        wanted = sorted(
            {
                as_id(e)
                for _, entries in lists
                for e in entries
                if as_id(e) is not None and as_id(e) >= 1 and as_id(e) not in empty
            }
        )
        live = set()
        if wanted:
            found = self.reader.get_many(
                [GetManyRequestPart("projection", wanted, ["id", "meta_deleted"])]
            ).get("projection", {})
            live = {int(id_) for id_, model in found.items() if model.get("meta_deleted") is not True}
        events: list[BaseRequestEvent] = []
        filled = set()
        for fqid, entries in lists:
            kept = [e for e in entries if as_id(e) in empty or as_id(e) in live]
            for entry in entries:
                if as_id(entry) in empty:
                    events.append(
                        RequestUpdateEvent(
                            fqid_from_collection_and_id("projection", entry),
                            {"content_object_id": fqid},
                        )
                    )
                    filled.add(entry)
                elif as_id(entry) not in live:
                    events.append(RequestUpdateEvent(fqid, {"projection_ids": list(kept)}))
        for id_ in empty:
            if id_ not in filled:
                events.append(RequestDeleteEvent(fqid_from_collection_and_id("projection", id_)))
        return events
