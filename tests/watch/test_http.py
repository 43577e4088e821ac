"""Polling as a good citizen, against a server that misbehaves on cue."""

import random
import time

from skytruce.watch.config import Source
from skytruce.watch.http import USER_AGENT, Fetcher, backoff
from tests.watch.feed_server import Item


def _source(url: str, **options) -> Source:
    return Source(name="test", url=url, kind="feed", **({"timeout": 2.0} | options))


def test_a_second_poll_is_conditional_and_answered_304(server):
    url = server.feed("/air.rss", [Item("a1", "Drones", "Russia launched 12 drones at Sumy overnight.")])
    fetcher = Fetcher()
    first = fetcher.fetch(_source(url), url)
    assert first.status == 200 and first.etag and first.last_modified and b"Sumy" in first.body
    again = fetcher.fetch(_source(url), url, first.etag, first.last_modified)
    assert again.status == 304 and again.body is None and again.ok and not again.changed
    headers = server.asked("/air.rss")[-1]["headers"]
    assert headers["If-None-Match"] == first.etag and headers["If-Modified-Since"] == first.last_modified
    assert headers["User-Agent"] == USER_AGENT and "skytruce" in USER_AGENT
    assert "gzip" in headers["Accept-Encoding"]


def test_a_compressed_body_arrives_whole(server):
    items = [Item(f"n{i}", f"Night {i}", "Air defences shot down 20 of 25 drones over the Kyiv region. " * 5) for i in range(30)]
    url = server.feed("/big.rss", items)
    fetched = Fetcher().fetch(_source(url), url)
    assert fetched.status == 200 and fetched.body.count(b"<item>") == 30


def test_errors_say_what_happened(server):
    url = server.feed("/down.rss", [])
    server.cue("/down.rss", "error500")
    fetched = Fetcher().fetch(_source(url), url)
    assert fetched.status == 500 and fetched.error == "HTTP 500" and not fetched.ok


def test_a_server_that_hangs_is_given_up_on_after_the_timeout(server):
    url = server.feed("/slow.rss", [])
    server.cue("/slow.rss", "hang")
    started = time.monotonic()
    fetched = Fetcher().fetch(_source(url, timeout=0.5), url)
    assert fetched.status is None and "timed out after 0.5 s" in fetched.error
    assert time.monotonic() - started < 3


def test_a_50_mb_body_is_cut_off_at_the_size_cap(server):
    url = server.feed("/huge.rss", [])
    server.cue("/huge.rss", "huge")
    started = time.monotonic()
    fetched = Fetcher().fetch(_source(url, max_bytes=2 * 1024 * 1024), url)
    assert fetched.body is None and "over the limit of 2097152 bytes" in fetched.error
    assert time.monotonic() - started < 5


def test_a_permanent_redirect_is_remembered_and_a_temporary_one_is_not(server):
    target = server.feed("/new.rss", [Item("r1", "Moved", "Russia launched 3 missiles at Odesa.")])
    old = server.feed("/old.rss", [])
    server.cue("/old.rss", "redirect301", target)
    moved = Fetcher().fetch(_source(old), old)
    assert moved.status == 200 and moved.moved_to == target and moved.url == target
    server.cue("/old.rss", "redirect302", target)
    temporary = Fetcher().fetch(_source(old), old)
    assert temporary.status == 200 and temporary.moved_to is None


def test_backoff_doubles_with_each_error_and_is_jittered():
    rng = random.Random(1)
    waits = [backoff(streak, 60, rng) for streak in range(1, 8)]
    for streak, wait in enumerate(waits, 1):
        ceiling = min(6 * 3600, 60 * 2 ** (streak - 1))
        assert ceiling / 2 <= wait <= ceiling
    assert len({round(backoff(3, 60, rng), 3) for _ in range(20)}) > 10  # spread, not in lockstep
    assert backoff(1, 60, rng, retry_after=900) == 900  # Retry-After wins when it asks for longer
    assert backoff(30, 60, rng) <= 6 * 3600


def test_a_local_file_is_polled_like_a_server(tmp_path):
    feed = tmp_path / "bulletin.rss"
    feed.write_text("<rss><channel><title>t</title></channel></rss>")
    source = Source(name="local", url=str(feed), kind="feed")
    fetcher = Fetcher()
    first = fetcher.fetch(source, str(feed))
    assert first.status == 200 and first.etag
    assert fetcher.fetch(source, str(feed), first.etag).status == 304
    missing = fetcher.fetch(source, str(tmp_path / "gone.rss"))
    assert missing.error.startswith("cannot read")
