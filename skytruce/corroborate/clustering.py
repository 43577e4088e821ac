"""Which claims tell of the same attack, at two levels.

A wave is one attack episode on one country: (attacker, the day the attack ended, the
country attacked); the Air Force's morning tally and an agency's national total meet
there. Aggregate claims ("over 150 drone attacks in July") get a wave of their own window,
marked low precision. Because a wave key depends only on the claim, ingesting a document
touches only the waves of its claims.

Inside a wave, regional, local and foreign claims form incidents: one place and one
weapon class each. Regional claims meet on their region; local claims on towns within the
incident radius of each other; a third country's claims on that country, split only
when they name towns far apart. A claim naming two weapon classes at one place (drones
and a missile on Kharkiv) takes part in both incidents, each with its own figures.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from skytruce.corroborate.scope import TOWN, ClaimScope, claim_scope, near, weapon_scopes
from skytruce.corroborate.settings import settings
from skytruce.model import Claim, ClaimRecord, Place


def is_aggregate(claim: Claim) -> bool:
    t = claim.time
    if not (t.start and t.end):
        return False
    return t.precision not in ("day", "hour") or (t.end - t.start).days > settings().max_event_days


def wave_key(claim: Claim, scope: ClaimScope | None = None) -> str | None:
    """The key of the wave a claim belongs to; None when it has no date to place it."""
    t = claim.time
    if t.end is None:
        return None
    victim = (scope or claim_scope(claim)).victim or "??"
    window = f"{t.start.isoformat()}..{t.end.isoformat()}" if is_aggregate(claim) else t.end.isoformat()
    return f"{claim.attacker or '??'}|{window}|{victim}"


def event_id(key: str) -> str:
    return hashlib.sha1(key.encode()).hexdigest()[:12]


@dataclass
class Part:
    """One claim's share in an incident: the claim with only that weapon class's weapons."""

    record: ClaimRecord
    scope: ClaimScope


@dataclass
class Incident:
    key: str
    level: str  # regional, local or foreign
    country: str | None
    place: str
    weapon_class: str
    parts: list[Part] = field(default_factory=list)


@dataclass
class WaveGroup:
    key: str
    national: list[ClaimRecord]
    incidents: list[Incident]


def _share(record: ClaimRecord, weapons: list) -> ClaimRecord:
    """The record with only some of its weapons (the record itself when all are kept)."""
    if len(weapons) == len(record.claim.weapons):
        return record
    return replace(record, claim=replace(record.claim, weapons=weapons))


def _units(record: ClaimRecord, scope: ClaimScope) -> list[tuple]:
    """The claim's shares in incidents: one per weapon class at each place it names."""
    s = settings()
    shares: dict[tuple, tuple[ClaimScope, list]] = {}
    for weapon, where in weapon_scopes(record.claim, scope):
        cls = s.weapon_class(weapon.category) if weapon else None
        shares.setdefault((id(where), cls), (where, []))[1].extend([weapon] if weapon else [])
    return [(_share(record, weapons), where, cls) for (_, cls), (where, weapons) in shares.items()]


def _content(part: tuple) -> tuple:
    record, scope, _ = part
    c = record.claim
    return (scope.place.name if scope.place else "", c.claimant.name if c.claimant else "", c.sentence, record.claim_id)


def _town_groups(units: list[tuple]) -> list[list[tuple]]:
    """Units grouped by their towns, every two towns of a group within the radius."""
    radius = settings().incident_radius_km
    groups: list[list[tuple]] = []
    for unit in units:
        town = unit[1].place
        home = next((g for g in groups if all(near(town, other[1].place, radius) for other in g)), None)
        if home is None:
            groups.append([unit])
        else:
            home.append(unit)
    return groups


def _name(units: list[tuple]) -> str:
    """The incident's place: the town its claims name most (a region only when none does)."""
    towns = [u for u in units if u[1].place.precision in TOWN] or units
    if len(towns) == 1:
        return towns[0][1].place.name
    counts = Counter(u[1].place.name for u in towns)
    return min(counts, key=lambda n: (-counts[n], n))


