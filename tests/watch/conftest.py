"""The watcher's fixtures: a misbehaving feed server and a webhook receiver on loopback,
and a way to write a sources file and run a watcher over the test's ledger."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml

from skytruce.app import Skytruce
from skytruce.watch import Watcher, load
from skytruce.watch.logs import JsonLog
from tests.watch.feed_server import FeedServer, WebhookReceiver


@pytest.fixture
def server():
    with FeedServer() as running:
        yield running


@pytest.fixture
def receiver():
    with WebhookReceiver("s3cret", failures=2) as running:
        yield running


class Logs(list):
    """The watcher's JSON lines, kept as dicts."""

    def write(self, line: str) -> None:
        import json
        for text in line.splitlines():
            self.append(json.loads(text))

    def flush(self) -> None:
        pass

    def of(self, kind: str) -> list[dict]:
        return [r for r in self if r["kind"] == kind]


@pytest.fixture
def sources_file(tmp_path):
    def write(sources: list[dict], alerts: list[dict] | None = None, **defaults) -> Path:
        path = tmp_path / "sources.yaml"
        path.write_text(yaml.safe_dump({"defaults": defaults or {"interval": "1s", "timeout": 2},
                                        "sources": sources, "alerts": alerts or []}), encoding="utf-8")
        return path
    return write


@pytest.fixture
def watcher(ledger, monkeypatch):
    """A watcher over the test's ledger, with its logs collected and no randomness."""
    monkeypatch.setenv("HOOK_SECRET", "s3cret")

    def make(path: Path, owner: str = "test-watcher", **options) -> Watcher:
        logs = Logs()
        made = Watcher(Skytruce(ledger), load(path), owner=owner, log=JsonLog(logs, owner=owner),
                       rng=random.Random(7), max_wait=0.2, **options)
        made.logs = logs
        return made
    return make
