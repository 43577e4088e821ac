"""Extraction: turn report text into attributed, structured claims. Knows language,
never storage. `extract_claims(text, published)` is the whole public surface.
"""

from __future__ import annotations

from datetime import date

from skytruce.extract.assemble import assemble
from skytruce.extract.resources import Resources, resources
from skytruce.extract.sentence import Facts, analyse
from skytruce.extract.timex import reference_date, resolve
from skytruce.extract.tokens import Tokens
from skytruce.model import Claim, Document, TimeWindow

SENTENCE_END = {".", "!", "?", "…"}
CLOSERS = {"”", '"', "’", "'", ")", "»"}


def sentence_bounds(doc: Tokens) -> list[tuple[int, int]]:
    """Token ranges of sentences: ends at . ! ? (with closing quotes) and at line breaks."""
    bounds, start, n = [], 0, len(doc)
    line_ends = doc.before_newline()
    i = 0
    while i < n:
        token = doc[i]
        end = None
        if token.is_space and "\n" in token.text:
            end = i
            nxt = i + 1
        elif i in line_ends and not (i + 1 < n and doc[i + 1].text[:1].islower()
                                     and token.text not in SENTENCE_END and token.text[-1:] not in CLOSERS):
            end = nxt = i + 1  # a line break ends a sentence unless the text runs on in lower case
        elif token.text in SENTENCE_END or (token.text.endswith(".") and len(token.text) > 1 and token.text[:-1].isalpha()
                                            and token.text[0].islower() and False):
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
        if f.attack_context:
            f.time = resolve(f.text, ref)
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
