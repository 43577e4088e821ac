"""A monitor that runs: document revisions (a changed text at the same URL supersedes the
old one, whose claims are kept but no longer grouped), the history of each event's grade
and figures, the watched sources with their leases, and the alerts outbox.

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _leased() -> list[sa.Column]:
    return [sa.Column("lease_owner", sa.String(100)), sa.Column("lease_expires_at", sa.DateTime)]


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("previous_id", sa.Integer))
        batch.add_column(sa.Column("superseded_at", sa.DateTime))
        batch.create_index("ix_documents_previous_id", ["previous_id"])
        batch.create_index("ix_documents_location", ["location"])
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("superseded_at", sa.DateTime))
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("digest", sa.String(40)))
    op.create_table(
        "event_history",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.String(12), nullable=False, index=True),
        sa.Column("level", sa.String(10), nullable=False),
        sa.Column("wave_id", sa.String(12)),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("grade", sa.String(12), nullable=False),
        sa.Column("previous_grade", sa.String(12)),
        sa.Column("figures", sa.JSON, nullable=False),
        sa.Column("n_claims", sa.Integer, nullable=False),
    )
    op.create_table(
        "watch_sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("interval_seconds", sa.Float, nullable=False),
        sa.Column("claimant", sa.String(200)),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("moved_to", sa.Text),
        sa.Column("next_poll_at", sa.DateTime, nullable=False, index=True),
        sa.Column("last_fetch_at", sa.DateTime),
        sa.Column("last_status", sa.String(60)),
        sa.Column("last_new_at", sa.DateTime),
        sa.Column("error_streak", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text),
        *_leased(),
    )
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(64), nullable=False, unique=True),
        sa.Column("rule", sa.String(200), nullable=False, index=True),
        sa.Column("event_id", sa.String(12), nullable=False, index=True),
        sa.Column("grade", sa.String(12), nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("status", sa.String(10), nullable=False, index=True),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", sa.DateTime, nullable=False),
        sa.Column("last_error", sa.Text),
        sa.Column("delivered_at", sa.DateTime),
        *_leased(),
    )
    op.create_table(
        "watch_cursors",
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    for table in ("watch_cursors", "alerts", "watch_sources", "event_history"):
        op.drop_table(table)
    with op.batch_alter_table("events") as batch:
        batch.drop_column("digest")
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("superseded_at")
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_location")
        batch.drop_index("ix_documents_previous_id")
        batch.drop_column("superseded_at")
        batch.drop_column("previous_id")
