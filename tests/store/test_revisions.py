"""Revisions: the same URL with changed text supersedes the old text (kept, with its
claims), its events are regrouped and regraded, and the history says what changed. A
writer killed between storing and regrouping leaves work that `recover` finishes."""

from skytruce.app import Skytruce
from skytruce.extract import extract_document
from skytruce.ingest.text import read_text

URL = "https://news.example/odesa-night"


def _report(tmp_path, name: str, figure: int, url: str = URL, who: str = "the Odesa regional administration said"):
    path = tmp_path / name
    path.write_text(f"---\nurl: {url}\npublished: 2025-03-02\ntitle: Drones over Odesa\n---\n"
                    f"Russia launched {figure} Shahed drones at Odesa overnight, {who} on Sunday.\n")
    return str(path)


def _odesa(ledger) -> dict:
    [incident] = [e for e in ledger.list_events(level="incident") if e["place"] == "Odesa"]
    return ledger.event(incident["id"])


def test_a_corrected_figure_is_a_revision_that_regrades_the_event(ledger, tmp_path):
    app = Skytruce(ledger)
    app.ingest([_report(tmp_path, "a.txt", 45), _report(tmp_path, "af.txt", 45, "https://wire.example/af",
                                                       "Ukraine's air force said")])
    assert _odesa(ledger)["grade"] == "one-sided"
    result = app.ingest([_report(tmp_path, "a2.txt", 54)]).result
    assert result.documents_added == 1 and len(result.revised) == 1 and result.superseded_keys
    event = _odesa(ledger)
    assert event["grade"] == "contested"
    assert [h["changes"] for h in event["history"]] == [["first graded one-sided"], ["regraded from one-sided to contested"]]
    [chain] = event["revisions"]
    assert chain[1]["changes"] == ["Shahed-136/131 launched (Odesa Regional Military Administration) corrected from 45 to 54"]
    assert len(event["claims"]) == 2  # the superseded claim is kept in the ledger, not in the event
    assert len(ledger.list_claims()) == 3
    again = app.ingest([_report(tmp_path, "a3.txt", 54)]).result  # the same correction again: nothing new
    assert again.documents_added == 0 and not again.revised


def test_the_cli_and_the_event_page_show_the_history(ledger, tmp_path, db_url, monkeypatch):
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from skytruce.api import create_app
    from skytruce.cli import app as cli
    app = Skytruce(ledger)
    app.ingest([_report(tmp_path, "a.txt", 45), _report(tmp_path, "af.txt", 45, "https://wire.example/af",
                                                       "Ukraine's air force said")])
    app.ingest([_report(tmp_path, "a2.txt", 54)])
    event_id = _odesa(ledger)["id"]
    monkeypatch.setenv("SKYTRUCE_DATABASE_URL", db_url)
    shown = CliRunner().invoke(cli, ["show", event_id], env={"COLUMNS": "200"})
    assert shown.exit_code == 0
    assert "regraded from one-sided to contested" in shown.output
    assert "Shahed-136/131 launched (Odesa Regional Military Administration) corrected from 45 to 54" in shown.output
    page = TestClient(create_app(ledger)).get(f"/events/{event_id}")
    assert "corrected from 45 to 54" in page.text and 'class="superseded"' in page.text


def test_a_writer_killed_between_storing_and_regrouping_is_finished_by_recover(ledger, tmp_path):
    app = Skytruce(ledger)
    app.ingest([_report(tmp_path, "a.txt", 45), _report(tmp_path, "af.txt", 45, "https://wire.example/af",
                                                       "Ukraine's air force said")])
    doc = read_text(open(_report(tmp_path, "a2.txt", 54), "rb").read(), "a2.txt")
    doc.claims = extract_document(doc)
    ledger.add([doc])  # stored, then the process died before regrouping
    stale, never = ledger.unfinished_grouping()
    assert stale and [r.claim.weapons[0].launched for r in never] == [54]
    assert app.recover() > 0
    assert ledger.unfinished_grouping() == ([], [])
    assert _odesa(ledger)["grade"] == "contested" and app.recover() == 0


def test_only_a_web_address_makes_a_revision(ledger, tmp_path):
    app = Skytruce(ledger)
    first = tmp_path / "notes.txt"
    first.write_text("Russia launched 12 Shahed drones at Sumy overnight, the air force said on 1 March 2025.\n")
    app.ingest([str(first)])
    first.write_text("Russia launched 13 Shahed drones at Sumy overnight, the air force said on 1 March 2025.\n")
    result = app.ingest([str(first)]).result
    assert result.documents_added == 1 and not result.revised  # a file path is no identity: two documents
