"""Grades and their reasons on small sets of claims written for each case."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from skytruce.corroborate import corroborate
from skytruce.model import (
    Claim,
    Claimant,
    ClaimRecord,
    Place,
    TimeWindow,
    Verification,
    WeaponCount,
)

NIGHT = TimeWindow(date(2024, 2, 7), date(2024, 2, 8), "day", "overnight")
AIR_FORCE = Claimant("Ukrainian Air Force", "UA", "military")
GOVERNOR = Claimant("Oleh Kiper", "UA", "local_authority")
RUSSIAN_MOD = Claimant("Russian Defence Ministry", "RU", "military")
ODESA = Place("Odesa Oblast", "target", "UA", 46.48, 30.73, "admin1")


def claim(claimant=AIR_FORCE, launched=17, destroyed=11, places=(), status="asserted", cues=(), attacker="RU",
          time=NIGHT, sentence="Russia launched drones.", absent=()):
    return Claim(span=(0, len(sentence)), sentence=sentence, claimant=claimant, attacker=attacker,
                 weapons=[WeaponCount("Shahed-136/131", "drone", launched, destroyed)], time=time,
                 places=list(places), verification=Verification(status, list(cues), [], list(absent)))


def records(*claims, kind="html"):
    return [ClaimRecord(i, c, i, kind, publisher=f"outlet {i}") for i, c in enumerate(claims, 1)]


def only_event(*claims):
    [event] = corroborate(records(*claims))
    return event


def test_one_claim_relayed_by_three_outlets_is_weak():
    event = only_event(claim(), claim(sentence="The air force said 11 of 17 drones were downed."),
                       claim(sentence="Ukraine's air force reported 17 drones."))
    assert event.grade == "weak"
    assert event.reasons[0].startswith("1 underlying source (Ukrainian Air Force, party UA); 3 claims in 3 documents")
    assert "relayed by 3 documents: still one underlying source" in event.reasons


def test_air_force_governor_and_agency_of_one_night_are_fair():
    reuters = Claimant("Reuters", None, "media")
    event = only_event(claim(), claim(GOVERNOR, launched=None, destroyed=None, places=[ODESA]),
                       claim(reuters, launched=17, destroyed=11))
    assert event.grade == "fair"
    assert any("3 independent sources agree" in r for r in event.reasons)
    [weapon] = event.weapons
    assert (weapon.launched.value, weapon.launched.source, weapon.destroyed.value) == (17, "Ukrainian Air Force", 11)
    assert event.place == "Odesa Oblast"


def test_a_person_counts_for_the_institution_they_speak_for():
    oleshchuk = Claimant("Mykola Oleshchuk", "UA", "military")
    assert only_event(claim(), claim(oleshchuk)).grade == "weak"


def test_acknowledged_by_the_attacking_party_is_confirmed():
    event = only_event(claim(), claim(RUSSIAN_MOD, launched=None, destroyed=None))
    assert event.grade == "confirmed"
    assert "acknowledged by the attacking party (RU) and reported by the other side (UA)" in event.reasons[-1]


def test_two_non_party_sources_confirm():
    event = only_event(claim(Claimant("Reuters", None, "media")), claim(Claimant("Institute for the Study of War", None, "ngo")))
    assert event.grade == "confirmed"


def test_a_denial_contests():
    event = only_event(claim(), claim(status="denied", cues=["denied"]))
    assert event.grade == "contested"
    assert "denied (denied)" in event.reasons


def test_counts_that_disagree_beyond_tolerance_contest():
    event = only_event(claim(launched=40), claim(GOVERNOR, launched=17))
    assert event.grade == "contested"
    assert ("counts disagree: Shahed-136/131 launched: Odesa Regional Military Administration says 17, "
            "Ukrainian Air Force says 40") in event.reasons
    assert (event.weapons[0].launched.low, event.weapons[0].launched.high) == (17, 40)


def test_small_differences_and_other_scopes_do_not_contest():
    assert only_event(claim(launched=17), claim(GOVERNOR, launched=18)).grade == "fair"
    assert only_event(claim(launched=40), claim(GOVERNOR, launched=6, places=[ODESA])).grade == "fair"


def test_later_refutation_discounts():
    event = only_event(claim(), claim(GOVERNOR, status="disputed", cues=["refuted"]))
    assert event.grade == "discounted"
    assert "refuted by later reporting (refuted)" in event.reasons


def test_flagged_single_source_is_unverified_with_the_evidence_missing():
    lukashenko = Claimant("Alexander Lukashenko", "BY", "government")
    event = only_event(claim(lukashenko, launched=1, destroyed=None, attacker="UA", status="unverified",
                             cues=["no independent verification"], absent=["video", "rescue_service"]))
    assert event.grade == "unverified"
    assert event.reasons == ["1 underlying source (President of Belarus, party BY)",
                             "evidence absent: rescue_service, video",
                             "flagged: 'no independent verification'"]


def test_different_nights_and_attackers_are_different_events():
    other_night = TimeWindow(date(2024, 2, 8), date(2024, 2, 9), "day", "overnight")
    events = corroborate(records(claim(), claim(time=other_night), claim(attacker="UA", places=[
        Place("Belgorod Oblast", "target", "RU", 50.6, 36.59, "admin1")])))
    assert len(events) == 3


def test_tally_rows_and_news_of_the_same_night_merge():
    tally = ClaimRecord(1, claim(), 1, "tally_csv", "Air Force tallies")
    story = ClaimRecord(2, claim(Claimant("Reuters", None, "media")), 2, "html", "Reuters")
    [event] = corroborate([tally, story])
    assert event.claim_ids == [1, 2] and event.grade == "fair"


@settings(max_examples=40, deadline=None)
@given(st.permutations(list(range(6))))
def test_the_order_of_ingestion_does_not_matter(order):
    base = [claim(), claim(GOVERNOR, launched=18, places=[ODESA]), claim(RUSSIAN_MOD, launched=None),
            claim(status="denied", cues=["denied"], time=TimeWindow(date(2024, 3, 1), date(2024, 3, 2), "day")),
            claim(Claimant("Reuters", None, "media"), launched=40),
            claim(attacker="UA", time=TimeWindow(date(2024, 3, 1), date(2024, 3, 1), "day"))]
    shuffled = [ClaimRecord(i + 1, base[j], i + 1, "html") for i, j in enumerate(order)]
    in_order = [ClaimRecord(i + 1, c, i + 1, "html") for i, c in enumerate(base)]

    def summary(events, recs):
        by_id = {r.claim_id: base.index(r.claim) for r in recs}
        return sorted((e.key, e.grade, tuple(e.reasons), tuple(sorted(by_id[c] for c in e.claim_ids)),
                       tuple((w.model, w.launched.value, w.destroyed.value) for w in e.weapons)) for e in events)

    assert summary(corroborate(shuffled), shuffled) == summary(corroborate(in_order), in_order)
