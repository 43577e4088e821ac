"""Speakers: who says what a sentence tells.

A sentence names the people and bodies in it (`mentions`): registered sources, titled
people the registry lacks ("Tula Governor Dmitry Milyaev", "Vyacheslav Gladkov, the
governor of the Belgorod region"), bodies of a country ("Romania's defence ministry"),
surnames ("Nikitin said"), pronouns, definite descriptions ("the ministry") and whole
sides ("Kyiv said"). The one in speaker position — the subject of an attribution verb,
the name after "according to" or "citing", a "Source:" line, or a body that did what the
sentence tells ("the air force shot down ...") — is the sentence's `speaker`. Named
speakers become the `claimant` at once; the others are resolved by `coreference`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz

from skytruce.extract.document import Document, Hits, Mention, Sentence
from skytruce.extract.figures import list_item
from skytruce.extract.places import named_after
from skytruce.extract.resources import ATTACK_ROLES, PLACE, SOURCE, WEAPON, Resources
from skytruce.extract.tokens import Tokens
from skytruce.model import Claimant
from skytruce.reference import source_registry
from skytruce.reference.gazetteer import GazetteerEntry
from skytruce.reference.sources import Source

MEDIA = "media"
EMERGENCY = "emergency_service"
NOT_SPEAKER_NOUNS = {"aircraft", "airfield", "airfields", "base", "bases", "positions", "equipment", "personnel", "units",
                     "unit", "facility", "facilities", "infrastructure", "targets", "target", "vehicles", "jets",
                     "bombers", "helicopters", "ships", "vessels", "depots", "warehouses", "logistics", "drones",
                     "drone", "missiles", "missile", "attack", "attacks", "strike", "strikes", "offensive", "troops",
                     "positions", "soldiers", "servicemen", "pilots", "fighter", "fighters", "planes"}
ACTING_TYPES = {"military", "government", "local_authority", "intelligence", "emergency_service", "company"}
PLACE_WORDS = {"region", "oblast", "city", "krai", "province", "district", "area", "time", "regime", "airport",
               "suburbs", "outskirts", "-"}
NAME_STOPS = {"on", "in", "said", "says", "the", "of", "and", "monday", "tuesday", "wednesday", "thursday", "friday",
              "saturday", "sunday", "telegram", "facebook", "x", "twitter",
              # determiners before a noun of telling ('Neither statement mentioned ...', 'Each report said ...')
              "neither", "either", "each", "every", "both", "another", "this", "that", "these", "those", "such", "some",
              "their", "other", "most", "many", "several",
              # words that open a clause ('Unless stated otherwise, the figures are ...', 'As reported, ...')
              "unless", "if", "when", "as", "although", "though", "while", "until", "once", "because", "since",
              "where", "whether", "except"}
SPEAKER_REACH = 14  # how far before its verb a speaker may stand ("X, the governor of Y, said")


def speakers(doc: Document) -> None:
    """Pipeline component: `mentions`, `speaker` and, where it is named, `claimant` of every
    sentence; a source that launched the attack goes to `parties` instead."""
    acronyms: dict[str, Claimant] = {}  # "the Air Force of the Armed Forces of Ukraine (PSZSU)": then "the PSZSU"
    story_end = max((s.index for s in doc.sentences if s.figures), default=-1)
    for s in doc.read():
        s.mentions = _mentions(doc.res, doc.tokens, s, acronyms)
        _learn_acronyms(doc.tokens, s, acronyms)
        _choose_speaker(doc.res, doc.tokens, s, credits=s.index > story_end)


def _learn_acronyms(toks: Tokens, sent: Sentence, acronyms: dict[str, Claimant]) -> None:
    """A short name in brackets right after a named body ('the Romanian defence ministry
    (MApN)') stands for it wherever the report uses it later."""
    for m in sent.mentions:
        if m.kind == "named" and m.claimant and not m.collective and m.end + 2 < sent.last \
                and toks[m.end].text == "(" and toks[m.end + 2].text == ")" and _acronym(toks[m.end + 1].text):
            acronyms[toks[m.end + 1].text] = m.claimant


# -- who is named --------------------------------------------------------------------------

def _mentions(res: Resources, toks: Tokens, sent: Sentence, acronyms: dict[str, Claimant] | None = None) -> list[Mention]:
    """Everyone the sentence names who may speak; where names overlap, the longest wins
    ("Ukraine's air force" over "Ukraine"), then titled people, sides, references, the
    registry and other bodies, in that order."""
    hits, first, last = sent.hits, sent.first, sent.last
    candidates: list[Mention] = list(_titled_people(res, toks, sent))
    for s, e, label in hits.spans("GENERIC_SPEAKER"):
        if e < last and (toks[e].lower_ in NOT_SPEAKER_NOUNS or toks[e].lower_ in PLACE_WORDS) or hits.covering(WEAPON, e):
            continue  # "Russian military aircraft", "the Moscow region": no one speaking
        if e + 1 < last and toks[e].lower_ in ("'s", "’s") and hits.covering(SOURCE, e + 1):
            continue  # "a source in Ukraine's SBU security service": the body's country, not a voice of its own
        candidates.append(Mention(s, e, "generic", party=label.split(":")[1]))
    for s, e, label in hits.spans("ANAPHOR"):
        opening = (hits.covering("COLLECTIVE", s) or (s,))[0]  # ("своем Telegram-канале")
        if label == "ANAPHOR:media" and opening > first and toks[opening - 1].lower_ in res.words["possessives"]:
            continue  # "сообщил в своем телеграм-канале", "wrote on his channel": where, not who
        candidates.append(_of_a_place(res, toks, sent, Mention(s, e, "anaphor", head=label.split(":")[1])))
    for s, e, _ in hits.spans(SOURCE):
        if e - s == 1 and toks[s].text.islower():
            continue  # a proper name written in lower case is a word: "shot", "mash"
        source = res.sources.lookup(toks.text_of(s, e))
        owner = _country(res, toks, e, sent) if res.lemmatizer and source is not None and e < last else None
        if owner and source.party and owner != source.party:
            source = _counterpart(source, owner)  # "Минобороны Румынии": Romania's, not Russia's
        if source is not None and not _adjectival(res, toks, hits, s, e, sent, source) \
                and not _anothers_first_name(res, toks, hits, s, e, first, source):
            candidates.append(Mention(s, e, "named", _claimant_of(source)))
    candidates += _national_anaphors(res, toks, sent)
    candidates += _organisations(res, toks, sent)
    candidates += _channels(res, toks, sent)
    candidates += _units(res, toks, sent)
    candidates += _collectives(res, toks, sent)
    candidates += _labelled_surname(res, toks, sent)
    if acronyms:
        candidates += [Mention(k, k + 1, "named", acronyms[toks[k].text]) for k in range(first, last) if toks[k].text in acronyms]
    found: list[Mention] = []
    taken: set[int] = set()
    for rank, m in sorted(enumerate(candidates), key=lambda x: (x[1].token - x[1].end, x[0])):
        if not any(k in taken for k in range(m.token, m.end)):
            found.append(m)
            taken.update(range(m.token, m.end))
    if sent.words & res.pronouns:
        for k in range(first, last):
            if k not in taken and toks[k].lower_ in res.pronouns and not _oblique(res, toks[k].text) \
                    and not (k > first and toks[k - 1].lower_ in res.words["partitive"]) \
                    and not (k + 1 < last and toks[k + 1].lower_ in res.words["counted_as"]):  # ("60 з них", "їх було шість")
                found.append(Mention(k, k + 1, "pronoun"))
    for s, e, _ in hits.spans("ATTRIBUTION_VERBS"):  # "Nikitin said", "said Bryzhynskyi"
        if e < last and toks[e].lower_ == "of":
            continue  # "Unconfirmed reports of a reshuffle": a noun, no one saying
        for k in (s - 1, e):
            if first <= k < last and k not in taken and _surname_like(res, toks, hits, k, sent):
                mention = _named_in_full(res, toks, sent, k, k < s, taken) \
                    or Mention(k, k + 1, "surname", head=toks[k].text)
                found.append(mention)
                taken.update(range(mention.token, mention.end))
    found.sort(key=lambda m: m.token)
    return _without_titles_of_names(toks, hits, found)


PLACED_BODIES = {"police", "prosecutor", "service", "health"}  # bodies every region and city has (its headquarters
# are in the registry)


def _of_a_place(res: Resources, toks: Tokens, sent: Sentence, mention: Mention) -> Mention:
    """'Поліція Херсонщини', 'прокуратура Харківської області': a body every region has, of
    the region named right after it, which it is then named by."""
    place = sent.hits.covering(PLACE, mention.end) if mention.end < sent.last else None
    if mention.head not in PLACED_BODIES or place is None or res.lemmatizer is None:
        return mention
    entry = res.places.lookup(toks.text_of(*place[:2]))
    if entry is None or entry.precision == "country":
        return mention
    return Mention(mention.token, place[1], "anaphor", head=mention.head, party=entry.country,
                   place=REGION_WORDS.sub("", entry.name).strip())


def _national_anaphors(res: Resources, toks: Tokens, sent: Sentence) -> list[Mention]:
    """'the Russian ministry', 'the Ukrainian military': a body referred to by its kind, of the
    country an adjective inside the phrase names (English word order)."""
    if res.lemmatizer is not None or not sent.words & res.nationality.keys():
        return []
    heads, found = _anaphor_heads(res), []
    for k in range(sent.first, sent.last - 2):
        party = res.nationality.get(toks[k + 1].lower_) if toks[k].lower_ == "the" \
            and not sent.hits.covering(SOURCE, k + 1) and not sent.hits.covering("GENERIC_SPEAKER", k + 1) else None
        # (not 'the Ukrainian air force', a body the registry knows by that name)
        for end in (k + 4, k + 3) if party else ():
            phrase = f"the {toks.text_of(k + 2, end)}" if end <= sent.last else ""
            if phrase.islower() and phrase in heads:  # (not a body's name: 'the Russian Armed Forces')
                found.append(Mention(k, end, "anaphor", head=heads[phrase], party=party))
                break
    return found


@lru_cache(maxsize=4)
def _anaphor_heads(res: Resources) -> dict[str, str]:
    """The lexicon's anaphors ('the ministry'), each with the head it refers by."""
    return {phrase.lower(): head for head, phrases in res.lexicon.groups("anaphors").items() for phrase in phrases}


def _anothers_first_name(res: Resources, toks: Tokens, hits: Hits, s: int, e: int, first: int, source: Source) -> bool:
    """A surname the registry knows after a first name that none of its official's names has
    in any spelling ('Автор: Ігор Ткаченко', 'by Ihor Tkachenko' beside Tymur Tkachenko):
    someone else ('Volodymyr Saldo' is still Vladimir Saldo)."""
    if e - s != 1 or s - 1 <= first:
        return False  # (a sentence's first word is capitalised whatever it is: "Вчора Ткаченко повідомив")
    given = toks[s - 1]
    if not (given.is_alpha and given.text[:1].isupper() and given.text[1:].islower()) \
            or any(hits.covering(family, s - 1) for family in hits.by_label) or given.lower_ in res.words["honorifics"]:
        return False  # ("Mayor Tkachenko", "Kyiv Tkachenko", "Mr Tkachenko": a title or a place, no first name)
    return not _first_name_fits(res, given.text, source)


def _first_name_fits(res: Resources, given: str, source: Source) -> bool:
    """Whether a first name is one of the registered official's in some spelling ('Сергей' for Serhii)."""
    return _skeleton(res.romanised(given, declined=True)) in _name_skeletons(res, source.name)


@lru_cache(maxsize=4096)
def _name_skeletons(res: Resources, name: str) -> frozenset[str]:
    """The skeletons of every word of a registered source's names, in every script."""
    source = res.sources.lookup(name)
    names = (name, *source.aliases) if source is not None else (name,)
    return frozenset(_skeleton(res.romanised(w)) for n in names for w in n.split())


def _skeleton(name: str) -> str:
    """A first name's consonants, as its spellings share them ('Volodymyr', 'Vladimir'; 'Oleh', 'Oleg')."""
    return "".join(c for c in name.lower().replace("h", "g") if c.isalpha() and c not in "aeiouyj")


def _oblique(res: Resources, word: str) -> bool:
    """A pronoun in a case that is neither a subject nor an owner ('одновременно с ним',
    'вместе с ней'): no one speaking."""
    if res.lemmatizer is None:
        return False
    core, oblique = (any(res.lemmatizer.can_be_in_case(word, case) for case in cases)
                     for cases in (("nomn", "gent", "accs"), ("datv", "ablt", "loct")))
    return oblique and not core  # ('там' has no case at all: "Там утверждают")


TITLE_REACH = 10  # words of a title before the name it belongs to
PERSONS_TITLES = {"governor", "mayor", "head", "president", "minister", "speaker"}  # anaphors that name a person


def _without_titles_of_names(toks: Tokens, hits: Hits, mentions: list[Mention]) -> list[Mention]:
    """A title word ('очільниця', 'голова') that a named person follows, with no verb or
    punctuation between ('Голова Чернігівської ОВА Вʼячеслав Чаус'), is that person's title:
    one mention of the person from the title on, not a reference to someone named before
    nor the body the title names."""
    found: list[Mention] = []
    skip_to = -1
    for n, m in enumerate(mentions):
        if m.token < skip_to:
            continue
        person = next((p for p in mentions[n + 1:] if p.kind == "named" and (p.head or is_person(p))), None) \
            if m.kind == "anaphor" and m.head in PERSONS_TITLES else None
        if person is not None and person.token - m.end <= TITLE_REACH and not any(
                toks[k].is_punct or hits.covering("ATTRIBUTION_VERBS", k) or hits.covering("ROLE", k)
                for k in range(m.end, person.token)):
            found.append(replace(person, token=m.token))
            skip_to = person.end
            continue
        found.append(m)
    return found


def _claimant_of(source: Source, aliases: tuple[str, ...] = ()) -> Claimant:
    """A registered source as a claimant, who also answers to the body they speak or work
    for (a spokesperson's command, a regional head's administration, a chief executive's
    company); the claimant stays the person the text names."""
    return Claimant(source.name, source.party, source.type, aliases=list(_other_names(source, aliases)))


@lru_cache(maxsize=4096)  # a report names the same sources again and again
def _other_names(source: Source, aliases: tuple[str, ...]) -> tuple[str, ...]:
    names = [*aliases, *source.aliases]
    if source.affiliation:
        names.append(source.affiliation)
    return tuple(dict.fromkeys(n for n in names if n != source.name))


def _adjectival(res: Resources, toks: Tokens, hits: Hits, s: int, e: int, sent: Sentence, source: Source) -> bool:
    """'41 Russian military aircraft', 'the Polish Air Force' (not Ukraine's): not this speaker."""
    k = s - 1
    if k > sent.first and toks[k].lower_ in ("'s", "’s", "'"):
        k -= 1  # "Hungary's defence ministry"
    before = toks[k].lower_ if k >= sent.first else ""
    side = res.nationality.get(before) or res.demonyms.get(before) or _country(res, toks, k, sent)
    if side and source.party and side != source.party:
        return True
    return _modifies_noun(toks, hits, e, sent.last)


@lru_cache(maxsize=256)
def _counterpart(source: Source, country: str) -> Source | None:
    """The body of `country` that does the job `source` does in its own ('Минобороны' of
    Romania: the Romanian Ministry of National Defence), if the registry has exactly one."""
    kind = set(_name_words(source.name)[1:])  # "Russian Defence Ministry" -> defence, ministry
    found = [other for other in source_registry() if other.party == country and kind <= set(_name_words(other.name))]
    return found[0] if len(found) == 1 else None


def _name_words(name: str) -> list[str]:
    return re.findall(r"[a-z]+", name.lower().replace("defense", "defence"))


def _modifies_noun(toks: Tokens, hits: Hits, e: int, last: int) -> bool:
    """The name ending before token e qualifies a weapon, target or unit noun there
    ('a Russian military drone', 'Polish Air Force aircraft'): no one speaking."""
    return e < last and (toks[e].lower_ in NOT_SPEAKER_NOUNS or bool(hits.covering("TARGET", e))
                         or bool(hits.covering(WEAPON, e)))


NOT_NAME_WORDS = {"city", "military", "administration", "council", "ministry", "command", "forces", "force", "staff",
                  "service", "regional", "state", "oblast", "district", "government", "office", "air", "armed",
                  "general", "national", "defence", "defense", "committee", "agency", "police", "guard"}


def _name_at(res: Resources, toks: Tokens, hits: Hits, k: int, last: int) -> int:
    """End of a personal name of two or three capitalised words starting at k (k if none).
    Place words can be names ('Volodymyr Zelensky', 'Lukasz Jasina'); a run that is all
    places, or is itself a place ('Kryvyi Rih'), is not."""
    end = k
    while end < last and end - k < 3 and toks[end].is_alpha and toks[end].text[:1].isupper() and not _acronym(toks[end].text) \
            and toks[end].lower_ not in NAME_STOPS and toks[end].lower_ not in NOT_NAME_WORDS \
            and not hits.covering(WEAPON, end) and not hits.covering("TITLE", end) \
            and not (hits.covering(SOURCE, end) and not _person_at(res, toks, hits, end)):
        end += 1
        if end < last and toks[end].text in ("-", "'", "’") and end + 1 < last and toks[end + 1].text[:1].isupper():
            end += 2  # "Kosiniak-Kamysz", "O'Neill"
    if end - k < 2 or all(hits.covering(PLACE, t) for t in range(k, end) if toks[t].is_alpha) \
            or res.places.lookup(toks.text_of(k, end)):
        return k
    place = hits.covering(PLACE, k)
    if end - k == 3 and place and not hits.covering(PLACE, k + 1):
        return k  # "the mayor of Kharkiv Ihor Terekhov": the name starts after the place
    if place and place[1] - place[0] > 1 and place[1] < end:
        return k  # "Governor of the Rostov Region Yury Slyusar": a place of two words is no first name
    return end


def _acronym(word: str) -> bool:
    """'ВМС', 'ЗСУ', 'SBU': the body a title names, never part of a person's name."""
    return len(word) > 1 and word.isupper()


def _person_at(res: Resources, toks: Tokens, hits: Hits, k: int) -> bool:
    """Token k lies inside the name of a person the registry knows."""
    span = hits.covering(SOURCE, k)
    source = res.sources.lookup(toks.text_of(span[0], span[1])) if span else None
    return bool(source and source.affiliation)


def _titled_people(res: Resources, toks: Tokens, sent: Sentence) -> list[Mention]:
    """People the text gives a title: 'Governor Ivan Petrenko', 'Tula Governor Dmitry
    Milyaev', 'the head of the city military administration, Dmytro Bryzhynskyi', and
    'Vyacheslav Gladkov, the governor of the Belgorod region'."""
    hits, first, last = sent.hits, sent.first, sent.last
    people = []
    for s, e, label in hits.spans("TITLE"):
        kind = label.split(":")[1]
        title_start = s
        while title_start - 1 >= first and _opens_title(res, toks, hits, title_start - 1, first):
            title_start -= 1  # "Belgorod regional governor", "Polish foreign ministry spokesman", "Belarus' deputy"
        k = e
        while k < last and k - e < 12 and _name_at(res, toks, hits, k, last) == k and (
                toks[k].lower_ in ("of", "the", "for", "in", ",") or hits.covering(PLACE, k) or hits.covering(SOURCE, k)
                or hits.covering("ORGANISATION", k) or toks[k].lower_ in res.nationality or _acronym(toks[k].text)
                or toks[k].lower_ in res.demonyms or _country_possessive(res, toks, hits, k, first)
                or (k == e and toks[k].text in QUOTES and k > s and toks[s - 1].text in QUOTES)  # '«губернатор» Сальдо'
                or (k == e and toks[k].lower_ in res.words["place_nouns"])  # "Глава округа Сергей Бойко"
                or (k == e and res.lemmatizer and toks[k].lower_ in res.words["place_before_name"])  # "Мэр города ..."
                or (k == e and _place_adjective(res, toks[k]))  # "Глава Туапсинского (муниципального) округа ..."
                or (toks[k].is_alpha and toks[k].text.islower() and (
                    k > e or k + 1 < last and hits.covering(PLACE, k + 1)))  # "глава оккупированной Горловки"
                or (res.lemmatizer and toks[k].text.islower() and not toks[k].is_punct
                    and res.lemmatizer.can_be_in_case(toks[k].text, "gent"))  # "Очільниця об'єднаного пресцентру ..."
                or (toks[k].text[:1].isupper() and toks[k].lower_ in (
                    "city", "regional", "military", "administration", "state", "oblast", "district", "republic"))):
            if toks[k].text == "," and k + 1 < last and not toks[k + 1].text[:1].isupper():
                break
            if hits.covering("ATTRIBUTION_VERBS", k) or hits.covering("ROLE", k):
                break  # "the head of the region said ...": the title ends where the clause goes on
            k += 1
            if toks[k - 1].text == ",":
                break
        name_end = _name_at(res, toks, hits, k, last)
        if name_end > k and res.lemmatizer is None and _headline(toks, sent) \
                and not sent.text.rstrip().endswith((".", ":")) and not hits.covering(SOURCE, k):
            continue  # "Voronezh Governor Raises Count of Downed Drones": in an English title every word is
            # capitalised (not "Sochi Mayor Andrei Proshunin:", a label over their words; nor in Ukrainian or
            # Russian, whose titles are not, "Міський голова Петро Коваль" signing a post)
        if name_end > k:
            title = toks.text_of(title_start, k).strip(" ,")
            person = _person(res, toks, sent, k, name_end, kind, title, span=(title_start, name_end))
            person.claimant.aliases.extend(_apposition_title(toks, hits, name_end, last))
            people.append(person)
            continue
        # "Vyacheslav Gladkov, the governor of the Belgorod region": the name before the title
        j = title_start - 1
        while title_start - j <= TITLE_MODIFIERS and j - 1 >= first and toks[j].is_alpha and toks[j].text.islower() \
                and toks[j].lower_ != "the":
            j -= 1  # "Viktor Liashko, the health minister," / "..., Ukraine's health minister,"
        if j - 1 >= first and toks[j].lower_ == "the":
            j -= 1
        elif j - 2 >= first and _country_possessive(res, toks, hits, j, first):
            j -= 2
        elif j < title_start - 1:
            j = title_start - 1  # (the words are no field of the title: "..., за словами міського голови")
        if j - 1 >= first and toks[j].text == ",":
            start = j - 1
            while start - 1 >= first and toks[start - 1].is_alpha and toks[start - 1].text[:1].isupper() and j - start < 3:
                start -= 1
            if _name_at(res, toks, hits, start, j) == j:
                end = e
                while end < last and (toks[end].lower_ in ("of", "the", "for") or hits.covering(PLACE, end)
                                      or hits.covering(SOURCE, end) or hits.covering("ORGANISATION", end)
                                      or (toks[end].is_alpha and toks[end].text[:1].isupper())):
                    end += 1  # "Dmytro Savchuk, spokesman for Air Command South"
                title = toks.text_of(title_start, end)
                people.append(_person(res, toks, sent, start, j, kind, title, span=(start, end)))
                continue
        described = _described(res, toks, sent, title_start, s, e)
        if described:
            people.append(described)
    return people


def _opens_title(res: Resources, toks: Tokens, hits: Hits, k: int, first: int) -> bool:
    """Token k, right before a title, is part of it: a place, body or nationality ('Belgorod
    regional governor', 'Polish foreign ministry spokesman', "Belarus' deputy"), but not a
    body in the instrumental ('призначений Кремлем очільник': appointed by the Kremlin)."""
    if res.lemmatizer and res.lemmatizer.only_in_case(toks[k].text, "ablt"):
        return False
    return bool(hits.covering(PLACE, k) or hits.covering(SOURCE, k) or hits.covering("ORGANISATION", k)
                or hits.covering("TITLE", k)  # "Spokesperson Captain First Rank"
                or toks[k].lower_ in res.nationality or toks[k].lower_ in res.demonyms
                or toks[k].lower_ in ("regional", "city", "oblast", "acting", "deputy", "local", "district")
                or _country_possessive(res, toks, hits, k, first))


APPOSITION_REACH = 10  # tokens of a title set off by commas after a name
TITLE_MODIFIERS = 2  # lower-case words before a title that name its field ('the health minister')


def _place_adjective(res: Resources, tok) -> bool:
    """A capitalised adjective of a place ('Туапсинского', 'Бериславської') in a language
    whose districts are named so: part of the title before the name it goes with."""
    rules = res.lexicon.data.get("place_adjectives")
    return bool(rules and tok.text[:1].isupper() and tok.is_alpha
                and any(tok.lower_.endswith(suffix) for suffix in rules["suffixes"]))


def _apposition_title(toks: Tokens, hits: Hits, name_end: int, last: int) -> list[str]:
    """"General Mihai Sava, Romania's deputy defence minister, said": the title set off by
    commas after a name is one more name of the same voice."""
    if name_end + 1 >= last or toks[name_end].text != ",":
        return []
    end = next((k for k in range(name_end + 1, min(last, name_end + 1 + APPOSITION_REACH)) if toks[k].text == ","), None)
    if end is None or not any(hits.covering("TITLE", k) for k in range(name_end + 1, end)):
        return []
    return [toks.text_of(name_end + 1, end)]


POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}


