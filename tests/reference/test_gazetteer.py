"""The gazetteer: places reports name, with their country, region and parent city, and the
words that look like places but are not."""

import csv
from pathlib import Path

import pytest
import yaml

from skytruce.reference import gazetteer, weapon_taxonomy
from skytruce.reference._keys import data_path
from skytruce.reference.gazetteer import Gazetteer

STOPWORDS = Path(__file__).resolve().parents[2] / "scripts" / "city_stopwords.txt"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return gazetteer()


def test_a_district_resolves_to_its_city(gaz):
    darnytskyi = gaz.lookup("Darnytskyi district")
    assert (darnytskyi.parent, darnytskyi.country, darnytskyi.kind) == ("Kyiv", "UA", "district")
    assert gaz.lookup("Darnytskyi") == darnytskyi
    assert gaz.lookup("Kharkiv's Shevchenkivskyi district").parent == "Kharkiv"
    assert gaz.lookup("the Shevchenkivskyi district of Lviv").parent == "Lviv"


def test_a_district_name_several_cities_share_needs_its_city(gaz):
    assert gaz.lookup("Shevchenkivskyi district") is None
    assert gaz.lookup("Dniprovskyi district of Zaporizhzhia").admin1 == "Zaporizhzhia Oblast"


def test_a_county_of_romania_resolves_with_its_country(gaz):
    tulcea = gaz.lookup("Tulcea County")
    assert (tulcea.name, tulcea.country, tulcea.precision) == ("Tulcea County", "RO", "admin1")
    assert gaz.lookup("Galati County") == gaz.lookup("Galați County") == gaz.lookup("Galaţi County")


def test_regions_of_third_countries_resolve_as_reports_write_them(gaz):
    assert gaz.lookup("Lubelskie").name == gaz.lookup("Lublin Voivodeship").name == "Lublin Voivodeship"
    assert gaz.lookup("Cahul District").country == "MD"
    assert gaz.lookup("Gagauzia").country == "MD"
    assert gaz.lookup("Ida-Viru County").country == "EE"


def test_a_village_below_the_old_floor_resolves_with_its_region(gaz):
    sulina = gaz.lookup("Sulina")
    assert (sulina.country, sulina.admin1, sulina.precision) == ("RO", "Tulcea County", "city")
    assert gaz.lookup("Sudzha").admin1 == "Kursk Oblast"


def test_ukrainian_towns_are_named_in_the_national_romanisation(gaz):
    assert gaz.lookup("Izmail").name == gaz.lookup("Izmail").name == "Izmail"
    assert gaz.lookup("Kupiansk").name == "Kupiansk"
    assert gaz.lookup("Kryvyi Rih").name == "Kryvyi Rih"
    assert gaz.lookup("Saki").name == gaz.lookup("Saky").name == "Saky"  # (Crimea's towns too)


def test_russian_regions_resolve_by_stem_adjective_or_suffix(gaz):
    assert gaz.lookup("Tatarstan").name == "Republic of Tatarstan"
    assert gaz.lookup("Nizhny Novgorod region").name == "Nizhny Novgorod Oblast"
    assert gaz.lookup("Kurskaya oblast").name == "Kursk Oblast"
    assert gaz.lookup("Krasnodar Krai").country == "RU"


def test_a_bare_region_name_is_its_seat_or_the_region(gaz):
    assert gaz.lookup("Kursk").precision == "city"  # the city at the region's seat
    assert gaz.lookup("Krym").name == "Crimea"  # not a village of that name in Rostov Oblast
    assert gaz.lookup("Kuban").name == "Krasnodar Krai"


def test_rivers_and_seas_resolve_as_waters(gaz):
    assert gaz.lookup("Danube River").kind == "water"
    assert gaz.lookup("Dnieper").name == "Dnipro River"
    assert gaz.lookup("Dnipro").precision == "city"  # the bare name stays the city
    assert gaz.lookup("Kerch Strait").kind == "water"
    assert gaz.lookup("north-western part of the Black Sea").name == "Northwestern Black Sea"


