#!/usr/bin/env python3
"""Writes a large OpenSlides export at migration index 1 for the migrate-file benchmark.

    python3 eng/make-export.py SIZE_MB OUT.json

Starts from data/example-data.json and adds users (members of meeting 1, in its first group, with committee and
organization relations kept in step) and motions of meeting 1 with HTML texts, until the file has about SIZE_MB
megabytes. Deterministic: the same size gives the same file. Each motion's text is its own (0050 lists motions with
equal texts as identical to each other, which for thousands of equal texts is a quadratic result).
"""
import json
import os
import sys

size_mb, out = float(sys.argv[1]), sys.argv[2]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(root, "data", "example-data.json"), encoding="utf-8") as f:
    data = json.load(f)

target = int(size_mb * 1_000_000)
base = len(json.dumps(data, separators=(",", ":")))
organization = data["organization"]["1"]
meeting = data["meeting"]["1"]
group_id = min(int(g) for g, v in data["group"].items() if v["meeting_id"] == 1)
group = data["group"][str(group_id)]
state_id = meeting.get("motion_state_ids", [min(int(s) for s, v in data["motion_state"].items() if v["meeting_id"] == 1)])[0]
state = data["motion_state"][str(state_id)]
paragraph = "<p>Die Stadt soll <strong>weitere</strong> Radwege bauen &amp; pflegen; Überprüfung jährlich.</p>"

size = base
user_id = max(int(u) for u in data["user"]) + 1
motion_id = max(int(m) for m in data["motion"]) + 1
while size < target:
    user = {
        "id": user_id, "username": f"user{user_id}", "first_name": f"First{user_id}", "last_name": f"Last{user_id}",
        "email": f"user{user_id}@example.org", "is_active": True, "default_password": "secret", "organization_id": 1,
        "meeting_ids": [1], "group_$_ids": ["1"], "group_$1_ids": [group_id],
    }
    data["user"][str(user_id)] = user
    organization.setdefault("user_ids", []).append(user_id)
    meeting.setdefault("user_ids", []).append(user_id)
    group.setdefault("user_ids", []).append(user_id)
    size += len(json.dumps(user, separators=(",", ":"))) + 30
    if user_id % 2 == 0:
        motion = {
            "id": motion_id, "number": f"A{motion_id}", "title": f"Motion {motion_id}", "text": paragraph * 5 + f"<p>Antrag {motion_id}.</p>",
            "reason": paragraph * 2, "meeting_id": 1, "state_id": state_id, "created": 1741000000 + motion_id,
        }
        data["motion"][str(motion_id)] = motion
        meeting.setdefault("motion_ids", []).append(motion_id)
        state.setdefault("motion_ids", []).append(motion_id)
        size += len(json.dumps(motion, separators=(",", ":"))) + 30
        motion_id += 1
    user_id += 1

with open(out, "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False)
print(f"{out}: {os.path.getsize(out) / 1e6:.1f} MB, {len(data['user'])} users, {len(data['motion'])} motions")
