"""A soak of `skytruce watch` against the misbehaving loopback feed server: for as long as
asked it publishes new items, turns sources to 500s, hangs, malformed XML, redirects,
repeats and 50 MB bodies and back, and kills the watcher (SIGKILL, sometimes SIGTERM)
and starts it again. At the end it checks that every published item is stored exactly
once, that the ledger has no unfinished grouping, and that each alert reached its JSON
Lines file once and its webhook (which fails twice before accepting) under one key.

    .venv/bin/python benchmarks/watch_soak.py --minutes 60 [--feeds 12] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.watch.feed_server import FeedServer, Item, WebhookReceiver  # noqa: E402

PLACES = ["Sumy", "Kharkiv", "Odesa", "Dnipro", "Mykolaiv", "Poltava", "Chernihiv", "Kherson", "Kyiv", "Lviv"]
FAULTS = ["error500", "hang", "malformed", "redirect301", "redirect302", "repeat", "huge"]


def report(n: int, rng: random.Random) -> Item:
    place, day = rng.choice(PLACES), 1 + n % 28
    launched = rng.randint(4, 90)
    return Item(f"soak-{n}", f"Report {n}: drones over {place}",
                f"Report {n}. Ukraine's air force said Russia launched {launched} Shahed drones at {place} overnight; "
                f"{rng.randint(0, launched)} were shot down.",
                format_datetime(datetime(2025, 3, day, 6, tzinfo=timezone.utc)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--feeds", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    from sqlalchemy import select

    from skytruce.store import Ledger
    from skytruce.store.schema import documents
    from skytruce.store.watch import WatchStore

    with tempfile.TemporaryDirectory() as tmp, FeedServer(hang_seconds=3) as server, \
            WebhookReceiver("soak-secret", failures=2) as hook:
        tmp = Path(tmp)
        db_url, log, sent_file = f"sqlite:///{tmp / 'soak.db'}", tmp / "watch.log", tmp / "alerts.jsonl"
        feeds = [f"/soak{f}.rss" for f in range(args.feeds)]
        for path in feeds:
            server.feed(path, [])
        moved = {path: server.mirror(path, "/moved" + path) for path in feeds}  # where a 301 sends a client
        path = tmp / "sources.yaml"
        path.write_text(yaml.safe_dump({
            "defaults": {"interval": "2s", "timeout": "1s", "max_bytes": "1MB"},
            "sources": [{"name": f"feed {f}", "url": server.url + p, "kind": "feed"} for f, p in enumerate(feeds)],
            "alerts": [{"name": "hook", "when": {"level": "any"},
                        "deliver": {"webhook": hook.url, "secret_env": "SOAK_SECRET", "retry": "0.5s", "timeout": 2}},
                       {"name": "file", "when": {"level": "any"}, "deliver": {"jsonl": str(sent_file)}}]}))
        env = os.environ | {"SKYTRUCE_DATABASE_URL": db_url, "SOAK_SECRET": "soak-secret"}

        def start(*extra) -> subprocess.Popen:
            return subprocess.Popen([sys.executable, "-m", "skytruce.cli", "watch", str(path), "--log", str(log), *extra],
                                    env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        published, kills, terms, faults, mending = {}, 0, 0, Counter(), {}
        watcher = start()
        deadline = time.monotonic() + args.minutes * 60
        next_kill = time.monotonic() + rng.uniform(20, 60)
        while time.monotonic() < deadline:
            time.sleep(rng.uniform(0.3, 1.0))
            feed = rng.choice(feeds)
            item = report(len(published), rng)
            server.publish(feed, item)
            published[item.guid] = feed
            if rng.random() < 0.15:  # a fault for a few seconds
                fault, broken = rng.choice(FAULTS), rng.choice(feeds)
                server.cue(broken, fault, moved[broken] if fault.startswith("redirect") else None)
                mending[broken] = time.monotonic() + rng.uniform(2, 12)
                faults[fault] += 1
            for broken, when in list(mending.items()):
                if time.monotonic() > when:
                    server.cue(broken, "ok")
                    del mending[broken]
            if time.monotonic() > next_kill:
                if rng.random() < 0.25:
                    watcher.send_signal(signal.SIGTERM)
                    terms += 1
                    assert watcher.wait(timeout=60) == 0, "SIGTERM must exit 0"
                else:
                    watcher.send_signal(signal.SIGKILL)
                    watcher.wait(timeout=10)
                    kills += 1
                watcher = start()
                next_kill = time.monotonic() + rng.uniform(20, 60)
        for feed in feeds:
            server.cue(feed, "ok")
        ledger = Ledger(db_url)

        def stored() -> Counter:
            with ledger.engine.connect() as conn:
                return Counter(location.rsplit("/", 1)[-1] for location in conn.scalars(select(documents.c.location)))

        settle = time.monotonic() + 180
        while time.monotonic() < settle and (set(published) - set(stored())
                                             or WatchStore(ledger).count_alerts().get("pending")):
            time.sleep(2)
        watcher.send_signal(signal.SIGTERM)
        assert watcher.wait(timeout=60) == 0
        counts = stored()
        missing = sorted(set(published) - set(counts))
        twice = sorted(g for g, n in counts.items() if n > 1)
        store = WatchStore(ledger)
        alerts = store.list_alerts(limit=1_000_000)
        lines = [json.loads(line)["key"] for line in sent_file.read_text().splitlines()] if sent_file.exists() else []
        answered = [r["key"] for r in hook.received if r["status"] == 200]
        status = Counter(a["status"] for a in alerts)
        print(f"soak: {args.minutes:g} min, {len(published)} items published over {args.feeds} feeds, faults cued "
              f"{dict(faults)}, watcher killed {kills} times and stopped {terms} times")
        print(f"  items stored once: {sum(1 for g in published if counts.get(g) == 1)}, missing {len(missing)}, "
              f"stored twice {len(twice)}; unfinished grouping: {ledger.unfinished_grouping()[0] or 'none'}")
        print(f"  alerts: {dict(status)}; JSONL lines {len(lines)}, distinct {len(set(lines))}; webhook accepted "
              f"{len(set(answered))} keys, repeats of an accepted key {len(answered) - len(set(answered))}")
        ok = (not missing and not twice and len(lines) == len(set(lines))
              and set(lines) == {a["key"] for a in alerts if a["rule"] == "file" and a["status"] == "delivered"}
              and set(hook.accepted) == {a["key"] for a in alerts if a["rule"] == "hook" and a["status"] == "delivered"})
        print("  verdict:", "nothing lost, nothing stored or sent twice" if ok else "FAILED", flush=True)
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
