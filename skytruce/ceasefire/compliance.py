"""Compliance: which graded waves and incidents fall inside a ceasefire's parties,
weapons, targets, places and window; per party, per day and per hour, split by grade,
beside a baseline of the same length just before it started. Pure functions over event
dicts (as the ledger stores them).

A wave (one attack episode) counts once, with the weapons it launched: its national
figures, or where it has none, its incidents' (never both, so nothing is counted twice).
It counts when it or one of its incidents in scope reaches the grade threshold. Incidents
(the places struck, a third country's included) are counted beside it, each on its own
grade. Inside a geography given by regions or an area, a wave counts with the weapons of
its incidents there.

Time is judged on each event's own precision: its span (the hours its claims give, else
the whole local days) lies inside the truce's window, outside it, or across an edge.
Events across an edge are counted apart and listed, never in the verdict. So are events
a truce on targets cannot judge because nothing is known of what they hit."""

from __future__ import annotations

import gc
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterator

from skytruce.ceasefire.definition import Ceasefire
from skytruce.corroborate import GRADE_RANK
from skytruce.corroborate.settings import settings
from skytruce.reference.zones import day_span, parse_utc, utc_text, zone


@dataclass
class PartyTotals:
    waves: int = 0
    incidents: int = 0
    launched: int = 0
    destroyed: int = 0
    by_grade: dict[str, int] = field(default_factory=dict)  # waves by grade
    incidents_by_grade: dict[str, int] = field(default_factory=dict)
    weapons: dict[str, int] = field(default_factory=dict)  # model or category -> launched
    first: str | None = None  # the first wave id in the window
    first_date: date | None = None
    first_at: str | None = None  # when the first wave began (UTC), where known
    straddling: int = 0  # waves across an edge of the window: counted apart
    unjudged: int = 0  # waves in the window whose targets are unknown to a truce on targets

    def to_dict(self) -> dict:
        return {"waves": self.waves, "incidents": self.incidents, "launched": self.launched,
                "destroyed": self.destroyed, "by_grade": self.by_grade, "incidents_by_grade": self.incidents_by_grade,
                "weapons": self.weapons, "first_violation": self.first,
                "first_violation_date": self.first_date.isoformat() if self.first_date else None,
                "first_violation_at": self.first_at, "straddling": self.straddling, "cannot_be_judged": self.unjudged}


@dataclass
class ComplianceReport:
    ceasefire: Ceasefire
    min_grade: str
    window: tuple[date, date]  # the local days the window touches
    baseline_window: tuple[date, date]
    parties: dict[str, PartyTotals]
    baseline: dict[str, PartyTotals]
    daily: dict[str, dict[str, int]]  # party -> day -> waves
    daily_launched: dict[str, dict[str, int]]  # party -> day -> weapons launched (in scope)
    alleged: dict[str, dict[str, int]]  # "UA against RU" -> grade -> waves
    baseline_daily: dict[str, dict[str, int]]  # party -> day -> launched, before the start
    below_threshold: int = 0
    out_of_scope: int = 0
    span: tuple[str, str] = ("", "")  # the window in UTC, [start, end)
    baseline_span: tuple[str, str] = ("", "")
    hourly: dict[str, dict[str, int]] = field(default_factory=dict)  # party -> local hour -> launched (waves with hours)
    baseline_hourly: dict[str, dict[str, int]] = field(default_factory=dict)
    counted: list[dict] = field(default_factory=list)  # the waves counted inside the window, in scope
    straddling: list[dict] = field(default_factory=list)  # waves across an edge of the window
    unjudged: list[dict] = field(default_factory=list)  # waves in the window a truce on targets cannot judge
    spans: list[dict] = field(default_factory=list)  # what the chart draws: each wave counted, listed or in the baseline

    def to_dict(self) -> dict:
        return {
            "ceasefire": self.ceasefire.to_dict(), "min_grade": self.min_grade,
            "window": [d.isoformat() for d in self.window], "baseline_window": [d.isoformat() for d in self.baseline_window],
            "span": list(self.span), "baseline_span": list(self.baseline_span),
            "parties": {p: t.to_dict() for p, t in self.parties.items()},
            "baseline": {p: t.to_dict() for p, t in self.baseline.items()},
            "daily": self.daily, "daily_launched": self.daily_launched, "hourly": self.hourly,
            "baseline_hourly": self.baseline_hourly, "alleged": self.alleged,
            "counted": self.counted, "straddling": self.straddling, "cannot_be_judged": self.unjudged,
            "excluded": {"below_grade_threshold": self.below_threshold, "out_of_scope": self.out_of_scope,
                         "straddling": len(self.straddling), "cannot_be_judged": len(self.unjudged)},
        }


