"""How the watcher copes with many feeds: 200 RSS feeds of 50 items each on a loopback
server (in a process of its own, so its work is not counted as the watcher's).

Prints the first cycle (every item new: fetch, extract, store, regroup), steady cycles
with nothing new (the target is under 2 s: conditional requests answered 304), CPU time
per new item, and the watcher's resident memory after each cycle (it should not grow).

    .venv/bin/python benchmarks/watch_cycle.py [--feeds 200] [--items 50] [--cycles 10] [--workers 4]
        [--database-url postgresql+psycopg://…]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.watch.feed_server import FeedServer, Item  # noqa: E402

PLACES = ["Sumy", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Mykolaiv", "Poltava", "Chernihiv", "Kherson",
          "Kyiv", "Lviv", "Vinnytsia", "Cherkasy", "Kirovohrad", "Zhytomyr", "Rivne"]
DAYS = ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"]


def items(feed: int, n: int) -> list[Item]:
    """Short reports of our own, each of its own text: one attack each, spread over days,
    places and figures."""
    out = []
    for i in range(n):
        day = 1 + (feed * 7 + i * 5) % 28
        place = PLACES[(feed * 3 + i) % len(PLACES)]
        launched = 5 + (feed * 13 + i * 7) % 90
        out.append(Item(f"f{feed}-{i}", f"Bulletin {feed}-{i}: night attack on {place}",
                        f"Bulletin {feed}-{i}. Ukraine's air force said Russia launched {launched} Shahed drones at "
                        f"{place} overnight; air defences shot down {launched // 2 + i % 5} of them. Regional officials "
                        "reported damage to houses and a power line.",
                        f"{DAYS[day % 7]}, {day:02d} Mar 2025 06:00:00 +0000"))
    return out


def serve(feeds: int, per_feed: int, queue) -> None:
    with FeedServer() as server:
        for f in range(feeds):
            server.feed(f"/feed{f}.rss", items(f, per_feed))
        queue.put(server.url)
        queue.get()  # until the benchmark is done


def rss_mb() -> float:
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--cycles", type=int, default=10)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()

    from skytruce.app import Skytruce
    from skytruce.store import Ledger
    from skytruce.watch import Watcher, load
    from skytruce.watch.logs import JsonLog

    queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(args.feeds, args.items, queue), daemon=True)
    server.start()
    base = queue.get(timeout=120)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'watch.db'}"
        if args.database_url:
            from sqlalchemy import text
            with Ledger(url).engine.begin() as conn:
                conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        path = Path(tmp) / "sources.yaml"
        path.write_text(yaml.safe_dump({"sources": [
            {"name": f"feed {f}", "url": f"{base}/feed{f}.rss", "kind": "feed", "interval": "0.01s"}
            for f in range(args.feeds)]}))
        app = Skytruce(Ledger.open(url))
        watcher = Watcher(app, load(path), owner="benchmark", workers=args.workers, log=JsonLog(open(os.devnull, "w")))
        watcher.start()
        print(f"watch cycle: {args.feeds} feeds x {args.items} items on loopback, {args.workers} fetches in flight, "
              f"ledger {url.split(':')[0]}")
        walls, memory = [], []
        for cycle in range(1, args.cycles + 1):
            before = (watcher.totals.polls, watcher.totals.not_modified, watcher.totals.documents)
            cpu, wall = time.process_time(), time.perf_counter()
            watcher.cycle()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            polls, not_modified, docs = (a - b for a, b in zip(
                (watcher.totals.polls, watcher.totals.not_modified, watcher.totals.documents), before))
            walls.append(wall)
            memory.append(rss_mb())
            line = (f"  cycle {cycle:2d}: {wall:7.2f} s wall, {cpu:7.2f} s CPU, {polls} polls, {not_modified} answered "
                    f"304, {docs} new documents, RSS {memory[-1]:.0f} MB")
            if cycle == 1 and docs:
                line += f"  ->  {cpu / docs * 1000:.2f} ms CPU per new item, {docs / wall:.0f} new items/s"
            print(line, flush=True)
            time.sleep(0.02)  # every source is due again
        watcher.close()
        steady = walls[1:]
        if steady:
            print(f"first cycle {walls[0]:.2f} s; steady cycle median {statistics.median(steady):.3f} s, "
                  f"max {max(steady):.3f} s (target < 2 s); RSS after cycle 2 {memory[1]:.0f} MB, after cycle "
                  f"{len(memory)} {memory[-1]:.0f} MB (growth {memory[-1] - memory[1]:+.0f} MB)")
    queue.put("done")
    server.join(timeout=10)


if __name__ == "__main__":
    main()
