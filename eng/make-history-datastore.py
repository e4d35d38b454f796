#!/usr/bin/env python3
"""Writes a psql script that fills an empty datastore with a synthetic OpenSlides 4.2 instance at migration index 68.

    python3 eng/make-history-datastore.py POSITIONS [--seed N] | psql -v ON_ERROR_STOP=1 -q -d DATABASE

The scale proof of the model migrations 0068-0070 (issue #14): 0068 adds poll permissions to groups, 0069 turns every
position that carries `information` into history_entry / history_position models, 0070 looks for broken entries.

The instance: one organization, one meeting per 2,000 positions (at least 2), a committee per 8 meetings, five admin
users; per meeting five groups (permission lists with and without motion.can_manage / assignment.can_manage, one
without a permissions field every fifth meeting, a deleted group every fourth), a projector, a workflow with four
states, 36 participants (user + meeting_user; every tenth passive), 50 motions (submitter, list of speakers, agenda
item; every twelfth a draft), 3 assignments with 3 candidates, 3 topics, 23 polls (20 on motions, one per assignment)
with options and, once stopped, votes (fewer of everything below 2,000 positions a meeting). Relations are kept in
both directions (meeting/motion_ids and motion/meeting_id, group/meeting_user_ids and meeting_user/group_ids, ...).

The history: the first positions create the models (several creates a position), the rest are the actions of a
running instance, mostly updates: motion edits, state and recommendation changes, submitters, supporters (which 0071 turns into motion_supporter models), change
recommendations, participant data and group changes, speakers, agenda items, settings, polls started, stopped (the
votes are created then) and published, and a few deletes of draft motions and of participants, so that some fqids of
the history no longer exist. About 2.6 events a position, as the instance behind OpenSlides/OpenSlides#7006
(3,069,959 positions, 8,119,285 events).

`information` as upstream's backend writes it: a JSON object naming the fqids an action touched, e.g.
{"motion/12": ["Motion updated"], "user/3": ["Participant added to meeting {}", "meeting/2"]}, including fqids of
other collections (topics, change recommendations); in the early history mostly the older list form
["Motion created"]; a few {}; JSON null for the actions without history (speakers, agenda, settings, presence,
meeting setup). The writer is mostly user 1, sometimes another admin or a participant, sometimes 0 or -1 (system).
Timestamps increase with microseconds (one in a hundred at exactly .5 s, so that rounding ties happen).

The models table is the replay of the events (meta_position = the last position that touched the model, deleted
models kept with meta_deleted true), id_sequences is max id + 1 per collection. collectionfields and
events_to_collectionfields stay empty: only the writer's optimistic locking uses them, and finalize empties them.

Deterministic: the same POSITIONS and seed give the same script. Memory: the live models only (votes, finished
speakers, counted options and published polls, never touched again, are written out at once); the output is
streamed in COPY blocks of 20,000 positions. The last line of the script and of stderr is a summary with what the
migrations should produce (groups 0068 updates, history positions and entries 0069 creates).
"""
import argparse
import datetime
import json
import random
import sys
import time

parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
parser.add_argument("positions", type=int)
parser.add_argument("--seed", type=int, default=1)
args = parser.parse_args()
TOTAL = args.positions
if TOTAL < 1000:
    sys.exit("make-history-datastore: POSITIONS must be at least 1000")
rng = random.Random(args.seed)
rand = rng.random
randint = rng.randint
choice = rng.choice

out = open(sys.stdout.fileno(), "w", encoding="utf-8", buffering=1 << 20, newline="\n", closefd=False)
data_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
info_json = json.JSONEncoder().encode  # as psycopg2's Json (json.dumps defaults) stores it
CHUNK = 20_000
MIGRATION_INDEX = 68

# ----------------------------------------------------------------------------------------------------------------
# Model store, position buffer and the COPY output.

models = {}  # fqid -> data incl. meta_deleted / meta_position (live and deleted models not yet written)
next_ids = {}  # collection -> next free id
position = 0
events = []  # (fqid, type, data text) of the open position
position_rows = []
event_rows = []
model_rows = []  # models that are final (never touched again) and already written out
counts = {"events": 0, "info_dict": 0, "info_list": 0, "info_empty": 0, "info_null": 0, "history_positions": 0,
          "history_entries": 0, "meeting_updates": 0}
HISTORY_COLLECTIONS = ("motion", "assignment", "user")
entries_by_fqid = {}  # motion/assignment/user fqid -> history entries 0069 makes for it
history_by_user = {}  # position user_id -> positions with information
now_us = 1_672_531_200 * 1_000_000 + 123_457  # 2023-01-01 UTC
now_s = now_us // 1_000_000
day_cache = {}


def esc(text):
    # COPY text format: JSON text has no raw tab, newline or carriage return (json escapes them), so only the
    # backslash needs doubling.
    return text.replace("\\", "\\\\")


def new_id(collection):
    i = next_ids.get(collection, 1)
    next_ids[collection] = i + 1
    return i


def create(fqid, fields):
    if fqid in models:
        raise AssertionError(f"create of existing {fqid}")
    data = {k: list(v) if type(v) is list else v for k, v in fields.items()}
    data["meta_deleted"] = False
    data["meta_position"] = position
    models[fqid] = data
    events.append((fqid, "create", data_json(fields)))
    return data


def live(fqid):
    m = models[fqid]
    if m["meta_deleted"]:
        raise AssertionError(f"event on deleted {fqid}")
    m["meta_position"] = position
    return m


def update(fqid, fields):
    live(fqid).update({k: list(v) if type(v) is list else v for k, v in fields.items()})
    events.append((fqid, "update", data_json(fields)))


def delete_fields(fqid, names):
    m = live(fqid)
    for name in names:
        m.pop(name, None)
    events.append((fqid, "deletefields", data_json(names)))


big_lists = {}  # id(list) -> (list, set of its entries), for the long lists (organization/1 user_ids)


def members(values):
    entry = big_lists.get(id(values))
    if entry is None or entry[0] is not values:
        entry = big_lists[id(values)] = (values, set(values))
    return entry[1]


def list_fields(fqid, add=None, remove=None):
    """A listfields event, applied with the datastore's algorithm (spec 2.3): an added value is appended unless the
    list held it before the event; a removal applies only to a field the model had before the event."""
    add = add or {}
    remove = remove or {}
    m = live(fqid)
    had = [field for field in remove if field in m]
    for field, values in add.items():
        original = m.get(field)
        if original is None:
            m[field] = list(values)
        elif len(original) > 1000:
            known = members(original)
            new = [v for v in values if v not in known]
            original.extend(new)  # in place: model lists are never shared (create and update copy them)
            known.update(new)
        else:
            m[field] = original + [v for v in values if v not in original]
    for field in had:
        drop = set(remove[field])
        current = m[field]
        if len(current) > 1000:
            known = members(current)
            for v in drop:
                while v in known and v in current:
                    current.remove(v)
                known.discard(v)
        else:
            m[field] = [v for v in current if v not in drop]
    events.append((fqid, "listfields", data_json({"add": add, "remove": remove})))


