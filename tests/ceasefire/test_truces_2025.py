"""The four truces of 2025 as bundled, checked against the public record: on the real
tally CSV (skipped where ../shared is absent) and on small CSVs written here in its format."""

from datetime import date
from pathlib import Path

import pytest

from skytruce.app import Skytruce
from skytruce.ceasefire import build, load
from tests.conftest import TALLY_CSV, needs_shared

BUNDLED = Path(__file__).resolve().parents[2] / "skytruce" / "data" / "ceasefires"
HEADER = ("time_start,time_end,model,launch_place,target,target_main,launched,destroyed,not_reach_goal,"
          "still_attacking,border_crossing,is_shahed,num_hit_location,num_fall_fragment_location,carrier,turbojet,"
          "turbojet_destroyed,affected region,destroyed_details,launched_details,launch_place_details,source\n")


def truce(name: str):
    [found] = [t for path in sorted(BUNDLED.glob("*.yaml")) for t in load(path) if t.name == name]
    return found


def row(start: str, end: str, model: str, launched: int, destroyed: int, target: str = "Ukraine",
        channel: str = "kpszsu/posts/x") -> str:
    return f"{start},{end},{model},Kursk oblast,{target},,{launched},{destroyed},,,{{}},,,,,,,,,,,{channel}\n"


def test_every_bundled_truce_names_its_source():
    truces = [t for path in sorted(BUNDLED.glob("*.yaml")) for t in load(path)]
    assert {t.name for t in truces} == {"energy moratorium", "Easter truce", "Victory Day truce", "aerial ceasefire"}
    assert all(t.source and "2025" in t.source for t in truces)
    easter = truce("Easter truce")
    assert (easter.span(), easter.zone) == (("2025-04-19T15:00Z", "2025-04-20T21:00Z"), "Europe/Moscow")
    assert truce("Victory Day truce").span() == ("2025-05-07T21:00Z", "2025-05-10T21:00Z")
    assert truce("energy moratorium").target_types() == {"energy", "oil"}


@pytest.fixture
def easter_csv(tmp_path) -> Path:
    """The nights around Easter as the dataset has them, with one raid written across the
    truce's end: it joins the wave of 21 April, which then lies across the edge."""
    path = tmp_path / "easter.csv"
    path.write_text(HEADER
                    + row("2025-04-18 21:00", "2025-04-19 09:00", "Shahed-136/131", 87, 33)
                    + row("2025-04-20 21:30", "2025-04-21 01:30", "Shahed-136/131", 12, 10)
                    + row("2025-04-21 02:00", "2025-04-21 09:00", "Shahed-136/131", 96, 42)
                    + row("2025-04-21", "2025-04-21", "Молнія", 6, 6, "south", "PvKPivden/posts/y"), encoding="utf-8")
    return path


def test_easter_in_hours_counts_no_raid_and_lists_the_wave_across_its_end(ledger, easter_csv):
    core = Skytruce(ledger)
    core.ingest([str(easter_csv)])
    report = core.compliance_report(truce("Easter truce"))
    assert report.parties["RU"].waves == 0 and report.parties["RU"].launched == 0
    [across] = report.straddling
    assert (across["start_at"], across["end_at"], across["launched"]) == ("2025-04-20T18:30Z", "2025-04-21T21:00Z", 114)
    assert report.parties["RU"].straddling == 1
    whole_days = build({"name": "easter in days", "parties": ["RU", "UA"], "start": "2025-04-19", "end": "2025-04-21",
                        "zone": "Europe/Moscow"})
    by_days = core.compliance_report(whole_days)
    assert by_days.parties["RU"].launched == 114  # a window of whole days takes in the raids of 21 April
    assert [s["launched"] for s in by_days.straddling] == [87]  # and the night of 18 to 19 April lies across its start


def test_a_raid_inside_the_window_is_a_violation(ledger, tmp_path):
    path = tmp_path / "inside.csv"
    path.write_text(HEADER + row("2025-04-19 22:00", "2025-04-20 05:00", "Shahed-136/131", 20, 15), encoding="utf-8")
    core = Skytruce(ledger)
    core.ingest([str(path)])
    ru = core.compliance_report(truce("Easter truce")).parties["RU"]
    assert (ru.waves, ru.launched, ru.destroyed, ru.first_at) == (1, 20, 15, "2025-04-19T19:00Z")


