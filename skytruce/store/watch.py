"""The watcher's tables: polled sources with their HTTP validators, backoff and leases; the
alerts outbox; and each alert rule's place in the event history.

Leases let several watchers share one PostgreSQL ledger: a watcher takes due sources (and
due alerts) with `SELECT ... FOR UPDATE SKIP LOCKED`, so no two take the same row, and a
lease that is not released (its watcher died) expires. On SQLite the same statements run
inside `BEGIN IMMEDIATE`, one writer at a time.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Iterator

from sqlalchemy import func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from skytruce.store.ledger import Ledger, _utc_now
from skytruce.store.schema import alerts, event_history, events, watch_cursors, watch_sources


class WatchStore:
    def __init__(self, ledger: Ledger):
        self.ledger, self.engine = ledger, ledger.engine

    @contextmanager
    def _tx(self) -> Iterator:
        """A short transaction: row locks do the sharing on PostgreSQL; SQLite takes its
        single write lock at once."""
        if self.engine.dialect.name == "sqlite":
            with self.ledger.writing() as conn:
                yield conn
        else:
            with self.engine.begin() as conn:
                yield conn

    def _insert_ignoring_duplicates(self, table):
        dialect = {"sqlite": sqlite, "postgresql": postgresql}.get(self.engine.dialect.name)
        if dialect is None:
            raise NotImplementedError(f"the watcher supports SQLite and PostgreSQL, not {self.engine.dialect.name}")
        return dialect.insert(table).on_conflict_do_nothing()

    # -- sources ------------------------------------------------------------------------

    def sync_sources(self, sources) -> None:
        """Make the table match the sources file: new names are due at once, changed URLs
        start afresh (no validators), intervals and claimants follow the file."""
        now = _utc_now()
        with self._tx() as conn:
            known = {r.name: r for r in conn.execute(select(watch_sources.c.name, watch_sources.c.url))}
            for s in sources:
                values = {"url": s.url, "kind": s.kind or "auto", "interval_seconds": s.interval, "claimant": s.claimant}
                if s.name not in known:
                    conn.execute(self._insert_ignoring_duplicates(watch_sources).values(
                        name=s.name, next_poll_at=now, error_streak=0, **values))
                    continue
                if known[s.name].url != s.url:
                    values |= {"etag": None, "last_modified": None, "moved_to": None, "next_poll_at": now,
                               "error_streak": 0}
                conn.execute(update(watch_sources).where(watch_sources.c.name == s.name).values(**values))

    def lease_sources(self, owner: str, names: list[str], limit: int, seconds: float, everything: bool = False
                      ) -> list[dict]:
        """Take up to `limit` of the named sources that are due (all of them with
        `everything`) and that nobody holds, for `seconds`."""
        now = _utc_now()
        free = or_(watch_sources.c.lease_owner.is_(None), watch_sources.c.lease_expires_at < now)
        due = watch_sources.c.name.in_(names) & free
        if not everything:
            due &= watch_sources.c.next_poll_at <= now
        with self._tx() as conn:
            ids = conn.scalars(select(watch_sources.c.id).where(due).order_by(watch_sources.c.next_poll_at)
                               .limit(limit).with_for_update(skip_locked=True)).all()
            if not ids:
                return []
            conn.execute(update(watch_sources).where(watch_sources.c.id.in_(ids))
                         .values(lease_owner=owner, lease_expires_at=now + timedelta(seconds=seconds)))
            return [dict(r._mapping) for r in conn.execute(select(watch_sources).where(watch_sources.c.id.in_(ids))
                                                           .order_by(watch_sources.c.next_poll_at))]

    def finish_source(self, source_id: int, owner: str, **values) -> bool:
        """Record a poll's outcome and release the lease; False when the lease was lost
        (it expired and another watcher took the source)."""
        with self._tx() as conn:
            done = conn.execute(update(watch_sources).where((watch_sources.c.id == source_id)
                                                            & (watch_sources.c.lease_owner == owner))
                                .values(lease_owner=None, lease_expires_at=None, **values))
            return done.rowcount == 1

    def release(self, owner: str) -> None:
        """Give back every lease `owner` holds (a watcher stopping)."""
        with self._tx() as conn:
            for table in (watch_sources, alerts):
                conn.execute(update(table).where(table.c.lease_owner == owner)
                             .values(lease_owner=None, lease_expires_at=None))

    def lease_owners(self) -> set[str]:
        with self.engine.connect() as conn:
            return {o for table in (watch_sources, alerts)
                    for o in conn.scalars(select(table.c.lease_owner).distinct().where(table.c.lease_owner.is_not(None)))}

    def sources_status(self) -> list[dict]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(watch_sources).order_by(watch_sources.c.name))]

    def next_due(self, names: list[str]) -> datetime | None:
        """When the next of the named sources, or the next alert retry, is due."""
        with self.engine.connect() as conn:
            source = conn.scalar(select(func.min(watch_sources.c.next_poll_at)).where(watch_sources.c.name.in_(names)))
            retry = conn.scalar(select(func.min(alerts.c.next_attempt_at)).where(alerts.c.status == "pending"))
        return min((t for t in (source, retry) if t is not None), default=None)

    # -- the history the alert rules read -----------------------------------------------

    def cursor(self, name: str) -> int:
        """Where `name` has read the event history to; a new reader starts at its end, so a
        rule alerts on what changes after it was first run, not on the whole past."""
        with self._tx() as conn:
            position = conn.scalar(select(watch_cursors.c.position).where(watch_cursors.c.name == name))
            if position is None:
                position = conn.scalar(select(func.coalesce(func.max(event_history.c.id), 0)))
                conn.execute(self._insert_ignoring_duplicates(watch_cursors).values(name=name, position=position))
            return position

    def history_since(self, position: int, limit: int = 500) -> list[dict]:
        """History rows after `position`, each with its event's current payload (None when
        the event has since gone)."""
        query = (select(event_history.c.id, event_history.c.event_id, event_history.c.previous_grade,
                        event_history.c.at, events.c.payload)
                 .join(events, events.c.id == event_history.c.event_id, isouter=True)
                 .where(event_history.c.id > position).order_by(event_history.c.id).limit(limit))
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def event_payload(self, event_id: str | None) -> dict | None:
        with self.engine.connect() as conn:
            return conn.scalar(select(events.c.payload).where(events.c.id == event_id)) if event_id else None

    def incidents_of(self, wave_id: str) -> list[dict]:
        with self.engine.connect() as conn:
            return [r.payload for r in conn.execute(select(events.c.payload).where(events.c.wave_id == wave_id))]

    def queue_alerts(self, name: str, position: int, rows: list[dict]) -> int:
        """Put alerts in the outbox (a key already there is left alone: one alert per rule,
        event and grade) and move the reader `name` to `position`, in one transaction.
        Returns how many were new."""
        now = _utc_now()
        added = 0
        with self._tx() as conn:
            for row in rows:
                done = conn.execute(self._insert_ignoring_duplicates(alerts).values(
                    created_at=now, status="pending", attempts=0, next_attempt_at=now, **row))
                added += done.rowcount
            conn.execute(update(watch_cursors).where((watch_cursors.c.name == name) & (watch_cursors.c.position < position))
                         .values(position=position))
        return added

    def changes_since(self, position: int, limit: int = 200) -> list[dict]:
        """What the live dashboard shows: history rows after `position`, with the event."""
        return [{"id": r["id"], "event_id": r["event_id"], "at": r["at"], "previous_grade": r["previous_grade"],
                 "event": r["payload"]} for r in self.history_since(position, limit)]

    def last_change(self) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(select(func.coalesce(func.max(event_history.c.id), 0)))

    # -- the outbox ---------------------------------------------------------------------

    def lease_alerts(self, owner: str, rules: list[str], limit: int, seconds: float) -> list[dict]:
        now = _utc_now()
        due = ((alerts.c.status == "pending") & (alerts.c.next_attempt_at <= now) & alerts.c.rule.in_(rules)
               & or_(alerts.c.lease_owner.is_(None), alerts.c.lease_expires_at < now))
        with self._tx() as conn:
            ids = conn.scalars(select(alerts.c.id).where(due).order_by(alerts.c.id).limit(limit)
                               .with_for_update(skip_locked=True)).all()
            if not ids:
                return []
            conn.execute(update(alerts).where(alerts.c.id.in_(ids))
                         .values(lease_owner=owner, lease_expires_at=now + timedelta(seconds=seconds)))
            return [dict(r._mapping) for r in conn.execute(select(alerts).where(alerts.c.id.in_(ids)).order_by(alerts.c.id))]

    def finish_alert(self, alert_id: int, owner: str, **values) -> None:
        with self._tx() as conn:
            conn.execute(update(alerts).where((alerts.c.id == alert_id) & (alerts.c.lease_owner == owner))
                         .values(lease_owner=None, lease_expires_at=None, **values))

    def list_alerts(self, limit: int = 200, status: str | None = None) -> list[dict]:
        query = select(alerts).order_by(alerts.c.id.desc()).limit(limit)
        if status:
            query = query.where(alerts.c.status == status)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def count_alerts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return dict(conn.execute(select(alerts.c.status, func.count()).group_by(alerts.c.status)).all())


__all__ = ["WatchStore"]
