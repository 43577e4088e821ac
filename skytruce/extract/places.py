"""Places: where weapons were aimed, hit or shot down, and where they were launched from.

Gazetteer names (with "the Kyiv, Odesa and Kharkiv regions" read as regions), places the
gazetteer lacks told by the words around them ("the village of Wyryki"), and "the city"
or "the capital" standing for the last city named. Datelines and speakers' possessives
("Moscow's defence ministry") are not places of the attack.
"""

from __future__ import annotations

import re

from skytruce.extract.document import Document, Hits, Sentence
from skytruce.extract.resources import ATTACK_ROLES, PLACE, SOURCE, WEAPON, Resources
from skytruce.extract.tokens import Tokens
from skytruce.model import Place

REGION_NOUNS = {"region", "regions", "oblast", "oblasts", "province", "provinces", "krai", "area", "areas", "district", "districts"}
PLACE_NOUNS = {"district", "village", "settlement", "town", "city", "airfield", "refinery", "raion", "community", "base"}
FACILITY_KINDS = {"oil", "gas", "chemical", "power", "thermal", "military", "fuel", "petrochemical"}
GENERIC_PLACE_WORDS = {"city", "district", "region", "village", "town", "settlement", "central", "northern",
                       "southern", "eastern", "western", "regional", "municipal", "the", "oil", "military", "air",
                       "industrial", "local", "rural", "urban", "capital", "border", "frontline", "front"}
PLACE_OF = {"village", "town", "city", "settlement", "district"}
LAUNCH_PREPS = {"from"}
THE_CITY = re.compile(r"\bthe (?:city|capital)\b(?! of)")


def places(doc: Document) -> None:
    """Pipeline component: `places` of every sentence."""
    last_city = None  # the last city named, for "the city" and "the capital"
    for s in doc.read():
        _places(doc.res, doc.tokens, s.first, s.last, s.hits, s)
        city = next((p for p in s.places if p.precision == "city"), None)
        if city is None and last_city and s.attack_context and "the c" in s.text and THE_CITY.search(s.text):
            s.places.append(last_city)  # "the missiles targeting the city" after "the capital Kyiv"
        last_city = city or last_city


def _places(res: Resources, toks: Tokens, s_start: int, s_end: int, hits: Hits, facts: Sentence) -> None:
    gaz = res.places
    spans = [(s, e) for s, e, _ in hits.spans(PLACE) if toks[s].text[:1].isupper()
             and not (s == s_start and toks[s].text.isupper() and e < s_end and toks[e].text in (",", "(", ":", "-", "–", "—"))]
    # the last test drops datelines: "MOSCOW (Reuters) –", "KYIV:"
    region_group: set[int] = set()
    for idx, (s, e) in enumerate(spans):  # "the Kyiv, Odesa, and Kharkiv regions"
        k = e
        while k < s_end and toks[k].lower_ in (",", "and", "&", "as", "well", "the"):
            k += 1
        if k < s_end and toks[k].lower_ in REGION_NOUNS:
            region_group.add(s)
            back = idx - 1
            while back >= 0 and s_start <= spans[back][1] and all(
                    toks[t].lower_ in (",", "and", "&", "the") for t in range(spans[back][1], spans[back + 1][0])):
                region_group.add(spans[back][0])
                back -= 1
    seen = set()
    for s, e in spans:
        text = toks.text_of(s, e)
        if e + 1 < s_end and toks[e].lower_ in ("'s", "’s") and hits.covering(SOURCE, e + 1):
            continue  # "Moscow's defence ministry" names a speaker, not a target
        role_after = hits.covering("ROLE", e) or (e + 1 < s_end and hits.covering("ROLE", e + 1))
        if role_after and role_after[2] in ATTACK_ROLES and toks[s].lower_ in res.nationality:
            continue  # "Russia launched 60 drones": the attacker, not a target
        person = hits.covering(SOURCE, s)
        if person and (res.sources.lookup(toks.text_of(person[0], person[1])) or _NOBODY).affiliation:
            continue  # "Volodymyr" in "Volodymyr Zelenskyy"
        entry = None
        if s in region_group:
            entry = gaz.lookup(f"{text} region")
        entry = entry or gaz.lookup(text)
        if entry is None or entry.name in seen:
            continue
        seen.add(entry.name)
        role = _place_role(toks, s, s_start, sea=entry.name.endswith("Sea"))
        facts.places.append(Place(entry.name, role, entry.country, entry.lat, entry.lon, entry.precision))
    _unlisted_places(res, toks, s_start, s_end, hits, facts, seen)


class _Nobody:
    affiliation = None


_NOBODY = _Nobody()


PLACE_STOPS = {".", "to", "towards", "toward", "at", "on", "over", "into", "against", "targeting", "hit"}


def _place_role(toks: Tokens, s: int, s_start: int, sea: bool = False) -> str:
    """'launched from Cape Chauda', 'from Kursk and the annexed Crimean peninsula' are launch
    areas ('from Tu-95 bombers over the Caspian Sea' too: seas are launch areas when a
    'from' comes first); anything else is where the weapons were aimed, hit or shot down."""
    for k in range(s - 1, max(s_start, s - 9) - 1, -1):
        lower = toks[k].lower_
        if lower in LAUNCH_PREPS or (lower == "direction" and k + 1 < s and toks[k + 1].lower_ == "of"):
            return "launch"
        if lower in PLACE_STOPS and not (sea and lower == "over"):
            break
    return "target"


def _unlisted_places(res, toks, s_start, s_end, hits, facts, seen) -> None:
    """Places the gazetteer lacks, told by the words around them: 'the Voskresensk district',
    'the village of Wyryki', 'the Afipsky refinery'."""
    gaz = res.places
    candidates = []
    for k in range(s_start + 1, s_end):
        lower = toks[k].lower_
        if lower in PLACE_NOUNS or lower in ("region", "oblast"):
            before = k - 2 if toks[k - 1].lower_ in FACILITY_KINDS and k - 2 >= s_start else k - 1
            candidates.append((before, lower))  # "Afipsky oil refinery", "the Sredny settlement"
        elif lower == "of" and toks[k - 1].lower_ in PLACE_OF and k + 1 < s_end:
            candidates.append((k + 1, ""))
    for k, noun in candidates:
        token = toks[k]
        if k == s_start or not (token.is_alpha and token.text[:1].isupper()) or hits.covering(PLACE, k) \
                or hits.covering(SOURCE, k) or hits.covering(WEAPON, k):
            continue
        name = token.text
        if name.lower() in res.nationality or name in seen or name.lower() in GENERIC_PLACE_WORDS:
            continue
        entry = None
        if noun in ("region", "oblast"):
            entry = gaz.fuzzy_lookup(f"{name} {noun}") or gaz.fuzzy_lookup(name)
        seen.add(name)
        if entry:
            facts.places.append(Place(entry.name, "target", entry.country, entry.lat, entry.lon, entry.precision))
        else:
            facts.places.append(Place(name, "target", None, None, None, "point" if noun in PLACE_NOUNS else None))
