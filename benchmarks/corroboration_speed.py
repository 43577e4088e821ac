"""Clustering and grading speed: 1,000,000 synthetic claims on one core.

    python benchmarks/corroboration_speed.py [--claims 1000000]

Claims are spread over ~18,000 nights (so ~36,000 waves), two attackers, six regions, a
handful of sources (relayed many times) and weapons; half the claims name a region, so
each wave also holds incidents (a region and a weapon class each); one night in ten has a
source that disagrees, a few claims are denied or flagged. Prints the time to build every
wave and incident, and the peak memory. Target: < 60 s, < 4 GB.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from collections import Counter
from datetime import date, timedelta

from skytruce.corroborate import corroborate
from skytruce.model import Claim, Claimant, ClaimRecord, Place, TimeWindow, Verification, WeaponCount

SOURCES = [Claimant("Ukrainian Air Force", "UA", "military"), Claimant("Oleh Kiper", "UA", "local_authority"),
           Claimant("Russian Defence Ministry", "RU", "military"), Claimant("Reuters", None, "media"),
           Claimant("Vyacheslav Gladkov", "RU", "local_authority"), None]
REGIONS = [("Odesa Oblast", "UA", 46.48, 30.73), ("Kyiv Oblast", "UA", 50.45, 30.52), ("Kharkiv Oblast", "UA", 49.99, 36.23),
           ("Belgorod Oblast", "RU", 50.6, 36.59), ("Kursk Oblast", "RU", 51.73, 36.19), ("Lviv Oblast", "UA", 49.84, 24.03)]
WEAPONS = [("Shahed-136/131", "drone"), (None, "drone"), ("Kh-101/Kh-555", "cruise_missile"), ("Iskander-M", "ballistic_missile")]


def synthetic(n: int, seed: int = 7) -> list[ClaimRecord]:
    rng = random.Random(seed)
    first = date(1980, 1, 1)
    records = []
    for i in range(n):
        end = first + timedelta(days=rng.randrange(18000))
        region, country, lat, lon = rng.choice(REGIONS)
        attacker = "RU" if country == "UA" else "UA"
        model, category = rng.choice(WEAPONS)
        night = random.Random(f"{end}{country}{model}{category}")
        truth = night.randint(5, 200)  # what really flew that night
        disputed = night.random() < 0.1
        launched = rng.choices([truth, truth + rng.choice([-1, 1]), None], [0.87, 0.05, 0.08])[0]
        if disputed and rng.random() < 0.2:
            launched = truth * 2
        status = rng.choices(["asserted", "unverified", "denied"], [0.9995, 0.0004, 0.0001])[0]
        claim = Claim(
            span=(0, 40), sentence=f"synthetic report {i}", claimant=rng.choice(SOURCES), attacker=attacker,
            weapons=[WeaponCount(model, category, launched, launched and int(launched * 0.8))],
            time=TimeWindow(end - timedelta(days=1), end, "day"),
            places=[Place(region, "target", country, lat, lon, "admin1")] if rng.random() < 0.5 else [],
            verification=Verification(status, ["denied"] if status == "denied" else []),
        )
        records.append(ClaimRecord(i + 1, claim, i // 3 + 1, rng.choice(["html", "tally_csv", "feed_entry"])))
    return records


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    args = parser.parse_args()
    start = time.perf_counter()
    records = synthetic(args.claims)
    made = time.perf_counter() - start
    start = time.perf_counter()
    events = corroborate(records)
    elapsed = time.perf_counter() - start
    peak_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    grades = Counter(e.grade for e in events)
    waves = sum(e.level == "wave" for e in events)
    print(f"claims: {len(records):,} (generated in {made:.1f} s), events: {len(events):,} "
          f"({waves:,} waves, {len(events) - waves:,} incidents)")
    print(f"clustering and grading: {elapsed:.1f} s ({len(records) / elapsed:,.0f} claims/s); target < 60 s")
    print(f"peak memory: {peak_gb:.2f} GB (including the generated claims); target < 4 GB")
    print("grades: " + ", ".join(f"{g} {n:,}" for g, n in grades.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
