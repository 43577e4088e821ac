"""Extraction: turn report text into attributed, structured claims. Knows language,
never storage. `extract_claims(text, published)` is the whole public surface; the
components it runs are listed in `pipeline.PIPELINE`.
"""

from __future__ import annotations

from datetime import date

from skytruce.extract.pipeline import read
from skytruce.model import Claim, Document


def extract_claims(text: str, published: date | None = None, lang: str = "en") -> list[Claim]:
    """Every attack claim in `text`. Relative dates resolve against `published`, else the
    latest full date the text states."""
    if not text or not text.strip():
        return []
    return read(text, published, lang).claims


def extract_document(doc: Document) -> list[Claim]:
    return extract_claims(doc.text, doc.published)


__all__ = ["extract_claims", "extract_document"]
