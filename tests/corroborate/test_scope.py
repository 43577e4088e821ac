"""The scope of a claim, decided from who speaks and the places it names."""

from skytruce.corroborate import claim_scope
from skytruce.model import Claimant
from tests.corroborate.helpers import AIR_FORCE, GENERAL_STAFF, GOVERNOR, RUSSIAN_MOD, claim, place, weapon

MAYOR_OF_KHARKIV = Claimant("Ihor Terekhov", "UA", "local_authority")
POLISH_PM = Claimant("Donald Tusk", "PL", "government")


def scope(c):
    found = claim_scope(c)
    return found.level, found.country, found.place.name if found.place else None


def test_a_nightly_summary_is_national():
    # "Russia launched 17 Shaheds overnight; 11 were shot down, the air force said."
    assert scope(claim(AIR_FORCE)) == ("national", "UA", None)
    # "... over the Mykolaiv, Odesa and Vinnytsia regions."
    assert scope(claim(AIR_FORCE, places=["Mykolaiv Oblast", "Odesa Oblast", "Vinnytsia Oblast"]))[0] == "national"
    # "Russia launched 40 drones at Ukraine, mostly at Kyiv."
    assert scope(claim(AIR_FORCE, places=["Ukraine", "Kyiv"]))[0] == "national"


def test_a_figure_for_one_region_or_one_town_is_that_places():
    # "Air defences destroyed two drones over the Bryansk region, the ministry said."
    assert scope(claim(RUSSIAN_MOD, attacker="UA", places=["Bryansk Oblast"])) == ("regional", "RU", "Bryansk Oblast")
    # "An Iskander hit Kryvyi Rih, the air force said."
    assert scope(claim(AIR_FORCE, places=["Kryvyi Rih"], weapons=[weapon("ballistic_missile", 1, 0)])) == \
        ("local", "UA", "Kryvyi Rih")


def test_a_governor_speaks_of_his_region_and_a_mayor_of_his_city():
    # "Eleven drones were downed overnight, the governor said."
    assert scope(claim(GOVERNOR)) == ("regional", "UA", "Odesa Oblast")
    # "Drones hit the port of Izmail, the governor said."
    assert scope(claim(GOVERNOR, places=["Izmail"])) == ("local", "UA", "Izmail")
    # The mayor names his city and a town 140 km away: he speaks of his city.
    assert scope(claim(MAYOR_OF_KHARKIV, places=["Kharkiv", "Izium"], weapons=[weapon("ballistic_missile", 3, None)])) \
        == ("local", "UA", "Kharkiv")


def test_a_regional_breakdown_gives_each_figure_its_region():
    # "Twelve drones were destroyed over Belgorod, five over Voronezh and three over Rostov."
    found = claim_scope(claim(RUSSIAN_MOD, attacker="UA", places=["Russia", "Belgorod Oblast", "Voronezh Oblast", "Rostov Oblast"],
                              weapons=[weapon("drone", None, 12), weapon("drone", None, 5), weapon("drone", None, 3)]))
    assert found.level == "regional"
    assert [p.name for p in found.breakdown] == ["Belgorod Oblast", "Voronezh Oblast", "Rostov Oblast"]


def test_a_third_countrys_soil_is_foreign():
    # "Nineteen drones entered Polish airspace from Belarus, the prime minister said."
    assert scope(claim(POLISH_PM, launched=19, destroyed=3, places=["Poland", place("Belarus", "launch")])) == \
        ("foreign", "PL", "Poland")
    # "A drone crashed near Chisinau." (a town there, whoever speaks)
    assert scope(claim(AIR_FORCE, places=["Ukraine", "Chisinau"]))[:2] == ("foreign", "MD")
    # "Poland scrambled jets as Russia struck western Ukraine, Ukraine's air force said."
    assert scope(claim(AIR_FORCE, places=["Poland", "Ukraine"]))[0] == "national"
    # "Ukraine fired missiles supplied by the United States at Russia": no soil of the supplier's.
    assert scope(claim(GENERAL_STAFF, attacker="UA", places=["United States", "Russia"],
                       weapons=[weapon("ballistic_missile", 6, None, "ATACMS")]))[0] == "national"


def test_ground_held_by_the_other_side_belongs_to_the_holders_wave():
    # "Three Neptune missiles were intercepted over Crimea, the ministry said."
    found = claim_scope(claim(RUSSIAN_MOD, attacker="UA", places=["Crimea", "Russia"],
                              weapons=[weapon("cruise_missile", None, 3, "Neptune")]))
    assert (found.level, found.victim, found.country, found.place.name) == ("regional", "RU", "UA", "Crimea")