def _country_possessive(res: Resources, toks: Tokens, hits: Hits, k: int, first: int) -> bool:
    """Token k is the possessive mark of a country or place ('Belarus' deputy chief',
    "Romania's defence minister"), part of the title that follows it."""
    if toks[k].text not in POSSESSIVE_MARKS or k - 1 < first:
        return False
    owner = toks[k - 1].lower_
    return bool(hits.covering(PLACE, k - 1)) or owner in res.nationality or owner in res.demonyms


REGION_WORDS = re.compile(r"\s+(?:region|oblast|province|krai|regional)$", re.I)
DESCRIBED_HEADS = {"governor": "governor", "mayor": "mayor", "head": "head", "chief": "head"}
DESCRIPTION_FILLERS = {"of", "the", "central", "southern", "northern", "eastern", "western", "southeastern",
                       "northeastern", "southwestern", "northwestern", "border", "frontline", "russian", "ukrainian",
                       "region", "oblast", "city", "province", "regional", "neighbouring", "neighboring", "annexed"}


def _described(res: Resources, toks: Tokens, sent: Sentence, title_start: int, s: int, e: int) -> Mention | None:
    """A title with a place but no name: 'the Kherson governor', 'the governor of the
    southern Mykolaiv region', 'its governor' after a region. Resolved later to the person
    named elsewhere, or kept as '<place> governor'."""
    head = DESCRIBED_HEADS.get(toks[e - 1].lower_)
    if head is None:
        return None
    hits = sent.hits
    place = next((hits.covering(PLACE, k) for k in range(title_start, s) if hits.covering(PLACE, k)), None)
    end = e
    if place is None:
        k = e
        while k < sent.last and k - e < 8 and toks[k].lower_ in DESCRIPTION_FILLERS | {"'s"}:
            k += 1
        place = hits.covering(PLACE, k) if k < sent.last else None
        while place and place[1] + 1 < sent.last and toks[place[1]].lower_ in ("'s", "’s"):
            k = place[1] + 1
            while k < sent.last and k - place[1] < 4 and toks[k].lower_ in DESCRIPTION_FILLERS:
                k += 1
            if k >= sent.last or not hits.covering(PLACE, k):
                break
            place = hits.covering(PLACE, k)  # "the governor of Russia's (neighbouring) Kursk region": Kursk's
        end = place[1] if place else e
    if place is None and s - 1 >= sent.first and toks[s - 1].lower_ in ("its", "whose"):
        earlier = [p for p in hits.spans(PLACE) if p[1] <= s - 1]  # "over the region of Kherson, its governor said"
        place = earlier[-1] if earlier else None
    if place is None:
        return None
    start = title_start - 1 if title_start - 1 >= sent.first and toks[title_start - 1].lower_ == "the" else title_start
    entry = res.places.lookup(toks.text_of(place[0], place[1]))
    name = REGION_WORDS.sub("", toks.text_of(place[0], place[1])).strip()  # "Mykolaiv region" -> "Mykolaiv"
    return Mention(start, end, "anaphor", head=head, party=entry.country if entry else None, place=name)


