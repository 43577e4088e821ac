from datetime import date, datetime

import pytest

from skytruce.errors import InputError
from skytruce.ingest import read_one
from skytruce.ingest.tallies import parse_mapping, parse_time, read_tally
from skytruce.reference import weapon_taxonomy
from tests.conftest import TALLY_CSV, needs_shared


def test_sample_rows_become_claims(samples):
    tally = read_one(str(samples / "tallies-sample.csv"))
    assert not tally.errors
    _, first = tally.claims[0]
    assert first.claimant.name == "Ukrainian Air Force" and first.claimant.party == "UA"
    assert first.attacker == "RU"
    assert (first.time.start, first.time.end, first.time.precision) == (date(2024, 2, 7), date(2024, 2, 8), "hour")
    assert (first.time.start_at.isoformat(), first.time.end_at.isoformat()) == (  # Kyiv time, winter: UTC+2
        "2024-02-07T19:00:00+02:00", "2024-02-08T07:00:00+02:00")
    [weapon] = first.weapons
    assert (weapon.model, weapon.category, weapon.launched, weapon.destroyed) == ("Shahed-136/131", "drone", 17, 11)
    launch = [p for p in first.places if p.role == "launch"]
    assert launch[0].name == "Cape Chauda" and launch[0].lat == pytest.approx(45.0)
    assert first.sentence == tally.document.text[first.span[0]:first.span[1]]


def test_a_row_pooling_several_models_keeps_each_name(samples):
    tally = read_one(str(samples / "tallies-sample.csv"))
    pooled = next(c for _, c in tally.claims if len(c.weapons) > 1)
    assert [(w.model, w.launched) for w in pooled.weapons] == [
        (None, 127), ("Kh-101/Kh-555", None), ("Kalibr", None)]
    assert pooled.weapons[0].category == "cruise_missile"
    impact = {p.name for p in pooled.places if p.role == "impact"}
    assert impact == {"Kyiv Oblast", "Lviv Oblast"}


def test_cell_parsers():
    assert parse_time("2024-02-07 19:00") == (parse_time("2024-02-07 19:00")[0], True)
    assert parse_time("2024-02-07 ")[1] is False
    assert parse_mapping("{'south': 49, 'east': NaN}") == {"south": 49, "east": None}


def test_missing_column_is_named(fixtures):
    with pytest.raises(InputError) as caught:
        read_one(str(fixtures / "missing-column.csv"))
    assert caught.value.line == 1 and "missing column launched" in str(caught.value)


def test_every_bad_row_is_reported_with_line_and_field(fixtures):
    tally = read_one(str(fixtures / "bad-numbers.csv"))
    assert len(tally.claims) == 1
    assert [(e.line, e.field) for e in tally.errors] == [(3, "launched"), (4, "destroyed"), (5, "destroyed")]
    assert "'seventeen'" in str(tally.errors[0])


def test_native_format(fixtures):
    tally = read_one(str(fixtures / "native-tally.csv"))
    assert not tally.errors
    (_, belgorod), (_, kyiv) = tally.claims
    assert belgorod.claimant.name == "Vyacheslav Gladkov" and belgorod.claimant.party == "RU"
    assert belgorod.weapons[0].destroyed == 8 and belgorod.injured == 1
    assert kyiv.weapons[0].model == "Kh-101/Kh-555"
    assert {p.name for p in kyiv.places} == {"Kyiv Oblast", "Lviv Oblast", "Caspian Sea"}


def test_fingerprints_are_stable_across_reads(samples):
    raw = (samples / "tallies-sample.csv").read_bytes()
    first = [fp for fp, _ in read_tally(raw, "a.csv").claims]
    assert first == [fp for fp, _ in read_tally(raw, "b.csv").claims]


@needs_shared(TALLY_CSV)
def test_the_real_dataset_reads_as_it_is():
    tally = read_one(str(TALLY_CSV))
    assert tally.errors == []
    assert len(tally.claims) == 3468
    canonical = set(weapon_taxonomy().models)
    models = {w.model for _, c in tally.claims for w in c.weapons if w.model}
    assert models <= canonical
    assert "Kh-101/Kh-555" in models and "S-300" in models and "Kh-47M2 Kinzhal" in models
    unknown = {p.name for _, c in tally.claims for p in c.places if p.lat is None}
    assert unknown <= {"front line"}


def test_native_rows_may_give_hours_in_a_zone(tmp_path):
    path = tmp_path / "hours.csv"
    path.write_text("date_start,date_end,claimant,attacker,weapon,launched,destroyed,zone\n"
                    "2025-04-19 22:00,2025-04-20 05:00,Ukrainian Air Force,RU,drone,20,15,Europe/Moscow\n"
                    "2025-04-21,2025-04-21,Ukrainian Air Force,RU,drone,6,6,\n"
                    "2025-04-21 02:00,2025-04-21,Ukrainian Air Force,RU,drone,1,1,Mars/Olympus\n", encoding="utf-8")
    tally = read_one(str(path))
    hours, day = (c.time for _, c in tally.claims)
    assert (hours.precision, hours.start_at.isoformat(), hours.end_at.isoformat()) == (
        "hour", "2025-04-19T22:00:00+03:00", "2025-04-20T05:00:00+03:00")
    assert (day.precision, day.start_at) == ("day", None)
    [bad] = tally.errors
    assert (bad.line, bad.field) == (4, "zone") and "unknown time zone" in bad.reason


@pytest.mark.parametrize("cell,expected", [
    ("2024-02-07 19:00", (datetime(2024, 2, 7, 19, 0), True)),
    ("2024-02-07T19:00", (datetime(2024, 2, 7, 19, 0), True)),
    ("2024-02-07 19:00:05", (datetime(2024, 2, 7, 19, 0, 5), True)),
    (" 2024-02-07 ", (datetime(2024, 2, 7), False)),
    ("2024-2-7", (datetime(2024, 2, 7), False)),
    ("07.02.2024 19:00", (datetime(2024, 2, 7, 19, 0), True)),
])
def test_time_cells_in_each_format_the_dataset_uses(cell, expected):
    assert parse_time(cell) == expected


@pytest.mark.parametrize("cell", ["2024-02-30", "2024-02-07 25:00", "2024-02-07T19:00:00", "last night"])
def test_time_cells_that_are_no_date_are_refused(cell):
    with pytest.raises(ValueError, match="not a date or date-time"):
        parse_time(cell)
