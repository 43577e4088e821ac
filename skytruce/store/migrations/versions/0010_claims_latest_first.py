"""Claims are listed latest attack first, undated claims last. SQLite sorts NULL lowest, so
its ascending date indexes walked backwards give that order already; PostgreSQL sorts NULL
highest, so its two date indexes are rebuilt in that order (a backward walk of the old ones
would put the undated claims first, and a listing asking for them last would sort every
claim in the window instead of reading one page of the index).

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

LATEST_FIRST = [sa.text("time_end DESC NULLS LAST"), sa.text("time_start DESC NULLS LAST"), sa.text("id DESC")]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index("ix_claims_time", "claims")
    op.drop_index("ix_claims_attacker_time", "claims")
    op.create_index("ix_claims_time", "claims", LATEST_FIRST)
    op.create_index("ix_claims_attacker_time", "claims", [sa.text("attacker"), *LATEST_FIRST])


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index("ix_claims_attacker_time", "claims")
    op.drop_index("ix_claims_time", "claims")
    op.create_index("ix_claims_attacker_time", "claims", ["attacker", "time_end", "time_start", "id"])
    op.create_index("ix_claims_time", "claims", ["time_end", "time_start", "id"])
