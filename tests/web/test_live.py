"""The dashboard follows the ledger live: an event the watcher learns appears without a
reload, and the alerts page lists what was sent. In a real browser (Debian's chromium)."""

import os

import pytest
import yaml

from skytruce.api import create_app
from skytruce.app import Skytruce
from skytruce.store import Ledger
from skytruce.watch import Watcher, load
from skytruce.watch.logs import JsonLog
from tests.conftest import SAMPLES
from tests.watch.feed_server import FeedServer, Item
from tests.web.conftest import ARTIFACTS, CHROMIUM, serving

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")


def test_an_event_the_watcher_learns_appears_on_the_open_dashboard(tmp_path, page):
    ledger = Ledger.open(f"sqlite:///{tmp_path / 'live.db'}")
    Skytruce(ledger).ingest([str(SAMPLES / "odesa-night-drones.txt")])
    with FeedServer() as feeds, serving(create_app(ledger)) as url:
        page.goto(url + "/?live=0.3")
        page.wait_for_selector("body[data-ready=yes]")
        before = page.locator("#events tbody tr").count()
        feed = feeds.feed("/air.rss", [Item("chernihiv", "Drones over <Chernihiv>", "Ukraine's air force said Russia "
                                            "launched 30 Shahed drones at Chernihiv overnight. <script>alert(1)</script>",
                                            "Wed, 05 Mar 2025 06:00:00 +0000")])
        path = tmp_path / "sources.yaml"
        path.write_text(yaml.safe_dump({"sources": [{"name": "air", "url": feed, "kind": "feed"}], "alerts": [
            {"name": "drones", "when": {"weapon": "drone", "min_grade": "weak"},
             "deliver": {"jsonl": str(tmp_path / "alerts.jsonl")}}]}))
        Watcher(Skytruce(ledger), load(path), owner="live-test", log=JsonLog(open(os.devnull, "w"))).run(once=True)
        [wave] = [e for e in ledger.list_events(level="wave") if e["end"] == "2025-03-05"]
        row = page.wait_for_selector(f"#events tbody tr.live[data-event='{wave['id']}']", timeout=15_000)
        assert "Shahed-136/131 30" in row.inner_text()
        assert page.locator("#events tbody tr").count() == before + 1
        assert page.locator("#live").inner_text().startswith("live · ")
        page.screenshot(path=str(ARTIFACTS / "dashboard-live.png"))
        page.goto(url + "/alerts")
        alerts = page.locator("#alerts tbody tr.delivered")
        assert alerts.count() >= 1 and wave["id"] in page.locator("#alerts").inner_text()
        assert "air" in page.locator("#sources").inner_text()
        page.screenshot(path=str(ARTIFACTS / "alerts.png"))
        page.goto(url + f"/events/{wave['id']}")
        assert page.dialogs == []  # the report's markup is shown as text, never run
