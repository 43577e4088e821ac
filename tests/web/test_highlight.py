"""A claim is shown in the sentences that told it, its figures marked."""

from datetime import date

from skytruce.extract import extract_claims
from skytruce.web.highlight import GAP, segments

REPORT = ("Air defence downs 31 of 40 drones over Poltava region\n\n"
          "Residents of several villages reported hearing explosions before dawn. Schools will open as usual.\n\n"
          "The Ukrainian Air Force said 31 of the 40 Shahed drones launched overnight were shot down.")


def test_only_the_sentences_that_told_the_claim_are_shown():
    [claim] = extract_claims(REPORT, date(2025, 3, 4))
    shown = "".join(text for text, _ in segments(claim))
    assert shown.startswith("Air defence downs 31 of 40 drones") and GAP in shown
    assert "Schools" not in shown and ("31", "number") in segments(claim)


def test_a_claim_keeps_its_sentences_through_the_ledger():
    [claim] = extract_claims(REPORT, date(2025, 3, 4))
    again = type(claim).from_dict(claim.to_dict())
    assert again.told() == claim.told() and len(claim.told()) == 2
