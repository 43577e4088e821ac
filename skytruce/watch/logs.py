"""Structured logs: one JSON object per line, per fetch and per alert, for machines to
follow (`jq`, a log shipper) and people to grep."""

from __future__ import annotations

import json
import sys
import threading
from datetime import datetime, timezone
from typing import TextIO


class JsonLog:
    def __init__(self, stream: TextIO | None = None, owner: str | None = None):
        self.stream = stream if stream is not None else sys.stderr
        self.owner = owner
        self._lock = threading.Lock()

    def __call__(self, kind: str, **fields) -> None:
        record = {"ts": datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                  "kind": kind, **({"watcher": self.owner} if self.owner else {}),
                  **{k: v for k, v in fields.items() if v is not None}}
        line = json.dumps(record, ensure_ascii=False, default=str)
        with self._lock:
            self.stream.write(line + "\n")
            self.stream.flush()
