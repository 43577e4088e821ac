"""Ceasefire definitions: what they cover, and bad ones refused with the field named."""

from datetime import date

import pytest

from skytruce.ceasefire import build, load
from skytruce.errors import InputError

FRONT_ZONE = {"type": "Polygon", "coordinates": [[[35.0, 47.0], [39.0, 47.0], [39.0, 49.5], [35.0, 49.5], [35.0, 47.0]]]}


def test_scope_names_categories_and_models():
    truce = build({"name": "t", "parties": ["RU", "UA"], "start": "2025-08-01", "scope": ["drones", "Kinzhal"]})
    assert truce.covers_weapon("Shahed-136/131", "drone") and truce.covers_weapon(None, "drone")
    assert truce.covers_weapon("Kh-47M2 Kinzhal", "ballistic_missile")
    assert not truce.covers_weapon("Iskander-M", "ballistic_missile")


def test_open_ended_window():
    truce = build({"name": "t", "parties": ["RU"], "start": "2025-08-01"})
    assert truce.in_window(date(2030, 1, 1)) and not truce.in_window(date(2025, 7, 31))


def test_geography_by_country_region_and_area():
    by_country = build({"name": "t", "parties": ["RU"], "start": "2025-08-01", "countries": ["UA"]})
    by_region = build({"name": "t", "parties": ["RU"], "start": "2025-08-01", "regions": ["Odesa region"]})
    by_area = build({"name": "t", "parties": ["RU"], "start": "2025-08-01", "area": FRONT_ZONE})
    donetsk = {"target_country": "UA", "places": ["Donetsk Oblast"], "lat": 48.0, "lon": 37.8}
    odesa = {"target_country": "UA", "places": ["Odesa Oblast"], "lat": 46.48, "lon": 30.73}
    assert by_country.in_geography(donetsk) and by_country.in_geography(odesa)
    assert by_region.regions == ["Odesa Oblast"] and by_region.in_geography(odesa) and not by_region.in_geography(donetsk)
    assert by_area.in_geography(donetsk) and not by_area.in_geography(odesa)


@pytest.mark.parametrize("data,field,reason", [
    ({"name": "t", "parties": ["RU"], "start": "2025-08-10", "end": "2025-08-01"}, "end", "before it starts"),
    ({"name": "t", "parties": ["RU", "XX"], "start": "2025-08-01"}, "parties", "unknown party 'XX'"),
    ({"name": "t", "parties": [], "start": "2025-08-01"}, "parties", "at least one party"),
    ({"name": "t", "parties": ["RU"], "start": "1 August"}, "start", "not a YYYY-MM-DD date"),
    ({"name": "t", "parties": ["RU"], "start": "2025-08-01", "scope": ["lasers"]}, "scope", "unknown weapon scope"),
    ({"name": "t", "parties": ["RU"], "start": "2025-08-01", "regions": ["Atlantis"]}, "regions", "unknown region"),
    ({"name": "t", "parties": ["RU"], "start": "2025-08-01", "area": {"type": "Polygon", "coordinates": [
        [[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]]}}, "area", "invalid polygon: Self-intersection"),
    ({"name": "t", "parties": ["RU"], "start": "2025-08-01", "area": {"type": "Point", "coordinates": [1, 2]}},
     "area", "must be a Polygon"),
    ({"name": "", "parties": ["RU"], "start": "2025-08-01"}, "name", "needs a name"),
])
def test_bad_definitions_are_refused(data, field, reason):
    with pytest.raises(InputError) as caught:
        build(data, "def.yaml")
    assert caught.value.field == field and reason in str(caught.value)


def test_files_name_the_item(tmp_path):
    path = tmp_path / "truces.yaml"
    path.write_text("- {name: a, parties: [RU], start: 2025-08-01}\n- {name: b, parties: [RU], start: 2025-08-05, end: 2025-08-01}\n")
    with pytest.raises(InputError, match=r"truces.yaml \(item 2\): end: ends"):
        load(path)
    broken = tmp_path / "broken.yaml"
    broken.write_text("name: [unclosed\n")
    with pytest.raises(InputError, match="not valid YAML"):
        load(broken)


def test_hours_zones_targets_and_bands_are_kept_and_refused_when_bad():
    easter = build({"name": "e", "parties": ["RU", "UA"], "start": "2025-04-19T18:00", "end": "2025-04-21 00:00",
                    "zone": "Europe/Moscow", "targets": ["energy infrastructure"], "combine": "OR"})
    stored = easter.to_dict()
    assert (stored["start"], stored["start_time"], stored["end"], stored["end_time"]) == ("2025-04-19", "18:00", "2025-04-21", "00:00")
    assert stored["targets"] == ["energy_infrastructure"] and stored["combine"] == "or"
    assert build(stored).span() == easter.span() == ("2025-04-19T15:00Z", "2025-04-20T21:00Z")
    days = build({"name": "d", "parties": ["RU"], "start": "2025-01-10", "end": "2025-01-10"})
    assert days.span() == ("2025-01-09T22:00Z", "2025-01-10T22:00Z")  # the whole day, Kyiv winter time
    for data, field, reason in (
            ({"start": "2025-04-19 18:00", "end": "2025-04-19 18:00"}, "end", "before it starts"),
            ({"zone": "Mars/Olympus"}, "zone", "unknown time zone"),
            ({"targets": ["schools"]}, "targets", "unknown target 'schools'"),
            ({"combine": "xor"}, "combine", "'and'"),
            ({"band": {"line": "the Dnipro", "km": 20}}, "band", "unknown line"),
            ({"band": {"line": "line of contact", "km": -5}}, "band", "not a width"),
            ({"start": "2025-04-19 25:00"}, "start", "HH:MM")):
        with pytest.raises(InputError) as caught:
            build({"name": "t", "parties": ["RU"], "start": "2025-04-19"} | data)
        assert caught.value.field == field and reason in caught.value.reason
