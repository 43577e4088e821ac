"""Alert rules over the event history: which new or regraded events a rule fires on, and
the message it sends. Pure functions over event dicts and ceasefire definitions.

A rule fires once per event and grade: its key (rule, event, grade) is the outbox's
unique key and the receiver's idempotency key, so a restart, a second watcher or a
regrouping that changes nothing visible never sends it twice.
"""

from __future__ import annotations

import hashlib
from datetime import date

from skytruce.ceasefire import Ceasefire
from skytruce.ceasefire.compliance import Judge, event_span
from skytruce.corroborate import GRADE_RANK
from skytruce.watch.config import Rule


def alert_key(rule: str, event_id: str, grade: str) -> str:
    return hashlib.sha256(f"{rule}\n{event_id}\n{grade}".encode()).hexdigest()


def truce_position(truce: Ceasefire, wave: dict, incidents: list[dict]) -> str | None:
    """Where a wave stands to a truce: "inside" its parties, window, weapons, targets and
    geography; "across an edge" of its window; "cannot be judged" (a truce on targets, and
    nothing known of what was hit); None when outside."""
    if wave.get("attacker") not in truce.parties or not wave.get("end") or wave.get("low_precision"):
        return None
    first, last = event_span(wave, truce.zone)
    start, end = truce.span(until=date.fromisoformat(wave["end"][:10]))
    if last <= start or first >= end:
        return None
    seen = Judge(truce)(wave, date.fromisoformat(wave["end"][:10]), incidents)
    if seen is None:
        return None
    if not seen.judged:
        return "cannot be judged"
    return "across an edge" if first < start or last > end else "inside"


def _incident_inside(truce: Ceasefire, incident: dict) -> bool:
    """An incident's own weapons and place are within the truce (its wave may hold others)."""
    judge = Judge(truce)
    return bool(judge.weapons(incident)) and judge.place(incident)


def _matches_filters(rule: Rule, event: dict) -> bool:
    if rule.level != "any" and event["level"] != rule.level:
        return False
    if GRADE_RANK.get(event["grade"], 0) < GRADE_RANK[rule.min_grade]:
        return False
    if rule.party and event.get("attacker") != rule.party:
        return False
    if rule.weapon and not any(rule.weapon in (w.get("model"), w.get("category")) for w in event.get("totals") or []):
        return False
    if rule.region:
        area = Ceasefire(name=rule.name, parties=[], start=date.min, regions=[rule.region])
        if not area.in_geography(event):
            return False
    return True


def match(rule: Rule, event: dict, wave: dict | None, incidents: list[dict], truces: list[Ceasefire]
          ) -> tuple[bool, dict | None]:
    """Whether `rule` fires on `event` (an incident is judged against truces through its
    wave), and the truce it falls under, if the rule names one."""
    if not _matches_filters(rule, event):
        return False, None
    if not rule.ceasefire:
        return True, None
    wave = wave or event
    for truce in truces:
        if rule.ceasefire not in ("any", truce.name):
            continue
        if event["level"] == "incident" and not _incident_inside(truce, event):
            continue
        position = truce_position(truce, wave, incidents if event["level"] == "wave" else [event])
        if position and position != "cannot be judged":
            return True, {"name": truce.name, "status": truce.status, "position": position, "source": truce.source}
    return False, None


def message(rule: Rule, event: dict, previous_grade: str | None, changed_at, truce: dict | None) -> dict:
    """The alert as sent: enough to act on without asking the API, and where to read more."""
    return {
        "key": alert_key(rule.name, event["id"], event["grade"]),
        "rule": rule.name,
        "why": "new event" if previous_grade is None else
               (f"regraded from {previous_grade}" if previous_grade != event["grade"] else "event changed"),
        "changed_at": changed_at.isoformat(timespec="seconds") + "Z" if changed_at else None,
        "ceasefire": truce,
        "event": {
            "id": event["id"], "level": event["level"], "wave_id": event.get("wave_id"), "grade": event["grade"],
            "previous_grade": previous_grade, "attacker": event.get("attacker"),
            "target_country": event.get("target_country"), "start": event.get("start"), "end": event.get("end"),
            "place": event.get("place"), "weapons": event.get("totals") or [], "killed": event.get("killed"),
            "injured": event.get("injured"), "sources": [s.get("name") for s in event.get("sources") or []],
            "reasons": event.get("reasons") or [], "path": f"/events/{event['id']}",
        },
    }
