"""Ingestion: turn paths, directories and URLs into Documents. Knows formats, never meaning.

`read_one` reads one path or URL (a directory is first `expand`ed into its files); the
library reads them one at a time and reports every bad input at once, so that it can write
all or nothing. Tally CSVs are routed to the tally reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from skytruce.errors import InputError
from skytruce.ingest.tallies import TallyFile, read_tally
from skytruce.ingest.text import read_text
from skytruce.ingest.urls import is_url
from skytruce.model import Document

SUFFIXES = {
    ".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text", ".text": "text", ".md": "markdown",
    ".markdown": "markdown", ".rss": "feed", ".atom": "feed", ".xml": "feed", ".csv": "tally",
}


@dataclass
class LoadedInputs:
    """What reading the inputs found besides documents (those are stored as they come)."""

    tallies: list[TallyFile] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files in directories with other suffixes


def expand(inputs: Iterable[str]) -> tuple[list[str], list[str]]:
    """Directories become their files (recursively, known suffixes only)."""
    found, skipped = [], []
    for item in inputs:
        path = Path(item)
        if not is_url(item) and path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                (found if child.suffix.lower() in SUFFIXES else skipped).append(str(child))
        else:
            found.append(item)
    return found, skipped


def read_one(item: str) -> list[Document] | TallyFile:
    """Read one path or URL; raises InputError with the input's name in it."""
    if is_url(item):
        from skytruce.ingest.feeds import looks_like_feed
        from skytruce.ingest.urls import fetch
        raw, kind = fetch(item)
        if kind == "html" and looks_like_feed(raw):
            kind = "feed"
        return _parse(raw, item, kind, url=item)
    path = Path(item)
    if not path.exists():
        raise InputError(item, "no such file or directory")
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise InputError(item, f"unsupported file type {path.suffix or '(none)'!r}; expected one of "
                               + ", ".join(sorted(SUFFIXES)))
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(item, f"cannot read: {exc.strerror}") from None
    return _parse(raw, item, kind)


def _parse(raw: bytes, location: str, kind: str, url: str | None = None) -> list[Document] | TallyFile:
    """The reader of each kind, imported when first needed (trafilatura and feedparser
    take a while to load, and a text report needs neither)."""
    if kind == "tally":
        return read_tally(raw, location)
    if kind in ("feed", "html"):
        from skytruce.ingest.feeds import looks_like_feed, read_feed
        if kind == "feed" or looks_like_feed(raw):
            return read_feed(raw, location)
        from skytruce.ingest.html import read_html
        return [read_html(raw, location, url=url)]
    return [read_text(raw, location, markdown=kind == "markdown")]


__all__ = ["LoadedInputs", "expand", "read_one"]
