"""Each event's span in UTC (its claims' hours, else whole local days in the attacked
country's zone) and the target types its claims name."""

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from skytruce.corroborate import corroborate
from skytruce.model import TimeWindow
from tests.corroborate.helpers import GOVERNOR, claim, records

KYIV = ZoneInfo("Europe/Kyiv")


def test_a_tally_row_gives_hours_a_report_gives_whole_days():
    hours = TimeWindow(date(2025, 4, 20), date(2025, 4, 21), "hour", "21:30 – 01:30",
                       datetime(2025, 4, 20, 21, 30, tzinfo=KYIV), datetime(2025, 4, 21, 1, 30, tzinfo=KYIV))
    [wave] = corroborate(records(claim(time=hours)))
    assert (wave.start_at, wave.end_at, wave.precision) == ("2025-04-20T18:30Z", "2025-04-20T22:30Z", "hour")
    day = TimeWindow(date(2025, 4, 21), date(2025, 4, 21), "day", "on Monday")
    [wave] = corroborate(records(claim(time=day)))
    assert (wave.start_at, wave.end_at) == ("2025-04-20T21:00Z", "2025-04-21T21:00Z")  # 21 April in Kyiv


def test_a_wave_spans_and_names_the_targets_of_its_incidents():
    day = TimeWindow(date(2025, 3, 25), date(2025, 3, 25), "day", "on Tuesday")
    national = claim(time=day)
    local = replace(claim(GOVERNOR, 5, 3, places=["Kharkiv"], time=day, sentence="Drones hit a substation in Kharkiv."),
                    targets=["energy"])
    wave, incident = corroborate(records(national, local))
    assert incident.targets == ["energy"] and wave.targets == ["energy"]
    assert wave.to_dict()["targets"] == ["energy"] and wave.to_dict()["start_at"] == "2025-03-24T22:00Z"
