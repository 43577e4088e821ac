"""Events: claims grouped by event key, with grade, reasons and merged figures.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("event_key", sa.String(120)))
    op.create_index("ix_claims_event_key", "claims", ["event_key"])
    op.create_table(
        "events",
        sa.Column("id", sa.String(12), primary_key=True),
        sa.Column("key", sa.String(120), nullable=False, unique=True),
        sa.Column("attacker", sa.String(2)),
        sa.Column("target_country", sa.String(2)),
        sa.Column("start", sa.Date),
        sa.Column("end", sa.Date),
        sa.Column("precision", sa.String(10)),
        sa.Column("low_precision", sa.Boolean, nullable=False),
        sa.Column("grade", sa.String(12), nullable=False),
        sa.Column("place", sa.String(200)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("n_claims", sa.Integer, nullable=False),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
    )
    op.create_index("ix_events_end", "events", ["end"])
    op.create_index("ix_events_grade", "events", ["grade"])
    op.create_index("ix_events_attacker", "events", ["attacker"])
    op.create_table(
        "event_claims",
        sa.Column("event_id", sa.String(12), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id"), primary_key=True),
    )
    op.create_index("ix_event_claims_claim_id", "event_claims", ["claim_id"])
    op.create_table(
        "event_weapons",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.String(12), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("model", sa.String(60)),
        sa.Column("category", sa.String(30), nullable=False),
        sa.Column("launched", sa.Integer),
        sa.Column("destroyed", sa.Integer),
    )
    op.create_index("ix_event_weapons_event_id", "event_weapons", ["event_id"])
    op.create_index("ix_event_weapons_model", "event_weapons", ["model"])
    op.create_index("ix_event_weapons_category", "event_weapons", ["category"])


def downgrade() -> None:
    op.drop_table("event_weapons")
    op.drop_table("event_claims")
    op.drop_table("events")
    op.drop_index("ix_claims_event_key", "claims")
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("event_key")
