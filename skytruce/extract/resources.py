"""Everything the extractor loads once per language: the tokenizer (spaCy's rules for the
language), one phrase matcher over every lexicon (weapons, places, sources, cue words),
and the lexicon itself.

Adding a language means a lexicon file `data/lexicon/<lang>.yaml`; nothing here is
English-only. An inflected language (the lexicon's `morphology: pymorphy3`) is matched on
lemmas: each token's `lower_` is its lemma (`morphology.Lemmatizer`), and the reference
data is looked up by the lemmas of its names (`lemma_lookup`).
"""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import skytruce
from skytruce import cache
from skytruce.extract import lemma_memory, morphology
from skytruce.extract.alternation import by_first_character
from skytruce.extract.lemma_lookup import LemmaGazetteer, LemmaRegistry, LemmaTaxonomy
from skytruce.extract.morphology import Lemmatizer
from skytruce.extract.numbers import NumberWords
from skytruce.extract.phrases import PhraseMatcher
from skytruce.extract.tokenizer import Tokenizer, is_punct, like_num, rules_from_spacy
from skytruce.extract.tokens import Tok, Tokens, WordAttributes
from skytruce.reference import gazetteer, source_registry, weapon_taxonomy
from skytruce.reference._keys import data_path, read_yaml

WORDS_REMEMBERED = 500_000  # distinct words whose attributes are kept before the memo starts again
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
        self.lexicon = Lexicon(read_yaml(data_path(f"lexicon/{lang}.yaml")))
        lex = self.lexicon
        # spaCy's rules, read once per spaCy version; without its special cases where the lexicon's abbreviations do their work
        self.tokenizer = Tokenizer(cache.cached(f"tokenizer-rules-{lang}", _data_fingerprint(), lambda: rules_from_spacy(
            lang, special_cases=lex.data["tokenizer_exceptions"])))
        self._words: dict[str, WordAttributes] = {}
        self.lemmatizer = Lemmatizer(lang, lex.phrases("case_endings"), lex.phrases("nominative_endings")) \
            if lex.data.get("morphology") == "pymorphy3" else None
        self._pending: list[tuple[str, set[str], bool | set[str]]] = []
        if self.lemmatizer:
            self._keys: dict[str, str] = {}
            self.weapons = LemmaTaxonomy(weapon_taxonomy(), lex.groups("weapon_aliases"), self.name_keys)
            self.places = LemmaGazetteer(gazetteer(), self.name_keys, self.lemmatizer.genders, self.lemmatizer.readings)
            self.sources = LemmaRegistry(source_registry(), self.name_keys)
        else:
            self.weapons, self.places, self.sources = weapon_taxonomy(), gazetteer(), source_registry()
        self.matcher = PhraseMatcher()
        self._ids: dict[str, int] = {}  # label -> its id in the matcher's hits
        self.label_ids: dict[int, str] = {}
        self.label_family: dict[int, str] = {}  # "ROLE:launched" -> "ROLE"
        self._add(WEAPON, self.weapons.surface_forms)
        self._add(PLACE, self.places.surface_forms, decline=self.places.declined_names if self.lemmatizer else False)
        cased = set(lex.phrases("cased_sources"))  # "SHOT" the channel, not "shot down"
        names = {a for s in self.sources for a in (s.name, *s.aliases)}
        self.short_surnames = {s.name.split()[-1] for s in self.sources  # people named "Kim", "Lee"
                               if (s.type == "individual" or s.affiliation) and len(s.name.split()[-1]) <= 3}
        names |= {quoted for name in names for quoted in _quoted_last_word(name)}  # 'Operational Command "South"'
        self._add(SOURCE, names - cased, decline=True)
        self._add(CASED_SOURCE, names & cased, decline=True)
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
        conditionals = lex.phrases("verification_conditionals")
        self.conditional_clause = re.compile(  # a clause opened by one of them, up to where a cue starts
            r"\b(?:" + "|".join(map(re.escape, conditionals)) + r")\b[^,;:.]*$") if conditionals else None
        topics = lex.phrases("rumour_topics")
        self.rumour_topics = re.compile(r"\b(?:" + "|".join(map(re.escape, topics)) + ")") if topics else None
        self.verification_anchors = re.compile(
            r"\b(?:" + by_first_character([re.escape(a) for a in lex.phrases("verification_anchors")]) + ")")
        for kind, phrases in lex.groups("evidence").items():
            self._add(f"EVIDENCE:{kind}", phrases)
        for head, phrases in lex.groups("anaphors").items():
            self._add(f"ANAPHOR:{head}", phrases)
        for party, phrases in lex.groups("generic_speakers").items():
            self._add(f"GENERIC_SPEAKER:{party}", phrases)
        for kind, phrases in lex.groups("organisation_heads").items():
            self._add(f"ORGANISATION:{kind}", phrases, decline=True)  # ("у міській раді": раді is also радий)
        for name, phrases in lex.groups("collective_sources").items():
            self._add(f"COLLECTIVE:{name}", phrases)
        self.pronouns = set(lex.phrases("pronouns"))
        self.event_nouns = set(lex.phrases("event_nouns"))
        self.attack_nouns = set(lex.phrases("attack_nouns"))
        self.aftermath_words = set(lex.phrases("aftermath_words"))
        self.other_story_labels = tuple(lex.phrases("other_story_labels"))
        self.outlet_voice = {w.lower() for w in lex.phrases("outlet_voice")}
        self.recall_openers = tuple(w.lower() for w in lex.phrases("recall_openers"))
        self.photo_credits = _any_of(lex.phrases("photo_credits"))
        self.source_notes = _any_of(lex.phrases("source_notes"))
        labels = lex.phrases("source_lines")
        self.source_lines = re.compile(rf"(?<![^\n])[ \t]*(?:{'|'.join(map(re.escape, labels))})[ \t]*:",
                                       re.IGNORECASE) if labels else None
        not_attack = lex.groups("not_an_attack_patterns")
        self.not_attack_always = _alternatives(not_attack.get("always", []), not_attack.get("fragments", {}))
        self.not_attack_anchors = tuple(not_attack.get("anchors", []))
        self.not_attack_unless_told = _alternatives(not_attack.get("without_attack_verb", []), {})
        self.attack_record = _alternatives(not_attack["record"], {}) if not_attack.get("record") else None
        self.not_attack_asides = _alternatives(not_attack["asides"], {}) if not_attack.get("asides") else None
        self.earlier_strike = _any_of(lex.phrases("earlier_strike"))
        self.elaboration = _any_of(lex.phrases("elaboration_openers"))
        self.last_strike = _any_of(lex.phrases("last_strike"))
        self.that_time = _any_of(lex.phrases("that_time"))
        self.evening = _any_of(lex.phrases("evening"))
        self.breach_accusation = _any_of(lex.phrases("breach_accusations"))
        self.demonyms = {k.lower(): v for k, v in lex.data.get("demonyms", {}).items()}
        self.anaphor_words = lex.groups("anaphor_words")
        self.default_speakers = lex.groups("default_speakers")
        for key in ("attribution_verbs", "killed_words", "injured_words", "people_words",
                    "clause_breaks", "relay_phrases", "not_an_attack", "back_references", "total_verbs"):
            self._add(key.upper(), lex.phrases(key))
        for kind, phrases in lex.groups("titles").items():
            self._add(f"TITLE:{kind}", phrases)
        self.modifiers = {w.lower() for w in lex.phrases("count_modifiers")}
        self.not_weapon_after = {w.lower() for w in lex.phrases("not_weapon_after")}
        self.number_words = NumberWords({k.lower(): v if isinstance(v, float) else int(v)  # ('пів': 0.5, of a thousand)
                                         for k, v in lex.data.get("number_words", {}).items()},
                                        {k.lower(): int(v) for k, v in lex.data.get("counting_nouns", {}).items()},
                                        [tuple(self.lemmatizer.lemma(w) if self.lemmatizer else w.lower() for w in self._words_of(p))
                                         for p in lex.data.get("and_a_half", [])])
        self.fractions = {k.lower(): float(v) for k, v in lex.data.get("fractions", {}).items()}  # "two-thirds of them"
        self.opponents = dict(lex.data.get("opponents", {}))
        self.nationality = {k.lower(): v for k, v in lex.data.get("nationality", {}).items()}
        self.words = {key: {w.lower() for w in words} for key, words in lex.groups("function_words").items()}
        self._add("DISTRICT_NOUNS", self.words.get("district_nouns", ()))  # a sentence that is only 'Борисовский район.' is read
        self.abbreviations = frozenset(w.lower() for w in lex.phrases("abbreviations"))
        self.romanisation = lex.groups("romanisation")
        self._build_matcher()
        self._named_ids = {i for i, family in self.label_family.items() if family in (PLACE, SOURCE, "GENERIC_SPEAKER")}
        if self.lemmatizer:
            self._lemmatise_word_lists()
            for view in (self.weapons, self.places, self.sources):
                view.lookup("")  # build its index now, not at the first report
            self.lemma_memory = (f"lemmas-{lang}", _data_fingerprint(  # the name and key of the lemmas kept
                Path(morphology.__file__), metadata.version("pymorphy3"), metadata.version(f"pymorphy3-dicts-{lang}")))
            lemma_memory.recall(self.lemmatizer, *self.lemma_memory)
        # the words before a place named as where something happened or what was hit (after lemmatising them)
        self.place_or_target_prepositions = self.words["place_prepositions"] | self.words["target_prepositions"]
        self.pointers = self.words["definite"] | self.words["such"]  # words that point back at data ('the', 'these')

    def _add(self, label: str, phrases, decline: bool | set[str] = False) -> None:
        """Phrases to match under `label`; in an inflected language, those of `decline`
        (every one, if True) also in each case."""
        phrases = {p for p in phrases if p and p.strip()}
        phrases |= {p.replace("'", "’") for p in phrases if "'" in p}  # reports use both apostrophes
        self._pending.append((label, phrases, decline))
        label_id = self._ids.setdefault(label, len(self._ids))
        self.label_ids[label_id] = label
        self.label_family[label_id] = label.split(":")[0]

    def tokens(self, text: str, read_as: str | None = None) -> Tokens:
        """The tokens of `text`, tokenized as `read_as` (the same text with footnote marks
        blanked out, say: every offset the same)."""
        pieces = self.tokenizer(read_as or text)
        known, describe = self._words, self._attributes
        if read_as is None or read_as == text:
            tokens = [Tok(i, word, *(known.get(word) or describe(word)), at) for i, (at, word) in enumerate(pieces)]
        else:
            tokens = [Tok(i, text[at:at + len(word)], *(known.get(word) or describe(word)), at)
                      for i, (at, word) in enumerate(pieces)]
        return Tokens(tokens, text)

    def _attributes(self, word: str) -> WordAttributes:
        """The attributes of a word not seen before (`tokens` looks the known ones up itself)."""
        if len(self._words) >= WORDS_REMEMBERED:
            self._words.clear()
        lower = self.lemmatizer.lemma(word) if self.lemmatizer else word.lower()
        found = self._words[word] = (lower, like_num(word, self.tokenizer.rules.number_words), _is_word(word),
                                     is_punct(word), word.isspace())
        return found

    def match(self, tokens: Tokens) -> list[tuple[int, int, int]]:
        """The matcher's hits in order of start, but a cased source's name only as written,
        and no name of a place or a speaker that is half of a hyphenated word: "pro-Kremlin",
        "Kyiv-based", "the Russia-Ukraine war" name no one and nowhere."""
        cased, named, said = self._ids[CASED_SOURCE], self._named_ids, self._ids["ATTRIBUTION_VERBS"]
        return [(m, s, e) for m, s, e in self.matcher([t.lower_ for t in tokens])
                if (m != cased or tokens.text_of(s, e).isupper()) and not (m in named and _hyphenated(tokens, s, e))
                and not (m == said and tokens[s].text.lower() in self.outlet_voice)]  # ('Напомним': the outlet's own)

    def _word_lists(self) -> list:
        """The lexicon's lists of single words (and the keys of its word maps)."""
        return [self.pronouns, self.event_nouns, self.attack_nouns, self.aftermath_words, self.modifiers,
                self.number_words, self.nationality, self.demonyms, *self.words.values()]

    def _lemmatise_word_lists(self) -> None:
        """Tokens of an inflected language are their lemmas: so are the words they are tested against."""
        for words in self._word_lists():
            lemmas = {w: self.key(w) for w in words}
            if isinstance(words, dict):
                values = dict(words)
                words.clear()
                words.update({lemmas[w]: values[w] for w in values})
                words.update({w: v for w, v in values.items() if w not in words})
            else:
                words |= set(lemmas.values())

    def _words_of(self, phrase: str) -> list[str]:
        return [word for _, word in self.tokenizer(phrase)]

    def _build_matcher(self) -> None:
        if not self.lemmatizer:  # the patterns' lower-case words, built once per data version and then cached
            compiled = cache.cached(f"phrase-patterns-{self.lang}", _data_fingerprint(), self._compile_patterns)
            for label, phrases in compiled.items():
                self.matcher.add(self._ids[label], phrases)
            self._pending = []
            return
        # every word of every entry first: its reading wins in the text
        self.lemmatizer.learn([w for _, phrases, _ in self._pending for p in phrases
                               for w in self._words_of(p)] + [w for ws in self._word_lists() for w in ws])
        self._keys.clear()
        for label, phrases, decline in self._pending:
            self.matcher.add(self._ids[label], [
                lemmas for p in sorted(phrases)
                for lemmas in self._lemma_patterns(self._words_of(p), decline is True or bool(decline) and p in decline)])
        self._pending = []

    def _compile_patterns(self) -> dict[str, list[tuple[str, ...]]]:
        """Each label's phrases as the matcher keeps them: their tokens' lower-case forms
        (what the cache holds, so that a warm start tokenizes no pattern)."""
        compiled: dict[str, list[tuple[str, ...]]] = {}
        for label, phrases, _ in self._pending:
            compiled.setdefault(label, []).extend(tuple(w.lower() for w in self._words_of(p)) for p in sorted(phrases))
        return compiled

    def _lemma_patterns(self, words: list[str], decline: bool) -> list[tuple[str, ...]]:
        """The pattern on its lemmas; a name of several words also in every case."""
        variants = [[self.lemmatizer.lemma(w) for w in words]]
        if decline and any(not w.isascii() for w in words):
            variants += [v for v in self.lemmatizer.declensions(words) if v not in variants]
        return [tuple(lemmas) for lemmas in variants]

    def key(self, text: str) -> str:
        """The lemmas of a name's words, the key an inflected language's look-ups use."""
        found = self._keys.get(text)
        if found is None:
            found = self._keys[text] = " ".join(self.lemmatizer.lemma(w) for w in self._words_of(text) if not w.isspace())
        return found

    def name_keys(self, name: str, decline: bool = False) -> list[str]:
        """The keys a name is found under: its lemmas, and with `decline` those of its cases."""
        keys = [self.key(name)]
        if decline:
            words = [w for w in self._words_of(name) if not w.isspace()]
            keys += [" ".join(lemmas) for lemmas in self.lemmatizer.declensions(words)]
        return keys

    def romanised(self, text: str, declined: bool = False) -> str:
        """A name the reference data lacks as English reports write it, in the lexicon's
        romanisation ('Отрадное' -> 'Otradnoye'); `declined`: a person's name, taken back to
        its nominative first ('губернатора Вячеслава Гладкова' -> '... Vyacheslav Gladkov')."""
        if not self.romanisation or text.isascii():
            return text
        words = text.split()
        if declined and self.lemmatizer:
            words = self.lemmatizer.person_name(words) if all(w[:1].isupper() for w in words) else [
                self.lemmatizer.lemma(w) if w[:1].isupper() else w for w in words]
        return " ".join("-".join(_romanise(part, self.romanisation) for part in w.split("-")) for w in words)