@dataclass
class WaveInScope:
    """A wave as a ceasefire sees it: the weapons it counts, its incidents in scope, and
    whether it could be judged (a truce on targets cannot judge an attack whose targets
    nobody named)."""

    wave: dict
    day: date
    weapons: list[dict]
    incidents: list[dict]
    judged: bool = True

    def reaches(self, threshold: int) -> bool:
        return GRADE_RANK.get(self.wave["grade"], 0) >= threshold or any(
            GRADE_RANK.get(i["grade"], 0) >= threshold for i in self.incidents)


_UNNAMED = [{"model": None, "category": "unknown", "launched": None, "destroyed": None}]


class Judge:
    """A truce's conditions, worked out once for a whole report."""

    def __init__(self, ceasefire: Ceasefire):
        self.ceasefire = ceasefire
        self.categories = ceasefire.categories()
        self.models = ceasefire.models()
        self.on_weapons = ceasefire.restricts_weapons()
        self.on_places = ceasefire.restricts_geography()
        self.on_targets = bool(ceasefire.targets)
        self.any = ceasefire.combine == "or"

    def weapons(self, event: dict) -> list[dict]:
        """The weapons the event counts (its `totals`) that the truce covers (an attack with
        no weapon named counts only for a truce on every aerial weapon)."""
        weapons = event.get("totals") or []
        if not weapons:
            return _UNNAMED if "unknown" in self.categories else []
        categories, models = self.categories, self.models
        return [w for w in weapons if w["category"] in categories or (w["model"] is not None and w["model"] in models)]

    def place(self, event: dict) -> bool:
        return not self.on_places or self.ceasefire.in_geography(event)

    def __call__(self, wave: dict, day: date, incidents: list[dict]) -> WaveInScope | None:
        """The wave as the truce sees it, or None when it is outside."""
        if self.any:
            return self._any(wave, day, incidents)
        inside = [i for i in incidents if self.place(i) and self.weapons(i)]
        weapons = self.weapons(wave) if self.place(wave) else [w for i in inside for w in self.weapons(i)]
        if not (weapons or inside):
            return None
        if not self.on_targets:
            return WaveInScope(wave, day, weapons, inside)
        covered = self.ceasefire.covers_targets(wave.get("targets"))
        if covered is False:
            return None
        inside = [i for i in inside if self.ceasefire.covers_targets(i.get("targets") or wave.get("targets")) is not False]
        return WaveInScope(wave, day, weapons, inside, judged=covered is True)

    def _any(self, wave: dict, day: date, incidents: list[dict]) -> WaveInScope | None:
        """OR: any condition the truce states is enough; a wave meeting none of the known
        ones, whose targets are unknown, cannot be judged."""
        totals = wave.get("totals") or []
        target = self.ceasefire.covers_targets(wave.get("targets")) if self.on_targets else False
        here = self.on_places and self.ceasefire.in_geography(wave)
        if target or here:
            return WaveInScope(wave, day, totals, incidents)
        by_weapon = self.weapons(wave) if self.on_weapons else []
        placed = [i for i in incidents if self.on_places and self.ceasefire.in_geography(i)]
        if by_weapon or placed:
            return WaveInScope(wave, day, by_weapon or [w for i in placed for w in i.get("totals") or []],
                               [i for i in incidents if i in placed or (self.on_weapons and self.weapons(i))])
        if not (self.on_weapons or self.on_places or self.on_targets):
            return WaveInScope(wave, day, totals, incidents)
        return WaveInScope(wave, day, totals, incidents, judged=False) if target is None else None


