"""Everything the extractor loads once per language: the spaCy tokenizer, one phrase
matcher over every lexicon (weapons, places, sources, cue words), and the lexicon itself.

Adding a language means a lexicon file `data/lexicon/<lang>.yaml` and, where the blank
spaCy tokenizer of that language needs help, a small module; nothing here is English-only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
import yaml
from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE, LIKE_NUM, LOWER, NORM
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from skytruce.reference import gazetteer, source_registry, weapon_taxonomy
from skytruce.reference._keys import data_path

TOKENIZER_REFRESH_CHARS = 2_000_000
LEXEME_ATTRS = {LOWER, NORM, LIKE_NUM, IS_ALPHA, IS_PUNCT, IS_SPACE}
# Label prefixes of phrase-matcher hits.
WEAPON, PLACE, SOURCE = "WEAPON", "PLACE", "SOURCE"
CASED_SOURCE = "SOURCE:cased"  # a source's name that is also a common word: matched only as written
ATTACK_ROLES = {"ROLE:launched", "ROLE:impact"}  # "Russia launched ...", "Ukrainian drones struck ..."


@dataclass
class Lexicon:
    data: dict

    def phrases(self, key: str) -> list[str]:
        return list(self.data.get(key, []))

    def groups(self, key: str) -> dict[str, list[str]]:
        return dict(self.data.get(key, {}))


class Resources:
    """The tokenizer, matcher and lexicon of one language."""

    def __init__(self, lang: str = "en"):
        self.lang = lang
        self.nlp = spacy.blank(lang)
        # only the attributes the extractor reads: new words then cost a third less to tokenize
        self.nlp.vocab.lex_attr_getters = {attr: getter for attr, getter in self.nlp.vocab.lex_attr_getters.items()
                                           if attr in LEXEME_ATTRS}
        self._pattern_tokenizer = self._fresh_tokenizer()  # patterns must not fill the main cache
        self._tokenizer = self._fresh_tokenizer()
        self._chars_since_refresh = 0
        self.lexicon = Lexicon(yaml.safe_load(open(data_path(f"lexicon/{lang}.yaml"), encoding="utf-8")))
        self.weapons = weapon_taxonomy()
        self.places = gazetteer()
        self.sources = source_registry()
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.label_ids: dict[int, str] = {}
        self.label_family: dict[int, str] = {}  # "ROLE:launched" -> "ROLE"
        self._add(WEAPON, self.weapons.surface_forms)
        self._add(PLACE, self.places.surface_forms)
        lex = self.lexicon
        cased = set(lex.phrases("cased_sources"))  # "SHOT" the channel, not "shot down"
        names = {a for s in self.sources for a in (s.name, *s.aliases)}
        self.short_surnames = {s.name.split()[-1] for s in self.sources  # people named "Kim", "Lee"
                               if (s.type == "individual" or s.affiliation) and len(s.name.split()[-1]) <= 3}
        self._add(SOURCE, names - cased)
        self._add(CASED_SOURCE, names & cased)
        for role, phrases in lex.groups("roles").items():
            self._add(f"ROLE:{role}", phrases)
        for qualifier, phrases in lex.groups("qualifiers").items():
            self._add(f"QUAL:{qualifier}", phrases)
        for target, phrases in lex.groups("targets").items():
            self._add(f"TARGET:{target}", phrases)
        patterns = lex.groups("verification_patterns")
        self._add("HEDGE", patterns.pop("hedge", []))
        self.verification_patterns = {status: re.compile("|".join(f"(?:{p})" for p in regexes))
                                      for status, regexes in patterns.items()}
        self.hedged_roles = {f"ROLE:{role}" for role in lex.phrases("hedged_roles")}
        self.verification_anchors = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in lex.phrases("verification_anchors")) + ")")
        for kind, phrases in lex.groups("evidence").items():
            self._add(f"EVIDENCE:{kind}", phrases)
        for head, phrases in lex.groups("anaphors").items():
            self._add(f"ANAPHOR:{head}", phrases)
        for party, phrases in lex.groups("generic_speakers").items():
            self._add(f"GENERIC_SPEAKER:{party}", phrases)
        for kind, phrases in lex.groups("organisation_heads").items():
            self._add(f"ORGANISATION:{kind}", phrases)
        self.pronouns = set(lex.phrases("pronouns"))
        self.event_nouns = set(lex.phrases("event_nouns"))
        self.attack_nouns = set(lex.phrases("attack_nouns"))
        self.aftermath_words = set(lex.phrases("aftermath_words"))
        self.other_story_labels = lex.phrases("other_story_labels")
        not_attack = lex.groups("not_an_attack_patterns")
        self.not_attack_always = _alternatives(not_attack.get("always", []), not_attack.get("fragments", {}))
        self.not_attack_anchors = tuple(not_attack.get("anchors", []))
        self.not_attack_unless_told = _alternatives(not_attack.get("without_attack_verb", []), {})
        self.demonyms = {k.lower(): v for k, v in lex.data.get("demonyms", {}).items()}
        self.anaphor_words = lex.groups("anaphor_words")
        self.default_speakers = lex.groups("default_speakers")
        for key in ("attribution_verbs", "killed_words", "injured_words", "people_words",
                    "clause_breaks", "relay_phrases", "not_an_attack"):
            self._add(key.upper(), lex.phrases(key))
        for kind, phrases in lex.groups("titles").items():
            self._add(f"TITLE:{kind}", phrases)
        self.modifiers = {w.lower() for w in lex.phrases("count_modifiers")}
        self.number_words = {k.lower(): int(v) for k, v in lex.data.get("number_words", {}).items()}
        self.opponents = dict(lex.data.get("opponents", {}))
        self.nationality = {k.lower(): v for k, v in lex.data.get("nationality", {}).items()}

    def _fresh_tokenizer(self) -> Tokenizer:
        template = self.nlp.tokenizer
        return Tokenizer(self.nlp.vocab, rules=template.rules, prefix_search=template.prefix_search,
                         suffix_search=template.suffix_search, infix_finditer=template.infix_finditer,
                         token_match=template.token_match, url_match=template.url_match)

    def _add(self, label: str, phrases) -> None:
        phrases = {p for p in phrases if p and p.strip()}
        phrases |= {p.replace("'", "’") for p in phrases if "'" in p}  # reports use both apostrophes
        docs = [self._pattern_tokenizer(p) for p in sorted(phrases)]
        self.matcher.add(label, docs)
        self.label_ids[self.nlp.vocab.strings[label]] = label
        self.label_family[self.nlp.vocab.strings[label]] = label.split(":")[0]

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The matcher's hits in order of start, but a cased source's name only as written."""
        cased = self.nlp.vocab.strings[CASED_SOURCE]
        return sorted(((m, s, e) for m, s, e in self.matcher(doc) if m != cased or doc[s:e].text.isupper()),
                      key=lambda hit: hit[1])

    def tokenize(self, text: str) -> Doc:
        """spaCy's tokenizer slows down several-fold once its cache holds tens of thousands
        of distinct chunks, so a long run starts a fresh one now and then."""
        self._chars_since_refresh += len(text)
        if self._chars_since_refresh > TOKENIZER_REFRESH_CHARS:
            self._tokenizer = self._fresh_tokenizer()
            self._chars_since_refresh = len(text)
        return self._tokenizer(text)  # no length limit: nothing here needs the parser


def resources(lang: str = "en") -> Resources:
    """The resources of a language, built once (the first call takes about two seconds)."""
    return _resources(lang)


@lru_cache(maxsize=4)
def _resources(lang: str) -> Resources:
    return Resources(lang)


def _alternatives(patterns: list[str], fragments: dict[str, str]) -> re.Pattern:
    """One regular expression of a lexicon's patterns, each named fragment (SINCE) written in."""
    for name, fragment in fragments.items():
        patterns = [p.replace(name, fragment) for p in patterns]
    return re.compile("|".join(f"(?:{p})" for p in patterns))
