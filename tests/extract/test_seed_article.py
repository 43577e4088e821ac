"""The article that started the project: the claims it must yield."""

from datetime import date

import pytest

from skytruce.extract import extract_claims
from tests.conftest import SEED_ARTICLE, needs_shared

pytestmark = needs_shared(SEED_ARTICLE)


@pytest.fixture(scope="module")
def claims():
    return extract_claims(SEED_ARTICLE.read_text(encoding="utf-8"), date(2025, 8, 2))


def by(claims, name):
    return [c for c in claims if c.claimant and c.claimant.name == name]


def test_general_staff_july_drone_attacks(claims):
    [claim] = by(claims, "Ukrainian General Staff")
    [weapon] = claim.weapons
    assert (weapon.category, weapon.launched, weapon.qualifier) == ("drone", 150, "at_least")
    assert (claim.time.start, claim.time.end, claim.time.precision) == (date(2025, 7, 1), date(2025, 7, 31), "month")
    assert {"Kyiv Oblast", "Odesa Oblast", "Kharkiv Oblast"} <= {p.name for p in claim.places}
    assert {"energy", "grain", "residential"} <= set(claim.targets)
    assert claim.attacker == "RU"


def test_lukashenko_minsk_drone_is_unverified(claims):
    [claim] = by(claims, "Alexander Lukashenko")
    assert claim.claimant.party == "BY"
    assert claim.weapons[0].category == "drone"
    assert "Minsk" in {p.name for p in claim.places}
    assert "residential" in claim.targets
    assert (claim.time.start, claim.time.end) == (date(2025, 7, 21), date(2025, 7, 31))
    assert claim.verification.status == "unverified"
    assert set(claim.verification.evidence_absent) == {"video", "rescue_service"}
    assert "59 kilograms" in claim.sentence


def test_ukrainian_strikes_on_command_posts_since_late_june(claims):
    [claim] = [c for c in claims if "command_post" in c.targets]
    assert claim.attacker == "UA"
    assert {"Belgorod Oblast", "Rostov Oblast"} <= {p.name for p in claim.places}
    assert "logistics" in claim.targets
    assert claim.time.start == date(2025, 6, 21)


def test_uk_intelligence_lost_airfields(claims):
    [claim] = by(claims, "UK Defence Intelligence")
    assert claim.attacker == "UA" and "airfield" in claim.targets
    assert claim.time.precision == "month" and claim.time.end == date(2025, 7, 31)
    assert "at least three major airfields" in claim.sentence
