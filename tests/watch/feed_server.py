"""A feed server on loopback that misbehaves on cue, for the watcher's tests and benchmark.

Each path serves an RSS feed (or a page, or a CSV) that can grow over time. It answers
conditional requests with 304, compresses when asked, and a test can make a path answer
500, hang past the client's timeout, serve malformed XML, redirect (301 or 302), repeat
items, or stream a body of 50 MB. It counts what it was asked, so tests can check the
client behaved.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape


@dataclass
class Item:
    guid: str
    title: str
    text: str
    published: str = "Sat, 01 Mar 2025 06:00:00 +0000"


@dataclass
class Resource:
    """What one path serves. `mode` is the cue: ok, error500, hang, malformed, redirect301,
    redirect302, huge."""

    items: list[Item] = field(default_factory=list)
    body: bytes | None = None  # a page or CSV, served as it is
    content_type: str = "application/rss+xml"
    mode: str = "ok"
    target: str | None = None  # where a redirect points
    version: int = 0
    modified: float = field(default_factory=time.time)


def rss(title: str, items: list[Item], base: str = "https://feeds.example") -> bytes:
    entries = "".join(
        f"<item><title>{escape(i.title)}</title><link>{base}/{escape(i.guid)}</link><guid>{escape(i.guid)}</guid>"
        f"<pubDate>{i.published}</pubDate><description>{escape(i.text)}</description></item>" for i in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
            f"<link>{base}/</link><description>test feed</description>{entries}</channel></rss>").encode()


class _Loopback:
    """An HTTP/1.1 server on a free loopback port whose `do_GET`/`do_POST` call the given
    methods with the request handler, quiet about clients that hang up; started and
    stopped as a context manager."""

    def _listen(self, **methods) -> None:
        handler = type("Handler", (BaseHTTPRequestHandler,), {
            "protocol_version": "HTTP/1.1", "log_message": lambda self, *args: None,
            **{name: (lambda function: lambda self: function(self))(function) for name, function in methods.items()}})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.httpd.handle_error = lambda request, address: None  # clients that hang up (killed, or over the cap)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.port = self.httpd.server_address[1]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class FeedServer(_Loopback):
    def __init__(self, hang_seconds: float = 5.0, delay: float = 0.0):
        self.delay = delay  # seconds before each answer, as a distant server would take
        self.resources: dict[str, Resource] = {}
        self.mirrors: dict[str, str] = {}  # another path that serves a feed as it is, whatever its cue
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        self.hang_seconds = hang_seconds
        self.release = threading.Event()  # set to end every hanging request at once
        self._listen(do_GET=self._serve)
        self.url = f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc) -> None:
        self.release.set()
        super().__exit__(*exc)

    # -- what the tests do ----------------------------------------------------------------

    def feed(self, path: str, items: list[Item] | None = None) -> str:
        with self.lock:
            self.resources[path] = Resource(items=list(items or []))
        return self.url + path

    def page(self, path: str, body: bytes, content_type: str = "text/html; charset=utf-8") -> str:
        with self.lock:
            resource = self.resources.setdefault(path, Resource())
            resource.body, resource.content_type = body, content_type
            resource.version += 1
            resource.modified = time.time() + resource.version  # a later Last-Modified on every change
        return self.url + path

    def mirror(self, path: str, alias: str) -> str:
        """Serve `path`'s feed at `alias` too, always well: where a 301 can send a client."""
        with self.lock:
            self.mirrors[alias] = path
        return self.url + alias

    def publish(self, path: str, *items: Item) -> None:
        """New items on top, as a feed grows."""
        with self.lock:
            resource = self.resources[path]
            resource.items[:0] = list(items)
            resource.version += 1
            resource.modified = time.time() + resource.version

    def cue(self, path: str, mode: str, target: str | None = None) -> None:
        with self.lock:
            self.resources[path].mode, self.resources[path].target = mode, target

    def asked(self, path: str) -> list[dict]:
        with self.lock:
            return [r for r in self.requests if r["path"] == path]

    # -- serving --------------------------------------------------------------------------

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path.split("?", 1)[0]
        with self.lock:
            resource = self.resources.get(self.mirrors.get(path, path))
            self.requests.append({"path": path, "headers": dict(handler.headers), "at": time.time()})
            mode = "missing" if resource is None else "ok" if path in self.mirrors else resource.mode
        time.sleep(self.delay)
        if mode == "missing":
            return self._send(handler, 404, b"no such feed", "text/plain")
        if mode == "error500":
            return self._send(handler, 500, b"internal error", "text/plain")
        if mode == "hang":
            self.release.wait(self.hang_seconds)
            return self._send(handler, 200, b"", "application/rss+xml")
        if mode in ("redirect301", "redirect302"):
            handler.send_response(int(mode[-3:]))
            handler.send_header("Location", resource.target)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        if mode == "huge":
            return self._stream_huge(handler)
        body = self._body(path, resource, mode)
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        modified = formatdate(resource.modified, usegmt=True)
        if handler.headers.get("If-None-Match") == etag or (
                handler.headers.get("If-Modified-Since") == modified and "If-None-Match" not in handler.headers):
            handler.send_response(304)
            handler.send_header("ETag", etag)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        self._send(handler, 200, body, resource.content_type, {"ETag": etag, "Last-Modified": modified})

    def _body(self, path: str, resource: Resource, mode: str) -> bytes:
        if mode == "malformed":
            return b'<?xml version="1.0"?><rss version="2.0"><channel><title>broken</title><item><title>cut off'
        if resource.body is not None:
            return resource.body
        items = resource.items + resource.items[:2] if mode == "repeat" else resource.items
        return rss(f"feed {path}", items)

    @staticmethod
    def _send(handler, status: int, body: bytes, content_type: str, headers: dict | None = None) -> None:
        if "gzip" in handler.headers.get("Accept-Encoding", "") and len(body) > 256:
            body = gzip.compress(body, compresslevel=5)
            headers = (headers or {}) | {"Content-Encoding": "gzip"}
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        try:
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    @staticmethod
    def _stream_huge(handler) -> None:
        """50 MB of a feed that never ends, in chunks, with no length declared."""
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        chunk = b"<item><title>" + b"x" * 65000 + b"</title></item>"
        try:
            handler.wfile.write(b"%x\r\n<rss><channel>\r\n" % len(b"<rss><channel>"))
            for _ in range(50 * 1024 * 1024 // len(chunk)):
                handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            handler.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass
        handler.close_connection = True


class WebhookReceiver(_Loopback):
    """A webhook endpoint on loopback that fails the first `failures` requests with 500 and
    accepts after, checking each signature and dropping repeats of an idempotency key."""

    def __init__(self, secret: str, failures: int = 2, delay: float = 0.0):
        self.secret, self.failures, self.delay = secret, failures, delay
        self.received: list[dict] = []  # every request: headers, body, status answered
        self.accepted: dict[str, dict] = {}  # idempotency key -> the first accepted body
        self.lock = threading.Lock()
        self._listen(do_POST=self._receive)
        self.url = f"http://127.0.0.1:{self.port}/hook"

    def _receive(self, handler) -> None:
        import hmac
        import json
        body = handler.rfile.read(int(handler.headers.get("Content-Length", 0)))
        timestamp = handler.headers.get("X-Skytruce-Timestamp", "")
        expected = "sha256=" + hmac.new(self.secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
        signed = hmac.compare_digest(expected, handler.headers.get("X-Skytruce-Signature", ""))
        key = handler.headers.get("Idempotency-Key")
        with self.lock:
            if not signed:
                status = 401
            elif self.failures > 0:
                self.failures -= 1
                status = 500
            else:
                status = 200
                self.accepted.setdefault(key, json.loads(body))
            self.received.append({"key": key, "status": status, "signed": signed, "body": body})
        time.sleep(self.delay)
        handler.send_response(status)
        handler.send_header("Content-Length", "0")
        handler.end_headers()
