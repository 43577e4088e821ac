"""Waves and the incidents inside them: what groups together, what corroborates what."""

from datetime import date

from skytruce.corroborate import corroborate
from skytruce.model import Claimant, TimeWindow
from tests.corroborate.helpers import AIR_FORCE, GENERAL_STAFF, GOVERNOR, RUSSIAN_MOD, claim, records, weapon

LITHUANIAN_MOD = Claimant("Lithuanian Ministry of National Defence", "LT", "military")
KRYVYI_RIH_HEAD = Claimant("Oleksandr Vilkul", None, "local_authority")
BELGOROD_GOVERNOR = Claimant("Vyacheslav Gladkov", "RU", "local_authority")
ODESA_MAYOR_OFFICE = Claimant("Odesa city military administration", "UA", "local_authority")
KYIV_INDEPENDENT = Claimant("Kyiv Independent", None, "media")
APRIL_4 = TimeWindow(date(2025, 4, 4), date(2025, 4, 4), "day", "on Friday")


def by_level(events):
    waves = [e for e in events if e.level == "wave"]
    return waves, [e for e in events if e.level == "incident"]


def test_a_drone_that_crashed_in_a_third_country_is_its_own_incident_linked_to_the_night():
    # "Russia launched 415 drones at Ukraine overnight, the air force said." and "A Russian
    # Gerbera drone that entered from Belarus crashed near Vilnius, Lithuania's defence ministry said."
    night = claim(AIR_FORCE, launched=415, destroyed=None)
    crash = claim(LITHUANIAN_MOD, places=["Vilnius", "Lithuania"],
                  weapons=[weapon("drone", 1, None, "Gerbera")])
    [wave], [incident] = by_level(corroborate(records(night, crash)))
    assert (incident.scope, incident.target_country, incident.wave_id) == ("foreign", "LT", wave.id)
    assert wave.grade == "weak" and wave.claim_ids == [1]  # the crash does not lift the night's figures
    assert incident.grade == "confirmed"
    assert incident.reasons[-1] == ("a non-party source with its own access: Lithuanian Ministry of National Defence "
                                    "(the state of LT, on its own soil)")
    assert wave.reasons[-2] == "1 incident inside it (1 confirmed), in a third country too (LT)"


def test_a_citys_strike_is_consistent_with_the_nights_tally_never_corroborated_by_it():
    # "Russia launched 78 Shaheds and a ballistic missile overnight, the air force said." and
    # "A ballistic missile hit Kryvyi Rih, killing 16 people, the head of the city said."
    tally = claim(AIR_FORCE, time=APRIL_4, weapons=[weapon("drone", 78, 42), weapon("ballistic_missile", 1, 0)])
    strike = claim(KRYVYI_RIH_HEAD, time=APRIL_4, places=["Kryvyi Rih", "Ukraine"], killed=16,
                   weapons=[weapon("ballistic_missile", 1, None)])
    [wave], [incident] = by_level(corroborate(records(tally, strike)))
    assert (incident.scope, incident.place, incident.weapon_class, incident.killed) == ("local", "Kryvyi Rih", "missile", 16)
    assert wave.killed is None
    assert incident.grade == "weak"
    assert incident.reasons[-2] == (f"consistent with its wave ({wave.id}): the national figures include missiles "
                                    "(Ukrainian Air Force); they do not corroborate this incident's particulars")


def test_figures_never_range_across_a_city_and_the_country():
    # "Russia launched 300 drones overnight" (the president) and "four drones hit Odesa" (the city).
    events = corroborate(records(claim(Claimant("Volodymyr Zelenskyy", "UA", "government"), launched=300, destroyed=None),
                                 claim(ODESA_MAYOR_OFFICE, launched=4, destroyed=None, places=["Odesa"])))
    assert sorted((w.scope, w.launched.low, w.launched.high) for e in events for w in e.weapons) == [
        ("local", 4, 4), ("national", 300, 300)]


def test_a_politician_repeating_others_is_a_relay_not_a_source():
    # "Drones killed eight people, a US senator said, citing Ukraine's air force."
    senator = Claimant("Lindsey Graham", "US", "government")
    event = corroborate(records(claim(), claim(senator)))[0]
    assert event.grade == "weak"
    assert "not counted: Lindsey Graham (a politician of US repeating others, not a source)" in event.reasons
    assert [s["name"] for s in event.sources] == ["Ukrainian Air Force"]


def test_a_commentator_is_a_relay_too():
    analyst = Claimant("a military analyst", None, "individual")
    event = corroborate(records(claim(), claim(analyst)))[0]
    assert event.grade == "weak" and "a commentator repeating others, not a source" in event.reasons[1]


def test_the_air_force_and_a_regional_administration_are_one_sided():
    # "Eleven drones were shot down over the Odesa region" (the air force) and the governor's same count.
    events = corroborate(records(claim(AIR_FORCE, places=["Odesa Oblast"]), claim(GOVERNOR)))
    [incident] = [e for e in events if e.level == "incident"]
    assert incident.grade == "one-sided"
    assert "organs of one state are not independent of each other" in incident.reasons[-1]


