"""Plain-text and Markdown reports: front matter read, title from the first line, web
boilerplate trimmed."""

from __future__ import annotations

import re
from datetime import date

from skytruce.errors import InputError
from skytruce.ingest._common import decode_text, sha256, trim_trailing_boilerplate
from skytruce.ingest.frontmatter import split_front_matter
from skytruce.model import Document

_ISO_DATE = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
_DATELINE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(\d{1,2}),\s+(20\d\d)\b")
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]


def header_date(text: str) -> date | None:
    """A publication date stated in the first short lines ('Published 2024-08-17')."""
    for line in text.split("\n")[:5]:
        if len(line) > 120:
            continue
        if m := _ISO_DATE.search(line):
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                continue
        if m := _DATELINE.search(line):
            try:
                return date(int(m[3]), _MONTHS.index(m[1].lower()) + 1, int(m[2]))
            except ValueError:
                continue
    return None


def title_of(text: str, markdown: bool) -> str | None:
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if markdown and line.startswith("#"):
            return line.lstrip("#").strip()
        return line.strip("“”\"") if len(line) <= 200 else None
    return None


def read_text(raw: bytes, location: str, markdown: bool = False) -> Document:
    """A report from a text file; front matter (url, published, title, source) wins over
    what the text itself suggests."""
    front, body = split_front_matter(decode_text(raw, location), location)
    text = trim_trailing_boilerplate(body)
    if not text.strip():
        raise InputError(location, "no report text after the front matter")
    return Document(
        location=front.url or location, kind="markdown" if markdown else "text", text=text,
        raw_sha256=sha256(raw), text_sha256=sha256(text), title=front.title or title_of(text, markdown),
        published=front.published or header_date(text), publisher=front.source,
    )