def _person(res: Resources, toks: Tokens, sent: Sentence, s: int, e: int, kind: str, title: str,
            span: tuple[int, int]) -> Mention:
    written = toks.text_of(s, e)
    party = _country_of_places(res, toks, sent, span)
    known = res.sources.lookup(written) or _registered_surname(res, toks, sent, span, party)
    name = written if known else res.romanised(written, declined=True)  # 'губернатора Александра Хинштейна' ->
    if not known and name != written:  # 'Aleksandr Khinshtein'; 'Дмитрий Живицкий': the registry's Dmitry Zhivitsky
        known = res.sources.lookup(name)
    if known:
        return Mention(span[0], span[1], "named", _claimant_of(known, (title,)))
    return Mention(span[0], span[1], "named", Claimant(name, party, kind, aliases=[title] if title else []),
                   head=name.split()[-1])


def _registered_surname(res: Resources, toks: Tokens, sent: Sentence, span: tuple[int, int],
                        party: str | None) -> Source | None:
    """The registry's official whose surname ends a titled name whose first name the
    registry spells otherwise ('глава Полтавской ОВА Владимир Когут': Volodymyr Kohut), where
    the title names the body the official speaks for or the places of that side."""
    surname = toks[span[1] - 1]
    if not surname.is_alpha or len(surname.text) < 4:
        return None
    known = res.sources.lookup(surname.text) or res.sources.lookup(surname.lower_)
    if known is None and span[1] - span[0] >= 2:  # ('Сергей Тюрин': a first name that fits the official's too)
        known = _spelt_otherwise(res, res.romanised(surname.text, declined=True))
        known = known if known and _first_name_fits(res, toks[span[1] - 2].text, known) else None
    if known is None or not known.affiliation:
        return None
    bodies = {body.name for s, e, _ in sent.hits.spans(SOURCE) if span[0] <= s and e < span[1]
              and (body := res.sources.lookup(toks.text_of(s, e)))}
    return known if known.affiliation in bodies or party and known.party == party else None


SKELETON_LENGTH = 3  # consonants a surname needs for its skeleton to tell one official from another
SPELLING_LIKENESS = 75  # how alike (0-100) a surname's spellings are ('Tyurin', 'Tiurin'; not 'Marchuk', 'Mrochko')


def _spelt_otherwise(res: Resources, surname: str) -> Source | None:
    """The registry's official whose surname is this one spelt in the other language
    ('Сергей Тюрин' for Serhii Tiurin): the same consonants, and spellings alike."""
    key = _skeleton(surname)
    if len(key) < SKELETON_LENGTH:
        return None
    scored = [(fuzz.ratio(surname.lower(), source.name.split()[-1].lower()), source)
              for source in _surnames_by_skeleton(res).get(key, ())]
    best = max(scored, key=lambda pair: pair[0], default=(0, None))
    return best[1] if best[0] >= SPELLING_LIKENESS else None


@lru_cache(maxsize=4)
def _surnames_by_skeleton(res: Resources) -> dict[str, list[Source]]:
    """The registry's officials by their surname's consonants."""
    found: dict[str, list[Source]] = {}
    for source in res.sources:
        if source.affiliation and " " in source.name:
            found.setdefault(_skeleton(source.name.split()[-1]), []).append(source)
    return found


