"""The 2025-08-01 'aerial ceasefire' what-if over the real tally data, checked against a
direct computation from the CSV."""

import csv
from collections import defaultdict
from datetime import date, datetime

import pytest

from skytruce.app import Skytruce
from skytruce.ceasefire import build, compliance, load, what_if
from skytruce.reference import weapon_taxonomy
from tests.conftest import SAMPLES, TALLY_CSV, needs_shared

pytestmark = needs_shared(TALLY_CSV)
START, END = date(2025, 5, 1), date(2025, 7, 31)


NATIONAL = {"Ukraine", ""}


def direct_from_csv() -> tuple[int, int]:
    """RU weapons launched, and drones among them, straight from the CSV: for each day the
    attacks ended and each weapon, the rows add up; where country-wide rows exist (all of
    Ukraine, or several regions), the regional commands' rows are already inside them and
    are left out."""
    taxonomy = weapon_taxonomy()
    rows_by_key = defaultdict(list)
    with open(TALLY_CSV, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            end = datetime.strptime(row["time_end"].strip()[:10], "%Y-%m-%d").date()
            if START <= end <= END and row["launched"]:
                parts = [taxonomy.resolve(p.strip()) for p in row["model"].split(" and ")]
                family = (parts[0].name, parts[0].category) if len(parts) == 1 else ("pooled", parts[0].category)
                rows_by_key[(end, family)].append(row)
    total = drones = 0
    for (_, (_, category)), rows in rows_by_key.items():
        national = [r for r in rows if r["target"].strip() in NATIONAL or " and " in r["target"]]
        launched = sum(int(float(r["launched"])) for r in (national or rows))
        total += launched
        drones += launched if category == "drone" else 0
    return total, drones


def test_what_if_matches_the_csv(ledger):
    Skytruce(ledger).ingest([str(TALLY_CSV)])
    [truce] = load(SAMPLES.parent / "data" / "ceasefires" / "aerial-ceasefire-2025.yaml")
    coverage = what_if(truce, list(ledger.events_between(START, END)), START, END)
    total, drones = direct_from_csv()
    assert coverage["RU"].launched == total
    assert coverage["RU"].launched_covered == drones
    assert coverage["RU"].share == pytest.approx(drones / total)
    assert coverage["UA"].waves == 0


def test_the_report_reads_only_what_it_counts(ledger):
    """The ledger-backed report reads the window and its baseline alone, and says what the
    same report over every stored event says."""
    core = Skytruce(ledger)
    core.ingest([str(TALLY_CSV)])
    [open_ended] = load(SAMPLES.parent / "data" / "ceasefires" / "aerial-ceasefire-2025.yaml")
    closed = build(open_ended.to_dict() | {"end": "2025-08-20"}, "closed")
    everything = list(ledger.events_between())
    for truce, until in ((open_ended, None), (open_ended, date(2025, 9, 15)), (open_ended, date(2025, 7, 1)),
                         (closed, None), (closed, date(2025, 12, 1))):
        assert core.compliance_report(truce, "weak", until).to_dict() == \
            compliance(truce, everything, "weak", until=until).to_dict()