def waves_between(events: list[dict], parties, first: date, last: date) -> Iterator[tuple[dict, date, list[dict]]]:
    """(wave, day, its incidents) for the waves of `parties` that ended in [first, last]:
    night or day episodes, not totals for a month (their nights are counted on their own)."""
    low, high = first.isoformat(), last.isoformat()
    waves, incidents = [], defaultdict(list)
    keep, group = waves.append, incidents.__getitem__
    for e in events:
        end = e.get("end")
        if end is None or end < low or end > high:
            continue
        if e.get("level") == "incident":
            group(e["wave_id"]).append(e)
        elif e.get("attacker") in parties and not e.get("low_precision"):
            keep(e)
    days: dict[str, date] = {}
    for wave in waves:
        end = wave["end"]
        day = days.get(end) or days.setdefault(end, date.fromisoformat(end[:10]))
        yield wave, day, incidents.get(wave["id"], [])


def event_span(event: dict, where: str) -> tuple[str, str]:
    """An event's UTC span: the hours its claims give, else its whole days, counted in the
    zone named `where` (the truce's: a truce given in days judges dates as days of its own
    calendar)."""
    if event.get("precision") == "hour" and event.get("start_at") and event.get("end_at"):
        return event["start_at"], event["end_at"]
    end = date.fromisoformat(event["end"][:10])
    return day_span(date.fromisoformat(event["start"][:10]) if event.get("start") else end, end, where)


@dataclass(frozen=True)
class ReportSpan:
    """A report's window and its baseline in UTC, and the days to read for them."""

    truce: tuple[str, str]
    baseline: tuple[str, str]
    window: tuple[date, date]
    baseline_window: tuple[date, date]

    @property
    def read(self) -> tuple[date, date]:
        """The days the attacks it needs ended on: a wave that ended a few days after the
        window may have begun inside it."""
        return self.baseline_window[0] - timedelta(days=1), self.window[1] + timedelta(days=settings().max_event_days + 1)


def report_span(ceasefire: Ceasefire, events: list[dict], until: date | None = None) -> ReportSpan:
    """The window a report covers and the baseline of the same length just before it. An
    open-ended truce runs to the end of `until`, else of the last day an event ended (only
    events from the start on can move it, so a caller may pass just those)."""
    if ceasefire.end is None and until is None:
        until = max((date.fromisoformat(e["end"][:10]) for e in events if e.get("end")), default=ceasefire.start)
    start, end = ceasefire.span(until)
    length = parse_utc(end) - parse_utc(start)
    baseline = utc_text(parse_utc(start) - length)
    where = zone(ceasefire.zone)
    last_day = lambda moment: (parse_utc(moment) - timedelta(minutes=1)).astimezone(where).date()  # noqa: E731
    first_day = lambda moment: parse_utc(moment).astimezone(where).date()  # noqa: E731
    return ReportSpan((start, end), (baseline, start), (first_day(start), last_day(end)),
                      (first_day(baseline), last_day(start)))


@lru_cache(maxsize=65536)
def _local_hour(moment: str, where: str) -> str:
    return parse_utc(moment).astimezone(zone(where)).strftime("%Y-%m-%dT%H")


def _add(totals: PartyTotals, item: WaveInScope, threshold: int, start_at: str) -> None:
    wave = item.wave
    totals.waves += 1
    totals.by_grade[wave["grade"]] = totals.by_grade.get(wave["grade"], 0) + 1
    for incident in item.incidents:
        if GRADE_RANK.get(incident["grade"], 0) >= threshold:
            totals.incidents += 1
            totals.incidents_by_grade[incident["grade"]] = totals.incidents_by_grade.get(incident["grade"], 0) + 1
    for w in item.weapons:
        launched = w["launched"] or 0
        totals.launched += launched
        totals.destroyed += w["destroyed"] or 0
        label = w["model"] or w["category"]
        totals.weapons[label] = totals.weapons.get(label, 0) + launched
    if totals.first_at is None or start_at < totals.first_at:
        totals.first, totals.first_date, totals.first_at = wave["id"], item.day, start_at