def _country_of_places(res: Resources, toks: Tokens, sent: Sentence, span: tuple[int, int]) -> str | None:
    """The country a title names ('a Lithuanian army spokesman'), else that of the places it
    names, else of the sentence's sub-national places."""
    named = {res.demonyms.get(toks[k].lower_) or res.nationality.get(toks[k].lower_) for k in range(*span)} - {None}
    if len(named) == 1:
        return named.pop()

    def countries(spans):
        found = set()
        for s, e, _ in spans:
            entry = res.places.lookup(toks.text_of(s, e))
            if entry and entry.country:
                found.add(entry.country)
        return found

    places = sent.hits.spans(PLACE)
    inside = countries([p for p in places if span[0] <= p[0] < span[1]])
    if len(inside) == 1:
        return inside.pop()
    everywhere = countries(places)
    return everywhere.pop() if len(everywhere) == 1 else None


def _organisations(res: Resources, toks: Tokens, sent: Sentence) -> list[Mention]:
    """A country's body the registry does not list: 'Lithuania's armed forces', 'the
    Moldovan border police', 'the Ministry of Defence of Moldova'."""
    hits, first, last = sent.hits, sent.first, sent.last
    found = []
    for s, e, label in hits.spans("ORGANISATION"):
        kind = label.split(":")[1]
        k = s - 1
        if k >= first and toks[k].lower_ in ("'s", "’s", "'"):
            k -= 1
        party, start, end = None, s, e
        local = kind == "local_authority"
        if k >= first:
            party, start = _qualifier_before(res, toks, hits, k, local)
            start = start if party else s
        if party is None and e + 1 < last and toks[e].lower_ == "of":
            party, end = _qualifier_after(res, toks, hits, e + 1, last, local)
            end = end if party else e
        elif party is None and res.lemmatizer and e < last:  # "Міністерство оборони Румунії": the genitive after
            party, end = _qualifier_after(res, toks, hits, e, last, local)
            end = end if party else e
        if party is None or _modifies_noun(toks, hits, end, last):
            continue  # "a Russian military drone": whose drone, not who speaks
        if start - 1 >= first and toks[start - 1].lower_ == "of" and hits.covering("TITLE", start - 2 if start >= 2 else start):
            continue  # "the commander in chief of Ukraine's armed forces": a person, named elsewhere
        if local and res.lemmatizer and end + 1 < last and all(toks[k].text.istitle() and toks[k].is_alpha
                                                             for k in (end, end + 1)):
            continue  # ("секретар Запорізької міської ради Регіна Харченко": the same, in the genitive)
        text = toks.text_of(start, end)
        known = res.sources.lookup(text) or (None if local else _registered_inside(res, toks, hits, start, end, party))
        if known is None and toks[e - 1].lower_ in SIDE_WIDE:
            found.append(Mention(start, end, "generic", party=party))  # "Kyiv's military": the side, resolved later
            continue
        claimant = _claimant_of(known) if known else Claimant(
            _english_name(res, toks, hits, (start, end), (s, e), party, kind), party, kind)
        found.append(Mention(start, end, "named", claimant))
    return found


SIDE_WIDE = {"military", "army", "forces"}  # a side's whole armed forces, not one of its bodies
CYRILLIC = re.compile("[\u0400-\u04ff]")
KIND_NAMES = {"military": "military", "government": "government", "emergency_service": "emergency service",
              "local_authority": "authorities"}


def _english_name(res: Resources, toks: Tokens, hits: Hits, span: tuple[int, int], head: tuple[int, int],
                  party: str | None, kind: str) -> str:
    """A body the registry lacks, named in Cyrillic ('Міністерство оборони Румунії', 'оперативный
    штаб Краснодарского края'), as English reports name it: the side's body of that kind the
    lexicon knows, else the place and what the body is ('Krasnodar Krai authorities'; the
    town a local body's adjective names, 'Фастівська міська рада': 'Fastiv authorities')."""
    text = toks.text_of(*span)
    if not CYRILLIC.search(text):
        return text
    if kind != "local_authority" and res.default_speakers.get(party, {}).get(kind):
        return res.default_speakers[party][kind]
    place = next((hits.covering(PLACE, k) for k in range(*span)
                  if not head[0] <= k < head[1] and hits.covering(PLACE, k)), None)  # ('раді' is no Radom)
    entry = res.places.lookup(toks.text_of(place[0], place[1])) if place \
        else _town_of_adjective(res, toks, span[0], head[0])
    where = entry.name if entry else (res.places.country(party).name if party and res.places.country(party) else "")
    return f"{where} {KIND_NAMES.get(kind, kind)}".strip()


QUOTES = {'"', "“", "”", "'", "‘", "’", "«", "»"}


def _channels(res: Resources, toks: Tokens, sent: Sentence) -> list[Mention]:
    """A channel or account named in quotes ('the X account "Frontline Intel"', 'the
    Telegram channel “Crimean Wind”') or before it ('the Crimean Wind Telegram channel'):
    a medium that can break news itself."""
    found = []
    nouns = res.words["channel_nouns"]
    if not sent.words & nouns:
        return found
    for k in range(sent.first, sent.last - 1):
        if toks[k].lower_ not in nouns:
            continue
        if k + 2 < sent.last and toks[k + 1].text in QUOTES:
            quoted = _quoted_name(res, toks, k, sent.last)
            if quoted:
                end, written, latin = quoted
                known = res.sources.lookup(written)
                found.append(Mention(k + 1, end + 1, "named", _claimant_of(known) if known else Claimant(latin, None, MEDIA)))
            continue
        end = _name_after_channel(res, toks, sent, k)
        if end is not None:  # "канал WarGonzo", "the channel Nebo Pivdnia"; "моніторинговий канал monitor": that one
            written = toks.text_of(k + 1, end)
            known = res.sources.lookup(written)
            opening = (sent.hits.covering("COLLECTIVE", k) or (k + 1,))[0]
            found.append(Mention(opening, end, "named", _claimant_of(known) if known else Claimant(written, None, MEDIA)))
            continue
        if toks[k].lower_ not in ("channel", "account"):
            continue
        start = k - 1 if k - 1 > sent.first and toks[k - 1].lower_ in PLATFORMS else k
        first = start
        while first - 1 >= sent.first and _name_word(res, toks[first - 1]) and first - 1 > sent.first:
            first -= 1  # "the Crimean Wind Telegram channel"
        if first < start:
            found.append(Mention(first, k + 1, "named", Claimant(toks.text_of(first, start), None, MEDIA)))
    return found


QUOTED_REACH = 5  # words of a name in quotation marks


CHANNEL_NAME_WORDS = 3  # words of a channel's unquoted name


def _name_after_channel(res: Resources, toks: Tokens, sent: Sentence, k: int) -> int | None:
    """Where a channel's name that follows its noun unquoted ends: words in Latin letters in
    Ukrainian or Russian ('канал monitor', 'канал WarGonzo'), capitalised words no lexicon
    phrase holds in English ('the channel Vilni Kryla reported'); None for a name the
    registry knows."""
    def name_word(m: int) -> bool:
        word = toks[m].text
        if not toks[m].is_alpha:
            return False
        if res.lemmatizer is not None:
            return word.isascii()
        held = any(sent.hits.covering(family, m) for family in sent.hits.by_label
                   if family not in (PLACE, "GENERIC_SPEAKER"))  # (a channel may bear a place's name: 'Kyiv Operative')
        return word[:1].isupper() and not held and word.lower() not in NAME_STOPS

    if sent.hits.covering(SOURCE, k + 1):
        return None  # a name the registry knows is its own mention
    end = k + 1
    while end < sent.last and end - k <= CHANNEL_NAME_WORDS and name_word(end):
        end += 1
    return end if end > k + 1 else None


def _quoted_name(res: Resources, toks: Tokens, k: int, last: int) -> tuple[int, str, str] | None:
    """The capitalised name in quotation marks right after token k ('канал «Нічна варта»'):
    where its closing mark is, the name as written, and in the contract's Latin letters."""
    if not (k + 3 < last and toks[k + 1].text in QUOTES and toks[k + 2].text[:1].isupper()):
        return None
    end = next((m for m in range(k + 3, min(last, k + 3 + QUOTED_REACH)) if toks[m].text in QUOTES), None)
    if end is None:
        return None
    written = toks.text_of(k + 2, end)
    return end, written, written if written.isascii() else res.romanised(written)


@lru_cache(maxsize=4)
def unit_nouns(res: Resources) -> dict[str, str]:
    """A military unit's nouns as the tokens read them, with their English ('підрозділ': unit)."""
    nouns = res.lexicon.data["function_words"]["unit_nouns"]
    return {(res.lemmatizer.lemma(k) if res.lemmatizer else k.lower()): v for k, v in nouns.items()}


def _units(res: Resources, toks: Tokens, sent: Sentence) -> list[Mention]:
    """A unit named in quotes after its noun ('підрозділ «Сова»', 'the battalion "Achilles"')
    or, in English, by capitalised words before it ('the Sova unit'): a voice of its own,
    named in Latin letters with the noun in English."""
    nouns = unit_nouns(res)
    found = []
    for k in range(sent.first, sent.last):
        noun = nouns.get(toks[k].lower_)
        if noun is None:
            continue
        quoted = _quoted_name(res, toks, k, sent.last)
        if quoted:
            found.append(Mention(k, quoted[0] + 1, "named", Claimant(f"{quoted[2]} {noun}", None, "military")))
            continue
        first = k
        while first - 1 > sent.first and _name_word(res, toks[first - 1]) and k - first < 2:
            first -= 1
        if res.lemmatizer is None and first < k:
            found.append(Mention(first, k + 1, "named", Claimant(f"{toks.text_of(first, k)} {noun}", None, "military")))
    return found


def _bare_plural(res: Resources, toks: Tokens, sent: Sentence, k: int, e: int) -> bool:
    """A group's word alone, in the plural, with no 'these' before it and a verb of saying right
    after ('Монітори пишуть'), names the group itself, not one told of before ('цей канал'),
    nor whom someone cites ('ссылаясь на источники')."""
    if res.lemmatizer is None or k > sent.first and toks[k - 1].lower_ in res.words["definite"] \
            or e >= sent.last or not sent.hits.covering("ATTRIBUTION_VERBS", e):
        return False  # (in English a bare 'sources said' is whoever reports them)
    return res.lemmatizer.grammatical_number([toks[k].text]) == "plur"


