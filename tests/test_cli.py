"""The command line as a user meets it: output, exit codes, and a ledger left unchanged
by bad input."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from skytruce.cli import app
from skytruce.store import Ledger

runner = CliRunner()


@pytest.fixture
def cli(db_url, monkeypatch):
    monkeypatch.setenv("SKYTRUCE_DATABASE_URL", db_url)
    monkeypatch.setenv("COLUMNS", "200")

    def run(*args):
        return runner.invoke(app, [str(a) for a in args])
    return run


def test_ingest_then_again_says_nothing_new(cli, samples, db_url):
    first = cli("ingest", samples)
    assert first.exit_code == 0, first.output
    assert "documents: 12 added" in first.output
    again = cli("ingest", samples)
    assert again.exit_code == 0
    assert "nothing new" in again.output
    assert Ledger(db_url).counts()["documents"] == 12


def test_reports_read_again_by_the_same_extractor_change_nothing(cli, samples):
    cli("ingest", samples)
    result = cli("reextract")
    assert result.exit_code == 0, result.output
    assert "0 new, 0 withdrawn" in result.output and "reports read again: 11" in result.output  # (the tally CSV is not a report)


BAD_INPUTS = [
    ("empty.txt", "empty file"),
    ("image.txt", "binary file"),
    ("broken.html", "no article text"),
    ("truncated.rss", "malformed feed"),
    ("missing-column.csv", "missing column launched"),
    ("bad-numbers.csv", "launched: not a whole non-negative number"),
]


@pytest.mark.parametrize("name,reason", BAD_INPUTS)
def test_bad_input_exits_1_and_leaves_the_ledger_unchanged(cli, fixtures, samples, db_url, name, reason):
    cli("ingest", samples / "odesa-night-drones.txt")
    before = Ledger(db_url).counts()
    result = cli("ingest", samples / "belgorod-report.md", fixtures / name)
    assert result.exit_code == 1
    assert reason in result.output
    assert str(fixtures / name) in result.output
    assert Ledger(db_url).counts() == before


def test_skip_bad_lands_good_rows_and_writes_the_rejected_ones(cli, fixtures, tmp_path, db_url):
    result = cli("import-tallies", fixtures / "bad-numbers.csv", "--skip-bad", "--rejected-dir", tmp_path)
    assert result.exit_code == 0, result.output
    assert "1 imported" in result.output and "3 rejected" in result.output
    rejected = (tmp_path / "rejected-bad-numbers.csv").read_text().splitlines()
    assert len(rejected) == 4 and rejected[0].endswith(",skytruce_error")
    assert "line 3: launched" in rejected[1]
    assert Ledger(db_url).counts()["claims"] == 1


def test_import_tallies_all_or_nothing(cli, fixtures, db_url):
    result = cli("import-tallies", fixtures / "bad-numbers.csv")
    assert result.exit_code == 1
    assert "bad-numbers.csv:3: launched" in result.output
    assert "bad-numbers.csv:4: destroyed" in result.output
    assert "nothing was imported" in result.output
    assert Ledger(db_url).counts()["claims"] == 0


def test_extract_prints_the_json_contract(cli, samples):
    result = cli("extract", samples / "odesa-night-drones.txt", "--published", "2024-02-08")
    assert result.exit_code == 0, result.output
    [doc] = json.loads(result.output)["documents"]
    assert set(doc) == {"path", "title", "published", "language", "text_sha256", "claims"}
    claim = next(c for c in doc["claims"] if c["weapons"] and c["weapons"][0]["launched"] == 17)
    assert set(claim) == {"kind", "span", "sentence", "sentences", "claimant", "attacker", "weapons", "time",
                          "places", "targets", "casualties", "verification"}
    assert claim["weapons"][0] == {"model": "Shahed-136/131", "category": "drone", "launched": 17,
                                   "destroyed": 11, "qualifier": "exact"}
    assert claim["time"]["end"] == "2024-02-08"


def test_extract_rejects_a_bad_date(cli, samples):
    result = cli("extract", samples / "minsk-claim.txt", "--published", "08/02/2025")
    assert result.exit_code == 2


def test_extract_writes_what_it_read_and_names_what_it_could_not(cli, samples, fixtures):
    result = cli("extract", samples / "minsk-claim.txt", fixtures / "empty.txt", samples / "kinzhal-denial.txt")
    assert result.exit_code == 1
    assert [d["title"] is not None for d in json.loads(result.stdout)["documents"]] == [True, True]
    assert f"{fixtures / 'empty.txt'}: empty file" in result.stderr


def test_analyze_shows_claims_and_cues(cli, samples):
    result = cli("analyze", samples / "minsk-claim.txt")
    assert result.exit_code == 0, result.output
    assert "Alexander Lukashenko" in result.output
    assert "evidence absent: video, rescue_service" in result.output


def test_listings_in_every_format(cli, samples):
    cli("ingest", samples)
    assert "Ukrainian Air Force" in cli("sources").output
    assert "showing 100 of" in cli("sources").output  # a table holds a page; csv and json every source
    assert len(cli("sources", "--format", "csv").output.splitlines()) > 101
    rows = json.loads(cli("claims", "--weapon", "Shahed-136/131", "--format", "json").output)
    assert rows and all(any(w["model"] == "Shahed-136/131" for w in r["weapons"]) for r in rows)
    csv_out = cli("documents", "--format", "csv").output.splitlines()
    assert csv_out[0] == "id,kind,published,publisher,title,claims,location" and len(csv_out) == 13


def test_missing_file_via_the_installed_command(tmp_path):
    result = subprocess.run([sys.executable, "-c", "from skytruce.cli import main; main()", "ingest",
                             str(tmp_path / "nope.txt")], capture_output=True, text=True,
                            env={"SKYTRUCE_DATABASE_URL": f"sqlite:///{tmp_path}/x.db", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 1
    assert "no such file or directory" in result.stderr
    assert "Traceback" not in result.stderr


def test_events_show_and_exports(cli, samples, tmp_path):
    cli("ingest", samples)
    listed = cli("events", "--grade", "unverified")
    assert listed.exit_code == 0, listed.output
    events = json.loads(cli("events", "--format", "json", "--limit", "1000").output)
    minsk = next(e for e in events if e["place"] == "Minsk" and e["precision"] == "month")
    assert minsk["grade"] == "unverified" and minsk["attacker"] == "UA"
    shown = cli("show", minsk["id"])
    assert shown.exit_code == 0 and "President of Belarus" in shown.output and "evidence absent" in shown.output
    assert cli("show", "nope").exit_code == 1
    geo = json.loads(cli("events", "--format", "geojson").output)
    assert geo["type"] == "FeatureCollection" and geo["features"][0]["geometry"]["type"] == "Point"
    rows = cli("events", "--format", "csv").output.splitlines()
    assert rows[0].startswith("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1")
    parquet = tmp_path / "events.parquet"
    assert cli("events", "--format", "parquet", "--output", parquet).exit_code == 0
    import pyarrow.parquet as pq
    assert pq.read_table(parquet).num_rows == len(rows) - 1
    assert cli("events", "--format", "parquet").exit_code == 2
    assert cli("events", "--grade", "excellent").exit_code == 2


def test_a_table_shows_a_page_and_says_so_while_exports_hold_every_row(cli, samples, tmp_path, monkeypatch, db_url):
    monkeypatch.setattr("skytruce.cli.TABLE_PAGE", 3)
    cli("ingest", samples)
    total = Ledger(db_url).count_events()
    assert f"showing 3 of {total}" in cli("events").output
    assert "showing" not in cli("events", "--limit", "5").output
    assert len(cli("events", "--format", "csv").output.splitlines()) == total + 1
    assert len(json.loads(cli("events", "--format", "json").output)) == total
    assert len(json.loads(cli("events", "--format", "json", "--limit", "4").output)) == 4
    written = cli("events", "-o", tmp_path / "events.geojson")
    assert f"{total} events written" in written.output
    assert json.loads((tmp_path / "events.geojson").read_text())["skytruce"]["events"] == total
    claims = Ledger(db_url).count_claims()
    assert f"showing 3 of {claims}" in cli("claims").output
    assert len(json.loads(cli("claims", "--format", "json").output)) == claims
    assert f"showing 3 of {Ledger(db_url).count_documents()}" in cli("documents").output


def test_check_a_file_against_the_ledger(cli, samples, tmp_path):
    cli("ingest", samples / "tallies-sample.csv")
    report = tmp_path / "report.txt"
    report.write_text("Russia launched 60 Shahed drones overnight into February 8, 2024, the Ukrainian air force said.")
    result = cli("check", report)
    assert result.exit_code == 0, result.output
    assert "contradicts: Shahed-136/131 launched 60 vs 17 (Ukrainian Air Force)" in result.output


SAVED_REPORT = ("Russia launched 45 Shahed drones at Ukraine overnight, the Ukrainian air force said. Governor Oleh Kiper "
                "said drones hit port buildings in Izmail overnight, injuring two people.")


def test_ingest_takes_the_date_and_address_of_a_single_report(cli, tmp_path, db_url):
    report = tmp_path / "saved.txt"
    report.write_text(SAVED_REPORT)
    result = cli("ingest", report, "--published", "2025-06-11", "--url", "https://example.org/izmail")
    assert result.exit_code == 0, result.output
    [doc] = Ledger(db_url).list_documents()
    assert (doc["published"].isoformat(), doc["location"]) == ("2025-06-11", "https://example.org/izmail")
    waves = json.loads(cli("events", "--level", "wave", "--format", "json").output)
    assert [w["end"] for w in waves] == ["2025-06-11"]  # "overnight" resolved against the given date
    [izmail] = json.loads(cli("events", "--wave", waves[0]["id"], "--format", "json").output)
    assert (izmail["level"], izmail["place"], izmail["wave_id"]) == ("incident", "Izmail", waves[0]["id"])
    shown = cli("show", waves[0]["id"]).output
    assert "incidents inside this wave" in shown and "Izmail" in shown


def test_the_single_report_options_refuse_several_inputs(cli, samples, tmp_path):
    assert cli("ingest", samples, "--published", "2025-06-11").exit_code == 2
    assert cli("ingest", samples / "minsk-claim.txt", "--url", "example.org/x").exit_code == 2
    assert cli("ingest", samples / "minsk-claim.txt", "--published", "11/06/2025").exit_code == 2


def test_front_matter_errors_exit_1_and_write_nothing(cli, tmp_path, db_url):
    report = tmp_path / "saved.md"
    report.write_text("---\npublished: last Tuesday\n---\n" + SAVED_REPORT)
    result = cli("ingest", report)
    assert result.exit_code == 1
    assert f"{report}:2: published: 'last Tuesday' is not a YYYY-MM-DD date" in result.output
    assert Ledger(db_url).counts()["documents"] == 0


def test_a_ceasefire_report_counts_waves_and_incidents(cli, samples):
    cli("ingest", samples)
    assert cli("ceasefire", "add", samples.parent / "data" / "ceasefires" / "aerial-ceasefire-2025.yaml").exit_code == 0
    table = cli("ceasefire", "report", "aerial ceasefire", "--until", "2025-08-31")
    assert table.exit_code == 0, table.output
    assert "waves" in table.output and "incidents" in table.output and "baseline waves" in table.output
    rows = cli("ceasefire", "report", "aerial ceasefire", "--until", "2025-08-31", "--format", "csv").output.splitlines()
    assert rows[0] == "party,day,waves,launched"
    report = json.loads(cli("ceasefire", "report", "aerial ceasefire", "--until", "2025-08-31", "--format", "json").output)
    assert {"waves", "incidents", "incidents_by_grade"} <= set(report["parties"]["RU"])


def test_truces_with_hours_and_targets_and_their_brief(cli, samples, tmp_path):
    cli("ingest", samples / "tallies-sample.csv")
    added = cli("ceasefire", "add", "--name", "night truce", "--parties", "RU,UA", "--scope", "drones",
                "--start", "2025-07-13 12:00", "--end", "2025-07-31 00:00", "--zone", "Europe/Kyiv",
                "--band", "line of contact:30", "--combine", "or")
    assert added.exit_code == 0 and "2025-07-13 12:00 → 2025-07-31 00:00 Europe/Kyiv" in " ".join(added.output.split())
    refused = cli("ceasefire", "add", "--name", "x", "--parties", "RU", "--start", "2025-07-13 25:00")
    assert refused.exit_code == 1 and refused.exception.field == "start"  # main() prints it on one line
    table = cli("ceasefire", "report", "night truce")
    assert table.exit_code == 0 and "across an edge" in table.output
    hourly = cli("ceasefire", "report", "night truce", "--format", "csv", "--hourly").output.splitlines()
    assert hourly[0] == "party,hour,launched,period" and "RU,2025-07-20T20,344,truce" in hourly
    html, md = tmp_path / "brief.html", tmp_path / "brief.md"
    assert cli("ceasefire", "brief", "night truce", "-o", html).exit_code == 0
    assert "<h2>What the data cannot tell</h2>" in html.read_text(encoding="utf-8")
    assert cli("ceasefire", "brief", "night truce", "-o", md).exit_code == 0
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# night truce (proposed)") and "![attack waves across the window](brief-chart.svg)" in text
    assert (tmp_path / "brief-chart.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    bundled = sorted((samples.parent / "data" / "ceasefires").glob("*.yaml"))
    assert cli("ceasefire", "add", *bundled).exit_code == 0
    assert "Victory Day truce" in cli("ceasefire", "list").output
