import os
from datetime import date

import pytest

from skytruce.app import Skytruce
from skytruce.ingest import read_one
from skytruce.store import Ledger
from skytruce.store.ledger import head_revision


def test_schema_is_created_and_sources_registered(ledger):
    assert ledger.current_revision() == head_revision()
    names = {s["name"] for s in ledger.list_sources()}
    assert {"Ukrainian Air Force", "Russian Defence Ministry", "Alexander Lukashenko"} <= names


def test_reingesting_a_document_is_a_no_op(ledger, samples):
    app = Skytruce(ledger)
    first = app.ingest([str(samples / "odesa-night-drones.txt")]).result
    again = app.ingest([str(samples / "odesa-night-drones.txt")]).result
    assert first.documents_added == 1 and first.claims_added >= 1
    assert again.documents_added == 0 and again.documents_unchanged == 1 and again.claims_added == 0
    assert ledger.counts()["documents"] == 1


def test_reimporting_tallies_adds_only_new_rows(ledger, samples, tmp_path):
    app = Skytruce(ledger)
    app.ingest([str(samples / "tallies-sample.csv")])
    before = ledger.counts()["claims"]
    grown = tmp_path / "tallies-grown.csv"
    grown.write_text((samples / "tallies-sample.csv").read_text() +
                     "2025-08-01 20:00,2025-08-02 06:00,Shahed-136/131,Kursk oblast,Ukraine,,45.0,32.0,,,{},,,,,,,,,,,kpszsu/posts/new\n")
    result = app.ingest([str(grown)]).result
    assert result.claims_added == 1 and result.claims_unchanged == before
    assert ledger.counts()["claims"] == before + 1


def test_claims_keep_their_sentence_and_figures(ledger, samples):
    Skytruce(ledger).ingest([str(samples / "air-force-updates.rss")])
    rows = ledger.list_claims(model="Shahed-136/131")
    sentences = " ".join(r["payload"]["sentence"] for r in rows)
    assert "14 of 16 Shahed attack drones" in sentences
    doc = read_one(str(samples / "air-force-updates.rss"))[0]
    stored = ledger.list_documents()[0]
    assert stored["location"] == doc.location


def test_filters(ledger, samples):
    Skytruce(ledger).ingest([str(samples)])
    assert all(r["attacker"] == "UA" for r in ledger.list_claims(attacker="ua"))
    assert ledger.list_documents(kind="feed_entry")
    from datetime import date
    assert all(r["time_end"] >= date(2025, 1, 1) for r in ledger.list_claims(since=date(2025, 1, 1)))


POSTGRES_URL = os.environ.get("SKYTRUCE_TEST_POSTGRES_URL")


@pytest.mark.skipif(not POSTGRES_URL, reason="SKYTRUCE_TEST_POSTGRES_URL is not set (no PostgreSQL server)")
def test_the_same_code_runs_on_postgresql(samples):
    from sqlalchemy import text
    ledger = Ledger(POSTGRES_URL)
    with ledger.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    ledger.upgrade()
    app = Skytruce(ledger)
    first = app.ingest([str(samples)]).result
    again = app.ingest([str(samples)]).result
    assert first.documents_added >= 8 and first.claims_added > 10
    assert again.documents_added == 0 and again.claims_added == 0
    assert ledger.counts()["claims"] == first.claims_added


def test_a_long_window_is_still_found_by_a_short_one_inside_it(ledger):
    """Listings read the date index only as far as the longest window stored reaches."""
    from skytruce.model import Claim, Document, TimeWindow, WeaponCount
    year = Claim(span=(0, 10), sentence="Russia launched 5,000 drones in 2024.", attacker="RU",
                 weapons=[WeaponCount(None, "drone", 5000)], time=TimeWindow(date(2024, 1, 1), date(2024, 12, 31), "year"))
    night = Claim(span=(11, 20), sentence="Russia launched 9 drones overnight.", attacker="RU",
                  weapons=[WeaponCount(None, "drone", 9)], time=TimeWindow(date(2024, 6, 1), date(2024, 6, 2), "day"))
    doc = Document(location="t.txt", kind="text", text="x", raw_sha256="a" * 64, text_sha256="b" * 64)
    doc.claims = [year, night]
    ledger.add([doc])
    june = ledger.list_claims(attacker="RU", since=date(2024, 6, 10), until=date(2024, 6, 20))
    assert [r["time_start"] for r in june] == [date(2024, 1, 1)]
    assert ledger.count_claims(since=date(2024, 6, 1), until=date(2024, 6, 1)) == 2
