"""Building a wave and its incidents from the claims of one wave key: merged figures,
sources, contradictions, and a grade with its reasons. Pure functions; the order in which
claims arrive never changes the result (everything is sorted on content, not on ids).

Figures and ranges are only ever taken across claims of one event, and an event holds
claims of one scope: a wave its national figures, an incident the figures for its place
and weapon class. An incident's particulars are corroborated only by sources about it;
its wave's national figures make it consistent (the night had missiles), no more.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from skytruce.corroborate.clustering import Incident, WaveGroup, event_id, is_aggregate
from skytruce.corroborate.grading import grade, standings
from skytruce.corroborate.scope import ClaimScope
from skytruce.corroborate.settings import settings
from skytruce.corroborate.sources import Underlying, underlying_source
from skytruce.model import ClaimRecord, Place
from skytruce.reference import gazetteer
from skytruce.reference.zones import country_zone, day_span, utc_text

GRADE_RANK = {"confirmed": 6, "fair": 5, "one-sided": 4, "weak": 3, "unverified": 2, "contested": 2, "discounted": 0}
LEVELS = ("wave", "incident")


@dataclass
class Figure:
    """One merged figure: the value shown, whose it is, the range and the claims behind it."""

    value: int | None
    source: str | None
    low: int | None
    high: int | None
    claim_ids: list[int]


@dataclass
class WeaponEstimate:
    model: str | None
    category: str
    launched: Figure
    destroyed: Figure
    qualifier: str
    scope: str = "national"  # the scope of the claims behind it: ranges never mix scopes


@dataclass
class Event:
    id: str
    key: str
    level: str  # wave or incident
    scope: str  # the scope of its claims: national for a wave; regional, local or foreign for an incident
    attacker: str | None
    target_country: str | None  # a wave's attacked country; the country an incident happened in
    start: date | None
    end: date | None
    precision: str | None
    low_precision: bool
    grade: str
    reasons: list[str]
    sources: list[dict]
    weapons: list[WeaponEstimate]
    killed: int | None
    injured: int | None
    place: str | None
    lat: float | None
    lon: float | None
    places: list[str]
    locations: list[dict]  # the places it is about, with country and coordinates
    claim_ids: list[int]
    contradictions: list[str] = field(default_factory=list)
    crosscheck: str | None = None
    wave_id: str | None = None  # an incident's wave
    weapon_class: str | None = None  # an incident's
    incident_ids: list[str] = field(default_factory=list)  # a wave's
    totals: list[dict] = field(default_factory=list)  # the weapons it counts (a wave: national, else its incidents')
    start_at: str | None = None  # the span it lies in, in UTC ("2025-04-20T23:00Z"): its claims' hours, else whole local days
    end_at: str | None = None
    targets: list[str] = field(default_factory=list)  # target types its claims name (a wave: its incidents' too)

    def to_dict(self) -> dict:
        """Plain JSON-ready data (written by hand: dataclasses.asdict is slow at this volume)."""
        def figure(f: Figure) -> dict:
            return {"value": f.value, "source": f.source, "low": f.low, "high": f.high, "claim_ids": list(f.claim_ids)}
        return {
            "id": self.id, "key": self.key, "level": self.level, "scope": self.scope, "wave_id": self.wave_id,
            "attacker": self.attacker, "target_country": self.target_country,
            "start": self.start.isoformat() if self.start else None, "end": self.end.isoformat() if self.end else None,
            "start_at": self.start_at, "end_at": self.end_at, "targets": list(self.targets), "precision": self.precision, "low_precision": self.low_precision, "grade": self.grade,
            "reasons": list(self.reasons), "sources": list(self.sources), "weapon_class": self.weapon_class,
            "weapons": [{"model": w.model, "category": w.category, "scope": w.scope, "launched": figure(w.launched),
                         "destroyed": figure(w.destroyed), "qualifier": w.qualifier} for w in self.weapons],
            "totals": list(self.totals), "killed": self.killed, "injured": self.injured, "place": self.place,
            "lat": self.lat, "lon": self.lon, "places": list(self.places), "locations": list(self.locations),
            "claim_ids": list(self.claim_ids), "incident_ids": list(self.incident_ids),
            "contradictions": list(self.contradictions), "crosscheck": self.crosscheck,
        }


def _content_order(record: ClaimRecord) -> tuple:
    c = record.claim
    return (c.claimant.name if c.claimant else "", c.sentence, record.location or "", record.claim_id)


def _figure(values: list[tuple[int, Underlying, tuple[int, ...]]]) -> Figure:
    """values: (value, source, claim ids). The most authoritative source's value is shown
    (ties: the value most sources give, then the name); the range spans them all."""
    if not values:
        return Figure(None, None, None, None, [])
    if len(values) == 1:
        value, source, ids = values[0]
        return Figure(value, source.name, value, value, sorted(set(ids)))
    s = settings()
    support = Counter(v for v, _, _ in values)
    value, source, _ = min(values, key=lambda x: (s.authority_rank(x[1].type), -support[x[0]], x[1].name, x[0]))
    numbers = [v for v, _, _ in values]
    return Figure(value, source.name, min(numbers), max(numbers), sorted({c for _, _, ids in values for c in ids}))


def _weapons(records: list[ClaimRecord], relays: set[Underlying], scope_of: dict[int, str]
             ) -> tuple[list[WeaponEstimate], list[str]]:
    """Merged figures per scope and weapon; counts of different sources that disagree
    beyond tolerance are contradictions (relays show in the range but contradict nothing).
    One tally's rows for one weapon are separate records of one source (waves at night
    and by day): they add up."""
    s = settings()
    by_family: dict[tuple, dict[str, list]] = defaultdict(lambda: {"launched": [], "destroyed": [], "qualifier": []})
    tallies: dict[tuple, list] = defaultdict(list)
    for r in records:
        source = underlying_source(r)
        for w in r.claim.weapons:
            family = (scope_of[r.claim_id], w.model, w.category)
            slot = by_family[family]
            for name in ("launched", "destroyed"):
                value = getattr(w, name)
                if value is None:
                    continue
                entry = (value, source, (r.claim_id,))
                if r.is_tally:
                    tallies[(family, name, source, r.document_id)].append(entry)
                else:
                    slot[name].append(entry)
            slot["qualifier"].append(w.qualifier)
    for (family, name, source, _), rows in tallies.items():
        by_family[family][name].append((sum(v for v, _, _ in rows), source, tuple(c for _, _, ids in rows for c in ids)))
    estimates, contradictions = [], []
    for (scope, model, category), slot in sorted(by_family.items(), key=lambda kv: (kv[0][0], kv[0][1] or "", kv[0][2])):
        for name in ("launched", "destroyed"):
            first: tuple[int, str] | None = None
            for value, source, _ in sorted(slot[name], key=lambda x: (x[1].name, x[0])) if len(slot[name]) > 1 else ():
                if source in relays:
                    continue
                if first and first[1] != source.name and s.disagree(first[0], value):
                    contradictions.append(f"{model or category} {name} ({scope}): {first[1]} says {first[0]}, "
                                          f"{source.name} says {value}")
                first = first or (value, source.name)
        qualifiers = [q for q in slot["qualifier"] if q != "exact"]
        estimates.append(WeaponEstimate(
            model, category, _figure(slot["launched"]), _figure(slot["destroyed"]),
            Counter(qualifiers).most_common(1)[0][0] if qualifiers and len(qualifiers) == len(slot["qualifier"]) else "exact",
            scope,
        ))
    return estimates, sorted(set(contradictions))


def _location(p: Place) -> dict:
    return {"name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon, "precision": p.precision}


def _window(records: list[ClaimRecord]) -> tuple[date | None, date | None, str | None, bool]:
    claims = [r.claim for r in records]
    starts = [c.time.start for c in claims if c.time.start]
    ends = [c.time.end for c in claims if c.time.end]
    precisions = [c.time.precision for c in claims if c.time.precision]
    order = ["hour", "day", "week", "month", "year"]
    precision = min(precisions, key=lambda p: order.index(p) if p in order else 9) if precisions else None
    return (min(starts) if starts else None, max(ends) if ends else None, precision,
            bool(claims) and all(is_aggregate(c) for c in claims))


def _span(records: list[ClaimRecord], country: str | None) -> tuple[str | None, str | None]:
    """The UTC span an event lies in, given each claim's own precision: a claim with hours
    covers those hours, one with dates only the whole local days (in the attacked
    country's zone). The event lies somewhere in the union."""
    spans = []
    for r in records:
        t = r.claim.time
        if t.start_at and t.end_at:
            spans.append((utc_text(t.start_at), utc_text(t.end_at)))
        elif t.end:
            spans.append(day_span(t.start or t.end, t.end, country_zone(country)))
    if not spans:
        return None, None
    return min(s for s, _ in spans), max(e for _, e in spans)


def _targets(records: list[ClaimRecord]) -> list[str]:
    return sorted({t for r in records for t in r.claim.targets})


def _common(records: list[ClaimRecord], key: str, attacker: str | None, country: str | None, foreign: bool,
            scope_of: dict[int, str]) -> dict:
    """What waves and incidents share: window, figures, casualties, sources, grade."""
    if len(records) > 1:
        records = sorted(records, key=_content_order)
    claims = [r.claim for r in records]
    everyone = standings(records, country, foreign)
    relays = {st.source for st in everyone if not st.counted and st.source.type != "unattributed"}
    weapons, contradictions = _weapons(records, relays, scope_of)
    start, end, precision, low = _window(records)
    start_at, end_at = _span(records, country)
    graded, reasons = grade(records, everyone, attacker, contradictions)
    return dict(
        id=event_id(key), key=key, attacker=attacker, start=start, end=end, precision=precision, low_precision=low,
        start_at=start_at, end_at=end_at, targets=_targets(records),
        grade=graded, reasons=reasons, weapons=weapons, contradictions=contradictions,
        sources=[{"name": st.source.name, "party": st.source.party, "type": st.source.type} for st in everyone
                 if st.counted] or [{"name": st.source.name, "party": None, "type": st.source.type} for st in everyone[:1]],
        killed=max((c.killed for c in claims if c.killed is not None), default=None),
        injured=max((c.injured for c in claims if c.injured is not None), default=None),
        claim_ids=sorted({r.claim_id for r in records}),
    )


def _consistency(incident: Event, wave: Event, national: list[ClaimRecord]) -> str:
    """What the wave's national claims say of an incident: consistent, never corroborating."""
    s = settings()
    if incident.weapon_class == "unspecified":
        return "it names no weapon, so its wave's national figures cannot be matched to it"
    if not national:
        return f"its wave ({wave.id}) has no national figures to be consistent with"
    whose = sorted({underlying_source(r).name for r in national
                    if any(s.weapon_class(w.category) == incident.weapon_class for w in r.claim.weapons)})
    if not whose:
        return f"its wave's national figures name no {incident.weapon_class}"
    return (f"consistent with its wave ({wave.id}): the national figures include {incident.weapon_class}s "
            f"({', '.join(whose)}); they do not corroborate this incident's particulars")


def _build_incident(incident: Incident, attacker: str | None, wave_id: str) -> Event:
    records = [part.record for part in incident.parts]
    places = list({p.name: p for part in incident.parts for p in part.scope.places}.values())
    anchor = next(p for p in places if p.name == incident.place)
    event = Event(level="incident", scope=incident.level, target_country=incident.country, place=incident.place,
                  lat=anchor.lat, lon=anchor.lon, places=[p.name for p in places],
                  locations=[_location(p) for p in places], wave_id=wave_id, weapon_class=incident.weapon_class,
                  **_common(records, incident.key, attacker, incident.country, incident.level == "foreign",
                            {part.record.claim_id: part.scope.level for part in incident.parts}))
    event.totals = _incident_totals(event.weapons)
    return event


def _incident_totals(weapons: list[WeaponEstimate]) -> list[dict]:
    """An incident's counted weapons: per weapon, the figures of its most precise scope
    (a town's count over its region's)."""
    order = {"local": 0, "foreign": 0, "regional": 1}
    best: dict[tuple, WeaponEstimate] = {}
    for w in sorted(weapons, key=lambda w: order.get(w.scope, 2)):
        best.setdefault((w.model, w.category), w)
    return [{"model": w.model, "category": w.category, "launched": w.launched.value, "destroyed": w.destroyed.value,
             "from": w.scope} for w in best.values()]


def _coarser(weapon: WeaponEstimate, national: list[WeaponEstimate]) -> bool:
    """A generic figure ('400 drones', '40 missiles') beside another source's figures that
    name the weapons: the same weapons counted again, coarsely. (A tally's pooled figure
    beside its own model figures is a count of other weapons.)"""
    s = settings()
    source = weapon.launched.source or weapon.destroyed.source
    named = [o for o in national if o is not weapon and (o.launched.source or o.destroyed.source) not in (None, source)]
    if weapon.model:
        return False
    if weapon.category == "missile":
        return any(s.weapon_class(o.category) == "missile" for o in named)
    return any(o.model and o.category == weapon.category for o in named)


def _totals(national: list[WeaponEstimate], incidents: list[Event]) -> list[dict]:
    """The weapons a wave counts: its national figures, and for weapons they do not cover
    (the same model, or any of a category the national figures give as a whole), its
    incidents' sum."""
    rows = [{"model": w.model, "category": w.category, "launched": w.launched.value, "destroyed": w.destroyed.value,
             "from": "national"} for w in national if not _coarser(w, national)]
    covered = {(w.model, w.category) for w in national}
    summed: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
    for incident in incidents:
        for w in incident.totals:
            if (w["model"], w["category"]) in covered or (None, w["category"]) in covered:
                continue
            if w["launched"] is not None or w["destroyed"] is not None:
                total = summed[(w["model"], w["category"])]
                total[0] += w["launched"] or 0
                total[1] += w["destroyed"] or 0
                total[2] += 1
    rows += [{"model": model, "category": category, "launched": launched, "destroyed": destroyed,
              "from": f"{n} incident{'s' if n != 1 else ''}"}
             for (model, category), (launched, destroyed, n) in sorted(summed.items(), key=lambda kv: (kv[0][1], kv[0][0] or ""))]
    return rows


def _summary(incidents: list[Event]) -> str:
    grades = Counter(i.grade for i in incidents)
    foreign = sorted({i.target_country for i in incidents if i.scope == "foreign"})
    text = (f"{len(incidents)} incident{'s' if len(incidents) != 1 else ''} inside it ("
            + ", ".join(f"{n} {g}" for g, n in sorted(grades.items(), key=lambda kv: -GRADE_RANK[kv[0]])) + ")")
    return text + (f", in a third country too ({', '.join(foreign)})" if foreign else "")


def build_wave(group: WaveGroup, scopes: dict[int, ClaimScope]) -> list[Event]:
    """The wave of `group` followed by its incidents."""
    attacker, _, victim = group.key.split("|")
    attacker = None if attacker == "??" else attacker
    victim = None if victim == "??" else victim
    wave_id = event_id(group.key)
    incidents = [_build_incident(i, attacker, wave_id) for i in group.incidents]
    country = gazetteer().country(victim or "")
    named = list({p.name: p for r in group.national for p in scopes[r.claim_id].places}.values())
    places = ([Place(country.name, "target", victim, country.lat, country.lon, "country")] if country else []) + named
    national = {r.claim_id: "national" for r in group.national}
    if group.national:
        common = _common(group.national, group.key, attacker, victim, False, national)
    else:
        best = max(incidents, key=lambda i: (GRADE_RANK[i.grade], i.id))
        common = _common([], group.key, attacker, victim, False, national) | dict(
            grade=best.grade, sources=[], reasons=[f"no national figures: graded as its best-established incident "
                                                   f"({best.place}, {best.weapon_class}: {best.grade}, {best.reasons[-1]})"],
            start=min((i.start for i in incidents if i.start), default=None),
            end=max((i.end for i in incidents if i.end), default=None),
            start_at=min((i.start_at for i in incidents if i.start_at), default=None),
            end_at=max((i.end_at for i in incidents if i.end_at), default=None),
            precision=incidents[0].precision, low_precision=all(i.low_precision for i in incidents))
    wave = Event(level="wave", scope="national", target_country=victim, place=country.name if country else None,
                 lat=None, lon=None, places=[p.name for p in places], locations=[_location(p) for p in places],
                 incident_ids=[i.id for i in incidents], **common)
    if incidents:
        wave.reasons.insert(-1, _summary(incidents))
    for incident in incidents:
        incident.reasons.insert(-1, _consistency(incident, wave, group.national))
    wave.totals = _totals(wave.weapons, incidents)
    wave.targets = sorted({t for e in (wave, *incidents) for t in e.targets})
    starts = [t for t in (wave.start_at, *(i.start_at for i in incidents)) if t]  # it spans its incidents too
    ends = [t for t in (wave.end_at, *(i.end_at for i in incidents)) if t]
    wave.start_at, wave.end_at = (min(starts), max(ends)) if starts and ends else (None, None)
    return [wave, *incidents]
