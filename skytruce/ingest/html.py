"""HTML pages: main text and metadata with trafilatura, boilerplate left behind."""

from __future__ import annotations

from datetime import date

import trafilatura

from skytruce.errors import InputError
from skytruce.ingest._common import decode_text, sha256, trim_trailing_boilerplate
from skytruce.model import Document

MIN_TEXT_CHARS = 40


def _parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def read_html(raw: bytes, location: str, url: str | None = None) -> Document:
    html = decode_text(raw, location)
    if "<" not in html:
        raise InputError(location, "no HTML markup found; name the file .txt to read it as plain text")
    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                         include_tables=True, favor_precision=True)
    text = trim_trailing_boilerplate(result.text) if result is not None and result.text else ""
    if len(text.strip()) < MIN_TEXT_CHARS:
        raise InputError(location, "no article text found in the HTML (broken or empty page)")
    return Document(
        location=url or location, kind="html", text=text, raw_sha256=sha256(raw), text_sha256=sha256(text),
        title=result.title, publisher=result.sitename or result.hostname, author=result.author,
        published=_parse_date(result.date if result.date != result.filedate else None),
        language=result.language,
    )


def canonical_url(raw: bytes, base: str) -> str | None:
    """The page's own address for itself (`<link rel="canonical">`), absolute, if it gives
    one: the identity of a page fetched from several addresses, or again after a change."""
    from urllib.parse import urljoin

    import lxml.html
    try:
        root = lxml.html.fromstring(raw[:512 * 1024])
    except (ValueError, lxml.etree.ParserError):
        return None
    for href in root.xpath("//head/link[translate(@rel, 'CANONICAL', 'canonical')='canonical']/@href"):
        url = urljoin(base, href.strip())
        if url.startswith(("http://", "https://")):
            return url
    return None