def test_landmarks_resolve_to_their_region_and_town(gaz):
    plant = gaz.lookup("Zaporizhzhia NPP")
    assert (plant.admin1, plant.parent, plant.precision) == ("Zaporizhzhia Oblast", "Enerhodar", "point")
    assert gaz.lookup("Afipsky oil refinery").admin1 == "Krasnodar Krai"
    assert gaz.lookup("Kerch Bridge").name == "Crimean Bridge"
    assert gaz.lookup("Okhmatdyt children's hospital").parent == "Kyiv"
    assert gaz.lookup("Lyubimovka").parent == gaz.lookup("Uchkuyevka").parent == "Sevastopol"


@pytest.mark.parametrize("word", ["Bar", "Snow", "Smile", "Marks", "Human", "Victory", "Hope"])
def test_a_common_word_does_not_resolve(gaz, word):
    assert gaz.lookup(word) is None


@pytest.mark.parametrize("name", ["Jasina", "Gusev", "Duda", "Shevchenko", "Roman", "Victoria", "Stepan"])
def test_an_officials_name_does_not_resolve(gaz, name):
    assert gaz.lookup(name) is None  # surnames of spokesmen and governors, first names


def test_no_weapon_name_is_a_place(gaz):
    assert not [w for w in weapon_taxonomy().surface_forms if gaz.lookup(w)]


def test_no_word_the_city_build_drops_names_a_town(gaz):
    words = [w.strip() for line in STOPWORDS.read_text(encoding="utf-8").splitlines()
             if (w := line.split("#", 1)[0]).strip()]
    towns = [w for w in words if (entry := gaz.lookup(w)) and entry.kind == "city"]
    assert not towns, "cities.csv predates city_stopwords.txt: run scripts/build_cities.py"


def test_cyrillic_names_are_kept_apart_from_the_english_matcher(gaz):
    assert gaz.lookup_cyrillic("Ізмаїл").name == "Izmail"
    assert gaz.lookup_cyrillic("Курская область").name == "Kursk Oblast"
    assert gaz.lookup_cyrillic("Орёл") == gaz.lookup_cyrillic("Орел")
    assert gaz.lookup("Ізмаїл") is None
    assert not any("а" <= c <= "я" or c in "іїєґ" for form in gaz.surface_forms for c in form.lower())


def test_every_parent_and_region_named_in_the_data_exists(gaz):
    data = yaml.safe_load(data_path("places.yaml").read_text(encoding="utf-8"))
    for site in data["sites"] + data["waters"]:
        assert site.get("admin1") is None or site["admin1"] in gaz.regions, site["name"]
        assert site.get("parent") is None or gaz.lookup(site["parent"]), site["name"]
    with data_path("cities.csv").open(encoding="utf-8", newline="") as fh:
        regions = {row["admin1"] for row in csv.DictReader(fh)}
    assert regions - {""} <= set(gaz.regions)


def test_a_cities_file_with_other_columns_is_refused(tmp_path):
    old = tmp_path / "cities.csv"
    old.write_text("name,country,lat,lon,population,aliases\nMinsk,BY,53.9,27.56,1742124,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="cities.csv"):
        Gazetteer.load(cities_path=old)


def test_who_held_a_place_depends_on_the_day():
    from datetime import date

    from skytruce.reference import gazetteer
    gaz = gazetteer()
    mariupol = gaz.lookup("Mariupol")
    assert gaz.holder(mariupol, date(2022, 3, 1)) == "UA" and gaz.holder(mariupol, date(2023, 3, 1)) == "RU"
    assert gaz.holder(gaz.lookup("Sevastopol"), None) == "RU"
    assert gaz.holder(gaz.lookup("Kharkiv"), date(2024, 1, 1)) == "UA"


def test_a_town_goes_by_the_name_english_reports_give_it(gaz):
    assert gaz.lookup("Lgov").name == "Lgov" and gaz.lookup("Lgovsky").name == "Lgov"
