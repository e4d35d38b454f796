# Upstream's 0065 with the data-losing bug fixed as this tool fixes it (see the class comment of
# src/Migrations/Migrations/0065_rename_default_projector_los_field.cs and the README's deliberate differences):
# upstream sets meeting/default_projector_current_los_ids from the old field also when the old field is missing
# (its database reader gives it as None), deleting a value the meeting already had; here a meeting without the old
# field only has the old field removed. Everything else as upstream's module. Used by eng/upstream-diff.sh
# --with-fixes.
from typing import Any

from datastore.migrations import BaseModelMigration
from datastore.shared.util import fqid_from_collection_and_id
from datastore.writer.core import BaseRequestEvent, RequestUpdateEvent

from ...shared.filters import And, FilterOperator

OLD_MEETING = "default_projector_current_list_of_speakers_ids"
NEW_MEETING = "default_projector_current_los_ids"
OLD_PROJECTOR = "used_as_default_projector_for_current_list_of_speakers_in_meeting_id"
NEW_PROJECTOR = "used_as_default_projector_for_current_los_in_meeting_id"


class Migration(BaseModelMigration):
    target_migration_index = 66

    def migrate_models(self) -> list[BaseRequestEvent] | None:
        events: list[BaseRequestEvent] = []
        not_deleted = FilterOperator("meta_deleted", "!=", True)
        projectors = self.reader.filter(
            "projector", And(FilterOperator(OLD_PROJECTOR, "!=", None), not_deleted), [OLD_PROJECTOR]
        )
        projections = self.reader.filter(
            "projection", And(FilterOperator("type", "=", "current_list_of_speakers"), not_deleted)
        )
        meetings = self.reader.get_all("meeting", [OLD_MEETING])
        for id_, meeting in meetings.items():
            fields: dict[str, Any] = {OLD_MEETING: None}
            if meeting.get(OLD_MEETING) is not None:
                fields[NEW_MEETING] = meeting[OLD_MEETING]
            events.append(RequestUpdateEvent(fqid_from_collection_and_id("meeting", id_), fields))
        for id_, projector in projectors.items():
            # the database reader returns the 68-character name cut to PostgreSQL's 63 characters
            meeting_id = projector.get(OLD_PROJECTOR, projector.get(OLD_PROJECTOR[:63]))
            fields = {OLD_PROJECTOR: None}
            if id_ in (meetings.get(meeting_id, {}).get(OLD_MEETING) or []):
                fields[NEW_PROJECTOR] = meeting_id
            events.append(RequestUpdateEvent(fqid_from_collection_and_id("projector", id_), fields))
        for id_, projection in projections.items():
            events.append(
                RequestUpdateEvent(fqid_from_collection_and_id("projection", id_), {"type": "current_los"})
            )
        return events
