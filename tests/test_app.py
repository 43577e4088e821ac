"""The library object: what an ingest stores, read and written a document and a batch at a time."""

import shutil

import skytruce.app
import skytruce.extract
import skytruce.store.ledger
from skytruce.app import Skytruce
from skytruce.extract import extract_claims

REPORTS = ["odesa-night-drones.txt", "july-campaign.txt", "kinzhal-denial.txt"]


def test_a_stored_report_beside_new_ones_is_passed_over_claims_and_all(ledger, tmp_path, samples, monkeypatch):
    monkeypatch.setattr(skytruce.app, "CLAIMS_SET_ASIDE", 1)  # a report's claims set aside in several batches
    monkeypatch.setattr(skytruce.store.ledger, "INSERT_BATCH", 3)
    for name in REPORTS:
        shutil.copy(samples / name, tmp_path / name)
    app = Skytruce(ledger)
    first = app.ingest([str(tmp_path / REPORTS[0])]).result
    both = app.ingest([str(tmp_path)]).result
    assert (first.documents_added, both.documents_added, both.documents_unchanged) == (1, 2, 1)
    stored = {d["location"].rsplit("/", 1)[-1]: d["claims"] for d in ledger.list_documents()}
    assert stored[REPORTS[0]] == first.claims_added > 1
    assert sum(stored.values()) == first.claims_added + both.claims_added == ledger.count_claims()
    assert all(n == len(extract_claims((samples / name).read_text())) for name, n in stored.items())


def test_reports_read_again_by_a_newer_extractor_keep_what_it_still_finds(ledger, samples, monkeypatch):
    app = Skytruce(ledger)
    app.ingest([str(samples / name) for name in REPORTS])
    current = lambda: sum(not c["superseded_at"] for c in ledger.list_claims(limit=1000))  # noqa: E731
    before = current()
    reading = skytruce.extract.extract_document

    def newer(doc, lang=None):  # finds one figure otherwise and no longer gives another claim
        claims = reading(doc, lang)
        if doc.location.endswith(REPORTS[0]):
            claims[0].weapons[0].destroyed = (claims[0].weapons[0].destroyed or 0) + 1
            claims = claims[:1] + claims[2:]
        return claims

    monkeypatch.setattr(skytruce.extract, "extract_document", newer)
    changed = app.reextract()
    assert (changed.documents_unchanged, changed.claims_added, changed.claims_withdrawn) == (3, 1, 2)
    assert current() == before - 1
    withdrawn = {c["id"] for c in ledger.list_claims(limit=1000) if c["superseded_at"]}
    assert not withdrawn & {cid for e in ledger.list_events(limit=1000) for cid in (ledger.event(e["id"]) or {}).get("claim_ids", [])}
    again = app.reextract()
    assert (again.claims_added, again.claims_withdrawn) == (0, 0)
    monkeypatch.setattr(skytruce.extract, "extract_document", reading)
    back = app.reextract()  # the extractor as it was: what it gave comes back, the changed figure goes
    assert (back.claims_added, back.claims_withdrawn) == (0, 1) and current() == before