def append_to(fqid, field, value):
    """A relation list written as its full new value (the backend's usual update)."""
    m = models[fqid]
    update(fqid, {field: m.get(field, []) + [value]})


def remove_from(fqid, field, value):
    m = models[fqid]
    update(fqid, {field: [v for v in m.get(field, []) if v != value]})


def delete(fqid):
    live(fqid)["meta_deleted"] = True
    events.append((fqid, "delete", "null"))


def seal(fqid):
    """Writes a model that no event touches again and forgets it."""
    data = models.pop(fqid)
    model_rows.append(f"{fqid}\t{esc(data_json(data))}\t{'t' if data['meta_deleted'] else 'f'}\n")


def timestamp_text(us):
    s, micro = divmod(us, 1_000_000)
    day, rest = divmod(s, 86_400)
    date = day_cache.get(day)
    if date is None:
        date = day_cache[day] = (datetime.date(1970, 1, 1) + datetime.timedelta(days=day)).isoformat()
    h, rest = divmod(rest, 3600)
    mi, se = divmod(rest, 60)
    return f"{date} {h:02d}:{mi:02d}:{se:02d}.{micro:06d}+00"


def begin():
    global position, now_us, now_s
    position += 1
    step = int(rng.expovariate(1 / 12_000_000)) + 1  # about 12 s between writes
    now_us += step
    if rand() < 0.01:
        now_us = now_us - now_us % 1_000_000 + 1_500_000  # the next second's .5: a tie for round()
    now_s = now_us // 1_000_000


def commit(user_id, info):
    """Ends the open position: one positions row and its events (weights 1..n)."""
    if not events:
        raise AssertionError(f"position {position} without events")
    if info is None:
        info_text = "null"
        counts["info_null"] += 1
    else:
        info_text = esc(info_json(info))
        # What 0069 makes of it: a history_position, and a history_entry per motion/assignment/user fqid named by
        # the information (object form) or by the position's events (list form).
        counts["history_positions"] += 1
        if isinstance(info, list):
            counts["info_list"] += 1
            named = {fqid for fqid, _, _ in events}
        else:
            counts["info_dict" if info else "info_empty"] += 1
            named = info
        entries = [fqid for fqid in named if fqid.split("/", 1)[0] in HISTORY_COLLECTIONS]
        counts["history_entries"] += len(entries)
        for fqid in entries:
            entries_by_fqid[fqid] = entries_by_fqid.get(fqid, 0) + 1
        # One list addition per meeting of the entries (0069 reads motion/assignment meeting_id without a deleted
        # condition; users have none), one to the writer if they exist at the end (counted then).
        counts["meeting_updates"] += len({models[fqid]["meeting_id"] for fqid in entries if fqid[0] != "u"})
        if user_id > 0:
            history_by_user[user_id] = history_by_user.get(user_id, 0) + 1
    position_rows.append(f"{position}\t{timestamp_text(now_us)}\t{user_id}\t{info_text}\t{MIGRATION_INDEX}\n")
    p = str(position)
    for weight, (fqid, kind, text) in enumerate(events, 1):
        event_rows.append(f"{p}\t{fqid}\t{kind}\t{esc(text)}\t{weight}\n")
    counts["events"] += len(events)
    events.clear()
    if len(position_rows) >= CHUNK:
        flush()


def flush():
    if position_rows:
        out.write("COPY positions (position, timestamp, user_id, information, migration_index) FROM STDIN;\n")
        out.write("".join(position_rows))
        out.write("\\.\n")
        out.write("COPY events (position, fqid, type, data, weight) FROM STDIN;\n")
        out.write("".join(event_rows))
        out.write("\\.\n")
        position_rows.clear()
        event_rows.clear()
    if model_rows:
        out.write("COPY models (fqid, data, deleted) FROM STDIN;\n")
        out.write("".join(model_rows))
        out.write("\\.\n")
        model_rows.clear()
    progress()


started = time.monotonic()
last_progress = 0.0
out.write(f"""-- A synthetic OpenSlides 4.2 datastore at migration index {MIGRATION_INDEX}: {TOTAL} positions, \
seed {args.seed}.
-- Written by eng/make-history-datastore.py for an empty datastore schema (the tables exist and are empty).
-- collectionfields and events_to_collectionfields stay empty: only the writer's optimistic locking reads them, and
-- finalize empties them. The models are the replay of the events; id_sequences is max id + 1 per collection.
\\set ON_ERROR_STOP on
SET synchronous_commit = off;
BEGIN;
""")


