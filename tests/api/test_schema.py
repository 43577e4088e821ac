"""Schemathesis walks the OpenAPI spec with generated requests: no request may make the
server fail (5xx), with or without a token."""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from skytruce.api import create_app
from skytruce.app import Skytruce
from skytruce.store import Ledger
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    ledger = Ledger.open(f"sqlite:///{tmp_path_factory.mktemp('schema') / 'schema.db'}")
    Skytruce(ledger).ingest([str(SAMPLES)])
    app = create_app(ledger)
    return schemathesis.openapi.from_asgi("/openapi.json", app), ledger.create_token("schemathesis")


def test_no_request_makes_the_server_fail(api_schema):
    schema, token = api_schema
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 14
    failures = []
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            if operation.path == "/api/documents/url":
                case.body = {"url": "http://127.0.0.1:9/unreachable"}  # never leave this machine
            for headers in ({}, {"Authorization": f"Bearer {token}"}):
                response = case.call(headers=headers)
                if response.status_code >= 500:
                    failures.append((operation.method, operation.path, response.status_code, response.text[:200]))
        check()
    assert not failures, failures[:5]
