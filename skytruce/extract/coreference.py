"""Coreference of speakers: a sentence whose speaker is a pronoun ("he said"), a title
("the regional governor said") or a quotation's inside takes the speaker it refers to.
"""

from __future__ import annotations

from skytruce.extract.document import Document, Sentence


def coreference(doc: Document) -> None:
    """Pipeline component: resolves each sentence's `claimant` where it was only referred to."""
    _propagate_speakers(doc.sentences)


def _quotations(facts: list[Sentence]) -> list[tuple[int, int]]:
    """(first, last) sentence index of each quotation that spans several sentences."""
    spans, opened = [], None
    for i, f in enumerate(facts):
        if f.opens_quote:
            if opened is None:
                opened = i
            else:
                spans.append((opened, i))
                opened = None
    return spans


def _propagate_speakers(facts: list[Sentence]) -> None:
    """'he said', 'the post said' and multi-sentence quotes take the last named speaker;
    every sentence of a quotation takes the speaker its opening or closing names."""
    for first, last_index in _quotations(facts):
        inside = facts[first:last_index + 1]
        speaker = next((g.claimant for g in (inside[-1], inside[0]) if g.claimant), None)
        if speaker is None and any(g.speaker_is_pronoun for g in (inside[-1], inside[0])):
            speaker = next((g.claimant for g in reversed(facts[:first]) if g.claimant), None)
        for g in inside:
            g.claimant = g.claimant or speaker
    last = None
    for i, f in enumerate(facts):
        if f.claimant is None and f.speaker_title:  # "the regional governor said": named nearby
            nearby = [g.claimant for g in facts[i + 1:i + 4] + facts[max(0, i - 3):i][::-1] if g.claimant]
            same_kind = [c for c in nearby if c.type == f.speaker_title]
            if same_kind or nearby:
                f.claimant = (same_kind or nearby)[0]
        if f.claimant is None and f.speaker_is_pronoun:
            f.claimant = last
        if f.claimant is not None:
            last = f.claimant
