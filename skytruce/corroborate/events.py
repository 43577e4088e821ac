"""Building one event from the claims that share its key: merged figures, sources,
contradictions, and a grade with its reasons. Pure functions; the order in which claims
arrive never changes the result (everything is sorted on content, not on ids)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from skytruce.corroborate.clustering import event_id, is_aggregate
from skytruce.corroborate.settings import settings
from skytruce.corroborate.sources import Underlying, distinct_sources, underlying_source
from skytruce.model import ClaimRecord

GRADES = ("confirmed", "fair", "weak", "contested", "unverified", "discounted")
CONFLICT_SIDES = {"UA", "RU", "BY"}  # parties whose own statements cannot stand as independent


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


@dataclass
class Event:
    id: str
    key: str
    attacker: str | None
    target_country: str | None
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
    claim_ids: list[int]
    contradictions: list[str] = field(default_factory=list)
    crosscheck: str | None = None

    def to_dict(self) -> dict:
        """Plain JSON-ready data (written by hand: dataclasses.asdict is slow at this volume)."""
        def figure(f: Figure) -> dict:
            return {"value": f.value, "source": f.source, "low": f.low, "high": f.high, "claim_ids": list(f.claim_ids)}
        return {
            "id": self.id, "key": self.key, "attacker": self.attacker, "target_country": self.target_country,
            "start": self.start.isoformat() if self.start else None, "end": self.end.isoformat() if self.end else None,
            "precision": self.precision, "low_precision": self.low_precision, "grade": self.grade,
            "reasons": list(self.reasons), "sources": list(self.sources),
            "weapons": [{"model": w.model, "category": w.category, "launched": figure(w.launched),
                         "destroyed": figure(w.destroyed), "qualifier": w.qualifier} for w in self.weapons],
            "killed": self.killed, "injured": self.injured, "place": self.place, "lat": self.lat, "lon": self.lon,
            "places": list(self.places), "claim_ids": list(self.claim_ids), "contradictions": list(self.contradictions),
            "crosscheck": self.crosscheck,
        }


def _content_order(record: ClaimRecord) -> tuple:
    c = record.claim
    return (c.claimant.name if c.claimant else "", c.sentence, record.location or "", record.claim_id)


def _family(weapon) -> tuple[str | None, str]:
    return (weapon.model, weapon.category)


def _figure(values: list[tuple[int, Underlying, tuple[int, ...], frozenset]]) -> Figure:
    """values: (value, source, claim ids, scope). The most authoritative source's value is
    shown (ties: the value most sources give, then the name); the range spans them all."""
    if not values:
        return Figure(None, None, None, None, [])
    s = settings()
    support = Counter(v for v, _, _, _ in values)
    value, source, _, _ = min(values, key=lambda x: (s.authority_rank(x[1].type), -support[x[0]], x[1].name, x[0]))
    numbers = [v for v, _, _, _ in values]
    return Figure(value, source.name, min(numbers), max(numbers), sorted({c for _, _, ids, _ in values for c in ids}))


def _scope(record: ClaimRecord) -> frozenset[str]:
    """Where a count applies: its sub-national target places, or the whole country."""
    return frozenset(p.name for p in record.claim.places
                     if p.role in ("target", "impact") and p.precision not in (None, "country"))


def _tally_totals(rows: list[tuple[int, Underlying, tuple[int, ...], frozenset]]) -> list[tuple]:
    """One tally's rows for one weapon and night are separate records of one source (waves
    at night and by day): they add up. Country-wide rows already include the regional
    commands' reports, so when there are any, only they are summed."""
    national = [r for r in rows if not r[3]]
    counted = national or rows
    return [(sum(r[0] for r in counted), counted[0][1], tuple(c for r in counted for c in r[2]),
             frozenset() if national else frozenset().union(*(r[3] for r in counted)))]


def _weapons(records: list[ClaimRecord]) -> tuple[list[WeaponEstimate], list[str]]:
    s = settings()
    by_family: dict[tuple, dict[str, list]] = defaultdict(lambda: {"launched": [], "destroyed": [], "qualifier": []})
    tallies: dict[tuple, list] = defaultdict(list)
    for r in records:
        source = underlying_source(r)
        for w in r.claim.weapons:
            slot = by_family[_family(w)]
            for name in ("launched", "destroyed"):
                value = getattr(w, name)
                if value is None:
                    continue
                entry = (value, source, (r.claim_id,), _scope(r))
                if r.is_tally:
                    tallies[(_family(w), name, source, r.document_id)].append(entry)
                else:
                    slot[name].append(entry)
            slot["qualifier"].append(w.qualifier)
    for (family, name, _, _), rows in sorted(tallies.items(), key=lambda kv: (str(kv[0][0]), kv[0][1], kv[0][2].name, kv[0][3])):
        by_family[family][name] += _tally_totals(rows)
    estimates, contradictions = [], []
    for (model, category), slot in sorted(by_family.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])):
        for name in ("launched", "destroyed"):
            seen: dict[frozenset, tuple[int, str]] = {}
            for value, source, _, scope in sorted(slot[name], key=lambda x: (x[1].name, x[0])):
                other = seen.get(scope)
                if other and other[1] != source.name and s.disagree(other[0], value):
                    contradictions.append(f"{model or category} {name}: {other[1]} says {other[0]}, "
                                          f"{source.name} says {value}")
                seen.setdefault(scope, (value, source.name))
        qualifiers = [q for q in slot["qualifier"] if q != "exact"]
        estimates.append(WeaponEstimate(
            model, category, _figure(slot["launched"]), _figure(slot["destroyed"]),
            Counter(qualifiers).most_common(1)[0][0] if qualifiers and len(qualifiers) == len(slot["qualifier"]) else "exact",
        ))
    return estimates, sorted(set(contradictions))


