"""Split a claim's sentence into marked segments (numbers, weapons, places, time) that a
template renders with escaping; nothing here produces HTML."""

from __future__ import annotations

import re

from skytruce.model import Claim

WEAPON_WORDS = r"(?i)\b(drones?|UAVs?|missiles?|Shaheds?|rockets?|bombs?)\b"


def segments(claim: Claim) -> list[tuple[str, str | None]]:
    """[(text, kind)] covering the sentence; kind is number, weapon, place, time or None."""
    text = claim.sentence
    marks: list[tuple[int, int, str]] = []

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
