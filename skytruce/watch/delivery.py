"""Sending alerts: to a webhook (a JSON body signed with HMAC-SHA256, an idempotency key),
to a command (the JSON on its standard input), or appended to a JSON Lines file.

Each send either delivers or raises `DeliveryFailed`; the caller retries with backoff.
A webhook or command may see an alert again if the watcher dies between its answer and
the ledger's record of it: the `Idempotency-Key` (and the `key` in the body) lets the
receiver drop the repeat. The JSON Lines file checks for the key itself, so it never
holds an alert twice.
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import json
import os
import subprocess
import time
from pathlib import Path

import httpx

from skytruce.watch.config import Delivery
from skytruce.watch.http import USER_AGENT

SIGNATURE_HEADER = "X-Skytruce-Signature"
TIMESTAMP_HEADER = "X-Skytruce-Timestamp"


class DeliveryFailed(Exception):
    """A send that did not deliver; `permanent` when retrying cannot help (e.g. HTTP 400)."""

    def __init__(self, reason: str, permanent: bool = False):
        super().__init__(reason)
        self.permanent = permanent


def body_of(payload: dict) -> bytes:
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """`sha256=` and the hex HMAC-SHA256 of "{timestamp}.{body}" under the shared secret:
    the receiver recomputes it, and refuses old timestamps to stop replays."""
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


class Sender:
    """Delivers to every kind of target; one HTTP client for all webhooks."""

    def __init__(self):
        self.client = httpx.Client(headers={"User-Agent": USER_AGENT}, follow_redirects=False)
        self._files: dict[str, tuple[int, set[str]]] = {}  # a JSONL file's keys read so far, and where reading stopped

    def close(self) -> None:
        self.client.close()

    def send(self, delivery: Delivery, key: str, payload: dict) -> str:
        """Deliver once; returns what the target answered, for the log."""
        body = body_of(payload)
        if delivery.webhook:
            return self._webhook(delivery, key, body)
        if delivery.command:
            return self._command(delivery, key, body)
        return self._jsonl(Path(delivery.jsonl), key, body)

    def _webhook(self, delivery: Delivery, key: str, body: bytes) -> str:
        timestamp = str(int(time.time()))
        headers = {"Content-Type": "application/json", "Idempotency-Key": key, TIMESTAMP_HEADER: timestamp}
        if delivery.secret:
            headers[SIGNATURE_HEADER] = signature(delivery.secret, timestamp, body)
        try:
            response = self.client.post(delivery.webhook, content=body, headers=headers, timeout=delivery.timeout)
        except httpx.TimeoutException:
            raise DeliveryFailed(f"no answer after {delivery.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise DeliveryFailed(f"{exc.__class__.__name__}: {exc}") from None
        if 200 <= response.status_code < 300:
            return f"HTTP {response.status_code}"
        permanent = 400 <= response.status_code < 500 and response.status_code not in (408, 409, 425, 429)
        raise DeliveryFailed(f"HTTP {response.status_code}", permanent=permanent)

    @staticmethod
    def _command(delivery: Delivery, key: str, body: bytes) -> str:
        env = os.environ | {"SKYTRUCE_ALERT_KEY": key}
        try:
            done = subprocess.run(list(delivery.command), input=body, env=env, capture_output=True,
                                  timeout=delivery.timeout, check=False)
        except FileNotFoundError:
            raise DeliveryFailed(f"no such command: {delivery.command[0]}", permanent=True) from None
        except subprocess.TimeoutExpired:
            raise DeliveryFailed(f"command still running after {delivery.timeout:g} s") from None
        if done.returncode != 0:
            tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
            raise DeliveryFailed(f"command exited {done.returncode}: {tail[0][:200]}")
        return "exit 0"

    def _jsonl(self, path: Path, key: str, body: bytes) -> str:
        """Append under an exclusive lock, after reading any lines added since last time:
        a key already in the file (written before a crash) is not written again."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "a+b") as handle:
                fcntl.flock(handle, fcntl.LOCK_EX)
                offset, keys = self._files.get(str(path), (0, set()))
                if os.fstat(handle.fileno()).st_size < offset:  # rotated or truncated since: read it afresh
                    offset, keys = 0, set()
                handle.seek(offset)
                for line in handle:
                    if line.endswith(b"\n"):
                        try:
                            keys.add(json.loads(line).get("key"))
                        except ValueError:
                            pass
                        offset += len(line)
                self._files[str(path)] = (offset, keys)
                if key in keys:
                    return "already in the file"
                handle.seek(0, os.SEEK_END)
                if handle.tell() != offset:  # a torn last line from a crash: end it so the next line stands alone
                    handle.write(b"\n")
                    offset = handle.tell()
                handle.write(body + b"\n")
                handle.flush()
                os.fsync(handle.fileno())
                keys.add(key)
                self._files[str(path)] = (offset + len(body) + 1, keys)
                return "appended"
        except OSError as exc:
            raise DeliveryFailed(f"cannot write {path}: {exc.strerror}") from None
