"""Extraction: turn report text into attributed, structured claims. Knows language,
never storage. `extract_claims(text, published, lang)` is the whole public surface; the
components it runs are listed in `pipeline.PIPELINE`. English, Ukrainian and Russian are
read; the language is detected when not given.
"""

from __future__ import annotations

from datetime import date

from skytruce.extract.language import SUPPORTED, detect_language
from skytruce.extract.pipeline import read
from skytruce.model import Claim, Document


def extract_claims(text: str, published: date | None = None, lang: str | None = None) -> list[Claim]:
    """Every attack claim in `text` (in `lang`, else the language detected). Relative dates
    resolve against `published`, else the latest full date the text states."""
    if not text or not text.strip():
        return []
    return read(text, published, lang or detect_language(text)).claims


def extract_document(doc: Document, lang: str | None = None) -> list[Claim]:
    """The claims of an ingested document; its language (`lang`, else the one detected in
    its text, whatever the page declared) is stored on it."""
    doc.language = lang or detect_language(doc.text)
    return extract_claims(doc.text, doc.published, doc.language)


__all__ = ["SUPPORTED", "detect_language", "extract_claims", "extract_document"]
