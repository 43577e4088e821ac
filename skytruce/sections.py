"""Long inputs read a section at a time.

The extractor reads a document whole, and its cost grows faster than the document: a
report of a thousand words takes milliseconds, one input of a million words (a dump of a
feed, a book-length report) would take most of an hour and gigabytes. An input longer than
`SECTION_CHARS` is therefore cut at paragraph breaks into sections that are read one
after another, each against the date the whole text gives (so "overnight" resolves as it
would in the whole), and its claims' spans are shifted back into the whole text. Inputs
of ordinary length are read exactly as before.
"""

from __future__ import annotations

from datetime import date
from typing import Iterator

from skytruce.model import Claim

SECTION_CHARS = 50_000
BREAKS = ("\n\n", "\n", ". ")  # where a section may end, best first


def sections(text: str, size: int = SECTION_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive sections of at most `size` characters, each ending at a
    paragraph break where there is one, else a line break, else a sentence end."""
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = next((window.rfind(b) + len(b) for b in BREAKS if window.rfind(b) > size // 2), size)
        yield start, start + cut
        start += cut
    if start < len(text):
        yield start, len(text)


def each_claim(text: str, published: date | None = None, lang: str | None = None) -> Iterator[Claim]:
    """Every claim in `text` (in `lang`, else the language detected), as `extract_claims`
    gives them, a section at a time when it is long (so a caller that writes them as they
    come holds one section's claims)."""
    from skytruce.extract import detect_language, extract_claims
    if len(text) <= SECTION_CHARS:
        yield from extract_claims(text, published, lang)
        return
    from skytruce.extract.timex import reference_date
    when, lang = reference_date(text, published), lang or detect_language(text)
    for start, end in sections(text, SECTION_CHARS):
        for claim in extract_claims(text[start:end], when, lang):
            claim.span = (claim.span[0] + start, claim.span[1] + start)
            yield claim

