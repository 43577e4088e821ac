"""An index for the most common event query: one party's events in a date window.

Revision ID: 0005
Revises: 0004
"""
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_attacker_end", "events", ["attacker", "end"])


def downgrade() -> None:
    op.drop_index("ix_events_attacker_end", "events")