def _collectives(res: Resources, toks: Tokens, sent: Sentence) -> list[Mention]:
    """Unnamed groups that break news themselves ('local Telegram channels', 'pro-Kremlin
    war bloggers', 'Ukrainian security sources'), named as the text names them where it
    is written in Latin letters, else by the lexicon's English name for them."""
    found = []
    for s, e, label in sent.hits.spans("COLLECTIVE"):
        start = s
        while start - 1 >= sent.first:
            word = toks[start - 1].lower_
            if start - 3 >= sent.first and toks[start - 2].text == "-" and toks[start - 3].is_alpha:
                start -= 3  # "pro-Kremlin", "state-run"
            elif word in res.words["collective_modifiers"] or word in res.nationality or word in res.demonyms:
                start -= 1
            else:
                break
        after = toks[e] if e < sent.last else None
        if start == s and e - s == 1 and not _bare_plural(res, toks, sent, s, e) \
                or after is not None and (after.lower_ in AFFILIATION_WORDS or after.text == ":"
                                          or after.text[:1].isupper() or after.text in QUOTES):
            continue  # "the channel": named before; "sources in the SBU", "the channel Astra": the name speaks
        if start - 1 >= sent.first and toks[start - 1].lower_ in res.words["possessives"]:
            continue  # "their own military bloggers", "its sources": someone's, not who speaks
        text = toks.text_of(start, e)
        name = text if text.isascii() else label.split(":", 1)[1]
        found.append(Mention(start, e, "named", Claimant(name, None, MEDIA), collective=True))
    return found


AFFILIATION_WORDS = {"in", "within", "inside", "at", "from", "close", "familiar", "with", "among", "of"}


PLATFORMS = {"telegram", "x", "twitter", "facebook", "instagram", "youtube", "tiktok", "vk", "vkontakte"}


def _name_word(res: Resources, tok) -> bool:
    """A word of a channel's name: capitalised, not a side's adjective ('Russian')."""
    return tok.is_alpha and tok.text[:1].isupper() and tok.lower_ not in res.nationality \
        and tok.lower_ not in res.demonyms and tok.lower_ not in PLATFORMS


def _qualifier_before(res: Resources, toks: Tokens, hits: Hits, k: int, local: bool) -> tuple[str | None, int]:
    """The country, or for a local body the place, named right before a body's name
    ('Moldova's', 'the Krasnodar Krai operational headquarters'): (party, where it starts)."""
    party = _party_word(res, toks, hits, k)
    if party or not local:
        return party, k
    place = hits.covering(PLACE, k)
    place = place if place and toks[place[0]].text[:1].isupper() else None  # ('секретарка міськради': no village)
    start = k - 2 if k >= 2 and toks[k - 1].text == "-" and toks.text_of(k - 2, k + 1).count(" ") == 0 else k
    entry = res.places.lookup(toks.text_of(place[0], place[1])) if place \
        else _town_of_adjective(res, toks, start, k + 1)
    return (entry.country, place[0] if place else start) if entry else (None, k)


def _town_of_adjective(res: Resources, toks: Tokens, start: int, end: int) -> GazetteerEntry | None:
    """The town a local body's adjective names ('Фастівська міська рада', 'Дружківська МВА',
    'Каролино-Бугазька сільська рада'): Fastiv's, Druzhkivka's, Karolino-Buhaz's."""
    word = toks.text_of(start, end)
    return named_after(res, word) if res.lemmatizer and word[:1].isupper() and word.replace("-", "").isalpha() else None


def _qualifier_after(res: Resources, toks: Tokens, hits: Hits, k: int, last: int, local: bool) -> tuple[str | None, int]:
    """'the Ministry of Defence of Moldova', 'the operational headquarters of Krasnodar Krai'."""
    if k < last and toks[k].lower_ == "the":
        k += 1
    if k >= last:
        return None, k
    party = _party_word(res, toks, hits, k)
    if party or not local:
        return party, k + 1
    place = hits.covering(PLACE, k)
    entry = res.places.lookup(toks.text_of(place[0], place[1])) if place else None
    return (entry.country, place[1]) if entry else (None, k)


def _country(res: Resources, toks: Tokens, k: int, sent: Sentence) -> str | None:
    if k < sent.first or not toks[k].text[:1].isupper():
        return None
    entry = res.places.lookup(toks[k].text)
    return entry.country if entry and entry.precision == "country" else None


def _registered_inside(res: Resources, toks: Tokens, hits: Hits, start: int, end: int, party: str) -> Source | None:
    """'Ukrainian air defense forces': the registered 'Ukrainian air defense' inside it (of
    the same country: not Ukraine's air force inside 'the Polish Air Force')."""
    for s, e, _ in hits.spans(SOURCE):
        if start <= s and e <= end:
            source = res.sources.lookup(toks.text_of(s, e))
            if source and source.type != MEDIA and source.party == party:
                return source
    return None


def _party_word(res: Resources, toks: Tokens, hits: Hits, k: int) -> str | None:
    """The country a word names ('Romanian', 'Moldova', 'Lithuania's')."""
    lower = toks[k].lower_
    if lower in res.nationality:
        return res.nationality[lower]
    if lower in res.demonyms:
        return res.demonyms[lower]
    entry = res.places.lookup(toks[k].text) if toks[k].text[:1].isupper() else None
    return entry.country if entry and entry.precision == "country" else None


def _of_a_later_clause(res: Resources, toks: Tokens, sent: Sentence, m: Mention) -> bool:
    """Someone who opens a clause of time or cause after the sentence's figures ('... the
    second night since Putin told Trump', '... після того, як Путін заявив'): what they say
    or do is something else than the figures."""
    if not sent.figures:
        return False
    k = m.token - 1
    while k > sent.first and toks[k].lower_ in res.words["subordinators_links"]:
        k -= 1
    return min(f.token for f in sent.figures) < k and toks[k].lower_ in res.words["subordinators"]


def _labelled_surname(res: Resources, toks: Tokens, sent: Sentence) -> list[Mention]:
    """A line that opens with the surname of an official the report named in full before,
    then a colon ('14:05. Fedorov: one person killed'): that official, labelling what they said."""
    k = sent.first
    if not (k and k + 1 < sent.last and toks[k + 1].text == ":"
            and _surname_like(res, toks, sent.hits, k, sent, labelled=True)):
        return []
    surname = re.escape(toks[k].text)
    named = (res.sources.lookup(m[0]) for m in re.finditer(rf"\b[^\W\d_][\w'’-]*\s+{surname}\b", toks.text_of(0, k)))
    return [Mention(k, k + 1, "surname", head=toks[k].text)] if any(named) else []


def _named_in_full(res: Resources, toks: Tokens, sent: Sentence, k: int, before: bool,
                   taken: set[int]) -> Mention | None:
    """The given name and surname next to a verb of saying, where token k is the word beside
    the verb ('Andriy Kovalchuk said', 'said Andriy Kovalchuk', 'по словам Андрея
    Картаполова'): a surname whose person, where the report named no one else by it, is
    this one named in full and in the nominative (not the surname alone, nor a given name
    taken for one)."""
    hits = sent.hits
    if before:  # (a three-word name first: 'Андрей Иванович Картаполов')
        spans = [(j, k + 1) for j in (k - 2, k - 1) if j >= sent.first and _name_at(res, toks, hits, j, k + 1) == k + 1]
    else:
        spans = [(k, end)] if (end := _name_at(res, toks, hits, k, sent.last)) - k >= 2 else []
    for start, end in spans:
        if not any(j in taken for j in range(start, end)) and _given_name_at(res, toks, sent, start):
            person = _person(res, toks, sent, start, end, "individual", "", span=(start, end)).claimant
            return Mention(start, end, "surname", person, head=toks[end - 1].text)
    return None


def _given_name_at(res: Resources, toks: Tokens, sent: Sentence, k: int) -> bool:
    """Token k may be a given name: the dictionary's where there is one ('Вчера Картаполов
    заявил': a capital only because the sentence starts there), else a capital that does not
    only open the sentence ('Later Kovalchuk said')."""
    if res.lemmatizer is not None:
        return res.lemmatizer.given_name(toks[k].text)
    return k > sent.first or _capitalised_inside_a_sentence(toks, toks[k].text)


def _surname_like(res: Resources, toks: Tokens, hits: Hits, k: int, sent: Sentence, labelled: bool = False) -> bool:
    """A capitalised word right before or after an attribution verb ('Nikitin said',
    'said Bryzhynskyi'), or `labelled` before a colon: a person named in full elsewhere in
    the report. Not in a headline
    ('Damage Reported'), not an acronym, not a noun after 'the' or a nationality."""
    token = toks[k]
    if not (token.is_alpha and token.text[:1].isupper() and token.text[1:].islower()
            and (len(token.text) > 3 or token.text in res.short_surnames)):  # "Kim added"
        return False
    if hits.covering(PLACE, k) or hits.covering(WEAPON, k) or hits.covering(SOURCE, k) or hits.covering("TITLE", k) \
            or hits.covering("EVIDENCE", k) \
            or token.lower_ in res.nationality or token.lower_ in NAME_STOPS or token.lower_ in NOT_NAME_WORDS \
            or token.lower_ in UNNAMED_VOICES or token.lower_ in res.event_nouns or token.lower_ in res.aftermath_words \
            or token.lower_ in res.words["platforms"]:
        return False  # ("Hits reported: ...", "Damage reported:": a label; "у Телеграм повідомив": where, not who;
        # "Video posted by residents showed ...": what was shown, not who said it)
    previous = toks[k - 1].lower_ if k > sent.first else ""
    if previous in ("the", "a", "an") or previous in res.nationality or previous in res.demonyms:
        return False
    if res.lemmatizer is not None and not res.lemmatizer.could_be_name(token.text):
        return False  # ("Перші повідомлення ...": a word, not a name)
    if res.lemmatizer is None and k == sent.first and not labelled \
            and not _capitalised_inside_a_sentence(toks, token.text):
        return False  # ("Workers told us ...": a capital only because the sentence starts there; with no
        # dictionary to ask, a name shows by its capital elsewhere)
    after = k + 1 < sent.last and hits.at("ATTRIBUTION_VERBS", k + 1)
    before = k - 1 >= sent.first and hits.covering("ATTRIBUTION_VERBS", k - 1)
    return bool(after or before or labelled) and not _headline(toks, sent)


def _capitalised_inside_a_sentence(toks: Tokens, word: str) -> bool:
    """Whether the report writes the word with its capital after another word too ('... its
    mayor Ihor Terekhov'), so that the capital marks a name, not a sentence's start."""
    return re.search(rf"[\w,] +{re.escape(word)}\b", toks.source) is not None


UNNAMED_VOICES = {"locals", "residents", "witnesses", "eyewitnesses", "observers", "neighbours", "neighbors",
                  "bloggers", "analysts", "experts", "people", "others"}  # "Locals say ...": no one's name


def _headline(toks: Tokens, sent: Sentence) -> bool:
    """Most words capitalised: a title, where every word looks like a name."""
    words = [toks[k].text for k in range(sent.first, sent.last) if toks[k].is_alpha and len(toks[k].text) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) / len(words) > 0.6


# -- who speaks ----------------------------------------------------------------------------

