"""Shared fixtures: a fresh SQLite ledger per test, our own sample files, and the
`../shared` material (tests that need it skip cleanly where it is absent)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from skytruce.store import Ledger

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = Path(str(resources.files("skytruce") / "samples"))
SHARED = Path(__file__).resolve().parents[2] / "shared"
TALLY_CSV = SHARED / "data" / "massive-missile-attacks" / "missile_attacks_daily.csv"
SEED_ARTICLE = SHARED / "seed" / "aerial-ceasefire-article.txt"
DEV_CORPUS = SHARED / "corpus" / "dev"


def needs_shared(path: Path):
    return pytest.mark.skipif(not path.exists(), reason=f"{path} is not available")


@pytest.fixture(autouse=True, scope="session")
def cache_dir(tmp_path_factory) -> Path:
    """The tests keep what skytruce caches (the extractor's compiled patterns) apart from
    the user's own cache."""
    folder = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SKYTRUCE_CACHE_DIR", str(folder))
        yield folder


@pytest.fixture
def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'ledger.db'}"


@pytest.fixture
def ledger(db_url) -> Ledger:
    return Ledger.open(db_url)


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def samples() -> Path:
    return SAMPLES
