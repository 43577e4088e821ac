"""The accuracy benchmark scores by the corpus README's rules, and agrees with the
reference scorer in ../shared/tools on the dev corpus, field by field."""

import importlib.util
import sys
from pathlib import Path

from tests.conftest import DEV_CORPUS, SHARED, needs_shared

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
REFERENCE = SHARED / "tools" / "score_extraction.py"


def load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


accuracy = load(BENCHMARKS / "extraction_accuracy.py", "extraction_accuracy")

TRUTH = {"id": "t1", "published": "2025-03-02", "verification": None, "attacks": [
    {"claimant": "Ukrainian Air Force", "attacker": "RU", "weapon": "Shahed-136/131", "launched": 40, "destroyed": 31,
     "qualifier": "exact", "date": "2025-03-02", "regions": ["Odesa Oblast"], "launch": ["Kursk"],
     "killed": None, "injured": 2, "optional": False},
    {"claimant": "Ukrainian Air Force", "attacker": "RU", "weapon": "Shahed-136/131", "launched": None, "destroyed": 9,
     "qualifier": "exact", "date": "2025-03-02", "regions": ["Odesa"], "launch": [], "killed": None, "injured": None,
     "optional": True},
]}


def claim(weapons, claimant="Ukraine's air force", places=(), end="2025-03-02", status="asserted", injured=None):
    return {"kind": "attack", "sentence": "...", "claimant": {"name": claimant} if claimant else None, "attacker": "RU",
            "weapons": weapons, "time": {"start": end, "end": end}, "places": [{"name": p} for p in places],
            "casualties": {"killed": None, "injured": injured}, "verification": {"status": status, "cues": []}}


def shahed(launched, destroyed):
    return {"model": "Shahed-136/131", "category": "drone", "launched": launched, "destroyed": destroyed, "qualifier": "exact"}


def test_a_report_read_right_scores_every_field():
    tally = accuracy.Tally()
    claims = [claim([shahed(40, 31)], places=["Odesa Oblast", "Kursk Oblast"], injured=2)]
    accuracy.score_report(TRUTH, claims, tally)
    assert all(share == 1.0 for share in tally.shares().values())
    assert tally.counts["launched"] == [1, 1] and tally.counts["unflagged_kept"] == [1, 1]


def test_a_breakdown_figure_is_not_held_against_the_extractor_but_a_swapped_role_is():
    tally = accuracy.Tally()
    claims = [claim([shahed(31, 40), shahed(None, 9)], places=["Odesa", "Kursk"], injured=2)]
    accuracy.score_report(TRUTH, claims, tally)
    assert tally.counts["launched"] == [0, 1] and tally.counts["destroyed"] == [0, 1]
    assert tally.counts["weapon_precision"] == [2, 2]  # the 9 is the optional breakdown's
    assert {m.kind for m in tally.misses} == {"role"}


def test_a_truth_without_a_launched_figure_does_not_score_launched():
    truth = {**TRUTH, "attacks": [{**TRUTH["attacks"][0], "launched": None}]}
    tally = accuracy.Tally()
    accuracy.score_report(truth, [claim([shahed(None, 31)])], tally)
    assert tally.counts["launched"] == [0, 0] and tally.counts["destroyed"] == [1, 1]


def test_a_flag_where_the_truth_has_none_costs_unflagged_kept():
    tally = accuracy.Tally()
    accuracy.score_report(TRUTH, [claim([shahed(40, 31)], status="unverified")], tally)
    assert tally.counts["unflagged_kept"] == [0, 1] and tally.counts["flagged_caught"] == [0, 0]


@needs_shared(REFERENCE)
def test_the_benchmark_agrees_with_the_reference_scorer_on_the_dev_corpus():
    reference = load(REFERENCE, "score_extraction")
    ours = accuracy.Tally()
    theirs = {field: [0, 0] for field in reference.FIELDS}
    for truth in accuracy.read_corpus(DEV_CORPUS):
        claims = accuracy.extract(DEV_CORPUS, truth)
        accuracy.score_report(truth, claims, ours)
        reference.score_article(truth, claims, theirs, [])
    assert {f: tuple(v) for f, v in ours.counts.items()} == {f: tuple(v) for f, v in theirs.items()}
