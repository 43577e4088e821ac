"""Verification: what a sentence says about how far a claim can be trusted — cues that
flag it (unverified, disputed, denied), hedges that are only recorded ("so-called"), and
evidence said to exist or to be missing (video, satellite images, rescue-service data).
"""

from __future__ import annotations

from skytruce.extract.document import Document

NEGATORS = {"no", "without", "not", "nor", "neither", "lack", "absence"}
SHOWN = {"video", "photo", "satellite"}


def verification_cues(doc: Document) -> None:
    """Pipeline component: `cues`, `evidence` and `evidence_absent` of every sentence."""
    tokens = doc.tokens
    for sent in doc.read():
        hits = sent.hits
        for s, e, label in hits.spans("CUE"):
            sent.cues.append((label.split(":")[1], tokens.text_of(s, e)))
        for s, e, label in hits.spans("EVIDENCE"):
            kind = label.split(":")[1]
            negated = any(tokens[k].lower_ in NEGATORS for k in range(max(sent.first, s - 3), s))
            if negated and kind not in sent.evidence_absent:
                sent.evidence_absent.append(kind)
            elif not negated and kind in SHOWN and kind not in sent.evidence:
                sent.evidence.append(kind)
