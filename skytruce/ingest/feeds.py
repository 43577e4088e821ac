"""RSS and Atom feeds (feedparser): each entry becomes a document with its link and date."""

from __future__ import annotations

import json
from datetime import date

import feedparser
import lxml.html

from skytruce.errors import InputError
from skytruce.ingest._common import decode_text, sha256
from skytruce.model import Document


def looks_like_feed(raw: bytes) -> bool:
    head = raw[:2048].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def _html_to_text(fragment: str) -> str:
    if "<" not in fragment:
        return fragment.strip()
    root = lxml.html.fromstring(f"<div>{fragment}</div>")
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks = [el.text_content().strip() for el in root.iter("p", "li", "h1", "h2", "h3", "blockquote")]
    text = "\n".join(b for b in blocks if b) or root.text_content()
    return text.strip()


def _entry_date(entry) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None


def read_feed(raw: bytes, location: str) -> list[Document]:
    decode_text(raw, location)  # empty / binary checks
    feed = feedparser.parse(raw)
    problem = feed.get("bozo_exception")
    if feed.get("bozo") and not isinstance(problem, feedparser.CharacterEncodingOverride):
        line = problem.getLineNumber() if hasattr(problem, "getLineNumber") else None
        raise InputError(location, f"malformed feed: {getattr(problem, 'getMessage', lambda: problem)()}", line=line)
    if not feed.entries:
        raise InputError(location, "feed has no entries")
    publisher = feed.feed.get("title")
    docs = []
    for number, entry in enumerate(feed.entries, start=1):
        content = entry.get("content", [{}])[0].get("value") or entry.get("summary", "")
        body = _html_to_text(content)
        title = entry.get("title", "").strip()
        text = f"{title}\n{body}".strip() if title and not body.startswith(title) else body
        if not text:
            raise InputError(location, "entry has no title or text", field=f"entry {number}")
        raw_entry = json.dumps({"id": entry.get("id"), "link": entry.get("link"), "title": title,
                                "content": content}, sort_keys=True)
        docs.append(Document(
            location=entry.get("link") or f"{location}#entry-{number}", kind="feed_entry", text=text,
            raw_sha256=sha256(raw_entry), text_sha256=sha256(text), title=title or None,
            publisher=publisher, author=entry.get("author"), published=_entry_date(entry),
        ))
    return docs
