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
    Index("ix_claims_time_end", "time_end"),
    Index("ix_claims_attacker", "attacker"),
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
    Column("end", Date, index=True),
    Column("precision", String(10)),
    Column("low_precision", Boolean, nullable=False),
    Column("grade", String(12), nullable=False, index=True),
    Column("place", String(200)),
    Column("lat", Float),
    Column("lon", Float),
    Column("n_claims", Integer, nullable=False),
    Column("n_sources", Integer, nullable=False),
    Column("payload", JSON, nullable=False),
    Index("ix_events_attacker_end", "attacker", "end"),
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
