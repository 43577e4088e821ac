"""The library object: what an ingest stores, read and written a document and a batch at a time."""

import shutil

import skytruce.app
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
