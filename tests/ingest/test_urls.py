"""URL ingestion against a real HTTP server on loopback."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from skytruce.errors import InputError
from skytruce.ingest import read_one
from skytruce.ingest.urls import fetch

PAGE = (b"<html><head><title>Night raid on Sumy</title></head><body><article><p>Ukraine's air force said "
        b"it shot down 12 of 15 drones launched by Russia overnight over the Sumy region.</p></article></body></html>")


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/slow":
            time.sleep(3)
        body, kind = {
            "/page": (PAGE, "text/html; charset=utf-8"),
            "/slow": (PAGE, "text/html"),
            "/image": (b"\x89PNG....", "image/png"),
            "/big": (b"x" * 5000, "text/plain"),
            "/feed": (b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><item><title>Drones</title>"
                      b"<link>https://feed.example/1</link><description>Two drones were shot down.</description>"
                      b"</item></channel></rss>", "application/rss+xml"),
        }.get(self.path, (b"not here", "text/plain"))
        self.send_response(404 if body == b"not here" else 200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_a_page_is_fetched_and_read(server):
    [doc] = read_one(f"{server}/page")
    assert doc.location == f"{server}/page"
    assert "shot down 12 of 15 drones" in doc.text


def test_a_feed_url_gives_its_entries(server):
    [doc] = read_one(f"{server}/feed")
    assert doc.location == "https://feed.example/1"


def test_timeout_is_reported(server):
    with pytest.raises(InputError, match="timed out"):
        fetch(f"{server}/slow", timeout=0.5)


def test_wrong_content_type_is_refused(server):
    with pytest.raises(InputError, match="unsupported content type 'image/png'"):
        read_one(f"{server}/image")


def test_size_limit(server):
    with pytest.raises(InputError, match="larger than 1000 bytes"):
        fetch(f"{server}/big", max_bytes=1000)


def test_http_errors_are_reported(server):
    with pytest.raises(InputError, match="HTTP 404"):
        read_one(f"{server}/missing")
