"""Tally import speed: the full 'Massive Missile Attacks on Ukraine' CSV into a fresh
SQLite ledger, parse + geocode + write + grouping, end to end. Target: < 0.7 s.

    python benchmarks/tally_import.py [--csv PATH]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from skytruce.app import Skytruce
from skytruce.store import Ledger

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared" / "data" / "massive-missile-attacks" / "missile_attacks_daily.csv"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    args = parser.parse_args()
    if not args.csv.exists():
        print(f"no tally file at {args.csv}")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        ledger = Ledger.open(f"sqlite:///{tmp}/bench.db")
        app = Skytruce(ledger)
        start = time.perf_counter()
        report = app.ingest([str(args.csv)])
        first = time.perf_counter() - start
        start = time.perf_counter()
        again = app.ingest([str(args.csv)])
        second = time.perf_counter() - start
    rows = report.result.claims_added
    print(f"rows imported: {rows:,} in {first:.2f} s ({rows / first:,.0f} rows/s); target < 0.7 s")
    print(f"re-import (no-op): {again.result.claims_added} new rows in {second:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
