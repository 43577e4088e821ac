"""Polling as a good citizen: conditional requests (ETag, Last-Modified), compressed
transfer, a timeout on every step and on the whole body, a size cap, a User-Agent that
names the tool, and backoff with jitter after errors (honouring Retry-After).

A local path is polled the same way, its modification time and size standing in for an
ETag, so the demo and tests can watch files as they would a server.
"""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import httpx

from skytruce import __version__
from skytruce.watch.config import Source

USER_AGENT = f"skytruce/{__version__} (aerial-strike and ceasefire monitor; polite polling with conditional requests)"
ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, text/csv;q=0.8, */*;q=0.5"
MAX_BACKOFF_SECONDS = 6 * 3600.0


@dataclass
class Fetched:
    """What one poll returned. `status` is the HTTP status (304: not modified), None when
    the request failed before one arrived; `error` says what went wrong, for people."""

    status: int | None
    url: str
    body: bytes | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    moved_to: str | None = None  # a permanent redirect's target: poll there from now on
    error: str | None = None
    retry_after: float | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None and self.status in (200, 304)

    @property
    def changed(self) -> bool:
        return self.ok and self.status == 200


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def backoff(streak: int, interval: float, rng: random.Random, retry_after: float | None = None) -> float:
    """Seconds to wait after the `streak`-th error in a row: the poll interval doubled per
    error (capped at six hours), drawn at random from its upper half so that sources that
    failed together do not come back together; never sooner than Retry-After asks."""
    ceiling = min(MAX_BACKOFF_SECONDS, interval * 2 ** max(0, streak - 1))
    return max(rng.uniform(ceiling / 2, ceiling), retry_after or 0.0)


class Fetcher:
    """One HTTP client (pooled connections) shared by every poll of a watcher."""

    def __init__(self, max_redirects: int = 5):
        self.client = httpx.Client(follow_redirects=True, max_redirects=max_redirects,
                                   headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})

    def close(self) -> None:
        self.client.close()

    def fetch(self, source: Source, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        started = time.monotonic()
        result = self._local(source, url, etag) if source.is_local else self._http(source, url, etag, last_modified)
        result.seconds = time.monotonic() - started
        return result

    def _http(self, source: Source, url: str, etag: str | None, last_modified: str | None) -> Fetched:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        deadline = time.monotonic() + source.timeout * 3  # a trickling body is cut off too
        timeout = httpx.Timeout(source.timeout, connect=min(source.timeout, 10.0))
        try:
            with self.client.stream("GET", url, headers=headers, timeout=timeout) as response:
                permanent = bool(response.history) and all(r.status_code in (301, 308) for r in response.history)
                result = Fetched(response.status_code, str(response.url),
                                 content_type=response.headers.get("content-type", "").split(";")[0].strip().lower() or None,
                                 etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"),
                                 moved_to=str(response.url) if permanent else None,
                                 retry_after=_retry_after(response.headers.get("retry-after")))
                if response.status_code == 304:
                    result.etag, result.last_modified = result.etag or etag, result.last_modified or last_modified
                    return result
                if response.status_code != 200:
                    result.error = f"HTTP {response.status_code}"
                    return result
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > source.max_bytes:
                    result.error = f"body of {int(declared)} bytes is over the limit of {source.max_bytes}"
                    return result
                body = bytearray()
                for chunk in response.iter_bytes():  # decompressed: a small gzip cannot smuggle in a huge body
                    body.extend(chunk)
                    if len(body) > source.max_bytes:
                        result.error = f"body over the limit of {source.max_bytes} bytes"
                        return result
                    if time.monotonic() > deadline:
                        result.error = f"body not complete after {source.timeout * 3:g} s"
                        return result
                result.body = bytes(body)
                return result
        except httpx.TimeoutException:
            return Fetched(None, url, error=f"timed out after {source.timeout:g} s")
        except httpx.TooManyRedirects:
            return Fetched(None, url, error="too many redirects")
        except httpx.HTTPError as exc:
            return Fetched(None, url, error=f"{exc.__class__.__name__}: {exc}")

    @staticmethod
    def _local(source: Source, url: str, etag: str | None) -> Fetched:
        path = Path(url)
        try:
            stat = path.stat()
            tag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
            if tag == etag:
                return Fetched(304, url, etag=tag)
            if stat.st_size > source.max_bytes:
                return Fetched(None, url, error=f"file of {stat.st_size} bytes is over the limit of {source.max_bytes}")
            return Fetched(200, url, body=path.read_bytes(), etag=tag)
        except OSError as exc:
            return Fetched(None, url, error=f"cannot read: {exc.strerror}")
