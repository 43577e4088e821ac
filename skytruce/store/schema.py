"""The ledger's tables (SQLAlchemy Core). Alembic migrations are written against these."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("party", String(2)),
    Column("type", String(40), nullable=False),
    Column("affiliation", String(200)),
    Column("aliases", JSON, nullable=False, default=list),
)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("location", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("title", Text),
    Column("publisher", String(300)),
    Column("author", String(300)),
    Column("published", Date),
    Column("language", String(10)),
    Column("text", Text, nullable=False),
    Column("raw_sha256", String(64), nullable=False, unique=True),
    Column("text_sha256", String(64), nullable=False, index=True),
    Column("ingested_at", DateTime, nullable=False),
    # revisions: the same URL fetched again with changed text is a new row that names the one it replaces
    Column("previous_id", Integer, index=True),
    Column("superseded_at", DateTime),
    Index("ix_documents_location", "location"),
)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("fingerprint", String(64), nullable=False, unique=True),
    Column("kind", String(20), nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("claimant_name", String(200)),
    Column("claimant_party", String(2)),
    Column("claimant_type", String(40)),
    Column("reporter", String(200)),
    Column("attacker", String(2)),
    Column("time_start", Date),
    Column("time_end", Date),
    Column("time_precision", String(10)),
    Column("killed", Integer),
    Column("injured", Integer),
    Column("verification_status", String(20), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("event_key", String(120), index=True),  # the key of the claim's wave
    Column("scope", String(10)),  # national, regional, local or foreign (corroborate.claim_scope)
    Column("superseded_at", DateTime),  # its document was revised: kept, but no longer grouped into events
    # Listings go latest first: on PostgreSQL these two are built (time_end, time_start, id) DESC NULLS LAST (0010).
    Index("ix_claims_time", "time_end", "time_start", "id"),
    Index("ix_claims_attacker_time", "attacker", "time_end", "time_start", "id"),
)

claim_weapons = Table(
    "claim_weapons", metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", Integer, ForeignKey("claims.id"), nullable=False, index=True),
    Column("model", String(60)),
    Column("category", String(30), nullable=False),
    Column("launched", Integer),
    Column("destroyed", Integer),
    Column("qualifier", String(10), nullable=False),
    Index("ix_claim_weapons_model", "model"),
)

claim_places = Table(
    "claim_places", metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", Integer, ForeignKey("claims.id"), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("role", String(10), nullable=False),
    Column("country", String(2)),
    Column("lat", Float),
    Column("lon", Float),
    Column("precision", String(10)),
)

events = Table(
    "events", metadata,
    Column("id", String(12), primary_key=True),
    Column("key", String(300), nullable=False, unique=True),
    Column("level", String(10), nullable=False, index=True),  # wave or incident
    Column("wave_id", String(12), index=True),  # an incident's wave
    Column("scope", String(10), nullable=False),
    Column("attacker", String(2), index=True),
    Column("target_country", String(2)),
    Column("start", Date),
    Column("end", Date),
    Column("precision", String(10)),
    Column("low_precision", Boolean, nullable=False),
    Column("grade", String(12), nullable=False, index=True),
    Column("place", String(200)),
    Column("lat", Float),
    Column("lon", Float),
    Column("n_claims", Integer, nullable=False),
    Column("n_sources", Integer, nullable=False),
    Column("payload", JSON, nullable=False),
    Column("digest", String(40)),  # grade, figures and claims: a change of it is written to event_history
    Index("ix_events_end_start", "end", "start"),
    Index("ix_events_attacker_end_start", "attacker", "end", "start"),
    Index("ix_events_grade_end_start", "grade", "end", "start"),
    Index("ix_events_level_end_covering", "level", "end", "start", "attacker", "low_precision", "id"),  # and the timeline
)

event_history = Table(
    "event_history", metadata,
    Column("id", Integer, primary_key=True),  # in commit order: writers of events hold the ledger's write lock
    Column("event_id", String(12), nullable=False, index=True),
    Column("level", String(10), nullable=False),
    Column("wave_id", String(12)),
    Column("at", DateTime, nullable=False),
    Column("grade", String(12), nullable=False),
    Column("previous_grade", String(12)),  # None: the event is new
    Column("figures", JSON, nullable=False),  # {"Shahed-136/131": [launched, destroyed], "killed": n, ...}
    Column("n_claims", Integer, nullable=False),
)

event_claims = Table(
    "event_claims", metadata,
    Column("event_id", String(12), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("claim_id", Integer, ForeignKey("claims.id"), primary_key=True, index=True),
)

event_weapons = Table(
    "event_weapons", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", String(12), ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("model", String(60), index=True),
    Column("category", String(30), nullable=False, index=True),
    Column("launched", Integer),
    Column("destroyed", Integer),
    # The day these figures count on the timeline (their wave's end; None for an incident or a
    # wave of imprecise dates) and its attacker: the timeline reads one range of one index.
    Column("timeline_day", Date),
    Column("attacker", String(2)),
    Index("ix_event_weapons_event_covering", "event_id", "model", "category", "launched", "destroyed"),
    Index("ix_event_weapons_timeline", "timeline_day", "attacker", "category", "launched", "destroyed"),
)

# The longest time window any claim or event has had, in days (a bound that only grows): a
# listing of a date window then reads the index between `since` and `until` plus this.
spans = Table(
    "spans", metadata,
    Column("name", String(20), primary_key=True),  # claims or events
    Column("days", Integer, nullable=False),
)

ceasefires = Table(
    "ceasefires", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("status", String(12), nullable=False),
    Column("start", Date, nullable=False),
    Column("end", Date),
    Column("definition", JSON, nullable=False),
    Column("created_at", DateTime, nullable=False),
)

api_tokens = Table(
    "api_tokens", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False),
    Column("token_sha256", String(64), nullable=False, unique=True),
    Column("created_at", DateTime, nullable=False),
)

watch_sources = Table(
    "watch_sources", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("url", Text, nullable=False),
    Column("kind", String(10), nullable=False),  # feed, page or tally
    Column("interval_seconds", Float, nullable=False),
    Column("claimant", String(200)),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("moved_to", Text),  # where a 301/308 said it lives now
    Column("next_poll_at", DateTime, nullable=False, index=True),
    Column("last_fetch_at", DateTime),
    Column("last_status", String(60)),
    Column("last_new_at", DateTime),
    Column("error_streak", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("lease_owner", String(100)),
    Column("lease_expires_at", DateTime),
)

alerts = Table(
    "alerts", metadata,  # the outbox: one row per rule, event and grade, delivered at least once, keyed for the receiver
    Column("id", Integer, primary_key=True),
    Column("key", String(64), nullable=False, unique=True),  # sha256 of rule, event and grade: the idempotency key
    Column("rule", String(200), nullable=False, index=True),
    Column("event_id", String(12), nullable=False, index=True),
    Column("grade", String(12), nullable=False),
    Column("target", Text, nullable=False),  # where it goes, for people (a URL, a command, a file)
    Column("payload", JSON, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("status", String(10), nullable=False, index=True),  # pending, delivered, failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", DateTime, nullable=False),
    Column("last_error", Text),
    Column("delivered_at", DateTime),
    Column("lease_owner", String(100)),
    Column("lease_expires_at", DateTime),
)

watch_cursors = Table(
    "watch_cursors", metadata,  # how far each alert rule has read event_history
    Column("name", String(200), primary_key=True),
    Column("position", Integer, nullable=False),
)
