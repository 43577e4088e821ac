"""The watcher: poll due sources, store what is new, queue and deliver alerts; again.

Crash-safe by order of writes. A poll's documents are stored (one transaction) before the
source's validators and schedule are: a watcher killed in between fetches the same body
again and finds it all stored. Events are regrouped after the claims are stored; a
watcher killed in between finishes the regrouping when it starts again
(`Skytruce.recover`). Alerts are queued in the outbox in the same transaction that moves
the rule's place in the event history, and each is marked delivered after its target
answered.

SIGTERM and SIGINT let the item at hand finish, give back the leases, and exit 0.
"""

from __future__ import annotations

import os
import random
import signal
import socket
import threading
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import datetime, timedelta

from skytruce.app import Skytruce
from skytruce.ceasefire import build
from skytruce.errors import SkytruceError
from skytruce.store.ledger import _utc_now
from skytruce.store.watch import WatchStore
from skytruce.watch import items as polled
from skytruce.watch.alerts import alert_key, match, message
from skytruce.watch.config import Rule, Source, WatchConfig
from skytruce.watch.delivery import DeliveryFailed, Sender
from skytruce.watch.http import Fetched, Fetcher, backoff
from skytruce.watch.logs import JsonLog


@dataclass
class Totals:
    """What a watcher did, for its last log line and for tests."""

    polls: int = 0
    not_modified: int = 0
    errors: int = 0
    documents: int = 0
    revisions: int = 0
    claims: int = 0
    alerts_queued: int = 0
    alerts_delivered: int = 0
    alerts_failed: int = 0


