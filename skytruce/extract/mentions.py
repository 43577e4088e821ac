"""Attack mentions: does a sentence tell of an attack at all, and of something happening?

A sentence is in attack context when it gives figures, names a weapon, a role verb, a
target or an attack noun; it is eventful when it has a role verb or an event noun
("attack", "strike"). Later components only look for times and places there.
"""

from __future__ import annotations

from skytruce.extract.document import Document

EVENT_NOUNS = {"attack", "attacks", "strike", "strikes", "barrage", "raid", "raids", "assault", "shelling",
               "explosion", "explosions", "wave", "salvo", "bombardment", "debris", "fragments", "wreckage"}
TARGET_PREPOSITIONS = {"on", "at", "against", "into", "over", "in", "across", "of", "toward", "towards", "to", "from"}
ATTACK_NOUNS = {"attack", "attacks", "strike", "strikes", "barrage", "raid", "raids", "assault", "offensive",
                "forces", "army", "troops", "drone", "drones", "missile", "missiles"}


def mentions(doc: Document) -> None:
    """Pipeline component: `attack_context` and `eventful` of every sentence."""
    tokens = doc.tokens
    for s in doc.read():
        words = {tokens[k].lower_ for k in range(s.first, s.last)}
        roles = bool(s.hits.spans("ROLE"))
        s.eventful = roles or bool(words & EVENT_NOUNS)
        s.attack_context = bool(s.figures or s.named or roles or s.hits.spans("TARGET") or words & ATTACK_NOUNS)