def test_victory_day_counts_the_day_rows_inside_and_not_the_next_night(ledger, tmp_path):
    path = tmp_path / "may.csv"
    path.write_text(HEADER
                    + row("2025-05-07 14:30", "2025-05-07 20:30", "Shahed-136/131", 31, 20)
                    + row("2025-05-10", "2025-05-10", "Молнія", 2, 2, "south", "PvKPivden/posts/z")
                    + row("2025-05-10", "2025-05-10", "ZALA", 2, 2, "south", "PvKPivden/posts/z")
                    + row("2025-05-11 02:00", "2025-05-11 09:30", "Shahed-136/131", 108, 60), encoding="utf-8")
    core = Skytruce(ledger)
    core.ingest([str(path)])
    report = core.compliance_report(truce("Victory Day truce"))
    ru = report.parties["RU"]
    assert (ru.waves, ru.launched, ru.first_date, ru.straddling) == (1, 4, date(2025, 5, 10), 0)
    assert report.baseline["RU"].launched == 31


@pytest.fixture(scope="module")
def record(tmp_path_factory) -> Skytruce:
    """A ledger holding the whole tally CSV (built once for the checks below)."""
    from skytruce.store import Ledger
    core = Skytruce(Ledger.open(f"sqlite:///{tmp_path_factory.mktemp('record') / 'ledger.db'}"))
    core.ingest([str(TALLY_CSV)])
    return core


@needs_shared(TALLY_CSV)
class TestThePublicRecord:
    """What the tally CSV says of each truce."""

    def test_no_long_range_launch_inside_the_easter_truce(self, record):
        easter = truce("Easter truce")
        report = record.compliance_report(easter)
        assert report.parties["RU"].waves == 0 and report.straddling == []
        [after] = [e for e in record.ledger.list_events(level="wave", party="RU", since=date(2025, 4, 21),
                                                         until=date(2025, 4, 21)) if e["end"] == "2025-04-21"]
        assert after["start_at"] == easter.span()[1]  # the next raid begins as the truce ends: the south's day from 00:00,
        assert {"model": "Shahed-136/131", "category": "drone", "launched": 96, "destroyed": 42,  # the Shaheds from 02:00
                "from": "national"} in after["totals"]
        whole_days = record.compliance_report(build(easter.to_dict() | {"start": "2025-04-19", "start_time": None,
                                                                      "end": "2025-04-21", "end_time": None}, "days"))
        assert whole_days.parties["RU"].waves == 1  # a window of whole days wrongly takes in the raid of 21 April

    def test_victory_day_the_south_command_rows_of_10_may_count_the_night_of_11_may_does_not(self, record):
        report = record.compliance_report(truce("Victory Day truce"))
        ru = report.parties["RU"]
        assert ru.waves == 1 and ru.first_date == date(2025, 5, 10)
        assert ru.weapons == {"Molniya": 2, "ZALA": 2}  # tactical drones shot down in the south that day
        assert report.straddling == []

    def test_the_energy_moratorium_cannot_be_judged_from_tallies(self, record):
        report = record.compliance_report(truce("energy moratorium"))
        assert report.parties["RU"].waves == 0
        assert report.parties["RU"].unjudged == len(report.unjudged) == 32  # every night of the thirty days
        assert report.baseline["RU"].unjudged > 0 and report.baseline["RU"].waves == 0
        assert all(item["targets"] == [] for item in report.unjudged)


def test_the_energy_moratorium_judges_the_nights_a_report_names_energy_targets_for(ledger, tmp_path):
    """Two nights in the tallies; a report of our own says what one of them hit."""
    tallies = tmp_path / "march.csv"
    tallies.write_text(HEADER + row("2025-03-24 20:00", "2025-03-25 08:00", "Shahed-136/131", 99, 57)
                       + row("2025-03-26 20:00", "2025-03-27 09:00", "Shahed-136/131", 86, 59), encoding="utf-8")
    report = tmp_path / "sumy.txt"
    report.write_text("---\npublished: 2025-03-25\n---\nOvernight into March 25, 2025, Russian drones struck an energy "
                      "facility in the Sumy region, damaging a substation, the Ukrainian air force said.\n", encoding="utf-8")
    core = Skytruce(ledger)
    core.ingest([str(tallies), str(report)])
    moratorium = core.compliance_report(truce("energy moratorium"))
    ru = moratorium.parties["RU"]
    assert (ru.waves, ru.launched, ru.first_date, ru.unjudged) == (1, 99, date(2025, 3, 25), 1)
    assert [c["targets"] for c in moratorium.counted] == [["energy"]]
    assert [u["launched"] for u in moratorium.unjudged] == [86]
