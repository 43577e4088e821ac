"""A floor under accuracy on the development corpus and on our own style corpus, so a
change that breaks extraction fails here; the benchmark prints the full figures."""

import importlib.util
from pathlib import Path


from tests.conftest import DEV_CORPUS, needs_shared

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
FLOOR = 0.90


def lowest_fields(corpus: Path) -> dict[str, float]:
    spec = importlib.util.spec_from_file_location("extraction_accuracy", BENCHMARKS / "extraction_accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    results = module.score(corpus)
    return {field: ok / total for field, (ok, total) in results.items() if total and ok / total < FLOOR}


@needs_shared(DEV_CORPUS / "truth.jsonl")
def test_dev_corpus_fields_stay_above_the_floor():
    assert not lowest_fields(DEV_CORPUS)


def test_style_corpus_fields_stay_above_the_floor():
    assert not lowest_fields(BENCHMARKS / "style_corpus")
