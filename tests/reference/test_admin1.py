"""Region outlines: a point's region, named as the gazetteer names it, so that a town's
admin1 and its outline agree; and a place the gazetteer has no region for finds it."""

import json

import pytest

from skytruce.corroborate.scope import region_of
from skytruce.model import Place
from skytruce.reference import gazetteer
from skytruce.reference._keys import data_path
from skytruce.reference.admin1 import admin1, region_at


def test_the_outlines_say_where_they_come_from_and_cover_the_regions_asked_for():
    data = json.loads(data_path("admin1.geojson").read_text(encoding="utf-8"))
    assert "Natural Earth" in data["source"] and "public domain" in data["source"]
    countries = {f["properties"]["country"] for f in data["features"]}
    assert countries == {"UA", "RU", "BY", "MD", "RO", "PL"}
    ukraine = {f["properties"]["region"] for f in data["features"] if f["properties"]["country"] == "UA"}
    assert len(ukraine) == 26 and {"Kharkiv Oblast", "Crimea", "Sevastopol", "Kyiv Oblast"} <= ukraine
    assert {"Belgorod Oblast", "Kursk Oblast", "Moscow Oblast"} <= set(admin1().by_region)
    assert all(gazetteer().lookup(f["properties"]["region"]) for f in data["features"])


@pytest.mark.parametrize("town", ["Kharkiv", "Lviv", "Odesa", "Kyiv", "Belgorod", "Kursk", "Minsk", "Chișinău",
                                  "Rzeszów", "Galați", "Sumy", "Zaporizhzhia"])
def test_a_town_lies_inside_the_outline_of_its_region(town):
    entry = gazetteer().lookup(town)
    assert region_at(entry.lat, entry.lon, entry.country) == entry.admin1


def test_a_place_without_a_region_in_the_gazetteer_finds_it_by_its_point():
    site = Place("a substation near Shostka", "target", "UA", 51.87, 33.47, "point")
    assert region_of(site) == "Sumy Oblast"
    assert region_of(Place("offshore", "target", "UA", 45.0, 32.0, "point")) is None  # the Black Sea
