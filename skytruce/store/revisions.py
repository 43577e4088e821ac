"""Revisions and history: the SQL that keeps what the ledger used to say.

A report fetched again from the same URL with changed text is a new revision of one
document: the old row stays, marked superseded, and so do its claims (kept, no longer
grouped into events). Every change of an event's grade, figures or claims is appended to
`event_history`, in the transaction that changed the event, so the history, the live
dashboard and the alerts all read one journal in commit order.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from sqlalchemy import select, update

from skytruce.model import Document
from skytruce.store.bulk import insert_many
from skytruce.store.schema import claims, documents, event_history, events


def is_revisable(doc: Document) -> bool:
    """Only a document with a web address has an identity beyond its text (a feed entry
    without a link is known by its place in the feed, which changes as the feed grows)."""
    return doc.kind != "tally_csv" and doc.location.startswith(("http://", "https://"))


def supersede(conn, doc_id: int, doc: Document, now: datetime) -> tuple[int | None, list[str]]:
    """Make the stored document `doc_id` the current revision of its URL: the revision it
    replaces, and that one's claims, are marked superseded. Returns the replaced document's
    id (None when there was none) and the wave keys its claims belonged to (to be regrouped
    without them)."""
    if not is_revisable(doc):
        return None, []
    previous = conn.scalar(select(documents.c.id).where(
        (documents.c.location == doc.location) & (documents.c.id != doc_id) & documents.c.superseded_at.is_(None)
        & (documents.c.kind != "tally_csv")).order_by(documents.c.id.desc()).limit(1))
    if previous is None:
        return None, []
    conn.execute(update(documents).where(documents.c.id == previous).values(superseded_at=now))
    conn.execute(update(documents).where(documents.c.id == doc_id).values(previous_id=previous))
    conn.execute(update(claims).where(claims.c.document_id == previous).values(superseded_at=now))
    return previous, sorted(conn.scalars(select(claims.c.event_key).distinct()
                                         .where((claims.c.document_id == previous) & claims.c.event_key.is_not(None))))


def figures(event: dict) -> dict:
    """An event's figures, flat: {"Shahed-136/131 launched": 54, ..., "killed": 2}."""
    out = {}
    for w in event.get("weapons") or []:
        label = (w.get("model") or w.get("category") or "?") + (f" ({w['scope']})" if w.get("scope") else "")
        for slot in ("launched", "destroyed"):
            value = (w.get(slot) or {}).get("value")
            if value is not None:
                out[f"{label} {slot}"] = value
    for slot in ("killed", "injured"):
        if event.get(slot) is not None:
            out[slot] = event[slot]
    return out


def digest(event: dict) -> str:
    """What a reader would call a change: grade, figures and the claims behind them."""
    body = json.dumps([event["grade"], figures(event), sorted(event["claim_ids"])], sort_keys=True)
    return hashlib.sha1(body.encode()).hexdigest()


def previous_states(conn, condition) -> dict[str, tuple[str, str | None]]:
    """(grade, digest) of the events about to be replaced, by id."""
    return {r.id: (r.grade, r.digest) for r in conn.execute(select(events.c.id, events.c.grade, events.c.digest)
                                                               .where(condition))}


def record_history(conn, before: dict[str, tuple[str, str | None]], built: list[dict], digests: list[str],
                   now: datetime) -> None:
    """Append a history row for each built event that is new or differs from before."""
    rows = []
    for e, new in zip(built, digests):
        old = before.get(e["id"])
        if old is not None and old[1] == new:
            continue
        rows.append({"event_id": e["id"], "level": e["level"], "wave_id": e["wave_id"], "at": now, "grade": e["grade"],
                     "previous_grade": old[0] if old else None, "figures": figures(e), "n_claims": len(e["claim_ids"])})
    if rows:
        insert_many(conn, event_history, rows)


def history_rows(conn, event_id: str) -> list[dict]:
    query = select(event_history).where(event_history.c.event_id == event_id).order_by(event_history.c.id)
    return [dict(r._mapping) for r in conn.execute(query)]


def changes(rows: list[dict]) -> list[dict]:
    """Each history row as what a reader wants to know: when, and what changed in words
    ("Shahed-136/131 launched corrected from 45 to 54")."""
    out, last = [], None
    for row in rows:
        words = []
        if last is None:
            words.append(f"first graded {row['grade']}" if row["previous_grade"] is None
                         else f"graded {row['grade']}")
        else:
            if row["grade"] != last["grade"]:
                words.append(f"regraded from {last['grade']} to {row['grade']}")
            words += _difference(last["figures"], row["figures"])
            if row["n_claims"] != last["n_claims"]:
                words.append(f"{row['n_claims']} claims (was {last['n_claims']})")
        out.append({"id": row["id"], "at": row["at"], "grade": row["grade"], "changes": words or ["no visible change"]})
        last = row
    return out


def claim_figures(payloads: list[dict]) -> dict[str, int]:
    """A revision's figures, flat, by who gives them: {"Shahed-136/131 launched (Odesa
    regional administration)": 54, ...}."""
    out = {}
    for c in payloads:
        who = (c.get("claimant") or {}).get("name") or "the report itself"
        for w in c.get("weapons") or []:
            for slot in ("launched", "destroyed"):
                if w.get(slot) is not None:
                    out[f"{w.get('model') or w.get('category')} {slot} ({who})"] = w[slot]
        for slot in ("killed", "injured"):
            if (c.get("casualties") or {}).get(slot) is not None:
                out[f"{slot} ({who})"] = c["casualties"][slot]
    return out


def _difference(old: dict, new: dict) -> list[str]:
    words = []
    for name in sorted(set(old) | set(new)):
        if name not in new:
            words.append(f"{name} {old[name]} withdrawn")
        elif name not in old:
            words.append(f"{name} {new[name]} added")
        elif old[name] != new[name]:
            words.append(f"{name} corrected from {old[name]} to {new[name]}")
    return words


def revision_chain(conn, document_id: int) -> list[dict]:
    """Every revision of the document's URL, oldest first, each with what it changed in
    the figures its claims give."""
    location = conn.scalar(select(documents.c.location).where(documents.c.id == document_id))
    if location is None:
        return []
    query = (select(documents.c.id, documents.c.title, documents.c.ingested_at, documents.c.superseded_at,
                    documents.c.previous_id, documents.c.location)
             .where((documents.c.location == location) & (documents.c.kind != "tally_csv")).order_by(documents.c.id))
    chain = [dict(r._mapping) for r in conn.execute(query)]
    payloads: dict[int, list[dict]] = {r["id"]: [] for r in chain}
    for doc_id, payload in conn.execute(select(claims.c.document_id, claims.c.payload)
                                        .where(claims.c.document_id.in_(list(payloads))).order_by(claims.c.id)):
        payloads[doc_id].append(payload)
    last = None
    for number, revision in enumerate(chain, 1):
        now = claim_figures(payloads[revision["id"]])
        revision["revision"] = number
        revision["changes"] = ["first version"] if last is None else (_difference(last, now) or ["wording only"])
        last = now
    return chain
