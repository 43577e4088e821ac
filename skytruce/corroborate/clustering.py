"""Which claims tell of the same attack: a deterministic event key per claim.

Night and day reports (windows of a few days at most) meet on (attacker, the day the
attack ended, the country attacked): the Air Force's morning tally, a governor's post and
the agency story about the same night share a key. Aggregate claims ("over 150 drone
attacks in July") get a key of their own window and are marked low precision. Because a
key depends only on the claim, ingesting a document touches only the events of its keys.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from skytruce.corroborate.settings import settings
from skytruce.model import Claim

OPPONENT = {"RU": "UA", "UA": "RU", "BY": "UA"}


def target_country(claim: Claim) -> str | None:
    """The country attacked: where the target places are ('Russia launched ...' names the
    attacker, not a target, so the attacker's own country counts only below country level)."""
    countries = Counter(p.country for p in claim.places if p.role in ("target", "impact") and p.country
                        and not (p.precision == "country" and p.country == claim.attacker))
    if countries:
        return max(countries.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return OPPONENT.get(claim.attacker or "")


def is_aggregate(claim: Claim) -> bool:
    t = claim.time
    if not (t.start and t.end):
        return False
    return t.precision not in ("day", "hour") or (t.end - t.start).days > settings().max_event_days


def event_key(claim: Claim) -> str | None:
    """The key of the event a claim belongs to; None when it has no date to place it."""
    t = claim.time
    if t.end is None:
        return None
    attacker = claim.attacker or "??"
    country = target_country(claim) or "??"
    if is_aggregate(claim):
        return f"{attacker}|{t.start.isoformat()}..{t.end.isoformat()}|{country}"
    return f"{attacker}|{t.end.isoformat()}|{country}"


def event_id(key: str) -> str:
    return hashlib.sha1(key.encode()).hexdigest()[:12]
