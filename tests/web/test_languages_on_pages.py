"""A Ukrainian or Russian report's claims are shown like an English one's: its sentence
in its own words, with the weapons, places and figures the lexicon of its language found
marked, and its language named."""

from fastapi.testclient import TestClient

from skytruce.api import create_app
from skytruce.app import Skytruce


def test_the_event_page_shows_a_ukrainian_sentence_marked_and_its_language(ledger, samples):
    Skytruce(ledger).ingest([str(samples / "kharkiv-bombs-uk.txt")])
    client = TestClient(create_app(ledger))
    event = client.get("/api/events", params={"level": "incident"}).json()["events"][0]
    page = client.get(f"/events/{event['id']}").text
    assert 'lang="uk"' in page and '<span class="language">uk</span>' in page
    assert '<mark class="weapon">керовані авіабомби</mark>' in page
    assert '<mark class="place">Харків</mark>' in page


def test_a_pasted_russian_report_is_read_in_russian(ledger):
    client = TestClient(create_app(ledger))
    page = client.post("/analyze", data={"text": "Губернатор Курской области Александр Хинштейн сообщил, что этой ночью "
                                                 "над регионом сбиты 14 украинских беспилотников.",
                                         "published": "2025-06-15"}).text
    assert 'lang="ru"' in page and '<mark class="number">14</mark>' in page
    assert "Alexander Khinshtein" in page
