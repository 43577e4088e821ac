"""Indexes that answer event listings from the index: a party's, a grade's or a level's
events in a date window, latest first (the start date is in the index, so events outside
the window are passed over without reading their rows), and which weapons an event counts
and how many (so the timeline reads the indexes alone);
and the longest window a claim and an event have had, so that a listing of a date window
reads only the index entries that can overlap it.

Revision ID: 0009
Revises: 0008
"""
from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_events_end", "events")
    op.drop_index("ix_events_attacker_end", "events")
    op.create_index("ix_events_end_start", "events", ["end", "start"])
    op.create_index("ix_events_attacker_end_start", "events", ["attacker", "end", "start"])
    op.create_index("ix_events_grade_end_start", "events", ["grade", "end", "start"])
    op.create_index("ix_events_level_end_covering", "events", ["level", "end", "start", "attacker", "low_precision", "id"])
    op.create_index("ix_event_weapons_event_covering", "event_weapons", ["event_id", "model", "category", "launched", "destroyed"])
    op.drop_index("ix_claims_attacker", "claims")
    op.drop_index("ix_claims_time_end", "claims")
    op.create_index("ix_claims_attacker_time", "claims", ["attacker", "time_end", "time_start", "id"])
    op.create_index("ix_claims_time", "claims", ["time_end", "time_start", "id"])
    spans = op.create_table("spans", sa.Column("name", sa.String(20), primary_key=True),
                            sa.Column("days", sa.Integer, nullable=False))
    connection = op.get_bind()
    rows = []
    for name, start, end in (("claims", "time_start", "time_end"), ("events", "start", "end")):
        found = connection.execute(sa.text(f'SELECT "{start}", "{end}" FROM {name} WHERE "{start}" IS NOT NULL '
                                           f'AND "{end}" IS NOT NULL'))
        rows.append({"name": name, "days": max(((_day(e) - _day(s)).days for s, e in found), default=0)})
    op.bulk_insert(spans, rows)


def _day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def downgrade() -> None:
    op.drop_table("spans")
    op.drop_index("ix_claims_time", "claims")
    op.drop_index("ix_claims_attacker_time", "claims")
    op.create_index("ix_claims_time_end", "claims", ["time_end"])
    op.create_index("ix_claims_attacker", "claims", ["attacker"])
    op.drop_index("ix_event_weapons_event_covering", "event_weapons")
    op.drop_index("ix_events_level_end_covering", "events")
    op.drop_index("ix_events_grade_end_start", "events")
    op.drop_index("ix_events_attacker_end_start", "events")
    op.create_index("ix_events_attacker_end", "events", ["attacker", "end"])
    op.drop_index("ix_events_end_start", "events")
    op.create_index("ix_events_end", "events", ["end"])
