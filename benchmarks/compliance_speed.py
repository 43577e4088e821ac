"""Compliance report speed: one ceasefire over 1,000,000 graded events on one core.

    python benchmarks/compliance_speed.py [--events 1000000]

Events are waves spread over four years, both attacking parties, mixed weapons and
grades, some outside the truce's geography, and four in ten of them followed by an
incident. Times `compliance()` and `what_if()` on the same events. Target: < 5 s for the
report.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

from skytruce.ceasefire import build, compliance, what_if

WEAPONS = [("Shahed-136/131", "drone"), (None, "drone"), ("Kalibr", "cruise_missile"), ("Iskander-M", "ballistic_missile"),
           ("KAB", "guided_bomb")]
GRADES = ["confirmed", "fair", "weak", "weak", "weak", "contested", "unverified"]


def synthetic(n: int, seed: int = 11) -> list[dict]:
    rng = random.Random(seed)
    first = date(2022, 9, 1)
    events: list[dict] = []
    while len(events) < n:
        attacker = rng.choice(["RU", "RU", "RU", "UA"])
        totals = [{"model": m, "category": c, "launched": rng.randint(1, 200), "destroyed": rng.randint(0, 150)}
                  for m, c in rng.sample(WEAPONS, rng.randint(1, 2))]
        wave = {
            "id": f"e{len(events)}", "level": "wave", "wave_id": None, "low_precision": False,
            "end": (first + timedelta(days=rng.randrange(1400))).isoformat(), "attacker": attacker,
            "grade": rng.choice(GRADES), "target_country": rng.choice(["UA", "RU", "PL"]) if attacker == "UA" else "UA",
            "places": [], "lat": None, "lon": None, "totals": totals,
            "sources": [{"name": "Ukrainian Air Force", "party": "UA", "type": "military"}],
        }
        events.append(wave)
        if rng.random() < 0.4:
            events.append(wave | {"id": f"e{len(events)}", "level": "incident", "wave_id": wave["id"],
                                  "grade": rng.choice(GRADES), "totals": totals[:1]})
    return events[:n]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args()
    events = synthetic(args.events)
    truce = build({"name": "bench", "parties": ["RU", "UA"], "scope": ["drones"], "start": "2024-06-01",
                   "end": "2025-05-31", "countries": ["UA", "RU"]})
    start = time.perf_counter()
    report = compliance(truce, events, min_grade="weak")
    elapsed = time.perf_counter() - start
    start = time.perf_counter()
    coverage = what_if(truce, events, date(2023, 6, 1), date(2024, 5, 31))
    whatif_elapsed = time.perf_counter() - start
    print(f"events: {len(events):,}; waves in the truce window and scope: "
          f"{sum(t.waves for t in report.parties.values()):,} (with {sum(t.incidents for t in report.parties.values()):,} "
          f"incidents), baseline: {sum(t.waves for t in report.baseline.values()):,}")
    print(f"compliance report: {elapsed:.2f} s; target < 5 s")
    print(f"what-if over a year: {whatif_elapsed:.2f} s (RU share covered {coverage['RU'].share:.0%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
