"""API fixtures: the real app in-process, on SQLite and (when reachable) PostgreSQL."""

import os

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from skytruce.api import create_app
from skytruce.app import Skytruce
from skytruce.store import Ledger

POSTGRES_URL = os.environ.get("SKYTRUCE_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def api_ledger(request, tmp_path) -> Ledger:
    if request.param == "sqlite":
        return Ledger.open(f"sqlite:///{tmp_path / 'api.db'}")
    if not POSTGRES_URL:
        pytest.skip("SKYTRUCE_TEST_POSTGRES_URL is not set (no PostgreSQL server)")
    ledger = Ledger(POSTGRES_URL)
    with ledger.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    ledger.upgrade()
    return ledger


@pytest.fixture
def loaded(api_ledger, samples) -> Ledger:
    Skytruce(api_ledger).ingest([str(samples)])
    return api_ledger


@pytest.fixture
def client(loaded) -> TestClient:
    return TestClient(create_app(loaded), raise_server_exceptions=False)


@pytest.fixture
def token(loaded) -> str:
    return loaded.create_token("tests")
