"""API load: latency and throughput of event queries on a ledger of synthetic claims.

    python benchmarks/api_load.py [--claims 1000000] [--database-url URL] [--requests 2000]

Builds (once, then reuses) a ledger of synthetic claims grouped into events, starts
`skytruce serve` on loopback, and sends a bounded number of requests from 8 client
threads: event listings with filters and single events. Prints p50/p95/p99 and req/s.
Loopback only; it stops by itself. Target: p95 < 50 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import func, insert, select

from skytruce.corroborate import event_id
from skytruce.store import Ledger
from skytruce.store.schema import claims, documents, event_claims, event_weapons, events

DEFAULT_DB = Path(__file__).resolve().parent / ".api_load.db"


def build(ledger: Ledger, n_claims: int, per_event: int = 25, seed: int = 3) -> None:
    """Fill an empty ledger with n_claims claims in events of `per_event` claims."""
    rng = random.Random(seed)
    now = datetime(2025, 1, 1)
    with ledger.writing() as conn:
        doc_id = conn.execute(insert(documents).values(location="synthetic", kind="tally_csv", text="synthetic",
                                                       raw_sha256="0" * 64, text_sha256="0" * 64,
                                                       ingested_at=now)).inserted_primary_key[0]
    first = date(1990, 1, 1)
    n_events = n_claims // per_event
    claim_id = 0
    batch_claims, batch_links, batch_events, batch_weapons = [], [], [], []
    for e in range(n_events):
        attacker = "RU" if e % 4 else "UA"
        day = first + timedelta(days=e // 2)
        key = f"{attacker}|{day.isoformat()}|{'UA' if attacker == 'RU' else 'RU'}|{e}"
        eid = event_id(key)
        launched = rng.randint(5, 300)
        ids = list(range(claim_id + 1, claim_id + per_event + 1))
        claim_id += per_event
        payload = {"kind": "attack", "span": [0, 10], "sentence": "synthetic", "claimant": None, "attacker": attacker,
                   "weapons": [{"model": "Shahed-136/131", "category": "drone", "launched": launched, "destroyed": launched // 2,
                                "qualifier": "exact"}],
                   "time": {"start": day.isoformat(), "end": day.isoformat(), "precision": "day", "text": None},
                   "places": [], "targets": [], "casualties": {"killed": None, "injured": None},
                   "verification": {"status": "asserted", "cues": [], "evidence": [], "evidence_absent": []}}
        for cid in ids:
            batch_claims.append({"id": cid, "document_id": doc_id, "fingerprint": f"{cid:064d}", "kind": "attack",
                                 "span_start": 0, "span_end": 10, "sentence": "synthetic", "attacker": attacker,
                                 "time_start": day, "time_end": day, "time_precision": "day",
                                 "verification_status": "asserted", "payload": payload, "event_key": key})
            batch_links.append({"event_id": eid, "claim_id": cid})
        lat, lon = 44 + rng.random() * 8, 24 + rng.random() * 16
        event = {"id": eid, "key": key, "attacker": attacker, "target_country": "UA", "start": day.isoformat(),
                 "end": day.isoformat(), "precision": "day", "low_precision": False,
                 "grade": rng.choice(["weak", "fair", "confirmed", "contested"]), "reasons": ["synthetic"],
                 "sources": [{"name": "Ukrainian Air Force", "party": "UA", "type": "military"}],
                 "weapons": [{"model": "Shahed-136/131", "category": "drone",
                              "launched": {"value": launched, "source": "Ukrainian Air Force", "low": launched, "high": launched, "claim_ids": ids[:3]},
                              "destroyed": {"value": launched // 2, "source": "Ukrainian Air Force", "low": None, "high": None, "claim_ids": []},
                              "qualifier": "exact"}],
                 "killed": None, "injured": None, "place": "synthetic", "lat": lat, "lon": lon, "places": [],
                 "claim_ids": ids, "contradictions": [], "crosscheck": None}
        batch_events.append({"id": eid, "key": key, "attacker": attacker, "target_country": "UA", "start": day, "end": day,
                             "precision": "day", "low_precision": False, "grade": event["grade"], "place": "synthetic",
                             "lat": lat, "lon": lon, "n_claims": per_event, "n_sources": 1, "payload": event})
        batch_weapons.append({"event_id": eid, "model": "Shahed-136/131", "category": "drone", "launched": launched,
                              "destroyed": launched // 2})
        if len(batch_claims) >= 50_000 or e == n_events - 1:
            with ledger.writing() as conn:
                conn.execute(insert(claims), batch_claims)
                conn.execute(insert(events), batch_events)
                conn.execute(insert(event_claims), batch_links)
                conn.execute(insert(event_weapons), batch_weapons)
            batch_claims, batch_links, batch_events, batch_weapons = [], [], [], []
            print(f"  built {claim_id:,} claims", file=sys.stderr)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--database-url", default=f"sqlite:///{DEFAULT_DB}")
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    ledger = Ledger.open(args.database_url)
    with ledger.engine.connect() as conn:
        have = conn.scalar(select(func.count()).select_from(claims))
    if have < args.claims:
        if have:
            print(f"the ledger at {args.database_url} holds {have:,} claims, fewer than asked; use an empty one")
            return 1
        start = time.perf_counter()
        build(ledger, args.claims)
        print(f"built a ledger of {args.claims:,} claims in {time.perf_counter() - start:.0f} s")
    with ledger.engine.connect() as conn:
        n_claims = conn.scalar(select(func.count()).select_from(claims))
        ids = list(conn.scalars(select(events.c.id).limit(2000)))
        last = conn.scalar(select(func.max(events.c.end)))
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "skytruce.cli", "serve", "--port", str(port)],
                              env=os.environ | {"SKYTRUCE_DATABASE_URL": args.database_url},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(base + "/api/sources", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        rng = random.Random(5)
        paths = []
        for n in range(args.requests):
            if n % 2:
                paths.append(f"/api/events/{rng.choice(ids)}")
            else:
                since = last - timedelta(days=rng.randint(30, 3000))
                paths.append(f"/api/events?party={rng.choice(['RU', 'UA'])}&since={since}&until={since + timedelta(days=60)}"
                             f"&limit=50" + (f"&grade={rng.choice(['weak', 'fair', 'confirmed'])}" if n % 4 == 0 else ""))
        latencies: list[float] = []
        failures = 0

        def hit(client: httpx.Client, path: str) -> None:
            nonlocal failures
            t = time.perf_counter()
            response = client.get(base + path, timeout=30)
            latencies.append(time.perf_counter() - t)
            failures += response.status_code != 200

        with httpx.Client() as warm:
            for path in paths[:50]:
                warm.get(base + path, timeout=30)
        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=8) as pool, httpx.Client(limits=httpx.Limits(max_connections=8)) as client:
            list(pool.map(lambda p: hit(client, p), paths))
        wall = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(timeout=10)
    q = statistics.quantiles([x * 1000 for x in latencies], n=100)
    print(f"ledger: {args.database_url.split('://')[0]}, {n_claims:,} claims; {len(latencies):,} requests from 8 threads, "
          f"{failures} not 200")
    print(f"latency ms: p50 {q[49]:.1f}, p95 {q[94]:.1f}, p99 {q[98]:.1f}; throughput {len(latencies) / wall:.0f} req/s; "
          f"target p95 < 50 ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
