"""Several watchers on one PostgreSQL ledger share the sources through row leases (FOR
UPDATE SKIP LOCKED): no source is fetched by two, nothing is stored or sent twice, and a
dead watcher's leases lapse. Skipped where no PostgreSQL server is configured."""

import json
import os
import random
import threading
import time

import pytest
import yaml
from sqlalchemy import func, select, text

from skytruce.app import Skytruce
from skytruce.store import Ledger
from skytruce.store.schema import documents
from skytruce.store.watch import WatchStore
from skytruce.watch import Watcher, load
from skytruce.watch.logs import JsonLog
from tests.watch.feed_server import FeedServer
from tests.watch.test_process import _items

POSTGRES_URL = os.environ.get("SKYTRUCE_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="SKYTRUCE_TEST_POSTGRES_URL is not set (no PostgreSQL server)")


@pytest.fixture
def pg_url() -> str:
    ledger = Ledger(POSTGRES_URL)
    with ledger.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    ledger.upgrade()
    ledger.engine.dispose()
    return POSTGRES_URL


def test_two_watchers_share_the_sources_and_send_each_alert_once(pg_url, tmp_path):
    with FeedServer(delay=0.03) as server:
        sources = [{"name": f"feed {f}", "url": server.feed(f"/f{f}.rss", _items(f, 3)), "kind": "feed"}
                   for f in range(20)]
        rule = {"name": "file", "when": {"level": "any", "min_grade": "weak"}, "deliver": {"jsonl": str(tmp_path / "a.jsonl")}}
        path = tmp_path / "sources.yaml"
        path.write_text(yaml.safe_dump({"sources": sources, "alerts": [rule]}))
        watchers = [Watcher(Skytruce(Ledger(pg_url)), load(path), owner=f"watcher-{n}", workers=2,
                            log=JsonLog(open(os.devnull, "w")), rng=random.Random(n)) for n in range(2)]
        threads = [threading.Thread(target=w.run, kwargs={"once": True}) for w in watchers]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert all(len(server.asked(f"/f{f}.rss")) == 1 for f in range(20))  # each source fetched by one watcher, once
        assert sum(w.totals.polls for w in watchers) == 20 and all(w.totals.polls > 0 for w in watchers)
        ledger = Ledger(pg_url)
        with ledger.engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(documents)) == 60
            assert conn.scalar(select(func.count(func.distinct(documents.c.location)))) == 60
        assert ledger.unfinished_grouping() == ([], [])
        sent = WatchStore(ledger).list_alerts(limit=1000)
        lines = [json.loads(line)["key"] for line in (tmp_path / "a.jsonl").read_text().splitlines()]
        assert sent and all(a["status"] == "delivered" for a in sent)
        assert sorted(lines) == sorted(a["key"] for a in sent)  # once each, whichever watcher sent it


def test_a_dead_watchers_leases_lapse_after_their_time(pg_url, tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": [{"name": f"s{n}", "url": f"https://feeds.example/{n}.rss"}
                                                for n in range(5)]}))
    config = load(path)
    store = WatchStore(Ledger(pg_url))
    store.sync_sources(config.sources)
    names = [s.name for s in config.sources]
    held = store.lease_sources("other-host:4242", names, 10, seconds=1.0)  # then that host went dark
    assert len(held) == 5
    assert store.lease_sources("here:1", names, 10, seconds=60) == []
    time.sleep(1.2)
    assert {r["name"] for r in store.lease_sources("here:1", names, 10, seconds=60)} == set(names)
    assert all(r["lease_owner"] == "here:1" for r in store.sources_status())
