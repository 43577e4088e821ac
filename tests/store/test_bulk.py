"""Rows inserted in bulk read back exactly as rows inserted one by one through SQLAlchemy."""

from datetime import date

from sqlalchemy import create_engine, insert, select

from skytruce.store.bulk import insert_many
from skytruce.store.schema import events, metadata

ROWS = [
    {"id": "w1", "key": "k1", "level": "wave", "wave_id": None, "scope": "national", "attacker": "RU",
     "target_country": "UA", "start": date(2025, 7, 9), "end": date(2025, 7, 9), "precision": "day",
     "low_precision": False, "grade": "fair", "place": None, "lat": None, "lon": None, "n_claims": 2,
     "n_sources": 1, "payload": {"figures": [1, 2], "note": None}, "digest": "d1"},
    {"id": "w2", "key": "k2", "level": "wave", "wave_id": None, "scope": "regional", "attacker": None,
     "target_country": None, "start": None, "end": None, "precision": None, "low_precision": True,
     "grade": "unverified", "place": "Kyiv", "lat": 50.45, "lon": 30.52, "n_claims": 1, "n_sources": 1,
     "payload": None, "digest": "d2"},
]


def stored(write) -> list[tuple]:
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as conn:
        write(conn)
        return [tuple(r) for r in conn.execute(select(events).order_by(events.c.id))]


def test_bulk_rows_read_back_as_sqlalchemy_writes_them():
    assert stored(lambda conn: insert_many(conn, events, ROWS)) == stored(lambda conn: conn.execute(insert(events), ROWS))
