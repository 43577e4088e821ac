from datetime import date

from skytruce.corroborate import crosscheck
from skytruce.model import Claim, Claimant, ClaimRecord, Place, TimeWindow, WeaponCount

JULY = TimeWindow(date(2025, 7, 1), date(2025, 7, 31), "month", "in July")


def tally_row(day: int, launched: int, destroyed: int, region: str | None = None) -> ClaimRecord:
    places = [Place(region, "target", "UA", None, None, "admin1")] if region else [Place("Ukraine", "target", "UA")]
    night = TimeWindow(date(2025, 7, day - 1), date(2025, 7, day), "hour")
    c = Claim((0, 1), "row", Claimant("Ukrainian Air Force", "UA", "military"), "RU",
              [WeaponCount("Shahed-136/131", "drone", launched, destroyed)], night, places)
    return ClaimRecord(day, c, 1, "tally_csv")


def aggregate(launched: int, qualifier="at_least", regions=("Kyiv Oblast", "Odesa Oblast")) -> Claim:
    return Claim((0, 1), "claim", Claimant("Ukrainian General Staff", "UA", "military"), "RU",
                 [WeaponCount(None, "drone", launched, None, qualifier)], JULY,
                 [Place(r, "target", "UA", None, None, "admin1") for r in regions])


TALLIES = [tally_row(5, 300, 280), tally_row(13, 600, 570, "Kyiv Oblast"), tally_row(21, 100, 90, "Odesa Oblast")]


def test_consistent_claim():
    text = crosscheck(aggregate(150, regions=()), TALLIES)
    assert "tallies show 1,000 drone launched and 940 destroyed over 3 nights" in text
    assert text.endswith("the claim of at least 150 is consistent with them")


def test_an_undercount_of_the_regions_it_names():
    text = crosscheck(aggregate(150), TALLIES)
    assert "2 rows name Kyiv Oblast, Odesa Oblast with 700 in all" in text
    assert "true as a lower bound, but an undercount" in text


def test_an_overcount():
    assert "is an overcount" in crosscheck(aggregate(5000, "exact", ()), TALLIES)


def test_nothing_to_compare():
    assert crosscheck(aggregate(10, regions=()), []) == "no tally rows for drone launched by RU between 2025-07-01 and 2025-07-31"
