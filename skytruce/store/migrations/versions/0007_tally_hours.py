"""Hours kept: tally rows read before times of day were kept on claims get them back from
the row's own time text (Kyiv time, as the tallies count), and events are regrouped once
on first use so that each carries its span in UTC and its target types.

Revision ID: 0007
Revises: 0006
"""
import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%d.%m.%Y %H:%M")
KYIV = ZoneInfo("Europe/Kyiv")


def _moment(text: str, whole_day_end: bool) -> datetime | None:
    text = text.strip()
    for fmt in FORMATS:
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=KYIV)
        except ValueError:
            continue
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            day = datetime.strptime(text, fmt).replace(tzinfo=KYIV)
            return day + timedelta(days=1) if whole_day_end else day
        except ValueError:
            continue
    return None


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT claims.id, claims.payload FROM claims JOIN documents "
                                "ON documents.id = claims.document_id WHERE documents.kind = 'tally_csv'"))
    updates = []
    for claim_id, payload in rows:
        payload = json.loads(payload) if isinstance(payload, str) else payload
        time = payload.get("time") or {}
        if time.get("precision") != "hour" or time.get("start_at") or " – " not in (time.get("text") or ""):
            continue
        first, last = time["text"].split(" – ", 1)
        start, end = _moment(first, False), _moment(last, True)
        if start and end:
            time["start_at"], time["end_at"] = start.isoformat(timespec="minutes"), end.isoformat(timespec="minutes")
            updates.append({"cid": claim_id, "payload": payload})
    if updates:
        claims = sa.table("claims", sa.column("id", sa.Integer), sa.column("payload", sa.JSON))
        conn.execute(claims.update().where(claims.c.id == sa.bindparam("cid")).values(payload=sa.bindparam("payload")),
                     updates)
    op.execute("UPDATE claims SET event_key = NULL")


def downgrade() -> None:
    pass  # the hours stay on the claims; older code ignores them