def _place(records: list[ClaimRecord]) -> tuple[str | None, float | None, float | None, list[str]]:
    rank = {"point": 0, "city": 1, "admin1": 2, "country": 3}
    counts: Counter = Counter()
    coords: dict[str, tuple] = {}
    for r in records:
        for p in r.claim.places:
            if p.role in ("target", "impact"):
                counts[p.name] += 1
                if p.lat is not None:
                    coords[p.name] = (p.lat, p.lon, rank.get(p.precision or "", 4))
    if not counts:
        return None, None, None, []
    located = [n for n in counts if n in coords]
    names = sorted(counts, key=lambda n: (-counts[n], n))
    if not located:
        return names[0], None, None, names
    best = min(located, key=lambda n: (coords[n][2] == 3, -counts[n], coords[n][2], n))
    return best, coords[best][0], coords[best][1], names


def build_event(key: str, records: list[ClaimRecord]) -> Event:
    records = sorted(records, key=_content_order)
    claims = [r.claim for r in records]
    attacker = next((c.attacker for c in claims if c.attacker), None)
    country = key.rsplit("|", 1)[-1]
    starts = [c.time.start for c in claims if c.time.start]
    ends = [c.time.end for c in claims if c.time.end]
    precisions = [c.time.precision for c in claims if c.time.precision]
    order = ["hour", "day", "week", "month", "year"]
    precision = min(precisions, key=lambda p: order.index(p) if p in order else 9) if precisions else None
    weapons, contradictions = _weapons(records)
    place, lat, lon, places = _place(records)
    grade, reasons = grade_event(records, attacker, None if country == "??" else country, contradictions)
    killed = max((c.killed for c in claims if c.killed is not None), default=None)
    injured = max((c.injured for c in claims if c.injured is not None), default=None)
    return Event(
        id=event_id(key), key=key, attacker=attacker, target_country=None if country == "??" else country,
        start=min(starts) if starts else None, end=max(ends) if ends else None, precision=precision,
        low_precision=all(is_aggregate(c) for c in claims), grade=grade, reasons=reasons,
        sources=[{"name": u.name, "party": u.party, "type": u.type} for u in distinct_sources(records)],
        weapons=weapons, killed=killed, injured=injured, place=place, lat=lat, lon=lon, places=places,
        claim_ids=sorted(r.claim_id for r in records), contradictions=contradictions,
    )


def _describe(u: Underlying) -> str:
    if u.type == "unattributed":
        return u.name
    return f"{u.name}, party {u.party}" if u.party else f"{u.name}, non-party"


def grade_event(records: list[ClaimRecord], attacker: str | None, target: str | None,
                contradictions: list[str]) -> tuple[str, list[str]]:
    """The grade of DESIGN.md's scale and the reasons, in words."""
    s = settings()
    sources = distinct_sources(records)
    claims = [r.claim for r in records]
    flags = Counter(c.verification.status for c in claims)
    documents = len({r.document_id for r in records})
    source_text = "; ".join(_describe(u) for u in sources)
    n = len(sources)
    reasons = [f"{n} underlying source{'s' if n != 1 else ''} ({source_text})"
               + (f"; {len(records)} claims in {documents} document{'s' if documents != 1 else ''}" if len(records) > 1 else "")]
    if any(u.type == "unattributed" for u in sources):
        reasons.append("no named source: the reports speak in their own voice")
    absent = sorted({e for c in claims for e in c.verification.evidence_absent})
    present = sorted({e for c in claims for e in c.verification.evidence})
    if absent:
        reasons.append("evidence absent: " + ", ".join(absent))
    if present:
        reasons.append("evidence cited: " + ", ".join(present))
    cues = sorted({cue for c in claims for cue in c.verification.cues})
    refuted = [cue for cue in cues if any(r in cue.lower() for r in s.refutation_cues)]
    if refuted:
        return "discounted", reasons + [f"refuted by later reporting ({', '.join(refuted)})"]
    if flags["denied"] or flags["disputed"] or contradictions:
        why = []
        if flags["denied"]:
            why.append(f"denied ({', '.join(c for c in cues if c.lower() in ('denied', 'denies', 'deny', 'not true'))  or 'a denial'})")
        if flags["disputed"]:
            why.append("disputed")
        why += [f"counts disagree: {c}" for c in contradictions]
        return "contested", reasons + why
    attributed = [u for u in sources if u.type != "unattributed"]
    parties = {u.party for u in attributed if u.party}
    nonparty = [u for u in attributed if not u.party]
    if attacker and attacker in parties:
        victims = (parties & CONFLICT_SIDES) - {attacker}
        return "confirmed", reasons + [f"acknowledged by the attacking party ({attacker})"
                                       + (f" and reported by the other side ({', '.join(sorted(victims))})" if victims else "")]
    if len(nonparty) >= 2:
        return "confirmed", reasons + [f"{len(nonparty)} independent non-party sources agree"]
    if flags["unverified"]:
        flagged = [c for c in cues if c not in ("so-called", "supposedly", "allegedly", "reportedly")]
        return "unverified", reasons + ["flagged: " + (", ".join(repr(c) for c in flagged) or "unverified")]
    if len(attributed) >= 2:
        same = len(parties) == 1 and not nonparty
        return "fair", reasons + [f"{len(attributed)} independent sources agree, no contradiction"
                                  + (f" (all party {next(iter(parties))})" if same else "")]
    if documents > 1:
        reasons.append(f"relayed by {documents} documents: still one underlying source")
    return "weak", reasons