VOWELS = set("аеєиіїоуюяыэёaeiouy")


def _romanise(word: str, table: dict) -> str:
    """One word in Latin letters: the table's endings, its word-initial and after-vowel
    forms, then letter by letter."""
    lower = word.lower()
    ending = next((e for e in sorted(table.get("endings", {}), key=len, reverse=True)
                   if lower.endswith(e) and len(lower) > len(e) + 1), "")
    stem = lower[:len(lower) - len(ending)] if ending else lower
    out = []
    for i, ch in enumerate(stem):
        if i == 0 and ch in table.get("initial", {}):
            out.append(table["initial"][ch])
        elif i > 0 and stem[i - 1] in VOWELS and ch in table.get("after_vowel", {}):
            out.append(table["after_vowel"][ch])
        else:
            out.append(table.get("letters", {}).get(ch, ch))
    latin = "".join(out) + (table["endings"][ending] if ending else "")
    return latin[:1].upper() + latin[1:]


@lru_cache(maxsize=8)  # (the files do not change while a process runs)
def _data_fingerprint(*also) -> str:
    """What the compiled patterns depend on: the data files, the code that reads them, and
    the versions of skytruce and spaCy (whose tokenizer rules are read); and `also` (files and versions) for what depends
    on more."""
    package = Path(skytruce.__file__).parent
    files = [p for p in (package / "data").rglob("*") if p.is_file()]
    files += [*(package / "reference").glob("*.py"), Path(__file__), *(a for a in also if isinstance(a, Path))]
    return cache.fingerprint(files, skytruce.__version__, metadata.version("spacy"), *(a for a in also if isinstance(a, str)))


