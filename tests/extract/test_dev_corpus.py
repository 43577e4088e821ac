"""A floor under accuracy on the development corpus, so a change that breaks extraction
fails here; the benchmark prints the full field-by-field figures."""

import importlib.util
from pathlib import Path


from tests.conftest import DEV_CORPUS, needs_shared

pytestmark = needs_shared(DEV_CORPUS / "truth.jsonl")

FLOOR = 0.90


def test_every_field_stays_above_the_floor():
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "extraction_accuracy.py"
    spec = importlib.util.spec_from_file_location("extraction_accuracy", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    results = module.score(DEV_CORPUS)
    low = {field: ok / total for field, (ok, total) in results.items() if total and ok / total < FLOOR}
    assert not low, f"fields under {FLOOR:.0%}: {low}"
