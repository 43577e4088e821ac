"""Each event weapon row carries the day it counts on the timeline (its wave's end; none for
an incident or a wave of imprecise dates) and its attacker, so the timeline of a window
reads one range of one index instead of looking up the weapons of every wave in it.

Revision ID: 0011
Revises: 0010
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event_weapons") as batch:
        batch.add_column(sa.Column("timeline_day", sa.Date))
        batch.add_column(sa.Column("attacker", sa.String(2)))
    op.execute('UPDATE event_weapons SET '
               'timeline_day = (SELECT e."end" FROM events e WHERE e.id = event_weapons.event_id AND e.level = \'wave\' '
               'AND e.low_precision = false), '
               'attacker = (SELECT e.attacker FROM events e WHERE e.id = event_weapons.event_id)')
    op.create_index("ix_event_weapons_timeline", "event_weapons",
                    ["timeline_day", "attacker", "category", "launched", "destroyed"])


def downgrade() -> None:
    op.drop_index("ix_event_weapons_timeline", "event_weapons")
    with op.batch_alter_table("event_weapons") as batch:
        batch.drop_column("attacker")
        batch.drop_column("timeline_day")
