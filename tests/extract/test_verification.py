"""Verification cues: unverified, denied, disputed; evidence present and absent."""

from tests.extract.helpers import claims_of, only_claim


def test_unverified_with_absent_evidence():
    text = ("Lukashenko claimed that a drone struck a residential building in Minsk. No independent verification "
            "has been provided: no video footage, no rescue service data.")
    claim = only_claim(text)
    assert claim.verification.status == "unverified"
    assert set(claim.verification.evidence_absent) == {"video", "rescue_service"}


def test_reuters_could_not_verify():
    claim = only_claim("Ukraine said it hit a refinery with 20 drones. Reuters could not independently verify the claim.")
    assert claim.verification.status == "unverified"


def test_denial():
    claim = only_claim("Kyiv said it shot down six Kinzhal missiles; Moscow denied it.")
    assert claim.verification.status == "denied"


def test_refutation_disputes():
    text = "A drone fell on a house in Minsk, the KGB said. The Minsk police later refuted this report."
    assert only_claim(text).verification.status == "disputed"


def test_hedges_are_noted_but_do_not_flag():
    claim = only_claim("The so-called volunteer units fired 10 drones at the border, the governor said.")
    assert claim.verification.status == "asserted"
    assert "so-called" in claim.verification.cues


def test_evidence_present():
    claim = only_claim("Russian drones hit a warehouse in Lviv; video published by residents shows the fire.")
    assert "video" in claim.verification.evidence


def test_plain_reports_stay_asserted():
    assert all(c.verification.status == "asserted"
               for c in claims_of("Air defences shot down 20 of 25 drones overnight, the air force said."))


def test_silence_on_the_claim_flags_it_but_not_silence_on_the_attack():
    assert only_claim("Moscow said it downed 5 missiles over Sevastopol. Ukraine's military did not comment."
                      ).verification.status == "unverified"
    assert only_claim("Kyiv said it shot down 20 drones. Moscow did not comment on Tuesday's attack."
                      ).verification.status == "asserted"
