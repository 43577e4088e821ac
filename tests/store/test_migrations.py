"""A ledger written before waves and incidents is regrouped once after its upgrade."""

from alembic import command
from sqlalchemy import select, text

from skytruce.app import Skytruce
from skytruce.ingest import read_one
from skytruce.store import Ledger
from skytruce.store.schema import claims


def test_an_old_ledger_is_upgraded_and_its_events_regrouped(db_url, samples):
    old = Ledger(db_url)
    with old.engine.begin() as conn:
        command.upgrade(old._alembic_config(conn), "0005")
    tally = read_one(str(samples / "tallies-sample.csv"))
    old.add(tallies=[(tally.document, tally.claims)])
    with old.engine.begin() as conn:  # an event of the old grain: attacker, day and country
        conn.execute(text("INSERT INTO events (id, key, attacker, target_country, low_precision, grade, n_claims, "
                          "n_sources, payload) VALUES ('0123456789ab', 'RU|2024-02-08|UA', 'RU', 'UA', false, 'fair', "
                          "1, 1, '{}')"))
    upgraded = Ledger.open(db_url)
    assert upgraded.current_revision() == "0006" and upgraded.regroup
    Skytruce(upgraded)
    assert not upgraded.regroup
    waves = upgraded.list_events(level="wave", limit=100)
    assert len(waves) == 8 and "0123456789ab" not in {w["id"] for w in waves}
    with upgraded.engine.connect() as conn:
        assert set(conn.scalars(select(claims.c.scope))) == {"national"}
    assert not Ledger.open(db_url).regroup  # once only