def test_independent_media_on_site_make_an_incident_fair():
    events = corroborate(records(claim(GOVERNOR, places=["Izmail"]), claim(KYIV_INDEPENDENT, places=["Izmail"])))
    [incident] = [e for e in events if e.level == "incident"]
    assert incident.grade == "fair"
    assert incident.reasons[-1] == ("2 independent chains agree, no contradiction: Kyiv Independent (non-party media, "
                                    "a chain of its own) and the UA state (Odesa Regional Military Administration)")


def test_the_reports_own_voice_corroborates_nothing():
    unattributed = claim(None, places=["Izmail"])
    events = corroborate(records(claim(GOVERNOR, places=["Izmail"]), unattributed))
    [incident] = [e for e in events if e.level == "incident"]
    assert incident.grade == "weak"


def test_a_regions_figure_joins_the_one_town_struck_in_it():
    # "A drone was destroyed over the Belgorod region" (the ministry) and "debris fell on
    # Shebekino, in the Belgorod region, injuring one" (the governor).
    ministry = claim(RUSSIAN_MOD, attacker="UA", launched=None, destroyed=1, places=["Belgorod Oblast"])
    governor = claim(BELGOROD_GOVERNOR, attacker="UA", launched=None, destroyed=1, places=["Shebekino", "Belgorod Oblast"])
    [wave], [incident] = by_level(corroborate(records(ministry, governor)))
    assert (incident.place, incident.grade, incident.claim_ids) == ("Shebekino", "one-sided", [1, 2])
    assert sorted(w.scope for w in incident.weapons) == ["local", "regional"]  # one figure per scope, no mixed range


def test_towns_within_fifty_kilometres_are_one_incident():
    sobyanin = Claimant("Sergey Sobyanin", "RU", "local_authority")
    near = corroborate(records(claim(sobyanin, attacker="UA", places=["Moscow"]),
                               claim(RUSSIAN_MOD, attacker="UA", places=["Lyubertsy"])))
    far = corroborate(records(claim(sobyanin, attacker="UA", places=["Moscow"]),
                              claim(RUSSIAN_MOD, attacker="UA", places=["Voskresensk"])))
    assert len(by_level(near)[1]) == 1 and len(by_level(far)[1]) == 2


def test_a_claim_naming_two_weapon_classes_takes_part_in_two_incidents():
    # "Three Iskanders and, an hour later, two Shaheds hit Kharkiv, the mayor said."
    mayor = Claimant("Ihor Terekhov", "UA", "local_authority")
    _, incidents = by_level(corroborate(records(claim(mayor, places=["Kharkiv"],
                                                      weapons=[weapon("ballistic_missile", 3, None), weapon("drone", 2, None)]))))
    assert [(i.weapon_class, [w.launched.value for w in i.weapons], i.claim_ids) for i in incidents] == [
        ("drone", [2], [1]), ("missile", [3], [1])]


def test_a_regional_breakdown_makes_one_incident_per_region():
    breakdown = claim(RUSSIAN_MOD, attacker="UA", places=["Belgorod Oblast", "Voronezh Oblast", "Rostov Oblast"],
                      weapons=[weapon("drone", None, 12), weapon("drone", None, 5), weapon("drone", None, 3)])
    wave, *incidents = corroborate(records(breakdown))
    assert [(i.place, i.weapons[0].destroyed.value) for i in incidents] == [
        ("Belgorod Oblast", 12), ("Rostov Oblast", 3), ("Voronezh Oblast", 5)]
    assert wave.totals == [{"model": "Shahed-136/131", "category": "drone", "launched": 0, "destroyed": 20,
                            "from": "3 incidents"}]


def test_a_wave_counts_its_incidents_weapons_only_where_it_has_no_national_figure():
    night = claim(AIR_FORCE, weapons=[weapon("drone", 90, 70)])
    strike = claim(GOVERNOR, places=["Izmail"], weapons=[weapon("drone", 5, None), weapon("cruise_missile", 2, None, "Kalibr")])
    wave = corroborate(records(night, strike))[0]
    assert [(t["model"], t["launched"], t["from"]) for t in wave.totals] == [
        ("Shahed-136/131", 90, "national"), ("Kalibr", 2, "1 incident")]


def test_a_wave_with_no_national_figures_takes_its_best_incidents_grade():
    wave, incident = corroborate(records(claim(GOVERNOR, places=["Izmail"], evidence=["photo"])))
    assert (incident.grade, wave.grade) == ("confirmed", "confirmed")
    assert wave.reasons[-1] == ("no national figures: graded as its best-established incident (Izmail, drone: confirmed, "
                                "physical evidence cited (photo, in 1 document): it does not rest on any side's word)")


def test_a_strike_on_crimea_is_part_of_ukraines_wave_against_russia():
    neptunes = claim(RUSSIAN_MOD, attacker="UA", places=["Crimea"], weapons=[weapon("cruise_missile", None, 3, "Neptune")])
    night = claim(RUSSIAN_MOD, attacker="UA", launched=None, destroyed=40, places=["Bryansk Oblast", "Kursk Oblast"])
    wave, incident = corroborate(records(neptunes, night))
    assert (wave.key, incident.target_country, incident.wave_id) == ("UA|2024-02-08|RU", "UA", wave.id)
    assert [loc["country"] for loc in wave.locations] == ["RU", "RU", "RU"]


def test_a_general_staff_and_air_force_pair_is_not_fair():
    wave = corroborate(records(claim(AIR_FORCE), claim(GENERAL_STAFF)))[0]
    assert wave.grade == "one-sided"