def progress(final=False):
    global last_progress
    elapsed = time.monotonic() - started
    if final or elapsed - last_progress >= 5:
        last_progress = elapsed
        print(f"make-history-datastore: {position:,} / {TOTAL:,} positions, {counts['events']:,} events, "
              f"{len(models):,} live models, {elapsed:.0f} s", file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------------------------------------------
# Texts.

PARAGRAPHS = [
    "<p>Die Stadt soll <strong>weitere</strong> Radwege bauen &amp; pflegen; Überprüfung jährlich.</p>",
    "<p>The assembly asks the board to publish the budget \"in full\" before 31 March.</p>",
    "<ul>\n<li>Lorem ipsum dolor sit amet, consectetuer adipiscing elit.</li>\n"
    "<li>Aenean commodo ligula eget dolor.</li>\n</ul>",
    "<p>Path of the archive: C:\\Archiv\\Beschlüsse\\2023 (see appendix\ttable 2).</p>",
    "<p>Naïve café résumé — “quoted” text, 10 % more, ½ of the members.</p>",
    "<p>Nulla consequat massa quis enim. Donec pede justo, fringilla vel, aliquet nec, vulputate eget, arcu.</p>",
    "<p>In enim justo, rhoncus ut, imperdiet a, venenatis vitae, justo. Nullam dictum felis eu pede mollis.</p>",
    "<p>Integer tincidunt. Cras dapibus. Vivamus elementum semper nisi. Aenean vulputate eleifend tellus.</p>",
]
FIRST = ["Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hans", "Ida", "Jonas", "Kim", "Lea", "Müller"]
LAST = ["Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "O'Brien"]
TOKEN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


# A pool of texts per paragraph count, shared by the models (memory), chosen at random.
TEXTS = {n: ["\n".join(rng.choice(PARAGRAPHS) for _ in range(n)) for _ in range(64)] for n in range(1, 6)}


def text(n):
    return choice(TEXTS[n])


BASE_PERMS = ["agenda_item.can_see_internal", "assignment.can_see", "list_of_speakers.can_see", "mediafile.can_see",
              "meeting.can_see_frontpage", "motion.can_see", "projector.can_see", "user.can_see"]
DELEGATE_PERMS = ["agenda_item.can_see_internal", "assignment.can_nominate_other", "assignment.can_nominate_self",
                  "list_of_speakers.can_be_speaker", "mediafile.can_see", "meeting.can_see_autopilot",
                  "meeting.can_see_frontpage", "motion.can_create", "motion.can_create_amendments",
                  "motion.can_support", "projector.can_see", "user.can_see"]
STAFF_PERMS = ["agenda_item.can_manage", "assignment.can_manage", "assignment.can_nominate_self",
               "list_of_speakers.can_be_speaker", "list_of_speakers.can_manage", "mediafile.can_manage",
               "meeting.can_see_frontpage", "meeting.can_see_history", "motion.can_manage", "poll.can_manage",
               "projector.can_manage", "tag.can_manage", "user.can_manage"]
MEETING_SETTINGS = {
    "language": "de", "description": "Presentation and assembly system", "welcome_title": "Welcome to OpenSlides",
    "welcome_text": "[Space for your welcome text.]", "conference_show": False, "conference_los_restriction": True,
    "applause_enable": False, "applause_type": "applause-type-bar", "applause_timeout": 5,
    "enable_anonymous": False, "export_csv_encoding": "utf-8", "export_csv_separator": ";",
    "export_pdf_pagesize": "A4", "export_pdf_fontsize": 10, "export_pdf_line_height": 1.25,
    "agenda_enable_numbering": True, "agenda_numeral_system": "arabic", "agenda_item_creation": "default_no",
    "agenda_new_items_default_visibility": "internal", "agenda_number_prefix": "TOP",
    "list_of_speakers_amount_next_on_projector": -1, "list_of_speakers_couple_countdown": True,
    "list_of_speakers_enable_point_of_order_speakers": True, "list_of_speakers_initially_closed": False,
    "motions_default_line_numbering": "outside", "motions_line_length": 85, "motions_number_type": "per_category",
    "motions_number_min_digits": 1, "motions_preamble": "The assembly may decide:", "motions_export_title": "Motions",
    "motions_amendments_enabled": True, "motions_amendments_prefix": "-Ä", "motions_supporters_min_amount": 0,
    "motion_poll_default_type": "nominal", "motion_poll_default_method": "YNA",
    "motion_poll_default_onehundred_percent_base": "YNA", "motion_poll_default_backend": "fast",
    "assignment_poll_default_type": "nominal", "assignment_poll_default_method": "Y",
    "assignment_poll_default_backend": "fast", "users_enable_presence_view": True, "users_enable_vote_weight": False,
    "users_enable_vote_delegations": True, "users_allow_self_set_present": True,
    "users_email_subject": "OpenSlides access data", "users_email_sender": "OpenSlides",
    "users_pdf_welcometitle": "Welcome to OpenSlides", "poll_default_type": "analog", "poll_default_method": "Y",
    "poll_default_backend": "fast", "projector_countdown_default_time": 60, "projector_countdown_warning_time": 0,
}


# ----------------------------------------------------------------------------------------------------------------
# The instance.

class Meeting:
    __slots__ = ("id", "fqid", "committee", "groups", "states", "active", "passive", "motions", "drafts",
                 "assignments", "topics", "speech_los", "agenda", "polls", "waiting", "current", "mcrs",
                 "motion_count", "los_count", "poll_count", "fqid_id")

    def __init__(self, id_):
        self.id = id_
        self.fqid = f"meeting/{id_}"
        self.groups = {}
        self.states = []
        self.active = []  # (user id, meeting_user id) that act: groups, speakers, votes, submitters
        self.passive = []  # (user id, meeting_user id) in the default group only; some get deleted
        self.motions = []  # motions that get polls, speakers, states (never deleted)
        self.drafts = []  # motions that are only edited and maybe deleted
        self.assignments = []
        self.topics = []
        self.speech_los = []
        self.agenda = []
        self.polls = []  # [poll id, content fqid, state, option ids, global option id]
        self.waiting = []
        self.current = None
        self.mcrs = []
        self.motion_count = 0
        self.los_count = 0
        self.poll_count = 0


ADMINS = [1, 2, 3, 4, 5]
meetings = []
committees = []


def writer():
    r = rand()
    if r < 0.02:
        return 0
    if r < 0.025:
        return -1
    if r < 0.70:
        return 1
    return choice(ADMINS[1:])


def info_form(info):
    """The stored form of an action's history information: dict, the older list form (early history), or {}."""
    if position < TOTAL * 0.10:
        if rand() < 0.6:
            return [next(iter(info.values()))[0]]
    elif rand() < 0.01:
        return [next(iter(info.values()))[0]]
    if rand() < 0.005:
        return {}
    return info


def finish(info, user_id=None):
    commit(writer() if user_id is None else user_id, None if info is None else info_form(info))


def setup_organization():
    begin()
    create("organization/1", {
        "id": 1, "name": "Synthetic Organization", "default_language": "de", "enable_electronic_voting": True,
        "enable_chat": True, "limit_of_meetings": 0, "limit_of_users": 0, "theme_id": 1, "theme_ids": [1],
        "users_email_sender": "OpenSlides", "users_email_subject": "OpenSlides access data",
        "url": "https://openslides.example.org", "require_duplicate_from": False, "saml_enabled": False,
        "user_ids": ADMINS[:],
    })
    new_id("organization")
    create("theme/1", {"id": 1, "name": "OpenSlides Blue", "accent_500": "#2196f3", "primary_500": "#317796",
                       "warn_500": "#f06400", "theme_for_organization_id": 1, "organization_id": 1})
    new_id("theme")
    for uid in ADMINS:
        new_id("user")
        create(f"user/{uid}", {
            "id": uid, "username": "admin" if uid == 1 else f"admin{uid}", "first_name": "Admin",
            "last_name": f"Nummer {uid}", "is_active": True, "is_physical_person": True,
            "default_password": "secret", "password": "316af7b2ddc20ead599c38541fbe87e9" * 2,
            "can_change_own_password": True, "default_vote_weight": "1.000000", "organization_id": 1,
            "organization_management_level": "superadmin" if uid == 1 else "can_manage_organization",
        })
    commit(0, None)


def setup_meeting(scale):
    """The creates of one meeting; returns it."""
    mid = new_id("meeting")
    m = Meeting(mid)
    meetings.append(m)
    mf = m.fqid
    # Meeting, groups, projector, workflow and states in one position (meeting.create has no history).
    begin()
    if mid % 8 == 1:
        cid = new_id("committee")
        committees.append(cid)
        create(f"committee/{cid}", {"id": cid, "name": f"Committee {cid}", "description": "Add description here",
                                    "organization_id": 1})
        list_fields("organization/1", add={"committee_ids": [cid]})
    m.committee = committees[-1]
    gids = [new_id("group") for _ in range(5)]
    pid = new_id("projector")
    wid = new_id("motion_workflow")
    sids = [new_id("motion_state") for _ in range(4)]
    m.states = sids
    meeting = dict(MEETING_SETTINGS)
    meeting.update({
        "id": mid, "name": f"Versammlung {mid}", "committee_id": m.committee, "is_active_in_organization_id": 1,
        "start_time": now_s, "end_time": now_s + 86_400 * 2, "location": "Stadthalle",
        "group_ids": gids, "default_group_id": gids[0], "admin_group_id": gids[1], "projector_ids": [pid],
        "reference_projector_id": pid, "motion_workflow_ids": [wid], "motion_state_ids": sids,
        "motions_default_workflow_id": wid, "motions_default_amendment_workflow_id": wid,
        "motion_poll_default_group_ids": [gids[2]], "assignment_poll_default_group_ids": [gids[2]],
    })
    create(mf, meeting)
    committee_perms = (["assignment.can_manage"] if mid % 3 == 0 else ["motion.can_manage"]) + BASE_PERMS
    specs = [
        ("Default", BASE_PERMS, {"default_group_for_meeting_id": mid}),
        ("Admin", [], {"admin_group_for_meeting_id": mid}),
        ("Delegates", None if mid % 5 == 0 else DELEGATE_PERMS,
         {"used_as_motion_poll_default_id": mid, "used_as_assignment_poll_default_id": mid}),
        ("Staff", STAFF_PERMS, {}),
        ("Committees", committee_perms, {}),
    ]
    for gid, (name, perms, extra) in zip(gids, specs):
        group = {"id": gid, "name": name, "weight": gid, "meeting_id": mid}
        if perms is not None:
            group["permissions"] = list(perms)
        group.update(extra)
        create(f"group/{gid}", group)
        m.groups[name] = gid
    create(f"projector/{pid}", {
        "id": pid, "name": "Default projector", "is_internal": False, "scale": 0, "scroll": 0, "width": 1220,
        "aspect_ratio_numerator": 16, "aspect_ratio_denominator": 9, "color": "#000000",
        "background_color": "#ffffff", "show_header_footer": True, "show_title": True, "show_logo": True,
        "show_clock": True, "sequential_number": 1, "used_as_reference_projector_meeting_id": mid, "meeting_id": mid,
    })
    create(f"motion_workflow/{wid}", {"id": wid, "name": "Simple Workflow", "sequential_number": 1,
                                      "state_ids": sids, "first_state_id": sids[0],
                                      "default_workflow_meeting_id": mid,
                                      "default_amendment_workflow_meeting_id": mid, "meeting_id": mid})
    for i, (sid, name) in enumerate(zip(sids, ["submitted", "accepted", "rejected", "not decided"])):
        state = {"id": sid, "name": name, "weight": i + 1, "css_class": ["lightblue", "green", "red", "grey"][i],
                 "workflow_id": wid, "allow_support": i == 0, "allow_create_poll": i == 0,
                 "allow_submitter_edit": i == 0, "set_number": i == 1, "restrictions": [],
                 "merge_amendment_into_final": "undefined", "recommendation_label": None if i == 0 else name.title(),
                 "next_state_ids": sids[1:] if i == 0 else [], "meeting_id": mid}
        if i == 0:
            state["first_state_of_workflow_id"] = wid
            del state["recommendation_label"]
        else:
            state["previous_state_ids"] = [sids[0]]
        create(f"motion_state/{sid}", state)
    update(f"motion_state/{sids[0]}", {"submitter_withdraw_state_id": sids[3]})
    list_fields(f"committee/{m.committee}", add={"meeting_ids": [mid]})
    list_fields("organization/1", add={"active_meeting_ids": [mid]})
    commit(1 if rand() < 0.8 else choice(ADMINS[1:]), None)

    if mid % 4 == 0:
        # A group that is created and deleted again (0068 must skip it although it has motion.can_manage).
        begin()
        gid = new_id("group")
        create(f"group/{gid}", {"id": gid, "name": "Temporary", "weight": gid, "meeting_id": mid,
                                "permissions": ["motion.can_manage", "assignment.can_manage"] + BASE_PERMS})
        append_to(mf, "group_ids", gid)
        commit(1, None)
        begin()
        delete(f"group/{gid}")
        remove_from(mf, "group_ids", gid)
        commit(1, None)

    # Two admins join the meeting (one position).
    begin()
    info = {}
    for uid in sorted(rng.sample(ADMINS[1:], 2)):
        muid = new_id("meeting_user")
        create(f"meeting_user/{muid}", {"id": muid, "user_id": uid, "meeting_id": mid,
                                        "group_ids": [m.groups["Admin"]], "vote_weight": "1.000000"})
        user = models[f"user/{uid}"]
        update(f"user/{uid}", {"meeting_ids": user.get("meeting_ids", []) + [mid],
                               "meeting_user_ids": user.get("meeting_user_ids", []) + [muid],
                               "committee_ids": sorted(set(user.get("committee_ids", []) + [m.committee]))})
        append_to(f"group/{m.groups['Admin']}", "meeting_user_ids", muid)
        list_fields(mf, add={"user_ids": [uid], "meeting_user_ids": [muid]})
        list_fields(f"committee/{m.committee}", add={"user_ids": [uid]})
        info[f"user/{uid}"] = ["Participant added to meeting {}", mf]
    finish(info)

    for n in range(max(6, round(36 * scale))):
        add_participant(m, passive=n % 10 == 9)
    for n in range(max(8, round(50 * scale))):
        add_motion(m, draft=n % 12 == 11)
    for _ in range(max(1, round(3 * scale))):
        add_assignment(m)
    for _ in range(max(1, round(3 * scale))):
        add_topic(m)
    for motion_id in m.motions[: max(2, round(20 * scale))]:
        add_poll(m, f"motion/{motion_id}")
    for assignment_id in m.assignments:
        add_poll(m, f"assignment/{assignment_id}")
    return m


def add_participant(m, passive):
    begin()
    uid = new_id("user")
    muid = new_id("meeting_user")
    first, last = choice(FIRST), choice(LAST)
    group = "Default" if passive else choice(["Delegates"] * 7 + ["Committees"] * 2 + ["Staff"])
    gid = m.groups[group]
    create(f"user/{uid}", {
        "id": uid, "username": f"{first.lower()}.{last.lower()}{uid}", "first_name": first, "last_name": last,
        "email": f"user{uid}@example.org", "is_active": True, "is_physical_person": True,
        "default_password": f"pw{uid:06d}", "password": f"{uid:064x}", "can_change_own_password": True,
        "default_vote_weight": "1.000000", "organization_id": 1, "meeting_ids": [m.id], "meeting_user_ids": [muid],
        "committee_ids": [m.committee],
    })
    create(f"meeting_user/{muid}", {"id": muid, "user_id": uid, "meeting_id": m.id, "group_ids": [gid],
                                    "number": f"{m.id}-{muid}", "vote_weight": "1.000000"})
    append_to(f"group/{gid}", "meeting_user_ids", muid)
    list_fields(m.fqid, add={"user_ids": [uid], "meeting_user_ids": [muid]})
    list_fields("organization/1", add={"user_ids": [uid]})
    list_fields(f"committee/{m.committee}", add={"user_ids": [uid]})
    (m.passive if passive else m.active).append((uid, muid))
    finish({f"user/{uid}": ["Participant created", "Participant added to meeting {}", m.fqid]})


def add_los(m, content):
    lid = new_id("list_of_speakers")
    m.los_count += 1
    create(f"list_of_speakers/{lid}", {"id": lid, "sequential_number": m.los_count, "content_object_id": content,
                                       "closed": False, "meeting_id": m.id})
    aid = new_id("agenda_item")
    create(f"agenda_item/{aid}", {"id": aid, "type": "common" if rand() < 0.7 else "internal", "closed": False,
                                  "weight": aid, "level": 0, "content_object_id": content, "meeting_id": m.id})
    return lid, aid


def add_motion(m, draft):
    begin()
    mid = new_id("motion")
    sid = new_id("motion_submitter")
    fqid = f"motion/{mid}"
    m.motion_count += 1
    lid, aid = add_los(m, fqid)
    _, muid = choice(m.active)
    create(fqid, {
        "id": mid, "title": f"Antrag {m.motion_count}: {choice(LAST)}straße", "text": text(randint(2, 5)),
        "reason": text(1), "meeting_id": m.id, "state_id": m.states[0], "sequential_number": m.motion_count,
        "created": now_s, "last_modified": now_s, "category_weight": 10000, "sort_weight": 10000,
        "start_line_number": 1, "submitter_ids": [sid], "agenda_item_id": aid, "list_of_speakers_id": lid,
        "workflow_timestamp": now_s,
    })
    create(f"motion_submitter/{sid}", {"id": sid, "weight": 1, "meeting_user_id": muid, "motion_id": mid,
                                       "meeting_id": m.id})
    list_fields(m.fqid, add={"motion_ids": [mid], "motion_submitter_ids": [sid], "list_of_speakers_ids": [lid],
                             "agenda_item_ids": [aid]})
    append_to(f"motion_state/{m.states[0]}", "motion_ids", mid)
    append_to(f"meeting_user/{muid}", "motion_submitter_ids", sid)
    if draft:
        m.drafts.append(mid)
    else:
        m.motions.append(mid)
        m.speech_los.append(lid)
    m.agenda.append(aid)
    finish({fqid: ["Motion created"]})


def add_assignment(m):
    begin()
    aid_ = new_id("assignment")
    fqid = f"assignment/{aid_}"
    lid, aid = add_los(m, fqid)
    create(fqid, {"id": aid_, "title": f"Wahl {len(m.assignments) + 1}", "open_posts": randint(1, 3),
                  "phase": "search", "sequential_number": len(m.assignments) + 1, "description": text(1),
                  "agenda_item_id": aid, "list_of_speakers_id": lid, "meeting_id": m.id})
    list_fields(m.fqid, add={"assignment_ids": [aid_], "list_of_speakers_ids": [lid], "agenda_item_ids": [aid]})
    m.assignments.append(aid_)
    m.speech_los.append(lid)
    m.agenda.append(aid)
    finish({fqid: ["Election created"]})
    for uid, muid in rng.sample(m.active, 3):
        begin()
        cid = new_id("assignment_candidate")
        create(f"assignment_candidate/{cid}", {"id": cid, "weight": len(models[fqid].get("candidate_ids", [])) + 1,
                                               "assignment_id": aid_, "meeting_user_id": muid, "meeting_id": m.id})
        append_to(fqid, "candidate_ids", cid)
        append_to(f"meeting_user/{muid}", "assignment_candidate_ids", cid)
        list_fields(m.fqid, add={"assignment_candidate_ids": [cid]})
        finish({fqid: ["Candidate added"], f"user/{uid}": ["Candidate added"]})


def add_topic(m):
    begin()
    tid = new_id("topic")
    fqid = f"topic/{tid}"
    lid, aid = add_los(m, fqid)
    create(fqid, {"id": tid, "title": f"Begrüßung {tid}", "text": text(1), "sequential_number": len(m.topics) + 1,
                  "agenda_item_id": aid, "list_of_speakers_id": lid, "meeting_id": m.id})
    list_fields(m.fqid, add={"topic_ids": [tid], "list_of_speakers_ids": [lid], "agenda_item_ids": [aid]})
    m.topics.append(tid)
    m.speech_los.append(lid)
    m.agenda.append(aid)
    finish({fqid: ["Topic created"]})


def add_poll(m, content):
    begin()
    pid = new_id("poll")
    m.poll_count += 1
    motion = content.startswith("motion/")
    entitled = m.groups["Delegates"]
    option_ids = []
    if motion:
        targets = [content]
    else:
        candidates = [models[f"assignment_candidate/{c}"]["meeting_user_id"]
                      for c in models[content].get("candidate_ids", [])]
        targets = [f"user/{models[f'meeting_user/{mu}']['user_id']}" for mu in candidates]
    for weight, target in enumerate(targets, 1):
        oid = new_id("option")
        option_ids.append(oid)
        create(f"option/{oid}", {"id": oid, "weight": weight, "poll_id": pid, "content_object_id": target,
                                 "meeting_id": m.id})
        append_to(target, "option_ids", oid)
    gid = new_id("option")
    create(f"option/{gid}", {"id": gid, "weight": 1, "used_as_global_option_in_poll_id": pid, "meeting_id": m.id})
    create(f"poll/{pid}", {
        "id": pid, "title": "Abstimmung" if motion else "Wahlgang", "type": "named",
        "backend": "fast", "pollmethod": "YNA" if motion else "Y", "state": "created", "min_votes_amount": 1,
        "max_votes_amount": 1, "max_votes_per_option": 1, "global_yes": False, "global_no": not motion,
        "global_abstain": not motion, "onehundred_percent_base": "YNA" if motion else "Y",
        "sequential_number": m.poll_count, "content_object_id": content, "option_ids": option_ids,
        "global_option_id": gid, "entitled_group_ids": [entitled], "meeting_id": m.id, "live_voting_enabled": False,
    })
    append_to(content, "poll_ids", pid)
    append_to(f"group/{entitled}", "poll_ids", pid)
    list_fields(m.fqid, add={"poll_ids": [pid], "option_ids": option_ids + [gid]})
    m.polls.append([pid, content, "created", option_ids, gid])
    finish({content: ["Ballot created"]})


# ----------------------------------------------------------------------------------------------------------------
# The actions of the running instance (one position each).

def act_motion_update(m):
    pool = m.motions + m.drafts
    mid = choice(pool)
    fields = {"last_modified": now_s}
    r = rand()
    if r < 0.5:
        fields["text"] = text(randint(2, 5))
    elif r < 0.8:
        fields["title"] = f"Antrag {mid}: {choice(LAST)}weg (neu)"
    else:
        fields["reason"] = text(1)
    update(f"motion/{mid}", fields)
    finish({f"motion/{mid}": ["Motion updated"]})


def act_motion_state(m):
    mid = choice(m.motions)
    fqid = f"motion/{mid}"
    motion = models[fqid]
    old = motion["state_id"]
    new = m.states[0] if old != m.states[0] else choice(m.states[1:])
    fields = {"state_id": new, "last_modified": now_s, "workflow_timestamp": now_s}
    if new == m.states[1] and "number" not in motion:
        fields["number"] = f"A{motion['sequential_number']}"
        fields["number_value"] = motion["sequential_number"]
    update(fqid, fields)
    remove_from(f"motion_state/{old}", "motion_ids", mid)
    append_to(f"motion_state/{new}", "motion_ids", mid)
    finish({fqid: ["State set to {}", f"motion_state/{new}"]})


def act_motion_recommendation(m):
    mid = choice(m.motions)
    fqid = f"motion/{mid}"
    old = models[fqid].get("recommendation_id")
    if old is not None and rand() < 0.5:
        delete_fields(fqid, ["recommendation_id"])
        list_fields(f"motion_state/{old}", remove={"motion_recommendation_ids": [mid]})
        finish({fqid: ["Recommendation reset"]})
        return
    new = choice(m.states[1:])
    update(fqid, {"recommendation_id": new})
    if old is not None and old != new:
        list_fields(f"motion_state/{old}", remove={"motion_recommendation_ids": [mid]})
    if old != new:
        list_fields(f"motion_state/{new}", add={"motion_recommendation_ids": [mid]})
    finish({fqid: ["Recommendation set to {}", f"motion_state/{new}"]})


def act_motion_submitter(m):
    mid = choice(m.motions)
    fqid = f"motion/{mid}"
    present = {models[f"motion_submitter/{s}"]["meeting_user_id"] for s in models[fqid].get("submitter_ids", [])}
    candidates = [mu for _, mu in m.active if mu not in present]
    if not candidates:
        return act_motion_update(m)
    muid = choice(candidates)
    sid = new_id("motion_submitter")
    create(f"motion_submitter/{sid}", {"id": sid, "weight": len(present) + 1, "meeting_user_id": muid,
                                       "motion_id": mid, "meeting_id": m.id})
    append_to(fqid, "submitter_ids", sid)
    append_to(f"meeting_user/{muid}", "motion_submitter_ids", sid)
    list_fields(m.fqid, add={"motion_submitter_ids": [sid]})
    finish({fqid: ["Submitters changed"]})


def act_motion_support(m):
    """A participant supports a motion (0071 turns these into motion_supporter models, numbered in read order)."""
    mid = choice(m.motions)
    fqid = f"motion/{mid}"
    present = set(models[fqid].get("supporter_meeting_user_ids", []))
    candidates = [mu for _, mu in m.active if mu not in present]
    if not candidates:
        return act_motion_update(m)
    muid = choice(candidates)
    append_to(fqid, "supporter_meeting_user_ids", muid)
    append_to(f"meeting_user/{muid}", "supported_motion_ids", mid)
    finish({fqid: ["Motion supported"]})


def act_change_recommendation(m):
    mid = choice(m.motions)
    fqid = f"motion/{mid}"
    rid = new_id("motion_change_recommendation")
    line = randint(1, 40)
    create(f"motion_change_recommendation/{rid}", {
        "id": rid, "type": choice(["replacement", "insertion", "deletion"]), "rejected": False, "internal": False,
        "line_from": line, "line_to": line + randint(0, 3), "text": choice(PARAGRAPHS), "creation_time": now_s,
        "motion_id": mid, "meeting_id": m.id,
    })
    append_to(fqid, "change_recommendation_ids", rid)
    list_fields(m.fqid, add={"motion_change_recommendation_ids": [rid]})
    m.mcrs.append(rid)
    finish({fqid: ["Motion change recommendation created"],
            f"motion_change_recommendation/{rid}": ["Motion change recommendation created"]})


def act_change_recommendation_update(m):
    if not m.mcrs:
        return act_change_recommendation(m)
    rid = choice(m.mcrs)
    fqid = f"motion_change_recommendation/{rid}"
    update(fqid, {"rejected": rand() < 0.3, "text": choice(PARAGRAPHS)})
    finish({f"motion/{models[fqid]['motion_id']}": ["Motion change recommendation updated"]})


def act_user_personal(m):
    uid, _ = choice(m.active + m.passive)
    r = rand()
    fields = {"email": f"u{uid}.{position}@example.org"} if r < 0.5 else {"first_name": choice(FIRST)}
    if r > 0.9:
        fields["pronoun"] = choice(["sie", "er", "they"])
    update(f"user/{uid}", fields)
    user_id = uid if rand() < 0.3 else None
    finish({f"user/{uid}": ["Personal data changed"]}, user_id)


def act_user_groups(m):
    """Group changes of one to six participants in one request (participants' group lists and the groups')."""
    chosen = rng.sample(m.active, min(len(m.active), randint(1, 6)))
    names = ["Delegates", "Committees", "Staff"]
    info = {}
    group_adds = {}
    group_removes = {}
    for uid, muid in chosen:
        fqid = f"meeting_user/{muid}"
        current = models[fqid]["group_ids"]
        gid = m.groups[choice(names)]
        if gid in current and len(current) > 1:
            new = [g for g in current if g != gid]
            group_removes.setdefault(gid, []).append(muid)
        elif gid in current:
            other = m.groups[choice([n for n in names if m.groups[n] != gid])]
            new = [other]
            group_removes.setdefault(gid, []).append(muid)
            group_adds.setdefault(other, []).append(muid)
        else:
            new = current + [gid]
            group_adds.setdefault(gid, []).append(muid)
        update(fqid, {"group_ids": new})
        info[f"user/{uid}"] = ["Groups changed"]
    for gid in sorted(set(group_adds) | set(group_removes)):
        gf = f"group/{gid}"
        members = [mu for mu in models[gf].get("meeting_user_ids", []) if mu not in group_removes.get(gid, ())]
        update(gf, {"meeting_user_ids": members + group_adds.get(gid, [])})
    finish(info)


def act_present(m):
    uid, _ = choice(m.active)
    uf = f"user/{uid}"
    if m.id in models[uf].get("is_present_in_meeting_ids", []):
        remove_from(uf, "is_present_in_meeting_ids", m.id)
        list_fields(m.fqid, remove={"present_user_ids": [uid]})
    else:
        append_to(uf, "is_present_in_meeting_ids", m.id)
        list_fields(m.fqid, add={"present_user_ids": [uid]})
    commit(uid if rand() < 0.5 else writer(), None)


def act_meeting_user(m):
    uid, muid = choice(m.active + m.passive)
    update(f"meeting_user/{muid}", {"comment": f"Stand {position}", "number": f"{m.id}-{muid}-{randint(1, 99)}"})
    finish({f"user/{uid}": ["Participant data updated in meeting {}", m.fqid]})


def act_speaker_create(m):
    lid = choice(m.speech_los)
    uid, muid = choice(m.active)
    sid = new_id("speaker")
    los = f"list_of_speakers/{lid}"
    speaker = {"id": sid, "weight": len(models[los].get("speaker_ids", [])) + 1, "list_of_speakers_id": lid,
               "meeting_user_id": muid, "meeting_id": m.id}
    if rand() < 0.2:
        speaker["speech_state"] = choice(["pro", "contra", "contribution"])
    create(f"speaker/{sid}", speaker)
    append_to(los, "speaker_ids", sid)
    append_to(f"meeting_user/{muid}", "speaker_ids", sid)
    list_fields(m.fqid, add={"speaker_ids": [sid]})
    m.waiting.append(sid)
    commit(uid if rand() < 0.3 else writer(), None)


def act_speak(m):
    """Ends the current speech and starts the next one (the finished speaker is final and written out)."""
    if m.current is None and not m.waiting:
        return act_speaker_create(m)
    if m.current is not None:
        update(f"speaker/{m.current}", {"end_time": now_s})
        seal_after.append(f"speaker/{m.current}")
        m.current = None
    if m.waiting:
        m.current = m.waiting.pop(0)
        update(f"speaker/{m.current}", {"begin_time": now_s})
    commit(writer(), None)


def act_agenda(m):
    aid = choice(m.agenda)
    r = rand()
    fields = {"closed": rand() < 0.5} if r < 0.6 else {"item_number": f"TOP {randint(1, 30)}", "weight": randint(1, 99)}
    update(f"agenda_item/{aid}", fields)
    commit(writer(), None)


def act_los_close(m):
    lid = choice(m.speech_los)
    fqid = f"list_of_speakers/{lid}"
    update(fqid, {"closed": not models[fqid]["closed"]})
    commit(writer(), None)


def act_settings(m):
    key, values = choice([("conference_show", [True, False]), ("applause_enable", [True, False]),
                          ("motions_line_length", [80, 85, 90]), ("welcome_text", ["Willkommen!", "Guten Morgen"]),
                          ("list_of_speakers_amount_next_on_projector", [-1, 3, 5])])
    update(m.fqid, {key: choice(values)})
    commit(writer(), None)


def act_assignment(m):
    aid = choice(m.assignments)
    fqid = f"assignment/{aid}"
    update(fqid, {"phase": choice(["search", "voting", "finished"]), "description": text(1)})
    finish({fqid: ["Election updated"]})


def act_group_permission(m):
    gid = m.groups[choice(["Delegates", "Committees", "Default"])]
    perm = choice(["motion.can_manage", "assignment.can_manage", "user.can_see_sensitive_data", "tag.can_manage"])
    fqid = f"group/{gid}"
    if perm in models[fqid].get("permissions", []):
        list_fields(fqid, remove={"permissions": [perm]})
    else:
        list_fields(fqid, add={"permissions": [perm]})
    commit(writer(), None)


def act_topic(m):
    tid = choice(m.topics)
    update(f"topic/{tid}", {"text": text(1)})
    finish({f"topic/{tid}": ["Topic updated"]})


def act_poll(m):
    """Starts, stops (the votes are created) or publishes one poll of the meeting."""
    open_polls = [p for p in m.polls if p[2] != "published"]
    if not open_polls:
        return act_motion_update(m)
    poll = min(open_polls, key=lambda p: p[0]) if rand() < 0.7 else choice(open_polls)
    pid, content, state, option_ids, global_id = poll
    pf = f"poll/{pid}"
    if state == "created":
        update(pf, {"state": "started"})
        poll[2] = "started"
        finish({content: ["Voting started"]})
        return
    if state == "finished":
        update(pf, {"state": "published"})
        poll[2] = "published"
        seal_after.append(pf)
        finish({content: ["Ballot published"]})
        return
    entitled = models[f"group/{models[pf]['entitled_group_ids'][0]}"].get("meeting_user_ids", [])
    voters = [models[f"meeting_user/{mu}"]["user_id"] for mu in entitled]
    voters = [u for u in voters if u not in ADMINS and rand() < 0.9]
    motion = content.startswith("motion/")
    option_votes = {oid: [] for oid in option_ids}
    tally = {oid: {"Y": 0, "N": 0, "A": 0} for oid in option_ids}
    vote_ids = []
    for uid in voters:
        vid = new_id("vote")
        oid = option_ids[0] if motion else choice(option_ids)
        value = choice("YYNA") if motion else "Y"
        vf = f"vote/{vid}"
        create(vf, {"id": vid, "weight": "1.000000", "value": value,
                    "user_token": "".join(rng.choices(TOKEN, k=16)), "option_id": oid, "user_id": uid,
                    "delegated_user_id": uid, "meeting_id": m.id})
        seal_after.append(vf)
        option_votes[oid].append(vid)
        tally[oid][value] += 1
        vote_ids.append(vid)
        user = models[f"user/{uid}"]
        update(f"user/{uid}", {"poll_voted_ids": user.get("poll_voted_ids", []) + [pid],
                               "vote_ids": user.get("vote_ids", []) + [vid],
                               "delegated_vote_ids": user.get("delegated_vote_ids", []) + [vid]})
    for oid in option_ids:
        t = tally[oid]
        update(f"option/{oid}", {"yes": f"{t['Y']}.000000", "no": f"{t['N']}.000000", "abstain": f"{t['A']}.000000",
                                 "vote_ids": option_votes[oid]})
        seal_after.append(f"option/{oid}")
    seal_after.append(f"option/{global_id}")
    update(pf, {"state": "finished", "votesvalid": f"{len(voters)}.000000", "votesinvalid": "0.000000",
                "votescast": f"{len(voters)}.000000", "voted_ids": voters})
    if vote_ids:
        list_fields(m.fqid, add={"vote_ids": vote_ids})
    poll[2] = "finished"
    finish({content: ["Voting stopped"]})


def act_motion_delete(m):
    """Deletes a draft motion with its submitters, list of speakers and agenda item."""
    if not m.drafts:
        return act_motion_update(m)
    mid = m.drafts.pop(randint(0, len(m.drafts) - 1))
    fqid = f"motion/{mid}"
    motion = models[fqid]
    submitters = motion.get("submitter_ids", [])
    lid, aid = motion["list_of_speakers_id"], motion["agenda_item_id"]
    delete(fqid)
    for sid in submitters:
        sf = f"motion_submitter/{sid}"
        list_fields(f"meeting_user/{models[sf]['meeting_user_id']}", remove={"motion_submitter_ids": [sid]})
        delete(sf)
    delete(f"list_of_speakers/{lid}")
    delete(f"agenda_item/{aid}")
    m.agenda.remove(aid)
    remove_from(f"motion_state/{motion['state_id']}", "motion_ids", mid)
    list_fields(m.fqid, remove={"motion_ids": [mid], "motion_submitter_ids": submitters,
                                "list_of_speakers_ids": [lid], "agenda_item_ids": [aid]})
    finish({fqid: ["Motion deleted"]})


def act_user_delete(m):
    """Deletes a passive participant (default group only, no speeches, votes or submissions)."""
    if not m.passive:
        return act_user_personal(m)
    uid, muid = m.passive.pop(randint(0, len(m.passive) - 1))
    mu = models[f"meeting_user/{muid}"]
    delete(f"user/{uid}")
    delete(f"meeting_user/{muid}")
    for gid in mu["group_ids"]:
        remove_from(f"group/{gid}", "meeting_user_ids", muid)
    list_fields(m.fqid, remove={"user_ids": [uid], "meeting_user_ids": [muid], "present_user_ids": [uid]})
    list_fields("organization/1", remove={"user_ids": [uid]})
    list_fields(f"committee/{m.committee}", remove={"user_ids": [uid]})
    finish({f"user/{uid}": ["Account deleted"]})


ACTIONS = [
    (act_motion_update, 30), (act_motion_state, 8), (act_motion_recommendation, 3), (act_motion_submitter, 2),
    (act_change_recommendation, 3), (act_change_recommendation_update, 1), (act_user_personal, 10),
    (act_user_groups, 6.5), (act_present, 2), (act_meeting_user, 4), (act_speaker_create, 4), (act_speak, 4),
    (act_agenda, 2), (act_los_close, 0.5), (act_settings, 1.5), (act_assignment, 2), (act_poll, 4.5),
    (act_motion_delete, 0.12), (act_user_delete, 0.1), (act_group_permission, 0.2), (act_topic, 1),
    (act_motion_support, 1.5),
]
seal_after = []


def run():
    meeting_count = max(2, TOTAL // 2000)
    scale = min(1.0, TOTAL / meeting_count / 2000)
    setup_organization()
    for _ in range(meeting_count):
        setup_meeting(scale)
    if position > TOTAL * 0.5:
        sys.exit(f"make-history-datastore: {position} positions only to create {meeting_count} meetings; "
                 f"give more positions")
    functions = [f for f, _ in ACTIONS]
    cumulative = []
    total = 0.0
    for _, w in ACTIONS:
        total += w
        cumulative.append(total)
    choices = rng.choices
    while position < TOTAL:
        m = choice(meetings)
        action = choices(functions, cum_weights=cumulative)[0]
        begin()
        action(m)
        for fqid in seal_after:
            seal(fqid)
        seal_after.clear()
    for fqid in seal_after:
        seal(fqid)
    seal_after.clear()


run()
flush()
for fqid, data in models.items():
    model_rows.append(f"{fqid}\t{esc(data_json(data))}\t{'t' if data['meta_deleted'] else 'f'}\n")
    if len(model_rows) >= 50_000:
        flush()
flush()
out.write("INSERT INTO id_sequences (collection, id) VALUES\n")
out.write(",\n".join(f"('{c}', {i})" for c, i in sorted(next_ids.items())) + ";\n")
out.write("DO $$ BEGIN PERFORM setval(pg_get_serial_sequence('positions', 'position'), "
          "(SELECT max(position) FROM positions)); END $$;\n")
out.write("COMMIT;\n")
out.write("ANALYZE;\n")
# 0068 adds to the live groups whose permissions hold motion.can_manage or assignment.can_manage.
groups_0068 = sum(1 for fqid, data in models.items() if fqid.startswith("group/") and not data["meta_deleted"]
                  and ({"motion.can_manage", "assignment.can_manage"} & set(data.get("permissions") or ())))
# 0069's events: a create per entry and position, a list addition per entry of a model that exists, per meeting of a
# position's entries, and per position of a writer that exists.


def alive(fqid):
    return fqid in models and not models[fqid]["meta_deleted"]


events_0069 = (counts["history_entries"] + counts["history_positions"] + counts["meeting_updates"]
               + sum(n for fqid, n in entries_by_fqid.items() if alive(fqid))
               + sum(n for uid, n in history_by_user.items() if alive(f"user/{uid}")))
summary = (f"positions={position} events={counts['events']} information_object={counts['info_dict']} "
           f"information_list={counts['info_list']} information_empty={counts['info_empty']} "
           f"information_null={counts['info_null']} meetings={len(meetings)} "
           f"expected_0068_groups={groups_0068} expected_0069_history_positions={counts['history_positions']} "
           f"expected_0069_history_entries={counts['history_entries']} expected_0069_events={events_0069}")
out.write(f"-- summary: {summary}\n")
out.flush()
progress(final=True)
print(f"make-history-datastore: {counts['events'] / position:.3f} events a position, "
      f"{time.monotonic() - started:.1f} s", file=sys.stderr)
print(f"make-history-datastore summary: {summary}", file=sys.stderr)
