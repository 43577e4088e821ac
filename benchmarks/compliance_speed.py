"""Compliance report speed: one ceasefire over 1,000,000 graded events on one core.

    python benchmarks/compliance_speed.py [--events 1000000]

Events are waves spread over four years, both attacking parties, mixed weapons and
grades, some outside the truce's geography, and four in ten of them followed by an
incident; seven in ten waves carry their hours (a night raid from the evening to the
morning, in UTC as the ledger stores them), half name their targets. Times
`compliance()` for a truce in whole days on weapons and countries, and for one with hours
in Moscow time on weapons and energy targets; then `what_if()`. Target: < 5 s a report.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, datetime, timedelta, timezone

from skytruce.ceasefire import build, compliance, what_if

WEAPONS = [("Shahed-136/131", "drone"), (None, "drone"), ("Kalibr", "cruise_missile"), ("Iskander-M", "ballistic_missile"),
           ("KAB", "guided_bomb")]
GRADES = ["confirmed", "fair", "weak", "weak", "weak", "contested", "unverified"]
TARGETS = [[], [], ["energy"], ["residential"], ["energy", "port"], ["military"]]


def utc(day: date, hour: int, minute: int = 0) -> str:
    """A Kyiv-time hour (UTC+3, the summer offset, near enough for timing) as the ledger stores it."""
    return (datetime(day.year, day.month, day.day, hour, minute, tzinfo=timezone.utc) - timedelta(hours=3)
            ).strftime("%Y-%m-%dT%H:%MZ")


def synthetic(n: int, seed: int = 11) -> list[dict]:
    rng = random.Random(seed)
    first = date(2022, 9, 1)
    events: list[dict] = []
    while len(events) < n:
        attacker = rng.choice(["RU", "RU", "RU", "UA"])
        day = first + timedelta(days=rng.randrange(1400))
        hours = rng.random() < 0.7
        totals = [{"model": m, "category": c, "launched": rng.randint(1, 200), "destroyed": rng.randint(0, 150)}
                  for m, c in rng.sample(WEAPONS, rng.randint(1, 2))]
        wave = {
            "id": f"e{len(events)}", "level": "wave", "wave_id": None, "low_precision": False,
            "end": day.isoformat(), "attacker": attacker, "precision": "hour" if hours else "day",
            "start_at": utc(day - timedelta(days=1), rng.randint(18, 23), rng.choice([0, 30])) if hours else None,
            "end_at": utc(day, rng.randint(5, 10), rng.choice([0, 30])) if hours else None,
            "targets": rng.choice(TARGETS),
            "grade": rng.choice(GRADES), "target_country": rng.choice(["UA", "RU", "PL"]) if attacker == "UA" else "UA",
            "places": [], "lat": None, "lon": None, "totals": totals,
            "sources": [{"name": "Ukrainian Air Force", "party": "UA", "type": "military"}],
        }
        events.append(wave)
        if rng.random() < 0.4:
            events.append(wave | {"id": f"e{len(events)}", "level": "incident", "wave_id": wave["id"],
                                  "grade": rng.choice(GRADES), "totals": totals[:1], "targets": rng.choice(TARGETS)})
    return events[:n]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args()
    events = synthetic(args.events)
    days = build({"name": "bench", "parties": ["RU", "UA"], "scope": ["drones"], "start": "2024-06-01",
                  "end": "2025-05-31", "countries": ["UA", "RU"]})
    hours = build({"name": "bench hours", "parties": ["RU", "UA"], "scope": ["drones"], "targets": ["energy_infrastructure"],
                   "start": "2024-06-01 18:00", "end": "2025-05-31 00:00", "zone": "Europe/Moscow"})
    print(f"events: {len(events):,}")
    for truce in (days, hours):
        start, cpu = time.perf_counter(), time.process_time()
        report = compliance(truce, events, min_grade="weak")
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        print(f"{truce.name}: waves in the window and scope: {sum(t.waves for t in report.parties.values()):,} "
              f"(with {sum(t.incidents for t in report.parties.values()):,} incidents), baseline: "
              f"{sum(t.waves for t in report.baseline.values()):,}, straddling: {len(report.straddling):,}, "
              f"cannot be judged: {len(report.unjudged):,}")
        print(f"compliance report ({'hours, ' + truce.zone + ', targets' if truce.has_hours else 'whole days'}): "
              f"{elapsed:.2f} s ({cpu:.2f} s of CPU); target < 5 s")
    start, cpu = time.perf_counter(), time.process_time()
    coverage = what_if(days, events, date(2023, 6, 1), date(2024, 5, 31))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"what-if over a year: {elapsed:.2f} s ({cpu:.2f} s of CPU; RU share covered {coverage['RU'].share:.0%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
