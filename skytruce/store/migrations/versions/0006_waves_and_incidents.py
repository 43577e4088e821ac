"""Events at two levels: waves (an attack episode on one country) and the incidents inside
them; each claim keeps its scope. Events built at the old grain are dropped and the claims'
keys cleared, so the library regroups every claim on first use.

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM event_weapons")
    op.execute("DELETE FROM event_claims")
    op.execute("DELETE FROM events")
    op.execute("UPDATE claims SET event_key = NULL")
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("scope", sa.String(10)))
    with op.batch_alter_table("events") as batch:
        batch.alter_column("key", type_=sa.String(300), existing_type=sa.String(120), existing_nullable=False)
        batch.add_column(sa.Column("level", sa.String(10), nullable=False))
        batch.add_column(sa.Column("wave_id", sa.String(12)))
        batch.add_column(sa.Column("scope", sa.String(10), nullable=False))
    op.create_index("ix_events_level", "events", ["level"])
    op.create_index("ix_events_wave_id", "events", ["wave_id"])


def downgrade() -> None:
    op.execute("DELETE FROM event_weapons")
    op.execute("DELETE FROM event_claims")
    op.execute("DELETE FROM events")
    op.execute("UPDATE claims SET event_key = NULL")
    op.drop_index("ix_events_wave_id", "events")
    op.drop_index("ix_events_level", "events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("scope")
        batch.drop_column("wave_id")
        batch.drop_column("level")
        batch.alter_column("key", type_=sa.String(120), existing_type=sa.String(300), existing_nullable=False)
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("scope")
