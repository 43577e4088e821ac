"""Corroboration: from claims to graded waves and incidents, with reasons.

`corroborate(records)` decides each claim's scope, groups claims by wave key, splits each
wave's regional, local and foreign claims into incidents and builds them all; `crosscheck`
compares aggregate claims with the tallies. Pure functions over claims: no storage here.
"""

from __future__ import annotations

from collections import defaultdict

from skytruce.corroborate.clustering import event_id, is_aggregate, matching_incident, split_wave, wave_key
from skytruce.corroborate.crosscheck import crosscheck
from skytruce.corroborate.events import GRADE_RANK, LEVELS, Event, Figure, WeaponEstimate, build_wave
from skytruce.corroborate.grading import GRADES
from skytruce.corroborate.scope import SCOPES, ClaimScope, claim_scope
from skytruce.model import ClaimRecord


def corroborate(records: list[ClaimRecord], tallies: list[ClaimRecord] | None = None,
                known: dict[int, ClaimScope] | None = None) -> list[Event]:
    """Waves and incidents from claims (claims without a date are left out), each wave
    followed by its incidents; low-precision events are cross-checked against `tallies`
    when given. `known`: scopes already worked out, by claim id."""
    groups: dict[str, list] = defaultdict(list)
    scopes: dict[int, ClaimScope] = {}
    known = known or {}
    for record in records:
        scope = scopes[record.claim_id] = known.get(record.claim_id) or claim_scope(record.claim)
        key = wave_key(record.claim, scope)
        if key is not None:
            groups[key].append((record, scope))
    events = []
    for key in sorted(groups):
        built = build_wave(split_wave(key, groups[key]), scopes)
        if tallies is not None:
            by_id = {r.claim_id: r for r, _ in groups[key]}
            for event in built:
                if event.low_precision:
                    checks = [crosscheck(by_id[c].claim, tallies) for c in event.claim_ids if not by_id[c].is_tally]
                    event.crosscheck = "; ".join(c for c in checks if c) or None
        events += built
    return events


__all__ = ["GRADES", "GRADE_RANK", "LEVELS", "SCOPES", "ClaimRecord", "ClaimScope", "Event", "Figure", "WeaponEstimate",
           "claim_scope", "corroborate", "crosscheck", "event_id", "is_aggregate", "matching_incident",
           "wave_key"]
