"""The dashboard in a real browser (Debian's chromium driven by Playwright): load it,
filter, open an event, read the highlighted sentence, analyze a pasted article.
Screenshots go to test-artifacts/."""

import pytest

from skytruce.api import create_app
from skytruce.app import Skytruce
from skytruce.store import Ledger
from tests.conftest import SAMPLES
from tests.web.conftest import ARTIFACTS, CHROMIUM, serving

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    ledger = Ledger.open(f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.db'}")
    Skytruce(ledger).ingest([str(SAMPLES)])
    return ledger


@pytest.fixture(scope="module")
def server(ledger):
    with serving(create_app(ledger)) as url:
        yield url


def test_dashboard_map_filters_and_event_page(server, page):
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready=yes]")
    assert page.locator("#map path.country").count() > 10
    assert page.locator("#map path.region").count() > 100  # oblasts and the neighbours' regions
    assert page.locator("#map path.region[data-region='Kharkiv Oblast']").count() == 1
    assert page.locator("#map circle.event-dot").count() >= 3  # the map shows incidents
    assert page.locator("#events tbody tr").count() >= 10  # the table lists waves
    assert page.locator("#timeline rect").count() > 0
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"))
    page.select_option("select[name=grade]", "unverified")
    page.click("button[type=submit]")
    page.wait_for_function("[...document.querySelectorAll('#events tbody tr')].every("
                           "r => r.cells[4].innerText === 'unverified')")
    dots = page.locator("#map circle.event-dot")
    assert dots.count() >= 1 and dots.count() == page.locator("#map circle.event-dot.unverified").count()
    dots.filter(has=page.locator("title", has_text="Minsk")).first.click(force=True)
    page.wait_for_selector("p.wave-link")
    assert page.inner_text("h1").startswith("Incident") and "unverified" in page.inner_text("h1")
    assert "foreign incident in BY" in page.inner_text("main")
    assert "President of Belarus" in page.inner_text(".reasons")
    marks = page.locator("blockquote.sentence mark")
    assert "Minsk" in [marks.nth(i).inner_text() for i in range(marks.count())]
    page.screenshot(path=str(ARTIFACTS / "incident.png"))
    page.click("p.wave-link a")
    page.wait_for_selector("#incidents")
    assert page.inner_text("h1").startswith("Wave") and "Minsk" in page.inner_text("#incidents")
    page.screenshot(path=str(ARTIFACTS / "wave.png"))


def test_a_map_dot_opens_its_incident(server, page):
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready=yes]")
    odesa = page.locator("#map circle.event-dot").filter(has=page.locator("title", has_text="Odesa (local)")).first
    odesa.click(force=True)  # two Odesa incidents share a dot position: either will do
    page.wait_for_selector("p.wave-link")
    assert "Odesa" in page.inner_text("main") and "consistent with its wave" in page.inner_text(".reasons")


def test_analyze_a_pasted_article_escapes_it(server, page):
    page.goto(server + "/analyze")
    page.fill("textarea[name=text]", "<script>alert('owned')</script> Overnight into March 3, 2025, Russia launched "
                                     "45 Shahed drones at the Sumy region and air defences shot down 30 of them.")
    page.click("button[type=submit]")
    page.wait_for_selector("article.claim")
    assert page.dialogs == []
    assert page.input_value("textarea").startswith("<script>alert('owned')</script>")
    assert "Shahed-136/131 45/30" in page.inner_text("article.claim .who")
    numbers = page.locator("blockquote mark.number")
    assert [numbers.nth(i).inner_text() for i in range(numbers.count())] == ["45", "30"]
    page.screenshot(path=str(ARTIFACTS / "analyze.png"))


def test_ceasefire_page_shows_the_chart(server, page, ledger):
    from skytruce.ceasefire import load
    page.goto(server + "/ceasefires")
    assert "No ceasefire declared yet" in page.inner_text("main")
    [truce] = load(SAMPLES.parent / "data" / "ceasefires" / "aerial-ceasefire-2025.yaml")
    ledger.add_ceasefires([truce.to_dict()])
    page.goto(server + "/ceasefires")
    page.click("text=aerial ceasefire")
    page.wait_for_selector("img.chart")
    assert page.evaluate("document.querySelector('img.chart').naturalWidth") > 100
    assert page.locator("#compliance tbody tr").count() == 2
    page.screenshot(path=str(ARTIFACTS / "ceasefire.png"), full_page=True)


JULY_TRUCE = {"name": "July drone truce", "parties": ["RU", "UA"], "scope": ["drones"], "start": "2025-07-13 12:00",
              "end": "2025-07-31 00:00", "zone": "Europe/Kyiv", "status": "proposed",
              "source": "written for this test", "notes": "<script>alert('owned')</script> notes are text"}


def test_a_brief_renders_in_the_browser(server, page, ledger, tmp_path):
    """The brief as `skytruce ceasefire brief -o brief.html` writes it, opened from disk,
    and the same brief on the dashboard's ceasefire page."""
    from skytruce.app import Skytruce
    from skytruce.ceasefire import build
    from skytruce.ceasefire.brief import brief
    from skytruce.web.brief import standalone
    truce = build(JULY_TRUCE)
    ledger.add_ceasefires([truce.to_dict()], replace=True)
    path = tmp_path / "brief.html"
    path.write_text(standalone(brief(Skytruce(ledger).compliance_report(truce))), encoding="utf-8")
    page.goto(path.as_uri())
    page.wait_for_selector("img.chart")
    assert page.evaluate("document.querySelector('img.chart').naturalWidth") > 100
    assert page.dialogs == [] and "<script>" in page.inner_text(".brief")
    verdicts = page.inner_text("ul.verdicts")
    assert "Russia: 1 attack wave recorded wholly inside the window (344 weapons launched" in verdicts
    assert "from 20:00 on 20 July 2025" in verdicts
    rows = page.locator("#brief-events tbody tr")
    assert rows.count() == 2 and "across the end" in rows.nth(1).inner_text()
    assert "1 wave lies across an edge" in page.inner_text("ul.limits")
    page.screenshot(path=str(ARTIFACTS / "brief.png"), full_page=True)
    page.goto(server + "/ceasefires/July%20drone%20truce")
    page.wait_for_selector("#brief-events")
    assert page.locator("#brief-events tbody tr").count() == 2 and page.locator("#compliance tbody tr").count() == 2
    assert page.locator("#brief-events a").first.get_attribute("href").startswith("/events/")