def split_wave(key: str, scoped: list[tuple[ClaimRecord, ClaimScope]]) -> WaveGroup:
    """The wave's national claims and its incidents (deterministic whatever the order)."""
    national = [r for r, scope in scoped if scope.level == "national"]
    units = sorted((unit for r, scope in scoped if scope.level != "national" for unit in _units(r, scope)), key=_content)
    placed: dict[tuple, list[tuple]] = defaultdict(list)  # (level, country, class) -> units
    for unit in units:
        placed[(unit[1].level, unit[1].country, unit[2])].append(unit)
    groups: list[tuple[str, str | None, str | None, list[tuple]]] = []
    for (level, country, cls), members in sorted(placed.items(), key=lambda kv: tuple(str(k) for k in kv[0])):
        if level == "regional":
            by_region: dict[str, list] = defaultdict(list)
            for unit in members:
                by_region[unit[1].place.name].append(unit)
            groups += [(level, country, cls, g) for _, g in sorted(by_region.items())]
            continue
        towns = [u for u in members if u[1].place.precision in TOWN]
        rest = [u for u in members if u[1].place.precision not in TOWN]  # a third country named as a whole
        clusters = _town_groups(towns)
        if rest and len(clusters) == 1:
            clusters[0] += rest
        elif rest:
            clusters.append(rest)
        groups += [(level, country, cls, g) for g in clusters]
    return WaveGroup(key, national, _incidents(key, _regions_into_towns(groups)))


def _regions_into_towns(groups: list[tuple]) -> list[tuple]:
    """A region's figures join the one incident of their class in a town of that region
    (the governor's 'a drone over the Belgorod region' and his 'debris fell on Tulyanka'),
    when there is exactly one; otherwise the region stays an incident of its own."""
    kept = []
    for group in groups:
        level, country, cls, units = group
        if level != "regional":
            kept.append(group)
            continue
        region = units[0][1].place.name
        towns = [g for g in groups if g[0] == "local" and g[1:3] == (country, cls)
                 and any(u[1].region == region for u in g[3])]
        if len(towns) == 1:
            towns[0][3].extend(units)
        else:
            kept.append(group)
    return kept


def _incidents(key: str, groups: list[tuple]) -> list[Incident]:
    """Incidents from the place groups; a weaponless claim joins the one incident of its
    place, or makes an 'unspecified' one where there is none or several."""
    by_place: dict[tuple, list[tuple]] = defaultdict(list)
    for level, country, cls, units in groups:
        by_place[(level, country, _name(units))].append((cls, units))
    incidents = []
    for (level, country, place), classes in sorted(by_place.items(), key=lambda kv: tuple(str(k) for k in kv[0])):
        armed = [(cls, units) for cls, units in classes if cls is not None]
        bare = [u for cls, units in classes if cls is None for u in units]
        if bare and len(armed) == 1:
            armed[0][1].extend(bare)
        elif bare:
            armed.append(("unspecified", bare))
        for cls, units in armed:
            incident = Incident(f"{key}|{level}|{country or '??'}|{place}|{cls}", level, country, place, cls)
            incident.parts = [Part(r, scope) for r, scope, _ in units]
            incidents.append(incident)
    return incidents


def matching_incident(scope: ClaimScope, weapon_class: str | None, incidents: list[dict]) -> dict | None:
    """Of a wave's stored incidents, the one a claim of `scope` naming `weapon_class` would join."""
    radius = settings().incident_radius_km
    for incident in incidents:
        if (incident["scope"], incident["target_country"]) != (scope.level, scope.country) or \
                weapon_class not in (None, incident["weapon_class"]):
            continue
        if scope.level == "regional" and incident["place"] == scope.place.name:
            return incident
        if scope.level != "regional" and any(near(scope.place, Place(**loc), radius) for loc in incident["locations"]):
            return incident
    return None
