"""Corroboration: from claims to graded events, with reasons.

`corroborate(records)` groups claims by event key and builds each event; `crosscheck`
compares aggregate claims with the tallies. Pure functions over claims: no storage here.
"""

from __future__ import annotations

from collections import defaultdict

from skytruce.corroborate.clustering import event_id, event_key, is_aggregate
from skytruce.corroborate.crosscheck import crosscheck
from skytruce.corroborate.events import (
    GRADES,
    Event,
    Figure,
    WeaponEstimate,
    build_event,
    grade_event,
)
from skytruce.model import ClaimRecord


def corroborate(records: list[ClaimRecord], tallies: list[ClaimRecord] | None = None) -> list[Event]:
    """Events from claims (claims without a date are left out); aggregate events are
    cross-checked against `tallies` when given."""
    groups: dict[str, list[ClaimRecord]] = defaultdict(list)
    for record in records:
        key = event_key(record.claim)
        if key is not None:
            groups[key].append(record)
    events = []
    for key in sorted(groups):
        event = build_event(key, groups[key])
        if tallies is not None and event.low_precision:
            checks = [crosscheck(r.claim, tallies) for r in groups[key] if not r.is_tally]
            event.crosscheck = "; ".join(c for c in checks if c) or None
        events.append(event)
    return events


__all__ = ["GRADES", "ClaimRecord", "Event", "Figure", "WeaponEstimate", "build_event", "corroborate",
           "crosscheck", "event_id", "event_key", "grade_event", "is_aggregate"]
