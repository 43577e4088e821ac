"""The watcher as a process: SIGTERM stops it cleanly; SIGKILL at any moment, then a
restart, loses nothing, stores nothing twice and sends no alert twice."""

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest
import yaml
from sqlalchemy import func, select

from skytruce.app import Skytruce
from skytruce.store import Ledger
from skytruce.store.schema import documents
from skytruce.store.watch import WatchStore
from skytruce.watch import Watcher, load
from skytruce.watch.logs import JsonLog
from tests.watch.feed_server import Item, WebhookReceiver

PLACES = ["Sumy", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Mykolaiv", "Poltava", "Chernihiv"]


def _items(feed: int, n: int) -> list[Item]:
    return [Item(f"f{feed}-{i}", f"Night {i} over {PLACES[(feed + i) % len(PLACES)]}",
                 f"Ukraine's air force said Russia launched {10 + i + feed} Shahed drones at "
                 f"{PLACES[(feed + i) % len(PLACES)]} overnight.", f"{['Sat', 'Sun', 'Mon'][i % 3]}, 0{1 + i % 3} Mar 2025 "
                 "06:00:00 +0000") for i in range(n)]


STARTED: list[subprocess.Popen] = []


@pytest.fixture(autouse=True)
def no_watcher_left_behind():
    """A failing test must not leave a watcher running."""
    yield
    while STARTED:
        process = STARTED.pop()
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def _start(path, db_url, log, *extra) -> subprocess.Popen:
    env = os.environ | {"SKYTRUCE_DATABASE_URL": db_url, "HOOK_SECRET": "s3cret"}
    STARTED.append(subprocess.Popen([sys.executable, "-m", "skytruce.cli", "watch", str(path), "--log", str(log), *extra],
                                    env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
    return STARTED[-1]


def _lines(log) -> list[dict]:
    return [json.loads(line) for line in log.read_text().splitlines() if line.endswith("}")] if log.exists() else []


def _wait_for(condition, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def _write(tmp_path, server, feeds: int, per_feed: int, alerts=()) -> object:
    sources = [{"name": f"feed {f}", "url": server.feed(f"/f{f}.rss", _items(f, per_feed)), "kind": "feed",
                "interval": "1h"} for f in range(feeds)]
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": sources, "alerts": list(alerts)}))
    return path


def _count(db_url: str) -> int:
    if not os.path.exists(db_url.removeprefix("sqlite:///")):
        return 0
    with Ledger(db_url).engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(documents)) if conn.dialect.has_table(conn, "documents") else 0


def _events(ledger: Ledger) -> list[tuple]:
    return sorted((e["id"], e["grade"], len(e["claim_ids"])) for e in ledger.list_events(limit=10_000))


def test_sigterm_finishes_the_item_at_hand_and_exits_0(server, tmp_path):
    path = _write(tmp_path, server, feeds=2, per_feed=3)
    log = tmp_path / "watch.log"
    process = _start(path, f"sqlite:///{tmp_path / 'term.db'}", log)
    _wait_for(lambda: len([r for r in _lines(log) if r["kind"] == "fetch"]) == 2)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=20) == 0
    kinds = [r["kind"] for r in _lines(log)]
    assert kinds[-2:] == ["stopping", "stopped"]
    assert not any(s["lease_owner"] for s in WatchStore(Ledger.open(f"sqlite:///{tmp_path / 'term.db'}")).sources_status())


def test_killed_mid_ingest_then_restarted_nothing_is_lost_or_stored_twice(server, tmp_path, ledger):
    path = _write(tmp_path, server, feeds=8, per_feed=20)  # enough that a kill lands with work under way
    total = 8 * 20
    db_url = f"sqlite:///{tmp_path / 'killed.db'}"
    log = tmp_path / "watch.log"
    rng = random.Random(15)
    stored_when_killed = []
    for _ in range(3):  # killed three times, each time once it has stored more than before
        stored = _count(db_url)
        if stored >= total:
            break
        process = _start(path, db_url, log)
        _wait_for(lambda: _count(db_url) > stored, seconds=120)
        time.sleep(rng.uniform(0.0, 0.01))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        stored_when_killed.append(_count(db_url))
    assert any(0 < n < total for n in stored_when_killed), stored_when_killed  # it was killed with work under way
    final = _start(path, db_url, log, "--once")
    assert final.wait(timeout=120) == 0, final.stderr.read().decode()[-2000:]
    crashed = Ledger.open(db_url)
    with crashed.engine.connect() as conn:
        distinct = conn.scalar(select(func.count(func.distinct(documents.c.location))))
    assert _count(db_url) == distinct == total
    assert crashed.unfinished_grouping() == ([], [])
    clean = Watcher(Skytruce(ledger), load(path), owner="clean", log=JsonLog(open(os.devnull, "w")))
    clean.run(once=True)
    assert _events(crashed) == _events(ledger)  # the same events as a run that was never killed


def test_killed_mid_alert_then_restarted_each_alert_is_delivered_once(tmp_path, server):
    with WebhookReceiver("s3cret", failures=0, delay=0.15) as receiver:
        rules = [{"name": "hook", "when": {"level": "any", "min_grade": "weak"},
                  "deliver": {"webhook": receiver.url, "secret_env": "HOOK_SECRET", "retry": "0.1s"}},
                 {"name": "file", "when": {"level": "any", "min_grade": "weak"},
                  "deliver": {"jsonl": str(tmp_path / "alerts.jsonl")}}]
        path = _write(tmp_path, server, feeds=3, per_feed=4, alerts=rules)
        db_url = f"sqlite:///{tmp_path / 'alerts.db'}"
        log = tmp_path / "watch.log"
        process = _start(path, db_url, log)
        _wait_for(lambda: len(receiver.accepted) >= 3)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        final = _start(path, db_url, log, "--once")
        assert final.wait(timeout=120) == 0, final.stderr.read().decode()[-2000:]
        store = WatchStore(Ledger.open(db_url))
        sent = store.list_alerts(limit=1000)
        assert sent and all(a["status"] == "delivered" for a in sent)
        hook = {a["key"] for a in sent if a["rule"] == "hook"}
        assert set(receiver.accepted) == hook
        answered = [r["key"] for r in receiver.received if r["status"] == 200]
        repeats = len(answered) - len(set(answered))
        assert repeats <= 1  # at most the one in flight when it was killed, and that one carries its key
        lines = [json.loads(line) for line in (tmp_path / "alerts.jsonl").read_text().splitlines()]
        assert sorted(line["key"] for line in lines) == sorted(a["key"] for a in sent if a["rule"] == "file")
