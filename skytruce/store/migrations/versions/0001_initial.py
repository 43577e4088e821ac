"""The first ledger: sources, documents, claims with their weapons and places.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("party", sa.String(2)),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("affiliation", sa.String(200)),
        sa.Column("aliases", sa.JSON, nullable=False),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("location", sa.Text, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("publisher", sa.String(300)),
        sa.Column("author", sa.String(300)),
        sa.Column("published", sa.Date),
        sa.Column("language", sa.String(10)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("raw_sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("text_sha256", sa.String(64), nullable=False),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_documents_text_sha256", "documents", ["text_sha256"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False, unique=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("claimant_name", sa.String(200)),
        sa.Column("claimant_party", sa.String(2)),
        sa.Column("claimant_type", sa.String(40)),
        sa.Column("reporter", sa.String(200)),
        sa.Column("attacker", sa.String(2)),
        sa.Column("time_start", sa.Date),
        sa.Column("time_end", sa.Date),
        sa.Column("time_precision", sa.String(10)),
        sa.Column("killed", sa.Integer),
        sa.Column("injured", sa.Integer),
        sa.Column("verification_status", sa.String(20), nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
    )
    op.create_index("ix_claims_document_id", "claims", ["document_id"])
    op.create_index("ix_claims_time_end", "claims", ["time_end"])
    op.create_index("ix_claims_attacker", "claims", ["attacker"])
    op.create_table(
        "claim_weapons",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id"), nullable=False),
        sa.Column("model", sa.String(60)),
        sa.Column("category", sa.String(30), nullable=False),
        sa.Column("launched", sa.Integer),
        sa.Column("destroyed", sa.Integer),
        sa.Column("qualifier", sa.String(10), nullable=False),
    )
    op.create_index("ix_claim_weapons_claim_id", "claim_weapons", ["claim_id"])
    op.create_index("ix_claim_weapons_model", "claim_weapons", ["model"])
    op.create_table(
        "claim_places",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(10), nullable=False),
        sa.Column("country", sa.String(2)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("precision", sa.String(10)),
    )
    op.create_index("ix_claim_places_claim_id", "claim_places", ["claim_id"])


def downgrade() -> None:
    for table in ("claim_places", "claim_weapons", "claims", "documents", "sources"):
        op.drop_table(table)
