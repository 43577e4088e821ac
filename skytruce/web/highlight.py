"""Split a claim's sentence into marked segments (numbers, weapons, places, time) that a
template renders with escaping; nothing here produces HTML. In the sentence's language the
extractor's own lexicon marks what it read: weapons and places in any case ("шахедами",
"Миколаївської області") and number words ("двадцять два")."""

from __future__ import annotations

import re

from skytruce.extract import SUPPORTED
from skytruce.extract.resources import PLACE, WEAPON, resources
from skytruce.model import Claim

WEAPON_WORDS = r"(?i)\b(drones?|UAVs?|missiles?|Shaheds?|rockets?|bombs?)\b"


GAP = " … "  # between two sentences that told the claim, where the report says more


def segments(claim: Claim, lang: str | None = None) -> list[tuple[str, str | None]]:
    """[(text, kind)] covering the sentences that told the claim; kind is number, weapon,
    place, time or None."""
    out: list[tuple[str, str | None]] = []
    spans = claim.told_spans()
    for n, text in enumerate(claim.told()):
        if n:
            between = claim.sentence[spans[n - 1][1] - claim.span[0]:spans[n][0] - claim.span[0]]
            out.append((" " if between.isspace() else GAP, None))  # nothing left out between neighbours
        out += _segments(claim, text, lang)
    return out


def _segments(claim: Claim, text: str, lang: str | None) -> list[tuple[str, str | None]]:
    marks: list[tuple[int, int, str]] = _read_marks(text, lang) if lang in SUPPORTED and text else []

    def mark(pattern: str, kind: str) -> None:
        for m in re.finditer(pattern, text):
            if m.end() > m.start():
                marks.append((m.start(), m.end(), kind))

    if claim.time.text:
        mark(re.escape(claim.time.text), "time")
    for w in claim.weapons:
        for term in filter(None, {w.model, (w.model or "").split("/")[0], (w.model or "").split(" ")[-1]}):
            mark(re.escape(term), "weapon")
    mark(WEAPON_WORDS, "weapon")
    for p in claim.places:
        mark(r"\b" + re.escape(p.name.replace(" Oblast", "").replace(" Region", "").replace(" Krai", "")) + r"\b", "place")
    mark(r"\b\d[\d,]*\b", "number")
    marks.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out, at = [], 0
    for start, end, kind in marks:
        if start < at:
            continue
        if start > at:
            out.append((text[at:start], None))
        out.append((text[start:end], kind))
        at = end
    if at < len(text):
        out.append((text[at:], None))
    return out


def _read_marks(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Character spans of the weapons, places and numbers the lexicon of `lang` finds."""
    res = resources(lang)
    tokens = res.tokens(text)
    kinds = {WEAPON: "weapon", PLACE: "place"}
    marks = []
    for match_id, start, end in res.match(tokens):
        kind = kinds.get(res.label_family[match_id])
        if kind and (kind != "place" or tokens[start].text[:1].isupper()):
            marks.append((tokens[start].idx, tokens[end - 1].idx + len(tokens[end - 1].text), kind))
    marks += [(t.idx, t.idx + len(t.text), "number") for t in tokens if t.like_num or t.lower_ in res.number_words]
    return marks
