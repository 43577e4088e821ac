"""The watcher end to end on loopback: new items stored once, 304s, errors and backoff,
revisions that regrade an event, and alerts delivered once."""

import json
import sys
import time

from sqlalchemy import func, select

from skytruce.store.schema import documents
from skytruce.store.watch import WatchStore
from tests.watch.feed_server import Item

NIGHT = [
    Item("sumy-1", "Drones over Sumy", "Ukraine's air force said Russia launched 12 Shahed drones at Sumy overnight.",
         "Sat, 01 Mar 2025 06:00:00 +0000"),
    Item("kharkiv-1", "Missiles at Kharkiv", "Russia fired two Iskander-M missiles at Kharkiv on Saturday morning, "
         "the Kharkiv regional administration said.", "Sat, 01 Mar 2025 09:00:00 +0000"),
]
LATER = Item("odesa-1", "Odesa port hit", "Russia launched 20 Shahed drones at Odesa overnight, the Odesa regional "
             "administration said on Sunday.", "Sun, 02 Mar 2025 07:00:00 +0000")


def _page(figure: int) -> bytes:
    return f"""<html><head><title>Night attack on Odesa</title>
<link rel="canonical" href="https://news.example/odesa-night"></head><body><article><h1>Night attack on Odesa</h1>
<p>Russia launched {figure} Shahed drones at Odesa overnight, the Odesa regional administration said on Sunday, 2 March 2025.</p>
<p>Emergency crews worked through the morning in the port district.</p></article></body></html>""".encode()


def _count_documents(ledger) -> int:
    with ledger.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(documents))


def test_new_items_are_stored_once_and_an_unchanged_feed_is_a_304(server, sources_file, watcher, ledger):
    url = server.feed("/air.rss", NIGHT)
    path = sources_file([{"name": "air", "url": url, "kind": "feed", "interval": "0.05s"}])
    first = watcher(path)
    totals = first.run(once=True)
    assert totals.documents == 2 and totals.claims >= 2
    [line] = first.logs.of("fetch")
    assert line["status"] == 200 and line["items"] == 2 and line["documents"] == 2 and line["ms"] >= 0
    time.sleep(0.1)
    second = watcher(path)
    assert second.run(once=True).not_modified == 1
    assert second.logs.of("fetch")[0]["status"] == 304
    server.publish("/air.rss", LATER)
    server.cue("/air.rss", "repeat")  # the feed repeats two of its items as well
    time.sleep(0.1)
    third = watcher(path)
    assert third.run(once=True).documents == 1
    assert _count_documents(ledger) == 3
    [status] = WatchStore(ledger).sources_status()
    assert status["last_status"] == "200 new content" and status["error_streak"] == 0 and status["etag"]


def test_errors_back_off_and_a_good_poll_resets_the_streak(server, sources_file, watcher, ledger):
    url = server.feed("/flaky.rss", NIGHT)
    server.cue("/flaky.rss", "malformed")
    path = sources_file([{"name": "flaky", "url": url, "kind": "feed", "interval": "0.05s"}])
    broken = watcher(path)
    assert broken.run(once=True).errors == 1
    [line] = broken.logs.of("fetch")
    assert "malformed feed" in line["error"] and line["error_streak"] == 1 and line["retry_in_s"] >= 0
    server.cue("/flaky.rss", "error500")
    time.sleep(0.12)
    down = watcher(path)
    down.run(once=True)
    [status] = WatchStore(ledger).sources_status()
    assert status["error_streak"] == 2 and status["last_error"] == "HTTP 500" and status["etag"] is None
    server.cue("/flaky.rss", "ok")
    time.sleep(0.25)
    assert watcher(path).run(once=True).documents == 2
    [status] = WatchStore(ledger).sources_status()
    assert status["error_streak"] == 0 and status["last_error"] is None


def test_a_hanging_source_does_not_hold_up_the_others(server, sources_file, watcher):
    slow = server.feed("/slow.rss", NIGHT)
    server.cue("/slow.rss", "hang")
    quick = server.feed("/quick.rss", [LATER])
    path = sources_file([{"name": "slow", "url": slow, "kind": "feed", "timeout": "0.5s"},
                         {"name": "quick", "url": quick, "kind": "feed"}])
    w = watcher(path)
    totals = w.run(once=True)
    assert totals.documents == 1 and totals.errors == 1
    assert "timed out" in [r for r in w.logs.of("fetch") if r["source"] == "slow"][0]["error"]


def test_a_changed_page_is_a_revision_that_regrades_its_event(server, sources_file, watcher, ledger):
    page = server.page("/odesa", _page(45))
    feed = server.feed("/air.rss", [Item("odesa-af", "Odesa night", "Ukraine's air force said Russia launched 45 "
                                         "Shahed drones at Odesa overnight.", "Sun, 02 Mar 2025 06:00:00 +0000")])
    path = sources_file([{"name": "odesa page", "url": page, "kind": "page", "interval": "0.05s"},
                         {"name": "air", "url": feed, "kind": "feed", "interval": "0.05s"}])
    watcher(path).run(once=True)
    [incident] = [e for e in ledger.list_events(level="incident") if e["place"] == "Odesa"]
    assert incident["grade"] == "one-sided"
    server.page("/odesa", _page(54))
    time.sleep(0.1)
    totals = watcher(path).run(once=True)
    assert totals.revisions == 1 and totals.documents == 1
    event = ledger.event(incident["id"])
    assert event["grade"] == "contested"
    assert [h["changes"] for h in event["history"]][-1] == ["regraded from one-sided to contested"]
    [chain] = event["revisions"]
    assert [r["revision"] for r in chain] == [1, 2] and chain[0]["superseded_at"] is not None
    assert chain[1]["changes"] == ["Shahed-136/131 launched (Odesa Regional Military Administration) corrected from 45 to 54"]
    assert all(c["document_id"] == chain[1]["id"] for c in event["claims"] if "regional" in c["payload"]["sentence"])
    assert len(ledger.list_claims(limit=100)) == 3  # the old revision's claim is kept, marked superseded
    assert sum(1 for c in ledger.list_claims(limit=100) if c["superseded_at"]) == 1