def _choose_speaker(res: Resources, toks: Tokens, sent: Sentence, credits: bool = False) -> None:
    """`credits`: the sentence comes after every figure ('Source: Al Jazeera and news
    agencies' under the story credits its copy: no outlet there is a speaker)."""
    hits, first, last = sent.hits, sent.first, sent.last
    later = [m for m in sent.mentions if _of_a_later_clause(res, toks, sent, m)]
    mentions = [m for m in sent.mentions if m not in later]
    label = toks[first].lower_ if first + 1 < last and toks[first + 1].text == ":" else None
    if label == "quote":  # "Quote: ..." lines repeat the speaker of the "Source: ..." line
        sent.speaker = Mention(first, first + 1, "pronoun")
        return
    media = [m for m in mentions if m.claimant and m.claimant.type == MEDIA]
    reporter = media[0].claimant.name if media else None
    cell = _source_cell(toks, mentions, sent)
    if cell is not None:  # "14 Oct | Odesa | Shahed-136/131 | 6 attacked, 4 shot down | Oleh Kiper"
        _set(sent, cell, reporter)
        return
    relayed = _relayed(res, toks, hits, mentions, sent)
    if relayed:  # "according to the governor", "Reuters reported, citing the SBU"
        _set(sent, _speaker_before_medium(toks, hits, mentions, relayed, first) or relayed, reporter)
        return
    if label == "source" and mentions:  # "Source: Lieutenant General Mykola Oleshchuk, on Telegram"
        if not (credits and mentions[0].claimant and mentions[0].claimant.type == MEDIA):
            _set(sent, mentions[0], reporter)
        return
    labelled = label_speaker(toks, mentions, sent)
    if labelled is not None:  # "Gladkov: a man was wounded ...", "04:12 — Syniehubov: the enemy struck ..."
        _set(sent, labelled, reporter)
        return
    credit = _credit_line(toks, mentions, sent)
    if credit is not None:  # "(Kharkiv Regional Military Administration, as of 08:00 on 25 October)" under a heading
        _set(sent, credit, reporter)
        return
    tag = _source_tag(toks, mentions, sent)
    if tag is not None:  # "• 30 drones downed over Belgorod — Russian Defence Ministry", "... (governor Oleh Syniehubov)"
        _set(sent, tag, reporter)
        return
    owner = _statement_owner(res, toks, mentions, first, last)
    if owner is not None:  # "the ministry's breakdown named ...", "Kyiv's data show ..."
        _set(sent, owner, reporter)
        return
    verbs = [s for s, _, _ in hits.spans("ATTRIBUTION_VERBS") if not hits.covering("RELAY_PHRASES", s)
             and not any(m.token <= s < m.end for m in mentions)]  # not the "statement" of "the statement said"
    verbs = [v for v in verbs if not any(v - 1 <= m.end <= v for m in later)]  # (and so is their verb)
    if verbs:
        subject = _subject_of(toks, hits, [m for m in mentions if not _agent(res, toks, m)], verbs, first,
                              res.words["platforms"])
        if subject:
            other_side = _denied_side(res, toks, sent, subject, verbs)
            sent.denied = subject if other_side else None
            subject = other_side or subject
            _set(sent, subject, reporter if subject.claimant is None or subject.claimant.name != reporter else None)
        return
    introducer = _introducer(toks, mentions, sent)
    if introducer is not None:  # "Oleh Kiper, head of the administration, on the night's results:"
        _set(sent, introducer, reporter)
        return
    # no "said": a body counts only as the subject of what happened ("the air force shot
    # down"); one that launched the attack ("the Russian military launched") is the attacker
    if not hits.spans("ROLE"):
        return  # nothing happened in the sentence
    for m in mentions:
        if m.kind not in ("named", "generic", "anaphor") or _in_phrase(toks, m, first, mentions):
            continue
        role = next((hits.covering("ROLE", k) for k in range(m.end, min(last, m.end + 8)) if hits.covering("ROLE", k)), None)
        acting = m.claimant.type in ACTING_TYPES if m.claimant else m.kind != "anaphor" or m.head != "media"
        if role is None or not acting or m.token > first and toks[m.token - 1].lower_ in res.words["target_prepositions"]:
            continue  # (not the country attacked: "завдала по Україні удару")
        if role[2] == "ROLE:destroyed" and (m.head == "service" or m.claimant and m.claimant.type == EMERGENCY):
            continue  # "Вогонь рятувальники ліквідували": rescuers put out fires, they down no drones
        party = m.side
        if role[2] in ATTACK_ROLES:
            if toks[role[0]].lower_ in res.words["observation_verbs"]:
                _set(sent, m, reporter)  # "Romanian military radars detected a drone": the side watching tells of it
                return
            if party and role[0] - m.end <= 3 and not (m.claimant and m.claimant.type == "company") and not any(
                    toks[k].lower_ in res.nationality or toks[k].lower_ in CLAUSE_OPENERS or hits.covering("CLAUSE_BREAKS", k)
                    or toks[k].lower_ in PASSIVE_BE for k in range(m.end, role[0])):
                # (not "Poland scrambles jets as strikes hit", "Ukraine war: Drone hits", "Kyiv was hit by missiles")
                sent.add_party(party, m.token)  # "the Russian military launched 267 drones" (no company fires any: "Lukoil shares fell")
            continue
        _set(sent, m, reporter)
        return


PASSIVE_BE = {"was", "were", "is", "are", "been", "being"}  # "Kyiv was hit": what was hit, not who hit it


def _credit_line(toks: Tokens, mentions: list[Mention], sent: Sentence) -> Mention | None:
    """A line in brackets that opens with a body's name and dates its figures ('(Kharkiv
    Regional Military Administration, as of 08:00)'): the source of the section it heads
    (not a photo's credit, '(Kharkiv City Council / Telegram)')."""
    text = sent.text.strip()
    if not (text.startswith("(") and text.endswith(")")) or not mentions or "/" in text \
            or not any(ch.isdigit() for ch in text):
        return None
    first = mentions[0]
    named = first.kind == "named" and first.claimant is not None and first.claimant.type != MEDIA
    return first if named and first.token == sent.first + 1 else None


def _source_tag(toks: Tokens, mentions: list[Mention], sent: Sentence) -> Mention | None:
    """A named source that closes a list item or a title line after a dash or in brackets,
    as roundups tag their items and headlines their source ('... збила 43 ракети –
    Залужний'): the source of the item (not a photo's credit)."""
    bracketed = _bracketed_credit(toks, mentions, sent)
    if bracketed is not None:
        return bracketed
    item = list_item(sent.text)
    if not (item or _title_line(sent)):
        return None
    end = sent.last
    while end > sent.first and toks[end - 1].text in (".", ")", ";"):
        end -= 1
    last = next((m for m in reversed(mentions) if (m.kind == "named" and m.claimant or m.kind == "anaphor")
                 and not m.collective), None)  # (or a body referred to: '... glide bombs — top brass')
    if last is None or last.end != end or last.token - 1 <= sent.first:
        return None
    k = last.token - 1
    while k > sent.first and toks[k].lower_ in ("the", "regional", "city", "a"):
        k -= 1  # ("(regional governor Oleh Syniehubov)": the title is in the mention)
    closed = toks[k].text in ("—", "–") or (toks[k].text == "-" and _spaced(toks, k)) or (
        item and toks[k].text == "(" and ")" in {t.text for t in toks[last.end:sent.last]})  # (a caption's credit in brackets)
    return last if closed else None


BRACKETS = {")": "(", "]": "["}


def _bracketed_credit(toks: Tokens, mentions: list[Mention], sent: Sentence) -> Mention | None:
    """A bracket that closes the sentence and opens with a named source, alone or before a
    note ('... no casualties [Ihor Terekhov]', '(Governor Oleh Syniehubov, updated at 13:10)'):
    digests credit each item so. An outlet there credits a picture or the copy, not the claim."""
    end = sent.last
    while end > sent.first and toks[end - 1].text in (".", ";"):
        end -= 1
    if end - 1 <= sent.first or toks[end - 1].text not in BRACKETS:
        return None
    opening = next((k for k in range(end - 2, sent.first, -1) if toks[k].text in (*BRACKETS, *BRACKETS.values())), None)
    if opening is None or toks[opening].text != BRACKETS[toks[end - 1].text]:
        return None
    credit = next((m for m in mentions if opening < m.token <= opening + 2), None)
    if credit is None or credit.kind != "named" or credit.claimant is None or credit.claimant.type == MEDIA \
            or credit.collective or not (credit.end == end - 1 or toks[credit.end].text in (",", ";")):
        return None
    return credit


def _title_line(sent: Sentence) -> bool:
    """A line that ends without a sentence's closing mark: a headline or a heading."""
    return "\n" not in sent.text.strip() and not sent.text.rstrip().endswith(SENTENCE_ENDS)


SENTENCE_ENDS = (".", "!", "?", ":", ";", '"', "»", "”", "'", "’", "…")


def _agent_of_a_participle(res: Resources, toks: Tokens, mention: Mention) -> bool:
    """'the truce declared by Moscow': the agent of a participle that describes a noun tells
    nothing (but 'the figures were announced by the ministry', after an auxiliary, does)."""
    k = mention.token - 1
    while k > 0 and toks[k].lower_ in ("the", "a", "an"):
        k -= 1
    return k >= 2 and toks[k].lower_ == "by" and toks[k - 1].lower_.endswith("ed") \
        and toks[k - 2].is_alpha and toks[k - 2].lower_ not in res.words["auxiliaries"] \
        and toks[k - 2].lower_ not in ("been", "being", "get", "got", "as")  # ("as reported by the mayor")


def _agent(res: Resources, toks: Tokens, mention: Mention) -> bool:
    """A body named in the instrumental ('призначений Кремлем губернатор': appointed by the
    Kremlin), or in English as the agent of a participle ('the truce declared by Moscow'), is
    who did something to what the sentence tells of, never the one speaking; nor is an outlet
    in the dative right before the verb ('Про це Суспільному розповів ...': told Suspilne)."""
    if not res.lemmatizer:
        return _agent_of_a_participle(res, toks, mention)
    word = toks[mention.token].text
    if res.lemmatizer.only_in_case(word, "ablt"):
        return True
    told = mention.end < len(toks) and (bool(mention.claimant) and mention.claimant.type == MEDIA
                                        or mention.kind == "anaphor" and mention.head == "media")  # "виданню розповіло джерело"
    return told and res.lemmatizer.can_be_in_case(word, "datv") and not res.lemmatizer.can_be_in_case(word, "nomn") \
        and (mention.token == 0 or toks[mention.token - 1].lower_ not in res.words["place_prepositions"])