def resources(lang: str = "en") -> Resources:
    """The resources of a language, built once (the first call takes about two seconds)."""
    return _resources(lang)


@lru_cache(maxsize=4)
def _resources(lang: str) -> Resources:
    built = Resources(lang)
    if built.lemmatizer:  # its pattern documents leave cyclic garbage; English leaves none to collect
        gc.collect()
    gc.freeze()  # they live as long as the process: a full collection need not walk them again on every report
    return built


def _any_of(patterns: list[str]) -> re.Pattern | None:
    """One case-blind expression of a lexicon's patterns; None where the lexicon has none."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


INNER_APOSTROPHES = str.maketrans("", "", "'’ʼ")


def _is_word(word: str) -> bool:
    """Letters only, an apostrophe inside a word too ('Солом'янському', 'В'ячеслав')."""
    return word.isalpha() or word[:1].isalpha() and word[-1:].isalpha() and word.translate(INNER_APOSTROPHES).isalpha()


def _alternatives(patterns: list[str], fragments: dict[str, str]) -> re.Pattern:
    """One regular expression of a lexicon's patterns, each named fragment (SINCE) written in."""
    for name, fragment in fragments.items():
        patterns = [p.replace(name, fragment) for p in patterns]
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _hyphenated(tokens: Tokens, s: int, e: int) -> bool:
    """Tokens s..e-1 are joined by a hyphen, with no space, to a word before or after."""
    def joined(a, b) -> bool:
        return a.idx + len(a.text) == b.idx
    if s >= 2 and tokens[s - 1].text == "-" and tokens[s - 2].is_alpha \
            and joined(tokens[s - 2], tokens[s - 1]) and joined(tokens[s - 1], tokens[s]):
        return True
    return e + 1 < len(tokens) and tokens[e].text == "-" and tokens[e + 1].is_alpha \
        and joined(tokens[e - 1], tokens[e]) and joined(tokens[e], tokens[e + 1])


def _quoted_last_word(name: str) -> list[str]:
    """A body's name with its last word in quotation marks, as reports write the commands:
    'Operational Command "South"', 'Повітряне командування "Схід"'."""
    head, _, last = name.rpartition(" ")
    if not head or not last[:1].isupper() or not last.isalpha():
        return []
    return [f'{head} "{last}"', f"{head} “{last}”", f"{head} «{last}»"]
