"""Ledger: transactional writes and filtered reads of documents, claims and sources.

Every write runs in one transaction: an ingest or import lands whole or not at all.
Re-ingesting identical input is a no-op, detected by sha256 of raw bytes and of text,
and for claims by a fingerprint of their content.
"""

from __future__ import annotations

import hashlib
import json
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

import orjson
from sqlalchemy import (
    Engine,
    Text,
    bindparam,
    cast,
    create_engine,
    delete,
    func,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy import event as sa_event
from sqlalchemy.exc import DBAPIError

from skytruce.config import database_url
from skytruce.model import Claim, ClaimRecord, Document
from skytruce.reference import source_registry
from skytruce.store import revisions
from skytruce.store.bulk import insert_many
from skytruce.store.schema import (
    api_tokens,
    ceasefires,
    claim_places,
    claim_weapons,
    claims,
    documents,
    event_claims,
    event_weapons,
    events,
    sources,
    spans,
)

ALEMBIC_INI = Path(__file__).with_name("alembic.ini")
MIGRATIONS = Path(__file__).with_name("migrations") / "versions"
REGROUPED_AT = "0007"  # the latest migration after which every claim is regrouped (events with hours and targets)
# Connections kept open for reuse: as many as a server answers requests at once, so that none
# is opened (a PostgreSQL backend started, a SQLite page cache begun empty) per request.
POOL = {"pool_size": 16, "max_overflow": 32}
INSERT_BATCH = 2000  # claims written per statement: bounds the memory a long document's claims take


@dataclass
class _ClaimWriter:
    """What a write does with each batch of new claims besides storing them."""

    stored: Callable[[list[ClaimRecord]], None]  # given their records
    key_of: Callable[[Claim], tuple[str | None, str]] | None  # their wave key and scope, written with them


@dataclass
class IngestResult:
    """What one write did: documents and claims added, and inputs already present."""

    documents_added: int = 0
    documents_unchanged: int = 0
    claims_added: int = 0
    claims_unchanged: int = 0
    claims_withdrawn: int = 0  # claims a report read again no longer gives (kept, marked superseded)
    document_ids: list[int] = field(default_factory=list)
    claim_ids: list[int] = field(default_factory=list)  # the claims this write added
    new_records: list[ClaimRecord] = field(default_factory=list)  # the same, with their provenance
    wave_keys: set[str] = field(default_factory=set)  # the waves they were keyed to, where keyed as written
    revised: list[int] = field(default_factory=list)  # added documents that are a new revision of a URL's text
    superseded_keys: list[str] = field(default_factory=list)  # wave keys of the claims those revisions replaced


def _json_text(value) -> str:
    """A JSON column's text (orjson: claims, events and their history are written and read
    several times faster than with the standard library)."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


def _utc_now() -> datetime:
    """Now in UTC, naive: the columns are plain DateTime on every backend."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def claim_fingerprint(claim: Claim, scope: str) -> str:
    """Content hash of a claim within `scope` (a document's text hash or a tally row key)."""
    payload = json.dumps(claim.to_dict(), sort_keys=True, default=str)
    return hashlib.sha256(f"{scope}\n{payload}".encode()).hexdigest()


def _attack_filters(query, id_column, attacker_column, start_column, end_column, weapons, weapons_owner,
                    attacker: str | None, weapon: str | None, since: date | None, until: date | None,
                    longest: int | None = None):
    """The filters claims and events share: attacking party, weapon (model or category),
    and a date window the attack overlaps. `longest` (the longest window stored, in days)
    bounds the end too, so an index on the end date is read only where it can overlap."""
    if attacker:
        query = query.where(attacker_column == attacker.upper())
    if weapon:  # EXISTS: the listing walks its index in order and stops at the page's end
        query = query.where(select(weapons_owner).where(
            (weapons_owner == id_column) & ((weapons.c.model == weapon) | (weapons.c.category == weapon))).exists())
    if since:
        query = query.where(end_column >= since)
    if until:
        query = query.where(start_column <= until)
        if longest is not None:
            query = query.where(end_column <= until + timedelta(days=longest))
    return query


def _longest(conn, name: str) -> int | None:
    """The longest window a claim or an event has had, in days (None on a ledger without
    the record: then nothing is bounded)."""
    return conn.scalar(select(spans.c.days).where(spans.c.name == name))


def _widen(conn, name: str, windows: Iterable[tuple[date | None, date | None]]) -> None:
    """Record the longest of these windows if it is longer than any stored before (a ledger
    written before that record was kept has no table for it, and is left alone)."""
    if "spans" not in conn.info:
        conn.info["spans"] = inspect(conn).has_table("spans")
    if conn.info["spans"]:
        days = max(((end - start).days for start, end in windows if start and end), default=0)
        conn.execute(update(spans).where((spans.c.name == name) & (spans.c.days < days)).values(days=days))


def _claim_order(filters: dict) -> list:
    """Claims latest attack first (undated last), or one document's in the order of its text.
    Latest first is the order of the date indexes walked backwards (SQLite) or forwards
    (PostgreSQL's are built newest first), so a page reads about as many index entries as it
    shows, however wide the window."""
    if filters.get("document_id") is not None:
        return [claims.c.id]
    return [claims.c.time_end.desc().nulls_last(), claims.c.time_start.desc().nulls_last(), claims.c.id.desc()]


def _timeline_day(event: dict) -> date | None:
    """The day an event's weapon totals count on the timeline: a wave's end, when its dates
    are precise (an incident's figures are part of its wave's)."""
    if event["level"] != "wave" or event["low_precision"] or not event["end"]:
        return None
    return date.fromisoformat(event["end"])


def head_revision() -> str:
    """The newest migration's revision id: migrations are numbered in order (0001_initial.py
    is revision 0001), so the highest number is the head."""
    return max(p.name.split("_", 1)[0] for p in MIGRATIONS.glob("[0-9]*_*.py"))


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses no committed transaction's integrity
    cursor.execute("PRAGMA cache_size=-65536")  # 64 MB page cache per connection
    # No memory map: each connection would map up to 256 MB of the file into the process (a
    # server's threads, an ingest that reads back what it wrote), while the system's file cache
    # serves the same pages to every connection as fast.
    cursor.execute("PRAGMA mmap_size=0")
    cursor.close()


class Ledger:
    """One ledger database. `Ledger.open()` brings its schema up to date first."""

    def __init__(self, url: str | None = None):
        self.url = url or database_url()
        self.regroup = False
        self.engine: Engine = create_engine(self.url, json_serializer=_json_text, json_deserializer=orjson.loads,
                                            **POOL)
        if self.engine.dialect.name == "sqlite":
            sa_event.listen(self.engine, "connect", _sqlite_pragmas)

    @classmethod
    def open(cls, url: str | None = None) -> "Ledger":
        ledger = cls(url)
        ledger.upgrade()
        return ledger

    @contextmanager
    def writing(self) -> Iterator:
        """One write transaction, taken at once so concurrent writers queue rather than
        fail: BEGIN IMMEDIATE on SQLite, a transaction-scoped advisory lock on PostgreSQL.
        Commits on success, rolls back on any error."""
        with self.engine.connect() as conn:
            if self.engine.dialect.name == "sqlite":
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            elif self.engine.dialect.name == "postgresql":
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(740788)")
            try:
                yield conn
            except BaseException:
                conn.rollback()
                raise
            conn.commit()

    # -- schema -------------------------------------------------------------------------

    def _alembic_config(self, connection):
        from alembic.config import Config
        cfg = Config(str(ALEMBIC_INI))
        cfg.attributes["connection"] = connection
        return cfg

    def current_revision(self) -> str | None:
        """The schema revision the database is at; None before the first upgrade."""
        try:
            with self.engine.connect() as conn:
                return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        except DBAPIError:  # no alembic_version table: a new ledger
            return None

    def upgrade(self) -> str:
        """Apply pending migrations (a no-op when up to date); returns the head revision.
        Sets `regroup` when the upgrade crossed a revision that changed the grain of events:
        the library then regroups every claim once (skytruce.app.Skytruce). A ledger already
        at the head is told by one query, without loading Alembic."""
        if self.current_revision() == head_revision():
            self.sync_sources()
            return head_revision()
        from alembic import command
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory
        with self.engine.begin() as conn:
            cfg = self._alembic_config(conn)
            head = ScriptDirectory.from_config(cfg).get_current_head()
            current = MigrationContext.configure(conn).get_current_revision()
            if current != head:
                command.upgrade(cfg, "head")
                self.regroup = current is not None and current < REGROUPED_AT
        self.engine.dispose()  # connections forget what they knew of the old schema
        self.sync_sources()
        return head

    def sync_sources(self) -> None:
        """Copy the bundled source registry into the ledger (new names only); writes only
        when there is a new name."""
        with self.engine.connect() as conn:
            if {s.name for s in source_registry()} <= set(conn.scalars(select(sources.c.name))):
                return
        with self.writing() as conn:
            known = set(conn.scalars(select(sources.c.name)))
            rows = [
                {"name": s.name, "party": s.party, "type": s.type, "affiliation": s.affiliation,
                 "aliases": list(s.aliases)}
                for s in source_registry() if s.name not in known
            ]
            if rows:
                conn.execute(insert(sources), rows)

    # -- writes -------------------------------------------------------------------------

    def add(self, docs: Iterable[Document] = (), tallies: Iterable[tuple[Document, list[tuple[str, Claim]]]] = (),
            stored: Callable[[list[ClaimRecord]], None] | None = None,
            key_of: Callable[[Claim], tuple[str | None, str]] | None = None, conn=None) -> IngestResult:
        """Store documents (with their claims) and tallies (with keyed row claims) in one
        transaction. Known documents are skipped; tally rows already stored are skipped, so
        an updated dataset adds only its new rows. The new claims' records are handed to
        `stored` a batch at a time where given (so that a large write need not hold them
        all), else kept in the result's `new_records`. `key_of` gives each new claim's wave
        key and scope, written with it (else they are left for the caller to record). In
        the caller's write transaction `conn` where given (from `writing()`)."""
        result = IngestResult()
        write = _ClaimWriter(stored or result.new_records.extend, key_of)
        with (nullcontext(conn) if conn is not None else self.writing()) as conn:
            for doc in docs:
                doc_id = conn.scalar(select(documents.c.id).where(
                    (documents.c.raw_sha256 == doc.raw_sha256) | (documents.c.text_sha256 == doc.text_sha256)).limit(1))
                result.document_ids.append(doc_id or self._insert_document(conn, doc))
                if doc_id is not None:
                    result.documents_unchanged += 1
                    continue
                result.documents_added += 1
                previous, gone = revisions.supersede(conn, result.document_ids[-1], doc, _utc_now())
                if previous is not None:
                    result.revised.append(result.document_ids[-1])
                    result.superseded_keys.extend(k for k in gone if k not in result.superseded_keys)
                keyed = ((claim_fingerprint(c, doc.text_sha256), c) for c in doc.claims)
                self._insert_claims(conn, result.document_ids[-1], keyed, result, doc, write)
            for doc, keyed in tallies:
                doc_id = conn.scalar(select(documents.c.id).where(documents.c.raw_sha256 == doc.raw_sha256))
                result.document_ids.append(doc_id or self._insert_document(conn, doc))
                if doc_id is None:
                    result.documents_added += 1
                else:
                    result.documents_unchanged += 1
                self._insert_claims(conn, result.document_ids[-1], keyed, result, doc, write)
        return result

    def current_documents(self, conn) -> Iterator[tuple[int, Document]]:
        """Every report's current revision (tallies aside) with its id, oldest first, one at
        a time (in the caller's transaction `conn`)."""
        ids = conn.scalars(select(documents.c.id).where(documents.c.superseded_at.is_(None)
                                                        & (documents.c.kind != "tally_csv")).order_by(documents.c.id)).all()
        for doc_id in ids:
            row = conn.execute(select(documents).where(documents.c.id == doc_id)).one()
            yield doc_id, Document(row.location, row.kind, row.text, row.raw_sha256, row.text_sha256, row.title,
                                   row.publisher, row.author, row.published, row.language)

    def reread(self, conn, doc_id: int, doc: Document, result: IngestResult,
               stored: Callable[[list[ClaimRecord]], None] | None = None,
               key_of: Callable[[Claim], tuple[str | None, str]] | None = None) -> None:
        """Make `doc.claims`, the stored document `doc_id` read again, its claims: those it
        no longer gives are withdrawn (kept, marked superseded; their waves are left in the
        result's `superseded_keys` to regroup), those withdrawn before and given again come
        back, new ones are added (as `add` adds them)."""
        keyed = [(claim_fingerprint(c, doc.text_sha256), c) for c in doc.claims]
        given = {fp for fp, _ in keyed}
        rows = conn.execute(select(claims.c.id, claims.c.fingerprint, claims.c.event_key, claims.c.superseded_at)
                            .where(claims.c.document_id == doc_id)).all()
        gone = [r for r in rows if r.superseded_at is None and r.fingerprint not in given]
        back = [r for r in rows if r.superseded_at is not None and r.fingerprint in given]
        for changed, when in ((gone, _utc_now()), (back, None)):
            if changed:
                conn.execute(update(claims).where(claims.c.id.in_([r.id for r in changed])).values(superseded_at=when))
        result.superseded_keys.extend(sorted({r.event_key for r in gone + back if r.event_key} - set(result.superseded_keys)))
        result.claims_withdrawn += len(gone)
        self._insert_claims(conn, doc_id, keyed, result, doc, _ClaimWriter(stored or result.new_records.extend, key_of))

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these sha256s (of raw bytes or of text) a stored document already has:
        a watcher skips those before extracting anything."""
        wanted, found = list(set(hashes)), set()
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                for raw, text in conn.execute(select(documents.c.raw_sha256, documents.c.text_sha256).where(
                        documents.c.raw_sha256.in_(chunk) | documents.c.text_sha256.in_(chunk))):
                    found.update((raw, text))
        return found & set(wanted)

    @staticmethod
    def _insert_document(conn, doc: Document) -> int:
        return conn.execute(insert(documents).values(
            location=doc.location, kind=doc.kind, title=doc.title, publisher=doc.publisher,
            author=doc.author, published=doc.published, language=doc.language, text=doc.text,
            raw_sha256=doc.raw_sha256, text_sha256=doc.text_sha256, ingested_at=_utc_now(),
        )).inserted_primary_key[0]

    def _insert_claims(self, conn, doc_id: int, keyed: Iterable[tuple[str, Claim]], result: IngestResult,
                       doc: Document, write: "_ClaimWriter") -> None:
        """Insert the claims not stored yet, a batch at a time (a long document's claims are
        never all in memory)."""
        keyed, seen = iter(keyed), set()
        while batch := list(islice(keyed, INSERT_BATCH)):
            fingerprints = [fp for fp, _ in batch]
            for i in range(0, len(fingerprints), 500):
                seen.update(conn.scalars(select(claims.c.fingerprint).where(claims.c.fingerprint.in_(fingerprints[i:i + 500]))))
            fresh = []
            for fp, claim in batch:
                if fp not in seen:
                    seen.add(fp)
                    fresh.append((fp, claim))
            result.claims_unchanged += len(batch) - len(fresh)
            result.claims_added += len(fresh)
            if fresh:
                self._insert_fresh(conn, doc_id, fresh, result, doc, write)

    @staticmethod
    def _insert_fresh(conn, doc_id: int, fresh: list[tuple[str, Claim]], result: IngestResult, doc: Document,
                      write: "_ClaimWriter") -> None:
        keys = [write.key_of(c) for _, c in fresh] if write.key_of else []
        result.wave_keys.update(key for key, _ in keys if key)
        claim_rows = [{
            "document_id": doc_id, "fingerprint": fp, "kind": c.kind,
            "span_start": c.span[0], "span_end": c.span[1], "sentence": c.sentence,
            "claimant_name": c.claimant.name if c.claimant else None,
            "claimant_party": c.claimant.party if c.claimant else None,
            "claimant_type": c.claimant.type if c.claimant else None,
            "reporter": c.claimant.reporter if c.claimant else None,
            "attacker": c.attacker, "time_start": c.time.start, "time_end": c.time.end,
            "time_precision": c.time.precision, "killed": c.killed, "injured": c.injured,
            "verification_status": c.verification.status, "payload": c.to_dict(),
        } for fp, c in fresh]
        for row, (key, level) in zip(claim_rows, keys):
            row.update(event_key=key, scope=level)
        # RETURNING in no particular order, matched back by fingerprint (unique): an ordered RETURNING
        # would make SQLite insert one row per statement.
        found = dict(conn.execute(insert(claims).returning(claims.c.fingerprint, claims.c.id), claim_rows).all())
        ids = [found[fp] for fp, _ in fresh]
        _widen(conn, "claims", ((c.time.start, c.time.end) for _, c in fresh))
        result.claim_ids.extend(ids)
        write.stored([ClaimRecord(cid, c, doc_id, doc.kind, doc.publisher, doc.published, doc.location)
                      for cid, (_, c) in zip(ids, fresh)])
        weapon_rows = [{"claim_id": cid, "model": w.model, "category": w.category, "launched": w.launched,
                        "destroyed": w.destroyed, "qualifier": w.qualifier} for cid, (_, c) in zip(ids, fresh) for w in c.weapons]
        place_rows = [{"claim_id": cid, "name": p.name, "role": p.role, "country": p.country, "lat": p.lat,
                       "lon": p.lon, "precision": p.precision} for cid, (_, c) in zip(ids, fresh) for p in c.places]
        insert_many(conn, claim_weapons, weapon_rows)
        insert_many(conn, claim_places, place_rows)

    # -- reads --------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {t.name: conn.scalar(select(func.count()).select_from(t))
                    for t in (documents, claims, claim_weapons, claim_places, sources)}

    def list_documents(self, kind: str | None = None, since: date | None = None, until: date | None = None,
                       limit: int | None = 100) -> list[dict]:
        """Documents in the order they came, with how many claims each holds; all when
        `limit` is None."""
        n_claims = select(func.count()).where(claims.c.document_id == documents.c.id).scalar_subquery()
        query = self._documents_query([documents.c.id, documents.c.kind, documents.c.title, documents.c.publisher,
                                       documents.c.published, documents.c.location, n_claims.label("claims")],
                                      kind, since, until).order_by(documents.c.id)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query.limit(limit))]

    @staticmethod
    def _documents_query(columns, kind: str | None = None, since: date | None = None, until: date | None = None):
        query = select(*columns).select_from(documents)
        if kind:
            query = query.where(documents.c.kind == kind)
        if since:
            query = query.where(documents.c.published >= since)
        if until:
            query = query.where(documents.c.published <= until)
        return query

    def count_documents(self, **filters) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(self._documents_query([func.count()], **filters))

    def document(self, doc_id: int) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.id == doc_id)).first()
            return dict(row._mapping) if row else None

    @staticmethod
    def _claims_query(conn, columns, attacker: str | None = None, claimant: str | None = None,
                      model: str | None = None, since: date | None = None, until: date | None = None,
                      document_id: int | None = None):
        query = _attack_filters(select(*columns).select_from(claims), claims.c.id, claims.c.attacker,
                                claims.c.time_start, claims.c.time_end, claim_weapons, claim_weapons.c.claim_id,
                                attacker, model, since, until, _longest(conn, "claims") if until else None)
        if claimant:
            query = query.where(claims.c.claimant_name.ilike(f"%{claimant}%"))
        if document_id is not None:
            query = query.where(claims.c.document_id == document_id)
        return query

    _CLAIM_COLUMNS = (claims.c.id, claims.c.document_id, claims.c.claimant_name, claims.c.attacker, claims.c.time_start,
                      claims.c.time_end, claims.c.verification_status, claims.c.scope, claims.c.superseded_at,
                      claims.c.payload)

    def list_claims(self, limit: int = 100, **filters) -> list[dict]:
        """Claims, the latest attack first (undated claims last), or one document's in the
        order of its text; filters: attacker, claimant (part of the name), model (or
        category), since, until, document_id."""
        return list(self.stream_claims(limit, **filters))

    def stream_claims(self, limit: int | None = None, **filters) -> Iterator[dict]:
        """The claims `list_claims` gives, all when `limit` is None, read a batch at a time."""
        with self.engine.connect() as conn:
            query = self._claims_query(conn, self._CLAIM_COLUMNS, **filters).order_by(*_claim_order(filters)).limit(limit)
            for row in conn.execute(query, execution_options={"yield_per": 1000}):
                yield dict(row._mapping)

    def list_claims_json(self, limit: int = 100, **filters) -> list[tuple[int, int, str | None, str]]:
        """The page `list_claims` gives, each claim as (id, document_id, scope, its JSON as
        stored): a page served as it is read is never decoded and encoded again."""
        columns = [claims.c.id, claims.c.document_id, claims.c.scope, cast(claims.c.payload, Text)]
        with self.engine.connect() as conn:
            query = self._claims_query(conn, columns, **filters).order_by(*_claim_order(filters)).limit(limit)
            return [tuple(row) for row in conn.execute(query)]

    def count_claims(self, **filters) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(self._claims_query(conn, [func.count()], **filters))

    def list_sources(self) -> list[dict]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(sources).order_by(sources.c.name))]

    # -- events -------------------------------------------------------------------------

    def _records(self, conn, condition) -> Iterator[ClaimRecord]:
        query = (select(claims.c.id, claims.c.payload, claims.c.document_id, documents.c.kind, documents.c.publisher,
                        documents.c.published, documents.c.location)
                 .join(documents, documents.c.id == claims.c.document_id)
                 .where(condition & claims.c.superseded_at.is_(None)).order_by(claims.c.id))
        for r in conn.execute(query, execution_options={"yield_per": 2000}):  # on this statement only: `conn` may be a writer
            yield ClaimRecord(r.id, Claim.from_dict(r.payload), r.document_id, r.kind, r.publisher, r.published,
                              r.location)

    def _reading(self, conn):
        """The caller's connection (inside `writing()`: it sees that transaction's own
        writes), else a new one."""
        return nullcontext(conn) if conn is not None else self.engine.connect()

    def claim_records(self, claim_ids: Iterable[int] | None = None, event_keys: Iterable[str] | None = None,
                      known: dict[int, ClaimRecord] | None = None, conn=None) -> list[ClaimRecord]:
        """Claims with their provenance, by id or by event key (all when neither is given).
        Records in `known` are reused rather than read again."""
        known = known or {}
        with self._reading(conn) as conn:
            if claim_ids is None and event_keys is None:
                return list(self._records(conn, claims.c.id.is_not(None)))
            ids = list(claim_ids or [])
            keys = list(event_keys or [])
            for i in range(0, len(keys), 500):
                ids += conn.scalars(select(claims.c.id).where(claims.c.event_key.in_(keys[i:i + 500]))).all()
            wanted = sorted(set(ids) - set(known))
            out = [known[i] for i in sorted(set(ids) & set(known))]
            for i in range(0, len(wanted), 500):
                out += self._records(conn, claims.c.id.in_(wanted[i:i + 500]))
        return out

    def unfinished_grouping(self) -> tuple[list[str], list[ClaimRecord]]:
        """What a writer stopped between storing claims and regrouping their waves left:
        the keys of waves whose claims are superseded or were keyed but never placed in an
        event, and the current claims never keyed at all."""
        placed = select(event_claims.c.claim_id)
        with self.engine.connect() as conn:
            stale = conn.scalars(select(claims.c.event_key).distinct().where(
                claims.c.event_key.is_not(None) & (
                    (claims.c.superseded_at.is_not(None) & claims.c.id.in_(placed))
                    | (claims.c.superseded_at.is_(None) & claims.c.id.not_in(placed))))).all()
            never = list(self._records(conn, claims.c.scope.is_(None)))
        return sorted(stale), never

    def each_claim_record(self, conn=None) -> Iterator[ClaimRecord]:
        """Every claim with its provenance, read a batch at a time."""
        with self._reading(conn) as conn:
            yield from self._records(conn, claims.c.id.is_not(None))

    def tally_records(self, start: date, end: date, conn=None) -> list[ClaimRecord]:
        """Tally rows whose attack ended within [start, end] (for cross-checks)."""
        with self._reading(conn) as conn:
            return list(self._records(conn, (documents.c.kind == "tally_csv") & (claims.c.time_end >= start)
                                      & (claims.c.time_end <= end)))

    def replace_events(self, keys: dict[int, str | None], scopes: dict[int, str], built: list[dict],
                       waves: list[str] | None, conn=None) -> None:
        """Record each claim's wave key and scope, and replace the waves `waves` (ids; every
        event when None) and their incidents by `built`, in one transaction (the caller's
        `conn` from `writing()`, or a new one): an event is always consistent with its claims.
        Each event that is new or changed gets a row in its history."""
        now = _utc_now()
        with (nullcontext(conn) if conn is not None else self.writing()) as conn:
            if keys:
                conn.execute(update(claims).where(claims.c.id == bindparam("cid"))
                             .values(event_key=bindparam("key"), scope=bindparam("scope")),
                             [{"cid": cid, "key": key, "scope": scopes.get(cid)} for cid, key in keys.items()])
            before = {}
            if waves is None:
                before = revisions.previous_states(conn, events.c.id.is_not(None))
                for table in (event_weapons, event_claims, events):
                    conn.execute(delete(table))
            for i in range(0, len(waves or []), 500):
                chunk = waves[i:i + 500]
                gone = select(events.c.id).where(events.c.id.in_(chunk) | events.c.wave_id.in_(chunk))
                before |= revisions.previous_states(conn, events.c.id.in_(gone))
                conn.execute(delete(event_weapons).where(event_weapons.c.event_id.in_(gone)))
                conn.execute(delete(event_claims).where(event_claims.c.event_id.in_(gone)))
                conn.execute(delete(events).where(events.c.id.in_(chunk) | events.c.wave_id.in_(chunk)))
            if not built:
                return
            digests = [revisions.digest(e) for e in built]
            insert_many(conn, events, [{
                "id": e["id"], "key": e["key"], "level": e["level"], "wave_id": e["wave_id"], "scope": e["scope"],
                "attacker": e["attacker"], "target_country": e["target_country"],
                "start": date.fromisoformat(e["start"]) if e["start"] else None,
                "end": date.fromisoformat(e["end"]) if e["end"] else None, "precision": e["precision"],
                "low_precision": e["low_precision"], "grade": e["grade"], "place": e["place"], "lat": e["lat"],
                "lon": e["lon"], "n_claims": len(e["claim_ids"]), "n_sources": len(e["sources"]), "payload": e,
                "digest": d,
            } for e, d in zip(built, digests)])
            _widen(conn, "events", ((date.fromisoformat(e["start"]), date.fromisoformat(e["end"]))
                                    for e in built if e["start"] and e["end"]))
            insert_many(conn, event_claims, [{"event_id": e["id"], "claim_id": cid} for e in built for cid in e["claim_ids"]])
            weapon_rows = [{"event_id": e["id"], "model": w["model"], "category": w["category"],
                            "launched": w["launched"], "destroyed": w["destroyed"], "attacker": e["attacker"],
                            "timeline_day": _timeline_day(e)}
                           for e in built for w in e["totals"]]
            insert_many(conn, event_weapons, weapon_rows)
            revisions.record_history(conn, before, built, digests, now)

    @staticmethod
    def _events_query(conn, columns, grade: str | None = None, party: str | None = None, weapon: str | None = None,
                      since: date | None = None, until: date | None = None,
                      bbox: tuple[float, float, float, float] | None = None, level: str | None = None,
                      wave_id: str | None = None):
        """Events matching the filters every listing, count and export shares."""
        query = select(*columns)
        if bbox is not None:
            query = query.where(events.c.lon.between(bbox[0], bbox[2]) & events.c.lat.between(bbox[1], bbox[3]))
        if grade:
            query = query.where(events.c.grade == grade)
        if level:
            query = query.where(events.c.level == level)
        if wave_id:
            query = query.where(events.c.wave_id == wave_id)
        return _attack_filters(query, events.c.id, events.c.attacker, events.c.start, events.c.end, event_weapons,
                               event_weapons.c.event_id, party, weapon, since, until,
                               _longest(conn, "events") if until else None)

    def _event_page(self, conn, payload, limit: int, offset: int, after: tuple[date | None, str] | None, filters):
        """(end, id, payload) of one page of a listing, latest first."""
        query = self._events_query(conn, [events.c.end, events.c.id, payload], **filters) \
            .order_by(events.c.end.desc(), events.c.id)
        if after is not None:
            end, last_id = after
            query = query.where((events.c.end <= end) & ((events.c.end < end) | (events.c.id > last_id))) \
                if end is not None else query.where(events.c.end.is_(None) & (events.c.id > last_id))
        return conn.execute(query.limit(limit).offset(offset)).all()

    def list_events(self, limit: int = 100, offset: int = 0, after: tuple[date | None, str] | None = None,
                    **filters) -> list[dict]:
        """Events (waves and incidents, or one `level`), latest first. `after` (end, id)
        continues a listing (cursor paging); filters: grade, party, weapon, since, until,
        `bbox` (min_lon, min_lat, max_lon, max_lat), level, and `wave_id` for one wave's
        incidents."""
        with self.engine.connect() as conn:
            return [payload for _, _, payload in self._event_page(conn, events.c.payload, limit, offset, after, filters)]

    def list_events_json(self, limit: int = 100, after: tuple[date | None, str] | None = None,
                         **filters) -> list[tuple[date | None, str, str]]:
        """The page `list_events` gives, each event as (end, id, its JSON as stored): a page
        served as it is read is never decoded and encoded again."""
        with self.engine.connect() as conn:
            return [tuple(row) for row in self._event_page(conn, cast(events.c.payload, Text), limit, 0, after, filters)]

    def stream_events(self, limit: int | None = None, **filters) -> Iterator[dict]:
        """Every event the filters match (or the first `limit`), latest first, read a batch
        at a time: an export of a million events holds a batch in memory, not a million."""
        with self.engine.connect() as conn:
            query = self._events_query(conn, [events.c.payload], **filters).order_by(events.c.end.desc(), events.c.id)
            for row in conn.execute(query.limit(limit), execution_options={"yield_per": 1000}):
                yield row.payload

    def count_events(self, **filters) -> int:
        """How many events the filters match."""
        with self.engine.connect() as conn:
            return conn.scalar(self._events_query(conn, [func.count()], **filters).select_from(events))

    def event(self, event_id: str) -> dict | None:
        """An event with each of its claims, their sentences and documents; a wave with its
        incidents, an incident with its wave."""
        with self.engine.connect() as conn:
            payload = conn.scalar(select(events.c.payload).where(events.c.id == event_id))
            if payload is None:
                return None
            rows = conn.execute(
                select(claims.c.id, claims.c.payload, claims.c.scope, documents.c.id.label("document_id"),
                       documents.c.title, documents.c.location, documents.c.publisher, documents.c.published,
                       documents.c.language, documents.c.previous_id)
                .join(event_claims, event_claims.c.claim_id == claims.c.id)
                .join(documents, documents.c.id == claims.c.document_id)
                .where(event_claims.c.event_id == event_id).order_by(claims.c.id))
            related = (select(events.c.payload).where(events.c.wave_id == event_id).order_by(events.c.place, events.c.id)
                       if payload["level"] == "wave" else select(events.c.payload).where(events.c.id == payload["wave_id"]))
            others = [r.payload for r in conn.execute(related)]
            linked = {"incidents": others} if payload["level"] == "wave" else {"wave": others[0] if others else None}
            found = [dict(r._mapping) for r in rows]
            revised = sorted({c["document_id"] for c in found if c["previous_id"] is not None})
            return payload | {"claims": found} | linked | {
                "history": revisions.changes(revisions.history_rows(conn, event_id)),
                "revisions": [revisions.revision_chain(conn, doc_id) for doc_id in revised]}

    def events_between(self, start: date | None = None, end: date | None = None) -> Iterator[dict]:
        """Every event whose attack ended in [start, end], oldest first, streamed."""
        query = select(events.c.payload).order_by(events.c.end, events.c.id)
        if start:
            query = query.where(events.c.end >= start)
        if end:
            query = query.where(events.c.end <= end)
        with self.engine.connect() as conn:
            for row in conn.execution_options(yield_per=5000).execute(query):
                yield row.payload

    # -- ceasefires ---------------------------------------------------------------------

    def add_ceasefires(self, definitions: list[dict], replace: bool = False) -> None:
        """Store ceasefire definitions (already validated) in one transaction; a name that
        exists is an error unless `replace`."""
        from skytruce.errors import InputError
        now = _utc_now()
        with self.writing() as conn:
            for d in definitions:
                exists = conn.scalar(select(ceasefires.c.id).where(ceasefires.c.name == d["name"]))
                if exists and not replace:
                    raise InputError(d["name"], "a ceasefire of that name exists (use --replace to redefine it)", field="name")
                if exists:
                    conn.execute(delete(ceasefires).where(ceasefires.c.id == exists))
                conn.execute(insert(ceasefires).values(
                    name=d["name"], status=d["status"], start=date.fromisoformat(d["start"]),
                    end=date.fromisoformat(d["end"]) if d["end"] else None, definition=d, created_at=now))

    def list_ceasefires(self) -> list[dict]:
        with self.engine.connect() as conn:
            return [r.definition for r in conn.execute(select(ceasefires.c.definition).order_by(ceasefires.c.start))]

    def ceasefire(self, name: str) -> dict | None:
        with self.engine.connect() as conn:
            return conn.scalar(select(ceasefires.c.definition).where(ceasefires.c.name == name))

    # -- API tokens ---------------------------------------------------------------------

    def create_token(self, name: str) -> str:
        """A new bearer token; only its hash is stored, so it is shown once."""
        import secrets
        token = "st_" + secrets.token_urlsafe(32)
        with self.writing() as conn:
            conn.execute(insert(api_tokens).values(name=name, token_sha256=hashlib.sha256(token.encode()).hexdigest(),
                                                   created_at=_utc_now()))
        return token

    def token_valid(self, token: str) -> bool:
        digest = hashlib.sha256(token.encode()).hexdigest()
        with self.engine.connect() as conn:
            return conn.scalar(select(api_tokens.c.id).where(api_tokens.c.token_sha256 == digest)) is not None

    def timeline(self, since: date | None = None, until: date | None = None, party: str | None = None) -> list[dict]:
        """Launched and destroyed per day and weapon category, from the waves' totals (their
        national figures, else their incidents' sum: each weapon is counted once)."""
        day = event_weapons.c.timeline_day
        query = (select(day, event_weapons.c.category, func.sum(event_weapons.c.launched).label("launched"),
                        func.sum(event_weapons.c.destroyed).label("destroyed"))
                 .where(day.is_not(None)).group_by(day, event_weapons.c.category).order_by(day))
        if since:
            query = query.where(day >= since)
        if until:
            query = query.where(day <= until)
        if party:
            query = query.where(event_weapons.c.attacker == party.upper())
        with self.engine.connect() as conn:
            return [{"day": r.timeline_day.isoformat(), "category": r.category, "launched": int(r.launched or 0),
                     "destroyed": int(r.destroyed or 0)} for r in conn.execute(query)]

