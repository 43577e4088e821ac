"""Verification: what a sentence says about how far a claim can be trusted.

Cues are structures, not phrasings (the patterns live in the lexicon): a negated modal
before "verify" ("could not be independently verified"), silence on the claim ("has yet
to comment on the claims"), a denial verb with what it denies ("rejected the reports"),
"called it fake". Hedges ("allegedly", "reportedly") are recorded, and flag a claim only
where they bear on the attack itself ("allegedly shot down", "alleged Ukrainian drones"),
not on a detail ("reportedly launched from Kursk"). Which claim a cue flags is decided in
`assemble`. Evidence said to exist or to be missing is noted too.
"""

from __future__ import annotations

import re

from skytruce.extract.document import Document, Sentence
from skytruce.extract.resources import WEAPON, Resources
from skytruce.extract.tokens import Tokens

NEGATORS = {"no", "without", "not", "nor", "neither", "lack", "absence"}
PROOF = re.compile(r"evidence|proof|доказ")  # a cue about proof of what is claimed
SHOWN = {"video", "photo", "satellite"}
STATUS_ORDER = {"asserted": 0, "unverified": 1, "disputed": 2, "denied": 3}
# Words that may stand between a hedge and what it bears on ("allegedly been shot down").
HEDGE_GAP = {"been", "was", "were", "be", "had", "have", "has", "being", "successfully", "also", "then"}


def verification_cues(doc: Document) -> None:
    """Pipeline component: `cues`, `evidence` and `evidence_absent` of every sentence."""
    sentences = doc.sentences
    for sent in sentences:
        _flagging_cues(doc.res, sent, doc.tokens)
        if sent.hits is not None:
            _hedges(doc.res, doc.tokens, sent)
            _evidence(doc.tokens, sent)
    for i, sent in enumerate(sentences):
        neighbours = sentences[max(0, i - 1):i] + (sentences[i + 1:i + 2] if len(sent.text) < SHORT_SENTENCE else [])
        if sent.cues and _about_a_rumour(doc.res, sent, neighbours):
            sent.cues = []  # "Reports of an evacuation are fake": a rumour denied, no claim of an attack


def _flagging_cues(res: Resources, sent: Sentence, tokens: Tokens) -> None:
    text = sent.text.lower()
    if not res.verification_anchors.search(text):
        return  # none of the words a cue needs: nothing to search for
    text = text.replace("’", "'")
    for status, pattern in res.verification_patterns.items():
        for m in pattern.finditer(text):
            if res.conditional_clause is not None and res.conditional_clause.search(text, 0, m.start()):
                continue  # "unless a line says otherwise": supposed, not said
            if status == "unverified" and _of_the_aftermath(res, text, m.end()) and not PROOF.search(m.group()):
                continue  # "did not comment on reports of damage at the refinery": the damage, not the claim
                # (but "did not provide evidence of the hit": of the strike it claims)
            if status == "unverified" and "comment" in m.group() and _a_company_silent(sent, tokens, m.start()):
                continue  # "Lukoil has not commented": a company's silence casts no doubt on a side's claim
            if status != "unverified" and _negated(res, text, m.start()):
                continue  # "did not dispute the figures", "ці дані не заперечують": no denial
            sent.cues.append((status, sent.text[m.start():m.end()].strip(" ,.")))


NEGATION_REACH = 2  # words before a denial that may negate it ("did not deny")


def _negated(res: Resources, text: str, at: int) -> bool:
    """A negation right before the cue, in its clause ('has not yet denied'; not 'не
    пострадала, противоречит')."""
    for word in reversed(text[:at].replace("n't", " n't").split()[-NEGATION_REACH:]):
        if not word[-1].isalpha() and word != "n't":
            return False
        if word in res.words["negations"]:
            return True
    return False


def _a_company_silent(sent: Sentence, tokens: Tokens, at: int) -> bool:
    """The one who does not comment, named before the cue, is a company."""
    before = [m for m in sent.mentions if m.kind == "named" and m.claimant and tokens[m.token].idx - sent.start < at]
    return bool(before) and before[-1].claimant.type == "company"


ABOUT_WORDS = {"of", "about", "on"}


def _of_the_aftermath(res: Resources, text: str, end: int) -> bool:
    """The words after a cue say what it is about, and that is the damage ('reports of damage',
    'claims about casualties')."""
    after = text[end:end + 40].split()
    return len(after) >= 2 and after[0] in ABOUT_WORDS and any(w.strip(".,;") in res.aftermath_words for w in after[1:3])


SHORT_SENTENCE = 40  # characters of a sentence such as "Это фейк.", whose topic the one before gives


def _about_a_rumour(res: Resources, sent: Sentence, neighbours: list[Sentence]) -> bool:
    """The sentence (or, for one that tells of no attack at all, the one before it, and for a
    short one also the one after it: 'В ОВА назвали це фейком', '«Это фейк. Никакой
    эвакуации не планируется»') is about a matter that is no attack (an evacuation, a
    school, a fundraiser) and names no weapon."""
    if res.rumour_topics is None or (sent.hits is not None and sent.hits.spans(WEAPON)):
        return False
    if res.rumour_topics.search(sent.text.lower()):
        return True
    untold = sent.hits is None or not (sent.hits.spans("ROLE") or sent.hits.spans("TARGET") or sent.figures)
    return (len(sent.text) < SHORT_SENTENCE or untold) and any(
        not (beside.hits and beside.hits.spans(WEAPON)) and res.rumour_topics.search(beside.text.lower())
        for beside in neighbours)


def _hedges(res: Resources, tokens: Tokens, sent: Sentence) -> None:
    hits = sent.hits
    for s, e, _ in hits.spans("HEDGE"):
        k = e
        while k < sent.last and k - e < 3 and (tokens[k].lower_ in HEDGE_GAP or tokens[k].lower_ in res.nationality):
            k += 1
        role = hits.covering("ROLE", k)
        bears_on_attack = (role and role[0] == k and role[2] in res.hedged_roles) or hits.at(WEAPON, k) \
            or (k < sent.last and tokens[k].lower_ in res.attack_nouns)
        status = "unverified" if bears_on_attack else "hedge"
        sent.cues.append((status, tokens.text_of(s, min(sent.last, k + 2) if bears_on_attack else e)))


def _evidence(tokens: Tokens, sent: Sentence) -> None:
    for s, e, label in sent.hits.spans("EVIDENCE"):
        kind = label.split(":")[1]
        negated = any(tokens[k].lower_ in NEGATORS for k in range(max(sent.first, s - 3), s))
        if negated and kind not in sent.evidence_absent:
            sent.evidence_absent.append(kind)
        elif not negated and kind in SHOWN and kind not in sent.evidence:
            sent.evidence.append(kind)


def status_of(cues: list[tuple[str, str]]) -> str:
    """The strongest status among cues; hedges alone leave a claim asserted."""
    statuses = [status for status, _ in cues if status in STATUS_ORDER]
    return max(statuses, key=STATUS_ORDER.get, default="asserted")
