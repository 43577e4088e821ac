"""Waves and incidents in the ledger: built on ingest, updated only where new claims land."""

import skytruce.app
from skytruce.app import Skytruce
from skytruce.store import Ledger
from tests.conftest import SEED_ARTICLE, TALLY_CSV, needs_shared

NIGHT_REPORT = ("Overnight into February 8, 2024, Russia launched 17 Shahed drones at Ukraine, the Ukrainian air force "
                "said. Air defences shot down 11 drones over the Odesa region, the Odesa regional administration said.")
AGENCY_COUNT = ("date_start,date_end,claimant,attacker,weapon,launched,destroyed,qualifier,regions,launch_places,killed,"
                "injured,source_url,notes\n2024-02-08,2024-02-08,Reuters,RU,Shahed-136/131,17,11,exact,,,,,"
                "https://example.org/count,\n")
GOVERNOR_POST = ("Governor Oleh Kiper said on Thursday that air defences destroyed 11 drones over the Odesa region "
                 "overnight into February 8, 2024, and debris damaged a warehouse.")


def test_ingest_builds_waves_and_updates_only_affected_ones(ledger, tmp_path, samples):
    app = Skytruce(ledger)
    app.ingest([str(samples / "tallies-sample.csv")])
    before = {e["id"]: e for e in ledger.list_events(limit=1000)}
    night = next(e for e in before.values() if e["end"] == "2024-02-08")
    assert (night["level"], night["grade"], night["incident_ids"]) == ("wave", "weak", [])
    report = tmp_path / "kiper.txt"
    report.write_text(GOVERNOR_POST)
    app.ingest([str(report)])
    after = {e["id"]: e for e in ledger.list_events(limit=1000)}
    [incident] = ledger.list_events(wave_id=night["id"])
    assert (incident["scope"], incident["place"], incident["grade"]) == ("regional", "Odesa Oblast", "weak")
    assert any(r.startswith(f"consistent with its wave ({night['id']})") for r in incident["reasons"])
    assert after[night["id"]]["incident_ids"] == [incident["id"]] and after[night["id"]]["grade"] == "weak"
    unchanged = [i for i in before if i != night["id"]]
    assert all(after[i] == before[i] for i in unchanged)


def test_an_agencys_national_count_makes_the_wave_fair(ledger, tmp_path, samples):
    app = Skytruce(ledger)
    app.ingest([str(samples / "tallies-sample.csv")])
    (tmp_path / "agency.csv").write_text(AGENCY_COUNT)
    app.ingest([str(tmp_path / "agency.csv")])
    night = next(e for e in ledger.list_events(level="wave") if e["end"] == "2024-02-08")
    assert night["grade"] == "fair" and "Reuters (non-party media, a chain of its own)" in night["reasons"][-1]


def test_show_has_each_claim_with_its_sentence_and_a_waves_incidents(ledger, tmp_path):
    (tmp_path / "night.txt").write_text(NIGHT_REPORT)
    Skytruce(ledger).ingest([str(tmp_path / "night.txt")])
    [wave] = ledger.list_events(level="wave")
    shown = ledger.event(wave["id"])
    assert shown["claims"][0]["payload"]["sentence"].startswith("Overnight into February 8, 2024")
    assert shown["claims"][0]["location"].endswith("night.txt") and shown["claims"][0]["scope"] == "national"
    [incident] = shown["incidents"]
    assert incident["place"] == "Odesa Oblast"
    assert ledger.event(incident["id"])["wave"]["id"] == wave["id"]


def test_check_says_what_a_document_supports_or_contradicts(ledger, tmp_path):
    from skytruce.extract import extract_claims
    (tmp_path / "night.txt").write_text(NIGHT_REPORT)
    app = Skytruce(ledger)
    app.ingest([str(tmp_path / "night.txt")])
    [result] = app.check(extract_claims(GOVERNOR_POST))
    assert result["event_id"] == ledger.list_events(level="incident")[0]["id"]
    assert result["verdicts"] == ["supports: drone destroyed 11 (event shows 11, Odesa Regional Military Administration)"]
    contradicting = app.check(extract_claims("Overnight into February 8, 2024, Russia launched 60 Shahed drones, "
                                             "the Ukrainian air force said."))
    assert contradicting[0]["event_id"] == ledger.list_events(level="wave")[0]["id"]
    assert any(v.startswith("contradicts: Shahed-136/131 launched 60 vs 17") for v in contradicting[0]["verdicts"])


@needs_shared(TALLY_CSV)
@needs_shared(SEED_ARTICLE)
def test_real_tallies_and_the_seed_article(ledger):
    app = Skytruce(ledger)
    app.ingest([str(TALLY_CSV), str(SEED_ARTICLE)])
    events = ledger.list_events(limit=5000)
    minsk = next(e for e in events if e["place"] == "Minsk")
    assert (minsk["level"], minsk["scope"], minsk["target_country"], minsk["grade"]) == \
        ("incident", "foreign", "BY", "unverified")
    assert "evidence absent: rescue_service, video" in minsk["reasons"]
    july = next(e for e in events if e["key"] == "RU|2025-07-01..2025-07-31|UA")
    assert july["low_precision"]
    assert "tallies show" in july["crosscheck"] and "drone launched" in july["crosscheck"]
    assert "Kharkiv Oblast, Kyiv Oblast, Odesa Oblast" in july["crosscheck"]


def test_claims_beyond_those_kept_in_memory_are_read_back_and_grouped_alike(tmp_path, samples, monkeypatch):
    def events_after_ingest(name: str) -> list[dict]:
        ledger = Ledger.open(f"sqlite:///{tmp_path / name}")
        Skytruce(ledger).ingest([str(samples)])
        return ledger.list_events(limit=10_000)

    kept = events_after_ingest("kept.db")
    monkeypatch.setattr(skytruce.app, "RECORDS_KEPT", 1)
    assert events_after_ingest("read-back.db") == kept and kept