def test_a_webhook_that_fails_twice_gets_each_alert_once_signed(server, receiver, sources_file, watcher, ledger):
    url = server.feed("/air.rss", NIGHT)
    rule = {"name": "Russian strikes", "when": {"party": "RU", "min_grade": "weak"},
            "deliver": {"webhook": receiver.url, "secret_env": "HOOK_SECRET", "retry": "0.05s", "timeout": 2}}
    path = sources_file([{"name": "air", "url": url, "kind": "feed", "interval": "0.05s"}], [rule])
    for _ in range(8):
        w = watcher(path)
        w.run(once=True)
        if WatchStore(ledger).count_alerts().get("pending", 0) == 0:
            break
        time.sleep(0.12)
    alerts = WatchStore(ledger).list_alerts()
    assert alerts and all(a["status"] == "delivered" for a in alerts)
    assert set(receiver.accepted) == {a["key"] for a in alerts}
    assert all(r["signed"] for r in receiver.received)
    assert [r["status"] for r in receiver.received[:3]] == [500, 500, 200]
    assert sum(a["attempts"] for a in alerts) == len(alerts) + 2
    body = next(iter(receiver.accepted.values()))
    assert body["rule"] == "Russian strikes" and body["event"]["attacker"] == "RU" and body["why"] == "new event"
    server.publish("/air.rss", Item("relay", "Relay", "Ukraine's air force said Russia launched 12 Shahed drones at "
                                    "Sumy overnight, a wire service reported.", "Sat, 01 Mar 2025 07:00:00 +0000"))
    before = len(receiver.received)
    time.sleep(0.1)
    watcher(path).run(once=True)
    assert len(receiver.received) == before  # same events, same grades: nothing new to say


def test_alerts_to_a_file_and_to_a_command(server, sources_file, watcher, ledger, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    url = server.feed("/air.rss", NIGHT)
    script = tmp_path / "notify.py"
    script.write_text("import os, sys\nopen('notified.txt', 'a').write(os.environ['SKYTRUCE_ALERT_KEY'] + ' ' "
                      "+ str(len(sys.stdin.read())) + '\\n')\n")
    rules = [{"name": "to file", "when": {"min_grade": "weak"}, "deliver": {"jsonl": "alerts.jsonl"}},
             {"name": "to command", "when": {"min_grade": "weak"}, "deliver": {"command": [sys.executable, str(script)]}}]
    path = sources_file([{"name": "air", "url": url, "kind": "feed"}], rules)
    watcher(path).run(once=True)
    lines = [json.loads(line) for line in (tmp_path / "alerts.jsonl").read_text().splitlines()]
    notified = (tmp_path / "notified.txt").read_text().split()
    assert lines and {line["rule"] for line in lines} == {"to file"}
    assert len(notified) == 2 * len(lines) and all(int(n) > 50 for n in notified[1::2])
    assert WatchStore(ledger).count_alerts() == {"delivered": 2 * len(lines)}


def test_a_ceasefire_rule_fires_on_events_inside_the_truce(server, sources_file, watcher, ledger, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    ledger.add_ceasefires([{"name": "March drone truce", "parties": ["RU", "UA"], "start": "2025-02-28",
                            "end": "2025-03-05", "status": "proposed", "scope": ["drones"], "countries": [],
                            "regions": [], "area": None, "targets": [], "combine": "and", "zone": "Europe/Kyiv",
                            "start_time": None, "end_time": None, "band": None, "proposed_by": None,
                            "proposal_claim_id": None, "notes": None, "source": None}])
    url = server.feed("/air.rss", NIGHT)
    rules = [{"name": "truce", "when": {"ceasefire": "any", "level": "any"}, "deliver": {"jsonl": "truce.jsonl"}},
             {"name": "other truce", "when": {"ceasefire": "Easter truce"}, "deliver": {"jsonl": "other.jsonl"}}]
    watcher(sources_file([{"name": "air", "url": url, "kind": "feed"}], rules)).run(once=True)
    sent = [json.loads(line) for line in (tmp_path / "truce.jsonl").read_text().splitlines()]
    assert sent and all(s["ceasefire"]["name"] == "March drone truce" for s in sent)
    assert {s["ceasefire"]["position"] for s in sent} <= {"inside", "across an edge"}
    incidents = {w["category"] for s in sent if s["event"]["level"] == "incident" for w in s["event"]["weapons"]}
    assert incidents == {"drone"}  # the missile strike on Kharkiv is outside a drone truce
    assert {s["event"]["level"] for s in sent} == {"wave", "incident"}
    assert not (tmp_path / "other.jsonl").exists()


def test_an_empty_feed_is_no_error_and_its_first_items_arrive_later(server, sources_file, watcher, ledger):
    url = server.feed("/new.rss", [])
    path = sources_file([{"name": "new", "url": url, "kind": "feed", "interval": "0.05s"}])
    assert watcher(path).run(once=True).errors == 0
    server.publish("/new.rss", LATER)
    time.sleep(0.1)
    assert watcher(path).run(once=True).documents == 1
