"""Attack mentions: does a sentence tell of an attack at all, and of something happening?

A sentence is in attack context when it gives figures, names a weapon, a role verb, a
target or an attack noun; it is eventful when it has a role verb or an event noun
("attack", "strike"). Later components only look for times and places there.
"""

from __future__ import annotations

from skytruce.extract.document import Document


def mentions(doc: Document) -> None:
    """Pipeline component: `attack_context`, `eventful` and `aftermath` of every sentence;
    another story's headline ("Read also: ...") tells nothing of this report's attacks, nor
    does a picture's caption that quotes no one count any ("A drone downed over a field.
    Photo: ...")."""
    res = doc.res
    captions = _caption_lines(doc)
    for s in doc.read():
        if _other_story(res, s.text) or _no_attack(res, s) or _nothing_launched(doc, s):
            s.figures, s.named, s.references = [], [], []
            s.no_attack = True
            continue
        s.caption = any(start <= s.start < end for start, end in captions)
        if s.figures and s.caption and not s.hits.spans("ATTRIBUTION_VERBS") and not s.hits.spans("RELAY_PHRASES"):
            s.figures = []
        words = s.words
        roles = bool(s.hits.spans("ROLE"))
        harmed = bool(s.hits.spans("KILLED_WORDS") or s.hits.spans("INJURED_WORDS"))
        s.eventful = roles or harmed or bool(words & res.event_nouns)  # "drones killed three people"
        s.attack_context = bool(s.figures or s.named or roles or s.hits.spans("TARGET") or words & res.attack_nouns)
        s.aftermath = bool(words & res.aftermath_words)


ATTACK_VERBS = {"ROLE:launched", "ROLE:destroyed", "ROLE:impact"}


def _no_attack(res, s) -> bool:
    """Rates, war-long totals, and production, stocks, deliveries or prices told with no
    verb of an attack: the weapons and figures of such a sentence are no attack."""
    text = s.text.lower()
    anchored = any(word in text for word in res.not_attack_anchors)
    if anchored and res.not_attack_asides:
        text = res.not_attack_asides.sub("", text)
        anchored = any(word in text for word in res.not_attack_anchors)
    if anchored and res.not_attack_always.search(text) \
            and not (res.attack_record and res.attack_record.search(text)):
        return True  # (not "the largest number it has recorded in a single attack since 2022")
    told = any(label in ATTACK_VERBS for _, _, label in s.hits.spans("ROLE"))
    return not told and bool(res.not_attack_unless_told.search(text))


def _nothing_launched(doc: Document, s) -> bool:
    """'Пусків ракет цієї ночі не зафіксували', 'пусков ракет не зафиксировано': a weapon named
    with no count, whose last verb is negated: none was sent."""
    roles = s.hits.spans("ROLE")
    if s.figures or s.references or not s.named or not roles:
        return False
    verb = roles[-1][0]
    return verb > s.first and doc.tokens[verb - 1].lower_ in doc.res.words["verb_negations"] \
        and roles[-1][2] == "ROLE:launched"


CAPTION_LENGTH = 500  # characters a caption's line holds at most (not a page printed as one line)


def _caption_lines(doc: Document) -> list[tuple[int, int]]:
    """The lines that credit a picture ('Photo: Getty Images', 'Фото: ОВА'), as character
    spans, read in one pass over the text."""
    if doc.res.photo_credits is None:
        return []
    text, spans = doc.text, []
    for credit in doc.res.photo_credits.finditer(text):
        start = text.rfind("\n", 0, credit.start()) + 1
        end = text.find("\n", credit.end())
        end = len(text) if end < 0 else end
        if end - start <= CAPTION_LENGTH and (not spans or spans[-1] != (start, end)):
            spans.append((start, end))
    return spans


def _other_story(res, text: str) -> bool:
    head = text[:40].lower().lstrip("•*-– ")
    if not head.startswith(res.other_story_labels):
        return False  # the usual case, told at C speed
    return any(head.startswith(label) and head[len(label):len(label) + 1] in (":", " ", "|", "-", "–", "")
               for label in res.other_story_labels)