def _denied_side(res: Resources, toks: Tokens, sent: Sentence, subject: Mention, verbs: list[int]) -> Mention | None:
    """'Russia denies Ukraine shot down six Kinzhals', 'Moscow rejected claims by Kyiv that
    ...': figures told after a denial are the other side's claim, which the subject denies
    (and `verification` marks denied); they speak in the voice of the other side named
    after the verb."""
    verb = next((v for v in verbs if v >= subject.end), None)
    if verb is None or toks[verb].lower_ not in res.words["denial_verbs"] or not sent.figures \
            or any(f.token < verb for f in sent.figures):
        return None
    return next((m for m in sent.mentions if m.token > verb and m.side not in (None, subject.side)), None)


LABEL_START = 8  # tokens from a sentence's start within which a name before a colon labels what follows
LABEL_GAP = 3  # tokens between the name and the colon ("Mayor Ihor Terekhov on Telegram: ...")


QUESTION_TURN = re.compile(r"(?:Q|QUESTION|ВОПРОС|ПИТАННЯ|ЗАПИТАННЯ)\b[^:\n]{0,40}:\s")  # "Q (Suspilne): Was Kyiv ...?"


def label_speaker(toks: Tokens, mentions: list[Mention], sent: Sentence) -> Mention | None:
    """A person or body named before a colon near the start: the speaker of what follows
    (not the outlet a transcript's question comes from: 'Q (Suspilne): ...')."""
    if ":" not in sent.text or QUESTION_TURN.match(sent.text):
        return None  # the usual case: no colon, no label
    for m in mentions:
        if m.token - sent.first > LABEL_START:
            break
        acting = m.kind == "named" and m.claimant is not None and m.claimant.type in ACTING_TYPES \
            or m.kind == "anaphor" and m.head != "media" and m.token - sent.first <= 3  # ("UPDATE from the air force: ...")
        colon = next((k for k in range(m.end, min(sent.last, m.end + LABEL_GAP + 1)) if toks[k].text in (":", "):")),
                     None)  # ("Ukrainian Air Force (08:45): ...")
        if (acting or m.kind == "surname") and colon is not None and not any(
                toks[k].is_alpha and toks[k].text[:1].isupper() and toks[k].lower_ not in LABEL_CHANNELS
                for k in range(m.end, colon)) \
                and not any(sent.first <= v < m.token for v, _, _ in sent.hits.spans("ATTRIBUTION_VERBS")):
            return m  # "Mayor Ihor Terekhov on Telegram: ..." (not another name before it, nor a verb of saying:
    return None  # 'Гладков рассказал о последствиях атак ВСУ за субботу: ...' is Gladkov's)


LABEL_CHANNELS = {"telegram", "facebook", "x", "twitter", "tv"}


def _introducer(toks: Tokens, mentions: list[Mention], sent: Sentence) -> Mention | None:
    """A line that opens with a person or body and ends in a colon introduces their words
    ('Oleh Kiper, head of the administration, gives the results of the night:')."""
    if not mentions or not sent.text.rstrip().endswith(":"):
        return None
    first = mentions[0]
    opening = sent.first + (toks[sent.first].lower_ == "the")
    return first if first.token == opening and first.kind in ("named", "surname", "anaphor") else None


TABLE_CELLS = 4  # cells from which a line is a row of a table


def _source_cell(toks: Tokens, mentions: list[Mention], sent: Sentence) -> Mention | None:
    """The source a table row names in its last cell."""
    if sent.text.count("|") < TABLE_CELLS - 1:
        return None  # the usual case: not a row of a table
    bars = [k for k in range(sent.first, sent.last) if toks[k].text == "|"]
    if len(bars) < TABLE_CELLS - 1:
        return None
    return next((m for m in mentions if m.token > bars[-1]), None)


NAME_AFTER_TITLE_REACH = 4  # tokens from a title to the name after it ("the commander-in-chief, Gen. Valerii Zaluzhnyi")
RELAY_REACH = 12  # "according to data sent to the agency on Sunday by the ministry"


def _relayed(res: Resources, toks: Tokens, hits: Hits, mentions: list[Mention], sent: Sentence) -> Mention | None:
    """The source after 'according to', 'citing' or 'quoting', within its phrase; a
    primary source before a medium ('Reuters, citing the SBU': the SBU)."""
    found = []
    for s, e, _ in hits.spans("RELAY_PHRASES"):
        if e + 1 < sent.last and toks[e].lower_ in res.words["relay_possessives"] \
                and hits.covering("ATTRIBUTION_VERBS", e + 1):
            found.append(Mention(e, e + 1, "pronoun"))  # "according to its statement": the body told of before
            continue
        if e < sent.last and toks[e].lower_ in RELATIVE_WORDS:  # "published its summary, according to which ...":
            owner = next((m for m in mentions if m.end <= s and m.kind in ("named", "anaphor")), None)
            if owner is not None:  # the one who published it
                found.append(owner)
            continue
        close = toks[s].lower_ in res.words["close_relays"]  # ("per the ministry": its name at once)
        reach = (1 if e < sent.last and toks[e].lower_ == "the" else 0) if close else RELAY_REACH
        for n, m in enumerate(mentions):
            if e <= m.token <= e + reach and not any(
                    toks[k].text in (",", ";", ".", "—") and not (toks[k].text == "." and toks[k - 1].lower_ in res.abbreviations)
                    for k in range(e, m.token)) and not (m.token > e and hits.at("ROLE", m.end)):
                # (past a rank's full stop: "according to Lt. Gen. Mykola Oleshchuk"; not "according to the
                # investigation, the Russian military dropped": who acted, not whose word it is)
                named = next((a for a in mentions[n + 1:n + 2] if a.kind == "named"
                              and (is_person(a) or m.kind == "anaphor" and (a.end >= sent.last or toks[a.end].is_punct))
                              and 0 < a.token - m.end <= NAME_AFTER_TITLE_REACH + 1
                              and "," in (toks[m.end].text, toks[min(m.end + 1, a.token)].text)), None)
                found.append(named or m)  # ("according to Ukraine's commander-in-chief, Gen. Valerii Zaluzhnyi",
                # "according to the air force commander, Lt Gen Mykola Oleshchuk"; not "по словам губернатора, ВСУ запустили")
                break
    if not found and res.words["relay_prepositions"]:
        found = [Mention(k + 1, k + 2, "pronoun") for k in range(sent.first, sent.last - 2)
                 if toks[k].lower_ in res.words["relay_prepositions"] and toks[k + 1].lower_ in res.words["relay_possessives"]
                 and statement_noun(res, toks[k + 2].text)][:1]
        # "За їхнім підсумком, ...", "по их данным": the body told of before
    primary = [m for m in found if not (m.claimant and m.claimant.type == MEDIA)]
    return (primary or found or [None])[0]


RELATIVE_WORDS = {"which", "whom", "who"}


def _speaker_before_medium(toks: Tokens, hits: Hits, mentions: list[Mention], medium: Mention,
                           first: int) -> Mention | None:
    """'..., the air force said on Sunday, according to Reuters': the medium relays the one
    who said it, the subject of the last attribution verb before the relay phrase."""
    if not (medium.claimant and medium.claimant.type == MEDIA):
        return None
    relay = max((s for s, _, _ in hits.spans("RELAY_PHRASES") if s < medium.token), default=None)
    verbs = [s for s, _, _ in hits.spans("ATTRIBUTION_VERBS") if relay is not None and s < relay
             and not any(m.token <= s < m.end for m in mentions)]
    if not verbs:
        return None
    subject = _subject_of(toks, hits, mentions, verbs[-1:], first)
    return subject if subject and subject.claimant and subject.claimant.type != MEDIA else None


def statement_noun(res: Resources, word: str) -> bool:
    """A word for what a body publishes ('підсумком', 'данным', 'summary'), by its lemma where
    the language has them."""
    lemma = res.lemmatizer.lemma(word) if res.lemmatizer is not None else word.lower()
    return lemma in res.words["statement_nouns"]


OPENING_OWNER = 3  # tokens from a sentence's start to a statement noun its owner follows ('Сообщение главы региона ...')


def _statement_owner(res: Resources, toks: Tokens, mentions: list[Mention], first: int, last: int) -> Mention | None:
    """The owner of a statement the sentence reports: '<the ministry>'s breakdown named ...',
    'publishes the Air Force report in full'; in Ukrainian and Russian the owner follows its
    statement near the sentence's start ('Сообщение главы региона приводим полностью')."""
    nouns = res.words["statement_nouns"]
    for m in mentions:
        if m.kind not in ("named", "anaphor", "generic") or m.end >= last:
            continue
        after = m.end + 1 if toks[m.end].lower_ in ("'s", "’s") else m.end
        if after < last and toks[after].lower_ in nouns and (after > m.end or m.kind != "generic"):
            return m  # "the ministry's breakdown", "publishes the Air Force report in full"
        if res.lemmatizer is not None and m.kind != "generic" and first < m.token <= first + OPENING_OWNER \
                and toks[m.token - 1].lower_ in nouns:
            return m  # "Сообщение главы региона ...", "Допис голови ОВА ..." (a genitive owner, after its noun)
        by = m.token - 1 - (m.token - 1 > first and toks[m.token - 1].lower_ == "the")
        if m.kind != "generic" and by - 2 >= first and toks[by].lower_ == "by" \
                and any(toks[k].lower_ in nouns for k in (by - 2, by - 1)):
            return m  # "The breakdown given by the Air Force:", "figures released by the ministry"
    return None


