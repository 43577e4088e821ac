"""A ledger written before waves and incidents is regrouped once after its upgrade."""

from alembic import command
from sqlalchemy import select, text

from skytruce.app import Skytruce
from skytruce.ingest import read_one
from skytruce.store import Ledger
from skytruce.store.ledger import head_revision
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
    assert upgraded.current_revision() == head_revision() and upgraded.regroup
    Skytruce(upgraded)
    assert not upgraded.regroup
    waves = upgraded.list_events(level="wave", limit=100)
    assert len(waves) == 8 and "0123456789ab" not in {w["id"] for w in waves}
    with upgraded.engine.connect() as conn:
        assert set(conn.scalars(select(claims.c.scope))) == {"national"}
    assert not Ledger.open(db_url).regroup  # once only


def test_tally_rows_read_before_hours_were_kept_get_them_back(db_url, samples, tmp_path):
    """A ledger at 0006 whose tally claims have no times of day: the upgrade reads them
    from each row's own text, and the regrouped events carry their UTC spans."""
    old = Ledger(db_url)
    with old.engine.begin() as conn:
        command.upgrade(old._alembic_config(conn), "0006")
    csv = tmp_path / "night.csv"
    csv.write_text("time_start,time_end,model,launch_place,target,launched,destroyed,source\n"
                   "2025-04-18 21:00,2025-04-19 09:00,Shahed-136/131,Kursk oblast,Ukraine,87,33,kpszsu\n", encoding="utf-8")
    tally = read_one(str(csv))
    for _, claim in tally.claims:  # as the importer wrote them before
        claim.time.start_at = claim.time.end_at = None
    old.add(tallies=[(tally.document, tally.claims)])
    upgraded = Ledger.open(db_url)
    assert upgraded.current_revision() == head_revision() and upgraded.regroup
    Skytruce(upgraded)
    [wave] = upgraded.list_events(level="wave")
    assert (wave["start_at"], wave["end_at"], wave["precision"]) == ("2025-04-18T18:00Z", "2025-04-19T06:00Z", "hour")
    with upgraded.engine.connect() as conn:
        [payload] = conn.scalars(select(claims.c.payload))
    assert (payload["time"]["start_at"], payload["time"]["end_at"]) == ("2025-04-18T21:00+03:00", "2025-04-19T09:00+03:00")


def test_the_head_revision_is_told_by_the_file_names_as_alembic_tells_it(db_url):
    from alembic.script import ScriptDirectory

    ledger = Ledger(db_url)
    with ledger.engine.connect() as conn:
        assert head_revision() == ScriptDirectory.from_config(ledger._alembic_config(conn)).get_current_head()
    assert ledger.current_revision() is None
    assert Ledger.open(db_url).current_revision() == head_revision()