class Watcher:
    def __init__(self, app: Skytruce, config: WatchConfig, owner: str | None = None, workers: int = 4,
                 lease_seconds: float = 300.0, log: JsonLog | None = None, rng: random.Random | None = None,
                 max_wait: float = 5.0):
        self.app, self.config = app, config
        self.store = WatchStore(app.ledger)
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}"
        self.workers, self.lease_seconds, self.max_wait = workers, lease_seconds, max_wait
        self.log = log or JsonLog(owner=self.owner)
        self.rng = rng or random.Random()
        self.sources: dict[str, Source] = {s.name: s for s in config.sources}
        self.rules: dict[str, Rule] = {r.name: r for r in config.rules}
        self.stop = threading.Event()
        self.totals = Totals()
        self._unsorted: tuple[list, set[str]] = ([], set())  # stored claims and superseded wave keys not yet regrouped
        self.fetcher, self.sender = Fetcher(), Sender()
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch")

    def handle_signals(self) -> None:
        """SIGTERM and SIGINT ask for a clean stop (the item at hand finishes)."""
        def stop(signum, _frame):
            self.log("stopping", signal=signal.Signals(signum).name)
            self.stop.set()
        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)

    def run(self, once: bool = False) -> Totals:
        """Poll and alert until stopped (or one pass over the due sources with `once`)."""
        self.start(once)
        try:
            while not self.stop.is_set():
                self.cycle()
                if once:
                    break
                self.stop.wait(self._pause())
        finally:
            self.close()
        return self.totals

    def start(self, once: bool = False) -> None:
        """Bring the ledger's table of sources in line with the file, take back dead
        watchers' leases, finish a killed writer's regrouping, and start each new rule's
        reading of the event history from now."""
        self.store.sync_sources(self.config.sources)
        self._reclaim()
        rebuilt = self.app.recover()
        if rebuilt:
            self.log("recovered", events_rebuilt=rebuilt)
        for rule in self.rules:
            self.store.cursor(rule)
        self.log("started", sources=len(self.sources), rules=len(self.rules), once=once)

    def cycle(self) -> None:
        """One pass: poll what is due, then queue and send alerts."""
        self.poll_due()
        self.alert()

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.store.release(self.owner)
        self.fetcher.close()
        self.sender.close()
        self.log("stopped", **vars(self.totals))

    def _reclaim(self) -> None:
        """Give back at once the leases of watchers on this host that are no longer running
        (killed, not stopped); those of other hosts lapse when their time is up."""
        host = socket.gethostname()
        for owner in self.store.lease_owners():
            name, _, pid = owner.rpartition(":")
            if owner == self.owner or (name == host and pid.isdigit() and not _alive(int(pid))):
                self.store.release(owner)
                self.log("reclaimed", owner=owner)

    def _pause(self) -> float:
        due = self.store.next_due(list(self.sources))
        if due is None:
            return self.max_wait
        return min(self.max_wait, max(0.05, (due - _utc_now()).total_seconds()))

    # -- polling ------------------------------------------------------------------------

    def poll_due(self) -> int:
        """Poll every source that is due once (fetches in parallel, storing one at a time)."""
        left, done = set(self.sources), 0
        while left and not self.stop.is_set():
            leased = self.store.lease_sources(self.owner, sorted(left), self.workers * 2, self.lease_seconds)
            if not leased:
                break
            left -= {row["name"] for row in leased}
            futures: dict[Future, dict] = {self.pool.submit(self._fetch, row): row for row in leased}
            finished = set()
            try:
                for future in as_completed(futures):
                    if self.stop.is_set():
                        break
                    row = futures[future]
                    self._store(row, future.result())
                    finished.add(row["id"])
                    done += 1
            finally:
                self._regroup()
            for future, row in futures.items():
                if row["id"] not in finished:  # stopping: hand it back untouched, to be polled again
                    future.cancel()
                    self.store.finish_source(row["id"], self.owner)
        return done

    def _regroup(self) -> None:
        """Regroup once the waves a batch of polls touched (a wave many feeds report on is
        rebuilt once, not once per feed). Killed before this, a watcher does it on restart."""
        records, keys = self._unsorted
        self._unsorted = ([], set())
        if records or keys:
            self.app.update_events(records, also=keys)

    def _fetch(self, row: dict) -> Fetched:
        return self.fetcher.fetch(self.sources[row["name"]], row["moved_to"] or row["url"], row["etag"],
                                  row["last_modified"])

    def _store(self, row: dict, fetched: Fetched) -> None:
        source, now = self.sources[row["name"]], _utc_now()
        self.totals.polls += 1
        fields = {"source": source.name, "url": fetched.url, "status": fetched.status,
                  "ms": round(fetched.seconds * 1000, 1), "bytes": len(fetched.body) if fetched.body is not None else None}
        error, found = fetched.error, None
        if fetched.changed:
            try:
                found = self._ingest(source, fetched)
            except SkytruceError as exc:
                error = str(exc)
        if error:
            streak = row["error_streak"] + 1
            wait = backoff(streak, source.interval, self.rng, fetched.retry_after)
            self.totals.errors += 1
            self.store.finish_source(row["id"], self.owner, last_fetch_at=now, last_status=_status(fetched, error),
                                     error_streak=streak, last_error=error[:2000], next_poll_at=now + timedelta(seconds=wait))
            self.log("fetch", **fields, error=error, error_streak=streak, retry_in_s=round(wait, 1))
            return
        if not fetched.changed:
            self.totals.not_modified += 1
        values = {"last_fetch_at": now, "last_status": _status(fetched, None), "error_streak": 0, "last_error": None,
                  "etag": fetched.etag, "last_modified": fetched.last_modified,
                  "next_poll_at": now + timedelta(seconds=source.interval * self.rng.uniform(0.9, 1.1))}
        if fetched.moved_to:
            values["moved_to"] = fetched.moved_to
        if found and (found["documents"] or found["claims"]):
            values["last_new_at"] = now
        self.store.finish_source(row["id"], self.owner, **values)
        self.log("fetch", **fields, **(found or {}), moved_to=fetched.moved_to)

    def _ingest(self, source: Source, fetched: Fetched) -> dict:
        """Store the new documents of a body; what was seen and added, for the log."""
        found = polled.read(source, fetched)
        hashes = [h for d in found.documents for h in (d.raw_sha256, d.text_sha256)]
        fresh = polled.only_new(found, self.app.ledger.known_hashes(hashes) if hashes else set())
        polled.extract(fresh, source.claimant)
        result = self.app.store(fresh.documents, fresh.tallies, regroup=False) if fresh.documents or fresh.tallies else None
        if result:
            self._unsorted[0].extend(result.new_records)
            self._unsorted[1].update(result.superseded_keys)
        added = result.documents_added if result else 0
        revised = len(result.revised) if result else 0
        claims = result.claims_added if result else 0
        self.totals.documents += added
        self.totals.revisions += revised
        self.totals.claims += claims
        return {"items": found.seen, "documents": added, "revisions": revised, "claims": claims,
                "rejected_rows": found.rejected_rows or None}

    # -- alerts -------------------------------------------------------------------------

    def alert(self) -> None:
        """Queue what each rule fires on since it last read the event history, then send
        what is due."""
        if not self.rules:
            return
        truces = [build(d, d["name"]) for d in self.app.ledger.list_ceasefires()]
        for rule in self.rules.values():
            position = self.store.cursor(rule.name)
            while not self.stop.is_set():
                rows = self.store.history_since(position)
                if not rows:
                    break
                queued = {}
                for row in rows:
                    event = row["payload"]
                    if event is None:
                        continue
                    key = alert_key(rule.name, event["id"], event["grade"])
                    if key in queued:
                        continue
                    wave = event if event["level"] == "wave" else self.store.event_payload(event["wave_id"])
                    incidents = self.store.incidents_of(wave["id"]) if rule.ceasefire and wave else []
                    fires, truce = match(rule, event, wave, incidents, truces)
                    if fires:
                        queued[key] = {"key": key, "rule": rule.name, "event_id": event["id"], "grade": event["grade"],
                                       "target": rule.deliver.target,
                                       "payload": message(rule, event, row["previous_grade"], row["at"], truce)}
                position = rows[-1]["id"]
                self.totals.alerts_queued += self.store.queue_alerts(rule.name, position, list(queued.values()))
        self.deliver()

    def deliver(self) -> None:
        while not self.stop.is_set():
            batch = self.store.lease_alerts(self.owner, list(self.rules), 20, self.lease_seconds)
            if not batch:
                return
            for alert in batch:
                if self.stop.is_set():
                    return  # the rest go back with the leases
                self._send(alert)

    def _send(self, alert: dict) -> None:
        delivery = self.rules[alert["rule"]].deliver
        attempts, now = alert["attempts"] + 1, _utc_now()
        fields = {"rule": alert["rule"], "event_id": alert["event_id"], "grade": alert["grade"], "key": alert["key"],
                  "target": alert["target"], "attempt": attempts}
        try:
            answer = self.sender.send(delivery, alert["key"], alert["payload"])
        except DeliveryFailed as exc:
            final = exc.permanent or attempts >= delivery.max_attempts
            wait = backoff(attempts, delivery.retry_seconds, self.rng)
            self.store.finish_alert(alert["id"], self.owner, attempts=attempts, last_error=str(exc)[:2000],
                                    status="failed" if final else "pending",
                                    next_attempt_at=now + timedelta(seconds=0 if final else wait))
            self.totals.alerts_failed += final
            self.log("alert", **fields, delivered=False, error=str(exc), retry_in_s=None if final else round(wait, 2),
                     gave_up=final or None)
            return
        self.store.finish_alert(alert["id"], self.owner, attempts=attempts, status="delivered", delivered_at=now,
                                last_error=None)
        self.totals.alerts_delivered += 1
        self.log("alert", **fields, delivered=True, answer=answer)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _status(fetched: Fetched, error: str | None) -> str:
    if error and fetched.status in (200, 304):
        return "unreadable"
    if fetched.status is None:
        return "error"
    return {200: "200 new content", 304: "304 not modified"}.get(fetched.status, f"HTTP {fetched.status}")


def next_poll_text(when: datetime | None, now: datetime) -> str:
    """'in 4m 10s', 'due now' — for `skytruce sources status`."""
    if when is None:
        return ""
    seconds = int((when - now).total_seconds())
    if seconds <= 0:
        return "due now"
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return "in " + (f"{hours}h {minutes}m" if hours else f"{minutes}m {secs}s" if minutes else f"{secs}s")
