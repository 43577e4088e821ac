"""Grades and their reasons on small sets of claims written for each case."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from skytruce.corroborate import corroborate
from skytruce.model import Claimant, ClaimRecord, TimeWindow
from tests.corroborate.helpers import GENERAL_STAFF, GOVERNOR, REUTERS, RUSSIAN_MOD, claim, records, weapon


def only_event(*claims):
    [event] = corroborate(records(*claims))
    return event


def test_one_claim_relayed_by_three_outlets_is_weak():
    event = only_event(claim(), claim(sentence="The air force said 11 of 17 drones were downed."),
                       claim(sentence="Ukraine's air force reported 17 drones."))
    assert event.grade == "weak"
    assert event.reasons[0].startswith("1 underlying source (Ukrainian Air Force, party UA); 3 claims in 3 documents")
    assert event.reasons[-1] == "relayed by 3 documents: still one underlying source"


def test_an_organ_of_the_state_and_an_agency_are_fair_and_the_reason_says_why():
    event = only_event(claim(), claim(REUTERS, launched=17, destroyed=11))
    assert event.grade == "fair"
    assert event.reasons[-1] == ("2 independent chains agree, no contradiction: Reuters (non-party media, a chain of its "
                                 "own) and the UA state (Ukrainian Air Force)")
    [figures] = event.weapons
    assert (figures.launched.value, figures.launched.source, figures.destroyed.value) == (17, "Ukrainian Air Force", 11)


def test_two_organs_of_one_state_are_one_sided_never_fair():
    event = only_event(claim(), claim(GENERAL_STAFF, launched=18))
    assert event.grade == "one-sided"
    assert event.reasons[-1] == ("2 sources agree, all of one chain, the UA state (Ukrainian Air Force, Ukrainian "
                                 "General Staff): organs of one state are not independent of each other")


def test_a_person_counts_for_the_institution_they_speak_for():
    oleshchuk = Claimant("Mykola Oleshchuk", "UA", "military")
    assert only_event(claim(), claim(oleshchuk)).grade == "weak"


def test_acknowledged_by_the_attacking_party_is_confirmed():
    event = only_event(claim(), claim(RUSSIAN_MOD, launched=None, destroyed=None))
    assert event.grade == "confirmed"
    assert event.reasons[-1] == ("acknowledged by the attacking party (RU: Russian Defence Ministry); reported too by the "
                                 "UA state (Ukrainian Air Force), a chain independent of the attacker's")


def test_two_non_party_sources_are_fair_not_confirmed():
    institute = Claimant("Institute for the Study of War", None, "ngo")
    event = only_event(claim(REUTERS), claim(institute))
    assert event.grade == "fair"
    assert "Institute for the Study of War (non-party ngo, a chain of its own)" in event.reasons[-1]


def test_a_denial_contests():
    event = only_event(claim(), claim(status="denied", cues=["denied"]))
    assert event.grade == "contested"
    assert "denied (denied)" in event.reasons


def test_counts_that_disagree_beyond_tolerance_contest():
    event = only_event(claim(launched=40), claim(GENERAL_STAFF, launched=17))
    assert event.grade == "contested"
    assert ("counts disagree: Shahed-136/131 launched (national): Ukrainian Air Force says 40, "
            "Ukrainian General Staff says 17") in event.reasons
    assert (event.weapons[0].launched.low, event.weapons[0].launched.high) == (17, 40)


def test_a_regions_count_never_contradicts_the_countrys():
    wave, region = corroborate(records(claim(launched=40), claim(GOVERNOR, launched=6, places=["Odesa Oblast"])))
    assert (wave.level, wave.grade, wave.weapons[0].launched.high) == ("wave", "weak", 40)
    assert (region.level, region.scope, region.grade, region.weapons[0].launched.low) == ("incident", "regional", "weak", 6)


def test_later_refutation_discounts():
    event = only_event(claim(), claim(GENERAL_STAFF, status="disputed", cues=["refuted"]))
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


def test_physical_evidence_confirms_unless_the_report_flags_the_claim():
    assert only_event(claim(evidence=["video"])).reasons[-1] == (
        "physical evidence cited (video, in 1 document): it does not rest on any side's word")
    flagged = only_event(claim(evidence=["video"], status="unverified", cues=["could not independently verify"]))
    assert flagged.grade == "unverified"


def test_different_nights_and_attackers_are_different_waves():
    other_night = TimeWindow(date(2024, 2, 8), date(2024, 2, 9), "day", "overnight")
    events = corroborate(records(claim(), claim(time=other_night), claim(attacker="UA", places=["Belgorod Oblast"])))
    assert [(e.level, e.key) for e in events] == [
        ("wave", "RU|2024-02-08|UA"), ("wave", "RU|2024-02-09|UA"), ("wave", "UA|2024-02-08|RU"),
        ("incident", "UA|2024-02-08|RU|regional|RU|Belgorod Oblast|drone")]


def test_tally_rows_and_news_of_the_same_night_meet_in_the_wave():
    tally = ClaimRecord(1, claim(), 1, "tally_csv", "Air Force tallies")
    story = ClaimRecord(2, claim(REUTERS), 2, "html", "Reuters")
    [wave] = corroborate([tally, story])
    assert wave.claim_ids == [1, 2] and wave.grade == "fair"


@settings(max_examples=40, deadline=None)
@given(st.permutations(list(range(7))))
def test_the_order_of_ingestion_does_not_matter(order):
    base = [claim(), claim(GOVERNOR, launched=18, places=["Odesa Oblast"]), claim(RUSSIAN_MOD, launched=None),
            claim(status="denied", cues=["denied"], time=TimeWindow(date(2024, 3, 1), date(2024, 3, 2), "day")),
            claim(REUTERS, launched=40), claim(attacker="UA", time=TimeWindow(date(2024, 3, 1), date(2024, 3, 1), "day")),
            claim(Claimant("Ihor Terekhov", "UA", "local_authority"), places=["Kharkiv"],
                  weapons=[weapon("ballistic_missile", 3, None), weapon("drone", 2, None)])]
    shuffled = [ClaimRecord(i + 1, base[j], i + 1, "html") for i, j in enumerate(order)]
    in_order = [ClaimRecord(i + 1, c, i + 1, "html") for i, c in enumerate(base)]

    def summary(events, recs):
        by_id = {r.claim_id: base.index(r.claim) for r in recs}
        return sorted((e.key, e.grade, tuple(e.reasons), tuple(sorted(by_id[c] for c in e.claim_ids)),
                       tuple((w.model, w.launched.value, w.destroyed.value) for w in e.weapons)) for e in events)

    assert summary(corroborate(shuffled), shuffled) == summary(corroborate(in_order), in_order)
