"""API load: latency per endpoint on a ledger of 1,000,000 synthetic claims.

    python benchmarks/api_load.py [--claims 1000000] [--database-url URL] [--requests 3000] [--clients 8]
                                  [--workers 1]

Builds (once, then reuses) a ledger of synthetic claims grouped into waves and the
incidents inside them, spread over three and a half years as the real tallies are; starts
`skytruce serve --workers N` on loopback and sends a bounded number of requests from 8
client threads (`--clients 1` shows each request's own time, without waiting behind the
others); the clients run in this process, on the same cores as the server, so with more
clients than cores a request's time includes its wait for a core,
mixed across the read endpoints: event listings with filters, their next page by cursor,
single events, claims, the timeline. Prints p50/p95/p99 per endpoint and overall, and the
server's peak memory before and after exporting every event (the export streams).
Loopback only; it stops by itself. Target: p95 < 25 ms, p99 < 60 ms.
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
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import func, insert, select

from skytruce.corroborate import event_id
from skytruce.store import Ledger
from skytruce.store.schema import claim_weapons, claims, documents, event_claims, event_weapons, events

DEFAULT_DB = Path(__file__).resolve().parent / ".api_load.db"
FIRST_DAY, DAYS = date(2022, 9, 1), 1270
PLACES = [("Odesa", 46.48, 30.72), ("Kharkiv", 49.99, 36.23), ("Sumy", 50.91, 34.8), ("Dnipro", 48.46, 35.05),
          ("Kyiv", 50.45, 30.52), ("Lviv", 49.84, 24.03), ("Zaporizhzhia", 47.84, 35.14), ("Poltava", 49.59, 34.55)]
GRADES = ["weak", "fair", "confirmed", "contested", "one-sided", "unverified"]


def _figure(value: int, ids: list[int]) -> dict:
    return {"value": value, "source": "Ukrainian Air Force", "low": value, "high": value, "claim_ids": ids[:3]}


def _event(eid: str, key: str, level: str, wave: str | None, attacker: str, day: date, place: str | None,
           lat: float | None, lon: float | None, launched: int, ids: list[int], rng: random.Random,
           incidents: list[str] = ()) -> tuple[dict, dict]:
    """The events row and its payload, shaped as corroborate writes them."""
    weapon = {"model": "Shahed-136/131", "category": "drone", "launched": launched, "destroyed": launched * 4 // 5}
    payload = {"id": eid, "key": key, "level": level, "scope": "national" if level == "wave" else "local",
               "wave_id": wave, "attacker": attacker, "target_country": "UA" if attacker == "RU" else "RU",
               "start": day.isoformat(), "end": day.isoformat(), "precision": "day", "low_precision": False,
               "grade": rng.choice(GRADES), "reasons": ["2 underlying sources of one chain: Ukrainian Air Force, "
                                                        "regional administration"],
               "sources": [{"name": "Ukrainian Air Force", "party": "UA", "type": "military"}],
               "weapon_class": None if level == "wave" else "drone",
               "weapons": [{"model": "Shahed-136/131", "category": "drone", "scope": "national",
                            "launched": _figure(launched, ids), "destroyed": _figure(launched * 4 // 5, ids),
                            "qualifier": "exact"}],
               "totals": [weapon], "killed": None, "injured": rng.choice([None, 1, 2]), "place": place, "lat": lat,
               "lon": lon, "places": [place] if place else [],
               "locations": [{"name": place, "country": "UA", "lat": lat, "lon": lon, "precision": "city"}] if place else [],
               "claim_ids": ids, "incident_ids": list(incidents), "contradictions": [], "crosscheck": None}
    row = {"id": eid, "key": key, "level": level, "wave_id": wave, "scope": payload["scope"], "attacker": attacker,
           "target_country": payload["target_country"], "start": day, "end": day, "precision": "day",
           "low_precision": False, "grade": payload["grade"], "place": place, "lat": lat, "lon": lon,
           "n_claims": len(ids), "n_sources": 1, "payload": payload}
    return row, payload


def build(ledger: Ledger, n_claims: int, per_wave: int = 25, seed: int = 3) -> None:
    """Fill an empty ledger with n_claims claims: waves of `per_wave` claims, five national
    ones on the wave and the rest on two incidents (two towns struck)."""
    rng = random.Random(seed)
    with ledger.writing() as conn:
        doc_id = conn.execute(insert(documents).values(location="synthetic", kind="tally_csv", text="synthetic",
                                                       raw_sha256="0" * 64, text_sha256="0" * 64,
                                                       ingested_at=datetime(2025, 1, 1))).inserted_primary_key[0]
    n_waves = n_claims // per_wave
    claim_id = 0
    batch: dict[str, list] = defaultdict(list)
    for w in range(n_waves):
        attacker = "RU" if w % 4 else "UA"
        day = FIRST_DAY + timedelta(days=w * DAYS // n_waves)
        key = f"{attacker}|{day.isoformat()}|{'UA' if attacker == 'RU' else 'RU'}|{w}"
        wave = event_id(key)
        ids = list(range(claim_id + 1, claim_id + per_wave + 1))
        claim_id += per_wave
        split = [ids[:5], ids[5:15], ids[15:]]
        towns = rng.sample(PLACES, 2)
        incident_ids = [event_id(f"{key}|{town[0]}|drone") for town in towns]
        launched = rng.randint(5, 300)
        built = [_event(wave, key, "wave", None, attacker, day, None, None, None, launched, ids, rng, incident_ids)]
        built += [_event(iid, f"{key}|{town[0]}|drone", "incident", wave, attacker, day, *town, launched // 3, part, rng)
                  for iid, town, part in zip(incident_ids, towns, split[1:])]
        for (row, payload), part in zip(built, split):
            batch["events"].append(row)
            batch["event_weapons"].extend({"event_id": row["id"], **t, "attacker": attacker,
                                           "timeline_day": day if row["level"] == "wave" else None}
                                          for t in payload["totals"])
            for cid in part:
                claim = {"kind": "attack", "span": [0, 60], "sentence": f"Russia launched {launched} Shahed drones "
                         f"overnight, the air force said ({cid}).", "claimant": payload["sources"][0] | {"reporter": None},
                         "attacker": attacker, "weapons": [{"model": "Shahed-136/131", "category": "drone",
                                                            "launched": launched, "destroyed": launched * 4 // 5,
                                                            "qualifier": "exact"}],
                         "time": {"start": day.isoformat(), "end": day.isoformat(), "precision": "day", "text": None},
                         "places": payload["locations"], "targets": [], "casualties": {"killed": None, "injured": None},
                         "verification": {"status": "asserted", "cues": [], "evidence": [], "evidence_absent": []}}
                batch["claims"].append({
                    "id": cid, "document_id": doc_id, "fingerprint": f"{cid:064d}", "kind": "attack", "span_start": 0,
                    "span_end": 60, "sentence": claim["sentence"], "claimant_name": "Ukrainian Air Force",
                    "claimant_party": "UA", "claimant_type": "military", "attacker": attacker, "time_start": day,
                    "time_end": day, "time_precision": "day", "verification_status": "asserted", "payload": claim,
                    "event_key": key, "scope": payload["scope"]})
                batch["claim_weapons"].append({"claim_id": cid, "model": "Shahed-136/131", "category": "drone",
                                               "launched": launched, "destroyed": launched * 4 // 5, "qualifier": "exact"})
                batch["event_claims"].append({"event_id": row["id"], "claim_id": cid})
        if len(batch["claims"]) >= 50_000 or w == n_waves - 1:
            with ledger.writing() as conn:
                for table in (claims, claim_weapons, events, event_claims, event_weapons):
                    conn.execute(insert(table), batch[table.name])
            batch.clear()
            print(f"  built {claim_id:,} claims", file=sys.stderr)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def peak_memory_mb(pid: int) -> float:
    """The largest peak resident memory so far of the server process or its workers (Linux)."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    peaks = [0.0]
    for each in [pid, *map(int, children.read_text().split() if children.exists() else [])]:
        for line in Path(f"/proc/{each}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peaks.append(int(line.split()[1]) / 1024)
    return max(peaks)


def cpu_seconds(pid: int) -> float:
    """CPU time used so far by the server process and its workers (Linux): divided by the
    requests answered, what each costs, however busy the machine is with other work."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    total = 0.0
    for each in [pid, *map(int, children.read_text().split() if children.exists() else [])]:
        fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime
    return total


def requests_to_send(n: int, ids: list[str], last: date, rng: random.Random) -> list[tuple[str, str]]:
    """(endpoint, path) pairs: what a dashboard and an analyst's scripts ask most."""
    paths = []
    for i in range(n):
        since = last - timedelta(days=rng.randint(30, DAYS))
        window = f"since={since}&until={since + timedelta(days=60)}"
        kind = i % 8
        if kind in (0, 1):
            paths.append(("GET /events/{id}", f"/api/events/{rng.choice(ids)}"))
        elif kind == 2:
            paths.append(("GET /events?party&window", f"/api/events?party={rng.choice(['RU', 'UA'])}&{window}&limit=50"))
        elif kind == 3:
            paths.append(("GET /events?grade&level", f"/api/events?grade={rng.choice(GRADES[:3])}"
                                                     f"&level={rng.choice(['wave', 'incident'])}&limit=50"))
        elif kind == 4:
            paths.append(("GET /events?weapon&bbox", f"/api/events?weapon=Shahed-136/131&bbox=29,45,37,51&{window}"
                                                     f"&limit=50"))
        elif kind == 5:
            paths.append(("GET /events (latest)", "/api/events?limit=100"))
        elif kind == 6:
            paths.append(("GET /claims?attacker&window", f"/api/claims?attacker=RU&{window}&limit=100"))
        else:
            paths.append(("GET /timeline?window", f"/api/timeline?{window}&party=RU"))
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--database-url", default=f"sqlite:///{DEFAULT_DB}")
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=1, help="server processes (skytruce serve --workers)")
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
        n_events = conn.scalar(select(func.count()).select_from(events))
        ids = list(conn.scalars(select(events.c.id).order_by(func.random()).limit(2000)))
        last = conn.scalar(select(func.max(events.c.end)))
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "skytruce.cli", "serve", "--port", str(port),
                               "--workers", str(args.workers)],
                              env=os.environ | {"SKYTRUCE_DATABASE_URL": args.database_url},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(base + "/api/sources", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        paths = requests_to_send(args.requests, ids, last, random.Random(5))
        latencies: dict[str, list[float]] = defaultdict(list)
        failures = 0

        def hit(client: httpx.Client, endpoint: str, path: str) -> None:
            nonlocal failures
            t = time.perf_counter()
            response = client.get(base + path, timeout=30)
            if response.status_code == 200 and endpoint.startswith("GET /events?") and response.json()["next_cursor"]:
                latencies[endpoint].append(time.perf_counter() - t)
                endpoint, t = "GET /events?cursor (next page)", time.perf_counter()
                response = client.get(base + path + f"&cursor={response.json()['next_cursor']}", timeout=30)
            latencies[endpoint].append(time.perf_counter() - t)
            failures += response.status_code != 200

        with httpx.Client() as warm:
            for _, path in paths[:80]:
                warm.get(base + path, timeout=30)
        start, server_cpu, client_cpu = time.perf_counter(), cpu_seconds(server.pid), time.process_time()
        with ThreadPoolExecutor(max_workers=args.clients) as pool, \
                httpx.Client(limits=httpx.Limits(max_connections=args.clients)) as client:
            list(pool.map(lambda p: hit(client, *p), paths))
        wall = time.perf_counter() - start
        server_cpu, client_cpu = cpu_seconds(server.pid) - server_cpu, time.process_time() - client_cpu
        before_export = peak_memory_mb(server.pid)
        t = time.perf_counter()
        with httpx.stream("GET", base + "/api/export/events.csv", timeout=600) as response:
            exported = sum(chunk.count(b"\n") for chunk in response.iter_bytes()) - 1
        export_time = time.perf_counter() - t
        after_export = peak_memory_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=10)
    every = [x for values in latencies.values() for x in values]
    print(f"ledger: {args.database_url.split('://')[0]}, {n_claims:,} claims in {n_events:,} events; "
          f"{len(every):,} requests from {args.clients} client threads to {args.workers} server process(es) on "
          f"{os.cpu_count()} cores, {failures} not 200, {len(every) / wall:.0f} req/s")
    print(f"{'endpoint':<32} {'n':>5} {'p50':>7} {'p95':>7} {'p99':>7}  (ms)")
    for endpoint, values in [*sorted(latencies.items()), ("all", every)]:
        q = statistics.quantiles([x * 1000 for x in values], n=100)
        print(f"{endpoint:<32} {len(values):>5} {q[49]:>7.1f} {q[94]:>7.1f} {q[98]:>7.1f}")
    print("target: p95 < 25 ms, p99 < 60 ms")
    print(f"CPU per request: server {server_cpu / len(every) * 1000:.2f} ms, clients {client_cpu / len(every) * 1000:.2f} ms; "
          f"machine load average {os.getloadavg()[0]:.1f} (other work on the same cores slows every request)")
    print(f"export of every event as CSV: {exported:,} rows in {export_time:.1f} s; server peak memory (per process) "
          f"{before_export:.0f} MB before, {after_export:.0f} MB after")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
