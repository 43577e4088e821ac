"""Extraction: turn report text into attributed, structured claims. Knows language,
never storage. `extract_claims(text, published)` is the whole public surface.
"""

from __future__ import annotations

import re
from datetime import date

from skytruce.extract.assemble import assemble
from skytruce.extract.resources import Resources, resources
from skytruce.extract.sentence import Facts, analyse
from skytruce.extract.timex import reference_date, resolve
from skytruce.extract.tokens import Tokens
from skytruce.model import Claim, Document, TimeWindow

THE_CITY = re.compile(r"\bthe (?:city|capital)\b(?! of)")
VAGUE_NIGHTS = {"during the night", "at night", "on the night", "overnight", "last night"}
SENTENCE_END = {".", "!", "?", "…"}
CLOSERS = {"”", '"', "’", "'", ")", "»"}


def _runs_on(doc: Tokens, before: int, after: int, gap: str) -> bool:
    """A single line break inside a sentence: the next line starts in lower case and the
    line before did not end one."""
    if gap.count("\n") > 1 or before < 0 or after >= len(doc):
        return False
    last = doc[before].text
    return doc[after].text[:1].islower() and last not in SENTENCE_END and last[-1:] not in CLOSERS


def sentence_bounds(doc: Tokens) -> list[tuple[int, int]]:
    """Token ranges of sentences: ends at . ! ? (with closing quotes) and at line breaks."""
    bounds, start, n = [], 0, len(doc)
    line_ends = doc.before_newline()
    i = 0
    while i < n:
        token = doc[i]
        end = None
        if token.is_space and "\n" in token.text:
            if not _runs_on(doc, i - 1, i + 1, token.text):
                end = i
                nxt = i + 1
        elif i in line_ends and not _runs_on(doc, i, i + 1, "\n"):
            end = nxt = i + 1
        elif token.text in SENTENCE_END:
            j = i + 1
            while j < n and doc[j].text in CLOSERS:
                j += 1
            if j >= n or doc[j].is_space or doc[j].text[:1].isupper() or doc[j].text[:1] in "“\"(" or doc[j].like_num:
                end = nxt = j
            else:
                nxt = None
        if end is not None:
            if end > start:
                bounds.append((start, end))
            start = nxt
            while start < n and doc[start].is_space:
                start += 1
            i = max(start, i + 1)
            continue
        i += 1
    if start < n:
        bounds.append((start, n))
    return [(s, e) for s, e in bounds if any(not doc[k].is_space for k in range(s, e))]


def extract_claims(text: str, published: date | None = None, lang: str = "en") -> list[Claim]:
    """Every attack claim in `text`. Relative dates resolve against `published`, else the
    latest full date the text states."""
    if not text or not text.strip():
        return []
    res: Resources = resources(lang)
    spacy_doc = res.tokenize(text)
    matches = sorted(res.matcher(spacy_doc), key=lambda m: m[1])
    doc = Tokens(spacy_doc, text)
    ref = reference_date(text, published)
    bounds = sentence_bounds(doc)
    facts: list[Facts] = []
    dated: tuple[int, TimeWindow] | None = None  # the last sentence that named a calendar date
    last_city = None  # the last city named, for "the city" and "the capital"
    m = 0
    for index, (s, e) in enumerate(bounds):
        while m < len(matches) and matches[m][1] < s:
            m += 1
        k = m
        inside = []
        while k < len(matches) and matches[k][1] < e:
            if matches[k][2] <= e:
                inside.append(matches[k])
            k += 1
        f = analyse(res, doc, s, e, inside, index)
        city = next((p for p in f.places if p.precision == "city"), None)
        if city is None and last_city and f.attack_context and "the c" in f.text and THE_CITY.search(f.text):
            f.places.append(last_city)  # "the missiles targeting the city" after "the capital Kyiv"
        last_city = city or last_city
        if f.attack_context:
            f.time = resolve(f.text, ref)
            if f.time and f.time.text and f.time.text.lower() in VAGUE_NIGHTS and dated and index - dated[0] <= 3:
                f.time = dated[1]  # "the night attack on September 25 ... shot down 19 drones during the night"
            elif f.time and f.time.precision in ("day", "hour") and any(ch.isdigit() for ch in f.time.text or ""):
                dated = (index, f.time)
        facts.append(f)
    ref_time = _document_time(facts, ref)
    claims = assemble(res, facts, ref_time)
    for claim in claims:
        claim.sentence = text[claim.span[0]:claim.span[1]]
    return claims


def _document_time(facts: list[Facts], ref: date | None) -> TimeWindow | None:
    """The date an undated figure takes: the first dated attack sentence, else the report's date."""
    for f in facts:
        if f.time and f.attack_context and f.time.precision in ("day", "hour"):
            return f.time
    return TimeWindow(ref, ref, "day", None) if ref else None


def extract_document(doc: Document) -> list[Claim]:
    return extract_claims(doc.text, doc.published)


__all__ = ["extract_claims", "extract_document", "sentence_bounds"]