@contextmanager
def collector_paused() -> Iterator[None]:
    """A report walks a million event dicts and makes no reference cycles: the cyclic
    collector, woken by the allocations, would only rescan them all, again and again."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _launched(item: WaveInScope) -> int:
    return sum(w["launched"] or 0 for w in item.weapons)


def _listed(item: WaveInScope, span: tuple[str, str], where: str) -> dict:
    """A wave as the report lists it (straddling, or not to be judged)."""
    wave = item.wave
    return {"id": wave["id"], "party": wave["attacker"], "start_at": span[0], "end_at": span[1], "where": where,
            "precision": wave.get("precision"), "grade": wave["grade"], "launched": _launched(item),
            "weapons": [w["model"] or w["category"] for w in item.weapons], "targets": list(wave.get("targets") or []),
            "sources": sorted({s["name"] for ev in (wave, *item.incidents) for s in ev.get("sources") or []})}


def compliance(ceasefire: Ceasefire, events: list[dict], min_grade: str = "weak", until: date | None = None
               ) -> ComplianceReport:
    """The report for `ceasefire` over `events` (waves and their incidents); an open-ended
    truce runs to the end of `until` (default: the last event's day, or the start)."""
    threshold = GRADE_RANK[min_grade]
    judge = Judge(ceasefire)
    window = report_span(ceasefire, [e for e in events if (e.get("end") or "") >= ceasefire.start.isoformat()]
                         if ceasefire.end is None and until is None else [], until)
    (start, end), (baseline_start, _) = window.truce, window.baseline
    parties = {p: PartyTotals() for p in ceasefire.parties}
    baseline = {p: PartyTotals() for p in ceasefire.parties}
    daily: dict[str, dict[str, int]] = {p: defaultdict(int) for p in ceasefire.parties}
    daily_launched: dict[str, dict[str, int]] = {p: defaultdict(int) for p in ceasefire.parties}
    hourly: dict[str, dict[str, int]] = {p: defaultdict(int) for p in ceasefire.parties}
    baseline_hourly: dict[str, dict[str, int]] = {p: defaultdict(int) for p in ceasefire.parties}
    alleged: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    baseline_daily: dict[str, dict[str, int]] = {p: defaultdict(int) for p in ceasefire.parties}
    counted, straddling, unjudged, spans = [], [], [], []
    below = out = 0
    zone_name = ceasefire.zone
    with collector_paused():
        for wave, day, incidents in waves_between(events, parties, *window.read):
            s, e = event_span(wave, zone_name)
            if e <= baseline_start or s >= end:
                continue
            where = "in" if start <= s and e <= end else "baseline" if e <= start and s >= baseline_start else \
                "straddling" if s < end and e > start else None
            if where is None:  # across the baseline's first edge: neither before nor during the truce
                continue
            item = judge(wave, day, incidents)
            if item is None:
                out += where == "in"
                continue
            if not item.reaches(threshold):
                below += where == "in"
                continue
            attacker = wave["attacker"]
            if not item.judged:
                (baseline if where == "baseline" else parties)[attacker].unjudged += 1
                if where != "baseline":
                    unjudged.append(_listed(item, (s, e), where))
                    spans.append({"party": attacker, "start_at": s, "end_at": e, "launched": _launched(item),
                                  "where": "unjudged"})
                continue
            launched = _launched(item)
            spans.append({"party": attacker, "start_at": s, "end_at": e, "launched": launched, "where": where})
            if where == "straddling":
                straddling.append(_listed(item, (s, e), where))
                parties[attacker].straddling += 1
                continue
            hour = _local_hour(s, zone_name) if wave.get("precision") == "hour" and wave.get("start_at") else None
            if where == "baseline":
                _add(baseline[attacker], item, threshold, s)
                baseline_daily[attacker][day.isoformat()] += launched
                if hour:
                    baseline_hourly[attacker][hour] += launched
                continue
            _add(parties[attacker], item, threshold, s)
            counted.append(_listed(item, (s, e), where))
            daily[attacker][day.isoformat()] += 1
            daily_launched[attacker][day.isoformat()] += launched
            if hour:
                hourly[attacker][hour] += launched
            accusers = {src.get("party") for ev in (wave, *item.incidents) for src in ev.get("sources", [])}
            for party in sorted(p for p in accusers if p and p != attacker and p in parties):
                alleged[f"{party} against {attacker}"][wave["grade"]] += 1
    ordered = lambda table: {p: dict(sorted(d.items())) for p, d in table.items()}  # noqa: E731
    return ComplianceReport(ceasefire, min_grade, window.window, window.baseline_window, parties, baseline,
                            ordered(daily), ordered(daily_launched), {k: dict(v) for k, v in alleged.items()},
                            ordered(baseline_daily), below, out, window.truce, window.baseline, ordered(hourly),
                            ordered(baseline_hourly), sorted(counted, key=lambda x: x["start_at"]),
                            sorted(straddling, key=lambda x: x["start_at"]),
                            sorted(unjudged, key=lambda x: x["start_at"]), spans)