def _subject_of(toks: Tokens, hits: Hits, mentions: list[Mention], verbs: list[int], first: int,
                platforms: set[str] = frozenset()) -> Mention | None:
    """The mention an attribution verb reports. Before the verb, within its clause (after
    the previous verb or a dash, colon or semicolon), the subject is the first mention that
    is not inside a prepositional phrase ("the head of the agency in Belarus claimed"); a
    name in apposition right after it wins over a description ("the governor of Kursk,
    Alexei Smirnov, said"). With nothing before it, or a comma right before the verb, the
    mention right after the verb ("..., said the ministry", "..., сообщил Залужный")."""
    best = None
    for n, v in enumerate(verbs):
        start = max([first, *[_past_inverted_subject(toks, hits, mentions, w) for w in verbs[:n]]])
        for k in range(v - 1, start - 1, -1):
            if toks[k].text == "(" and any(toks[m].text == ")" for m in range(k + 1, v)):
                continue  # "the National Armed Forces (NBS) said": an aside closed before the verb
            if toks[k].text in (";", ":", "):", "—", "–", "(") or (toks[k].text == "-" and _spaced(toks, k)) \
                    or toks[k].lower_ in FREE_RELATIVES:  # ("Russia launched what the air force said was ...")
                start = k + 1
                break
        clause, start = start, max(start, v - SPEAKER_REACH - 4)
        verb_end = hits.covering("ATTRIBUTION_VERBS", v)[1]
        comma = v - 2 if v - 2 >= first and toks[v - 1].text in QUOTES else v - 1  # '"...," said X'
        after_verb = verb_end + 1 if verb_end < len(toks) and toks[verb_end].lower_ in ("в", "у") else verb_end
        if verb_end + 1 < len(toks) and toks[verb_end].lower_ in MEDIUM_PREPOSITIONS and toks[verb_end + 1].lower_ in platforms:
            after_verb = verb_end + 2  # ("..., написав у Telegram голова ОВА")
        inverted = comma >= first and toks[comma].text == "," and any(  # ("..., уточнили в Воздушных силах")
            m.token in (verb_end, after_verb) and m.kind in ("named", "anaphor") for m in mentions)
        before = [] if inverted else [m for m in mentions if start <= m.token and m.end <= v
                                      and not _in_phrase(toks, m, start, mentions)]
        if toks[start].lower_ in TOPIC_OPENERS:  # "Про результати роботи ППО повідомив ... Тюрін": what was told,
            before = [m for m in before if m.kind == "named"]  # not who told it (but "Про вибухи міський голова Терехов")
        subject = before[0] if before else (None if inverted else _before_apposition(toks, mentions, clause, v))
        tail = _tail_speaker(toks, before, v, start)
        if tail is not None:
            subject = tail  # "..., the defence ministry said earlier", "..., the monitoring group Hajun reported"
        if subject is not None and (subject.kind != "named" or _title_of(toks, subject, clause)):
            # ("the commander of the Air Force, Mykola Oleshchuk, said": the person named)
            named = [m for m in before[1:] if m.kind == "named" and m.token - subject.end <= 8
                     and (any(toks[k].text == "," for k in range(subject.end, m.token))
                          or subject.kind == "anaphor" and m.token - subject.end <= TITLE_GAP and is_person(m))]
            subject = named[0] if named else subject
        if subject is not None and subject.claimant is not None and subject.claimant.type == MEDIA \
                and any(hits.covering("BACK_REFERENCES", k) for k in range(clause, subject.token)):
            told = next((m for m in mentions if 0 <= m.token - verb_end <= TITLE_GAP + 1 and m.kind == "named"
                         and m.claimant is not None and m.claimant.type != MEDIA), None)
            subject = told or subject  # "Про це РБК-Україні розповіло джерело в СБУ": the outlet only listened
        if subject is None and toks[v].lower_ not in LISTENING_VERBS:  # "told Reuters": Reuters listens
            at = _past_medium(toks, hits, verb_end)  # ("сообщил в своем телеграм-канале губернатор")
            after = [m for m in mentions if 0 < m.token - v <= 3 or 0 <= m.token - verb_end <= 2 or at > verb_end and 0 <= m.token - at <= 2
                     or _passive_agent(toks, v, verb_end, m)]
            subject = after[0] if after else None
            if subject is not None and subject.kind == "anaphor":  # "розповів начальник ОВА В'ячеслав Чаус": the person
                subject = next((m for m in mentions if m.kind == "named" and 0 < m.token - subject.end <= TITLE_REACH
                                and is_person(m)), subject)
        if subject is not None:
            distance = abs(v - subject.end)
            relays = subject.claimant is not None and subject.claimant.type == MEDIA  # ("As Ukrinform reported,
            if best is None or (relays, -_weight(subject), distance) < best[0]:  # the Air Force informed ...")
                best = ((relays, -_weight(subject), distance), subject)
    return best[1] if best else None


def _past_inverted_subject(toks: Tokens, hits: Hits, mentions: list[Mention], verb: int) -> int:
    """Where an earlier verb's clause ends: past the name right after it and its comma ('Як
    повідомляв Укрінформ, ... губернатор заявив': Ukrinform is that verb's, not the governor's)."""
    verb_end = hits.covering("ATTRIBUTION_VERBS", verb)[1]
    after = next((m for m in mentions if m.token == verb_end), None)
    return after.end if after is not None and after.end < len(toks) and toks[after.end].text == "," else verb + 1


def _passive_agent(toks: Tokens, v: int, verb_end: int, m: Mention) -> bool:
    """'This was reported on Telegram by the air force': the agent of a passive verb of
    saying, a few words after it."""
    if v == 0 or toks[v - 1].lower_ not in ("was", "were", "been", "is", "are"):
        return False
    by = next((k for k in range(verb_end, min(len(toks), verb_end + AGENT_REACH)) if toks[k].lower_ == "by"), None)
    return by is not None and m.token in (by + 1, by + 2) and all(toks[k].lower_ == "the" for k in range(by + 1, m.token))


FREE_RELATIVES = {"what"}  # a clause of its own, with its own subject, opens after it
AGENT_REACH = 5  # tokens from a passive verb of saying to its 'by' ('reported on Telegram by')
CLAUSE_OPENERS = {"as", "while", "when", "after", "because", "whereas"}  # a clause of its own begins
TITLE_REACH = 8  # tokens from a title after the verb to the name it introduces
TITLE_GAP = 3  # words between a title and the name it opens with no comma ('Губернатор города Михаил Развожаев')
MEDIUM_PREPOSITIONS = {"в", "у", "на", "in", "on", "via"}
MEDIUM_REACH = 6  # tokens from the preposition past the channel's noun ('у своєму Telegram-каналі', split at its hyphen)


def _past_medium(toks: Tokens, hits: Hits, k: int) -> int:
    """Where the channel a post was made on, right after the verb, ends ('wrote on his
    Telegram channel', 'написал в своем телеграм-канале'); k where there is none."""
    if k >= len(toks) or toks[k].lower_ not in MEDIUM_PREPOSITIONS:
        return k
    for m in range(k + 1, min(len(toks), k + MEDIUM_REACH)):
        hit = hits.covering("ANAPHOR", m)
        if hit and hit[2] == "ANAPHOR:media":
            return hit[1]
    return k


def is_person(m: Mention) -> bool:
    """A mention of someone the registry lists as speaking for a body, or a name it lacks."""
    source = source_registry().lookup(m.claimant.name) if m.claimant else None
    return bool(source and source.affiliation) or (m.claimant is not None and m.claimant.type == "individual")


def _spaced(toks: Tokens, k: int) -> bool:
    """A hyphen standing as a dash, with spaces about it ('VILNIUS (Reuters) - Belarus said')."""
    at = toks[k].idx
    return 0 < at and toks.source[at - 1:at].isspace() and toks.source[at + 1:at + 2].isspace()


def _before_apposition(toks: Tokens, mentions: list[Mention], clause: int, verb: int) -> Mention | None:
    """'Hajun, an independent monitoring group run by exiles that tracks ..., said': a long
    apposition between commas puts the speaker beyond the usual reach of its verb."""
    if verb - 1 <= clause or toks[verb - 1].text != ",":
        return None
    first = next((m for m in mentions if clause <= m.token < verb), None)
    if first is None or first.token != clause or first.end >= verb or toks[first.end].text != ",":
        return None
    return first


OF_PHRASE_REACH = 8  # words of what a speaker heads, between them and their verb


def _tail_speaker(toks: Tokens, before: list[Mention], verb: int, start: int) -> Mention | None:
    """'<what was said>, the ministry (also) said': the speaker follows a comma or a closing
    quote and comes right before its verb, alone or as a chain ('the monitoring group
    Belarusian Hajun'), of which the named one speaks."""
    if not before or any(not toks[k].text.islower() for k in range(before[-1].end, verb)):
        return None
    of_phrase = toks[before[-1].end].lower_ == "of" and verb - before[-1].end <= OF_PHRASE_REACH
    if verb - before[-1].end > 3 and not of_phrase:  # ("..., the head of the city's military administration said")
        return None
    chain = [before[-1]]
    for m in reversed(before[:-1]):
        gap = [toks[k].lower_ for k in range(m.end, chain[0].token)]
        if any(t not in ("the", "'s", "’s") for t in gap):
            break
        chain.insert(0, m)
    k = chain[0].token - 1
    while k > start and (toks[k].lower_ in ("the", "a", "an") or (toks[k].lower_ in ("'s", "’s")
                                                                  and toks[k - 1].text.islower())):
        k -= 1 if toks[k].lower_ in ("the", "a", "an") else 2  # "..., the country's air force said"
    if k < start or toks[k].text not in (",", "”", '"', "’", "'"):
        return None
    return next((m for m in chain if m.kind == "named"), chain[-1])


VOICES = {"source", "sources", "official", "officials", "spokesperson", "spokesman", "spokeswoman", "representative",
          "representatives", "member", "members", "people", "person", "insider", "insiders",
          "commander", "head", "chief", "chairman", "chairwoman", "director"}  # "the Deputy Commander of the Air Force said"
LISTENING_VERBS = {"told", "tells", "tell", "telling"}
PREPOSITIONS = {"of", "in", "for", "from", "at", "on", "by", "with", "over", "near", "to", "against", "about"}
TOPIC_OPENERS = {"про", "о", "об", "обо"}  # a clause opened by 'about ...': its subject comes after the verb


def _title_of(toks: Tokens, m: Mention, start: int) -> bool:
    """The body a title names ('the commander of the Ukrainian Air Force')."""
    k = m.token - 1
    while k >= start and toks[k].lower_ in ("the", "a", "an"):
        k -= 1
    return k - 1 >= start and toks[k].lower_ == "of" and toks[k - 1].lower_ in VOICES


def _in_phrase(toks: Tokens, m: Mention, start: int, mentions: list[Mention]) -> bool:
    """A mention inside a prepositional phrase ('the head of the agency in Belarus') or a
    possessive's owner ('Kyiv's general staff', 'the military's Southern Operational Command')
    is not the subject."""
    k = m.token - 1
    while k >= start and toks[k].lower_ in ("the", "a", "an"):
        k -= 1
    if k >= start and toks[k].lower_ in PREPOSITIONS:
        return not (k - 1 >= start and toks[k - 1].lower_ in VOICES)  # "a source in the SBU" speaks for it
    if m.end >= len(toks) or toks[m.end].lower_ not in ("'s", "’s", "'"):
        return False
    named_after = any(n.kind == "named" and n.token == m.end + 1 for n in mentions)  # (not "the ministry's spokesman")
    return m.kind in ("generic", "pronoun") or m.kind == "anaphor" and named_after


def _weight(m: Mention) -> int:
    """Named people and bodies before references to them, and those before unnamed groups."""
    return 0 if m.collective else {"named": 3, "surname": 2, "anaphor": 1, "generic": 1, "pronoun": 1}[m.kind]


def _set(sent: Sentence, mention: Mention, reporter: str | None) -> None:
    sent.speaker = mention
    if mention.kind == "named" and mention.claimant:
        c = mention.claimant
        sent.claimant = Claimant(c.name, c.party, c.type, reporter if reporter != c.name else None, list(c.aliases))
