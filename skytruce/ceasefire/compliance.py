"""Compliance: which graded events fall inside a ceasefire's parties, weapons, places and
window; per party and per day, split by grade, beside a baseline of the same length
before it started. Pure functions over event dicts (as the ledger stores them)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from skytruce.ceasefire.definition import Ceasefire

GRADE_RANK = {"confirmed": 5, "fair": 4, "weak": 3, "unverified": 2, "contested": 2, "discounted": 0}


@dataclass
class PartyTotals:
    events: int = 0
    launched: int = 0
    destroyed: int = 0
    by_grade: dict[str, int] = field(default_factory=dict)
    weapons: dict[str, int] = field(default_factory=dict)  # model or category -> launched
    first: str | None = None  # the first event id in the window
    first_date: date | None = None


@dataclass
class ComplianceReport:
    ceasefire: Ceasefire
    min_grade: str
    window: tuple[date, date]
    baseline_window: tuple[date, date]
    parties: dict[str, PartyTotals]
    baseline: dict[str, PartyTotals]
    daily: dict[str, dict[str, int]]  # party -> day -> events
    daily_launched: dict[str, dict[str, int]]  # party -> day -> weapons launched (in scope)
    alleged: dict[str, dict[str, int]]  # "UA against RU" -> grade -> events
    baseline_daily: dict[str, dict[str, int]]  # party -> day -> launched, before the start
    below_threshold: int = 0
    out_of_scope: int = 0

    def to_dict(self) -> dict:
        def totals(t: PartyTotals) -> dict:
            return {"events": t.events, "launched": t.launched, "destroyed": t.destroyed, "by_grade": t.by_grade,
                    "weapons": t.weapons, "first_violation": t.first,
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
    """The event's weapons the ceasefire covers (an attack with no weapon named counts only
    for an all-aerial truce)."""
    weapons = event.get("weapons") or []
    if not weapons:
        return [{"model": None, "category": "unknown", "launched": {"value": None}, "destroyed": {"value": None}}] \
            if "unknown" in ceasefire.categories() else []
    return [w for w in weapons if ceasefire.covers_weapon(w["model"], w["category"])]


def _add(totals: PartyTotals, event: dict, weapons: list[dict], day: date) -> None:
    totals.events += 1
    totals.by_grade[event["grade"]] = totals.by_grade.get(event["grade"], 0) + 1
    for w in weapons:
        launched = w["launched"]["value"] or 0
        totals.launched += launched
        totals.destroyed += w["destroyed"]["value"] or 0
        label = w["model"] or w["category"]
        totals.weapons[label] = totals.weapons.get(label, 0) + launched
    if totals.first_date is None or day < totals.first_date:
        totals.first, totals.first_date = event["id"], day


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
    """The report for `ceasefire` over `events`; an open-ended truce runs to `until`
    (default: the last event's date, or the start)."""
    threshold = GRADE_RANK[min_grade]
    end, baseline_window = report_windows(ceasefire, events, until)
    parties = {p: PartyTotals() for p in ceasefire.parties}
    baseline = {p: PartyTotals() for p in ceasefire.parties}
    daily: dict[str, dict[str, int]] = {p: defaultdict(int) for p in ceasefire.parties}
    daily_launched: dict[str, dict[str, int]] = {p: defaultdict(int) for p in ceasefire.parties}
    alleged: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    baseline_daily: dict[str, dict[str, int]] = {p: defaultdict(int) for p in ceasefire.parties}
    below = out = 0
    for event in events:
        attacker = event.get("attacker")
        if attacker not in parties or not event.get("end"):
            continue
        day = date.fromisoformat(event["end"])
        in_window = ceasefire.start <= day <= end
        in_baseline = baseline_window[0] <= day <= baseline_window[1]
        if not (in_window or in_baseline):
            continue
        weapons = in_scope_weapons(ceasefire, event)
        if not weapons or not ceasefire.in_geography(event):
            out += in_window
            continue
        if GRADE_RANK.get(event["grade"], 0) < threshold:
            below += in_window
            continue
        if in_baseline:
            _add(baseline[attacker], event, weapons, day)
            baseline_daily[attacker][day.isoformat()] += sum(w["launched"]["value"] or 0 for w in weapons)
            continue
        _add(parties[attacker], event, weapons, day)
        daily[attacker][day.isoformat()] += 1
        daily_launched[attacker][day.isoformat()] += sum(w["launched"]["value"] or 0 for w in weapons)
        for source in event.get("sources", []):
            if source.get("party") and source["party"] != attacker and source["party"] in parties:
                alleged[f"{source['party']} against {attacker}"][event["grade"]] += 1
    return ComplianceReport(ceasefire, min_grade, (ceasefire.start, end), baseline_window, parties, baseline,
                            {p: dict(sorted(d.items())) for p, d in daily.items()},
                            {p: dict(sorted(d.items())) for p, d in daily_launched.items()},
                            {k: dict(v) for k, v in alleged.items()},
                            {p: dict(d) for p, d in baseline_daily.items()}, below, out)
