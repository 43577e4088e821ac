"""Compliance: which graded waves and incidents fall inside a ceasefire's parties,
weapons, places and window; per party and per day, split by grade, beside a baseline of
the same length before it started. Pure functions over event dicts (as the ledger stores
them).

A wave (one attack episode) counts once, with the weapons it launched: its national
figures, or where it has none, its incidents' (never both, so nothing is counted twice).
It counts when it or one of its incidents in scope reaches the grade threshold. Incidents
(the places struck, a third country's included) are counted beside it, each on its own
grade. Inside a geography given by regions or an area, a wave counts with the weapons of
its incidents there."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterator

from skytruce.ceasefire.definition import Ceasefire
from skytruce.corroborate import GRADE_RANK


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


@dataclass
class ComplianceReport:
    ceasefire: Ceasefire
    min_grade: str
    window: tuple[date, date]
    baseline_window: tuple[date, date]
    parties: dict[str, PartyTotals]
    baseline: dict[str, PartyTotals]
    daily: dict[str, dict[str, int]]  # party -> day -> waves
    daily_launched: dict[str, dict[str, int]]  # party -> day -> weapons launched (in scope)
    alleged: dict[str, dict[str, int]]  # "UA against RU" -> grade -> waves
    baseline_daily: dict[str, dict[str, int]]  # party -> day -> launched, before the start
    below_threshold: int = 0
    out_of_scope: int = 0

    def to_dict(self) -> dict:
        def totals(t: PartyTotals) -> dict:
            return {"waves": t.waves, "incidents": t.incidents, "launched": t.launched, "destroyed": t.destroyed,
                    "by_grade": t.by_grade, "incidents_by_grade": t.incidents_by_grade, "weapons": t.weapons,
                    "first_violation": t.first,
                    "first_violation_date": t.first_date.isoformat() if t.first_date else None}
        return {
            "ceasefire": self.ceasefire.to_dict(), "min_grade": self.min_grade,
            "window": [d.isoformat() for d in self.window], "baseline_window": [d.isoformat() for d in self.baseline_window],
            "parties": {p: totals(t) for p, t in self.parties.items()},
            "baseline": {p: totals(t) for p, t in self.baseline.items()},
            "daily": self.daily, "daily_launched": self.daily_launched, "alleged": self.alleged,
            "excluded": {"below_grade_threshold": self.below_threshold, "out_of_scope": self.out_of_scope},
        }


def in_scope_weapons(ceasefire: Ceasefire, event: dict) -> list[dict]:
    """The weapons the event counts (its `totals`) that the ceasefire covers (an attack
    with no weapon named counts only for an all-aerial truce)."""
    weapons = event.get("totals") or []
    if not weapons:
        return [{"model": None, "category": "unknown", "launched": None, "destroyed": None}] \
            if "unknown" in ceasefire.categories() else []
    return [w for w in weapons if ceasefire.covers_weapon(w["model"], w["category"])]


@dataclass
class WaveInScope:
    """A wave as a ceasefire sees it: the weapons it counts and its incidents in scope."""

    wave: dict
    day: date
    weapons: list[dict]
    incidents: list[dict]

    def reaches(self, threshold: int) -> bool:
        return GRADE_RANK.get(self.wave["grade"], 0) >= threshold or any(
            GRADE_RANK.get(i["grade"], 0) >= threshold for i in self.incidents)


def waves_between(events: list[dict], parties, first: date, last: date) -> Iterator[tuple[dict, date, list[dict]]]:
    """(wave, day, its incidents) for the waves of `parties` that ended in [first, last]:
    night or day episodes, not totals for a month (their nights are counted on their own)."""
    low, high = first.isoformat(), last.isoformat()
    waves, incidents = [], defaultdict(list)
    for e in events:
        if e.get("level") == "incident":
            incidents[e["wave_id"]].append(e)
        elif not e.get("low_precision") and e.get("attacker") in parties and low <= (e.get("end") or "")[:10] <= high:
            waves.append(e)
    for wave in waves:
        yield wave, date.fromisoformat(wave["end"][:10]), incidents[wave["id"]]


def in_scope(ceasefire: Ceasefire, wave: dict, day: date, incidents: list[dict]) -> WaveInScope | None:
    """A wave as `ceasefire` sees it, or None when its weapons and places are all outside."""
    inside = [i for i in incidents if ceasefire.in_geography(i) and in_scope_weapons(ceasefire, i)]
    if ceasefire.in_geography(wave):
        weapons = in_scope_weapons(ceasefire, wave)
    else:
        weapons = [w for i in inside for w in in_scope_weapons(ceasefire, i)]
    return WaveInScope(wave, day, weapons, inside) if weapons or inside else None


def _add(totals: PartyTotals, item: WaveInScope, threshold: int) -> None:
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
    if totals.first_date is None or item.day < totals.first_date:
        totals.first, totals.first_date = wave["id"], item.day


def _launched(item: WaveInScope) -> int:
    return sum(w["launched"] or 0 for w in item.weapons)


def report_windows(ceasefire: Ceasefire, events: list[dict], until: date | None = None
                   ) -> tuple[date, tuple[date, date]]:
    """The last day a report covers and the baseline of the same length just before the start.
    Only events from the start on can move the end, so a caller may pass just those."""
    last = max((date.fromisoformat(e["end"]) for e in events if e.get("end")), default=ceasefire.start)
    end = ceasefire.end or max(until or last, ceasefire.start)
    length = (end - ceasefire.start).days + 1
    return end, (ceasefire.start - timedelta(days=length), ceasefire.start - timedelta(days=1))


def compliance(ceasefire: Ceasefire, events: list[dict], min_grade: str = "weak", until: date | None = None
               ) -> ComplianceReport:
    """The report for `ceasefire` over `events` (waves and their incidents); an open-ended
    truce runs to `until` (default: the last event's date, or the start)."""
    threshold = GRADE_RANK[min_grade]
    end, baseline_window = report_windows(ceasefire, events, until)
    parties = {p: PartyTotals() for p in ceasefire.parties}
    baseline = {p: PartyTotals() for p in ceasefire.parties}
    daily: dict[str, dict[str, int]] = {p: defaultdict(int) for p in ceasefire.parties}
    daily_launched: dict[str, dict[str, int]] = {p: defaultdict(int) for p in ceasefire.parties}
    alleged: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    baseline_daily: dict[str, dict[str, int]] = {p: defaultdict(int) for p in ceasefire.parties}
    below = out = 0
    for wave, day, incidents in waves_between(events, parties, baseline_window[0], end):
        item = in_scope(ceasefire, wave, day, incidents)
        in_window = ceasefire.start <= day
        if item is None:
            out += in_window
            continue
        if not item.reaches(threshold):
            below += in_window
            continue
        attacker = wave["attacker"]
        if not in_window:
            _add(baseline[attacker], item, threshold)
            baseline_daily[attacker][day.isoformat()] += _launched(item)
            continue
        _add(parties[attacker], item, threshold)
        daily[attacker][day.isoformat()] += 1
        daily_launched[attacker][day.isoformat()] += _launched(item)
        accusers = {s.get("party") for e in (item.wave, *item.incidents) for s in e.get("sources", [])}
        for party in sorted(p for p in accusers if p and p != attacker and p in parties):
            alleged[f"{party} against {attacker}"][item.wave["grade"]] += 1
    return ComplianceReport(ceasefire, min_grade, (ceasefire.start, end), baseline_window, parties, baseline,
                            {p: dict(sorted(d.items())) for p, d in daily.items()},
                            {p: dict(sorted(d.items())) for p, d in daily_launched.items()},
                            {k: dict(v) for k, v in alleged.items()},
                            {p: dict(d) for p, d in baseline_daily.items()}, below, out)
