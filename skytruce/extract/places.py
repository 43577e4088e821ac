"""Places: where weapons were aimed, hit or shot down, and where they were launched from.

Gazetteer names (with "the Kyiv, Odesa and Kharkiv regions" read as regions), places the
gazetteer lacks told by the words around them ("the village of Wyryki", "the Darnytskyi
and Podilskyi districts", "Tulcea County"), and "the city" or "the capital" standing for
the last city named. A list of places shares the role of its first member ("launched from
Kursk, Millerovo and Chauda"). Not places of the attack: datelines, speakers ("Kyiv said",
"Moscow's defence ministry"), "Moscow time", "the Kyiv regime", people's first names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from skytruce.extract.attacks import WARRING
from skytruce.extract.document import Document, Hits, Sentence
from skytruce.extract.figures import list_item
from skytruce.extract.resources import ATTACK_ROLES, PLACE, SOURCE, WEAPON, Resources
from skytruce.extract.timex import MONTHS, WEEKDAYS
from skytruce.extract.tokens import Tokens
from skytruce.model import Place
from skytruce.reference.gazetteer import GazetteerEntry

FACILITY_KINDS = {"oil", "gas", "chemical", "power", "thermal", "military", "fuel", "petrochemical", "air", "metro",
                  "railway", "bus", "train", "storage", "shopping"}
GENERIC_PLACE_WORDS = {"city", "district", "region", "village", "town", "settlement", "central", "northern",
                       "southern", "eastern", "western", "regional", "municipal", "the", "oil", "military", "air",
                       "industrial", "local", "rural", "urban", "capital", "border", "frontline", "front", "residential",
                       "several", "other", "neighbouring", "neighboring", "nearby", "two", "three", "four", "five"}
PLACE_OF = {"village", "villages", "town", "towns", "city", "settlement", "settlements", "district", "community",
            "municipality", "outskirts", "suburb", "suburbs", "unit", "region", "province", "republic", "territory",
            "county", "oblast"}
APPOSITION_NOUNS = {"village", "town", "settlement", "city", "hamlet", "district", "suburb", "community"}
COUNTRY_GROUND = {"territory", "soil", "airspace", "border", "land"}  # "Moldovan soil": Moldova
NOT_A_PLACE_AFTER = {"time", "regime", "authorities", "officials", "government"}
MADE = {"made", "launched", "built", "supplied", "designed", "produced", "type", "style", "backed", "controlled",
        "installed", "appointed", "occupied"}
LIST_LINKS = {",", "and", "&", "as", "well", "the", "or", "also"}
LAUNCH_LIST_WORDS = {"of", "airspace", "waters", "occupied", "temporarily", "from"}  # "the Caspian Sea and the airspace of Volgograd Oblast"
LAUNCH_LABELS = {"directions", "direction", "areas", "sites", "launch", "launched"}
HEADLINE_ATTACK_VERBS = {"attacks", "pounds", "fires", "bombards", "targets", "hammers", "batters"}  # present tense


def places(doc: Document) -> None:
    """Pipeline component: `places` of every sentence."""
    last_city = None  # the last city named, for "the city" and "the capital"
    named: set[str] = set()  # the countries of the places named so far
    regions: set[str] = set()  # the regions named so far
    heading: list[Place] = []  # the places a paragraph opens with ("Orikhiv. An FPV drone hit a car ...")
    launch_list = False  # under "The drones were launched from the following directions:"
    for s in doc.read():
        _places(doc.res, doc.tokens, s, last_city, named, regions)
        launch_list = launch_list and list_item(s.text)
        if launch_list:  # "• Bryansk, Kursk, Oryol and Millerovo – Russian Federation;"
            for p in s.places:
                p.role = "launch"
        launch_list = launch_list or _launch_heading(doc.res, s)
        community = _community_label(doc.res, doc.tokens, s, named, regions) if s.attack_context else None
        if community is not None and all(p.name != community.name for p in s.places):
            s.places.insert(0, community)
            s.place_tokens.insert(0, s.first)
        named.update(p.country for p in s.places if p.country and p.role != "launch")
        regions.update(p.name for p in s.places if p.precision == "admin1" and p.role != "launch")
        before = doc.text[max(0, s.start - 4):s.start]
        if (s.start == 0 or "\n" in before) and _only_places(doc.res, doc.tokens, s):
            heading = [replace(p, role="target") for p in s.places]
        elif "\n\n" in before:
            heading = []  # (a heading's line may stand above its paragraph: 'Борисовский район.' then the text)
        elif heading and s.attack_context and not any(p.role == "target" and p.precision in ("city", "point")
                                                       for p in s.places):
            added = [p for p in heading if all(p.name != q.name for q in s.places)]
            s.places += added
            s.place_tokens += [s.last] * len(added)
        city = next((p for p in s.places if p.precision == "city"), None)
        if s.attack_context and _the_city(doc.res, doc.tokens, s):
            seat = _speakers_seat_place(doc.res, doc.tokens, s, "city") or (
                _city_region(_speakers_seat_place(doc.res, doc.tokens, s, "admin1")) if doc.res.lemmatizer
                else last_city if city is None else None)  # (in Ukrainian and Russian 'місто' is any town)
            if seat is not None and all(p.name != seat.name for p in s.places):  # "the missiles targeting the city"
                s.places.append(seat)  # after "the capital Kyiv"; "«губернатор» Севастополя ... написав, що над
                s.place_tokens.append(s.last)  # містом ППО збила шість безпілотників"
        last_city = city or last_city
        region = _speakers_seat_place(doc.res, doc.tokens, s, "admin1") \
            if "the region" in s.text and THE_REGION.search(s.text) else None
        if region is not None and all(p.name != region.name for p in s.places):
            s.places.append(region)  # "the head of the Volyn administration said 40 drones were downed over the region"
            s.place_tokens.append(s.last)


def _launch_heading(res: Resources, s: Sentence) -> bool:
    """A line that opens a list of where the weapons were launched from ('The drones were
    launched from the following directions:', 'Напрямки пусків:')."""
    return s.text.rstrip().endswith(":") and bool(s.words & (LAUNCH_LABELS | res.words["launch_nouns"]))


LABEL_WORDS = 3  # words of a community's name that labels a line of a roundup


def _community_label(res: Resources, toks: Tokens, sent: Sentence, named: set[str], regions: set[str]) -> Place | None:
    """'Yunakivska: two guided bombs fell near ...', '• Білопільська — скинули три КАБ': a line of
    a roundup by community, labelled with the community's name, an adjective the gazetteer
    does not list as such: the town it is named after (`named_after`), or in English, where
    the lexicon gives the adjective's `community_endings`, the name as written."""
    k = sent.first
    while k < sent.last and not (toks[k].is_alpha or toks[k].like_num) and toks[k].text not in (":", "—", "–", "-"):
        k += 1  # (a list's mark: '•', '▪️', '🔸')
    start = k
    while k < sent.last and k - start < LABEL_WORDS and (toks[k].text[:1].isupper() or toks[k].text == "-"):
        k += 1
    if k == start or k >= sent.last or toks[k].text not in (":", "—", "–") or _names_place(sent, start, k):
        return None
    text = toks.text_of(start, k)
    if res.lemmatizer is not None:
        entry = named_after(res, text, set(), named, regions)
        return Place(entry.name, "target", entry.country, entry.lat, entry.lon, entry.precision) if entry else None
    endings = res.words["community_endings"]
    return Place(text, "target", None, None, None, "point") if endings and text.lower().endswith(tuple(endings)) else None


def _names_place(sent: Sentence, start: int, end: int) -> bool:
    """Whether the gazetteer already names a place among the tokens (read as such)."""
    return any(start <= k < end for k in sent.place_tokens)


PAREN_REACH = 5  # tokens from a launch place to a place in brackets after it that says where it lies
HEADING_TOKENS = 12  # the longest line of place names read as a paragraph's heading


ASIDE_REACH = 5  # tokens of an aside between commas ("Russia, for its part, attacked ...")


def _owns_weapon(res: Resources, toks: Tokens, hits, k: int, last: int) -> bool:
    """A weapon follows from token k past modifiers only ('Russia's long-range drones')."""
    while k < last and toks[k].lower_ in res.modifiers and not hits.covering(WEAPON, k):
        k += 1
    return k < last and bool(hits.covering(WEAPON, k))


def _acts(res: Resources, toks: Tokens, hits, e: int, last: int) -> bool:
    """A verb of saying or a modal follows the name (past a negation or an adverb: 'Россия не
    может', 'Росія знову завдала')."""
    if e + 1 < last and (toks[e].lower_ in res.words["negations"] or toks[e].lower_ in res.words["subject_adverbs"]):
        e += 1
    return e < last and (toks[e].lower_ in res.words["subject_verbs"] or bool(hits.at("ATTRIBUTION_VERBS", e)))


def _role_after_aside(toks: Tokens, hits, e: int, last: int):
    """The verb right after an aside set off by commas after token e."""
    if e >= last or toks[e].text != ",":
        return None
    close = next((k for k in range(e + 1, min(last, e + ASIDE_REACH + 1)) if toks[k].text == ","), None)
    return hits.covering("ROLE", close + 1) if close is not None and close + 1 < last else None


def _only_places(res: Resources, toks: Tokens, s: Sentence) -> bool:
    """A line that only names places, as a summary's paragraphs open: 'Stepnohirsk and Prymorske.'"""
    if not s.places or s.last - s.first > HEADING_TOKENS:
        return False
    words = [k for k in range(s.first, s.last) if toks[k].is_alpha]
    return bool(words) and all(
        s.hits.covering(PLACE, k) or k in s.place_tokens or toks[k].lower_ in res.words["conjunctions"]
        or toks[k].lower_ in res.words["place_nouns"] for k in words)  # (and 'Борисовский район.')


THE_REGION = re.compile(r"\b(?:over|in|across|on|at)\s+the\s+region\b(?! of)")


def _the_city(res: Resources, toks: Tokens, s: Sentence) -> bool:
    """The sentence speaks of 'the city' ('the city', not 'the city of Kharkiv'; 'над містом')."""
    nouns = res.words["city_nouns"]
    if not s.words & nouns:
        return False
    before = {"the"} if res.lemmatizer is None else res.place_or_target_prepositions
    return any(toks[k].lower_ in nouns and toks[k - 1].text in before and not (k + 1 < s.last and toks[k + 1].lower_ == "of")
               for k in range(s.first + 1, s.last))  # (as written: not "The city's mayor", which opens a sentence)


REGION_NAME_WORDS = ("Oblast", "Krai", "Region", "Republic", "Okrug")


def _city_region(region: Place | None) -> Place | None:
    """A region that is a city (Sevastopol), named with no word for a region."""
    return region if region is not None and not region.name.endswith(REGION_NAME_WORDS) else None


def _speakers_seat_place(res: Resources, toks: Tokens, sent: Sentence, precision: str) -> Place | None:
    """The region or city named in the title of the sentence's speaker."""
    speaker = sent.speaker
    if speaker is None or speaker.kind != "named":
        return None
    for s, e, _ in sent.hits.spans(PLACE):
        text = toks.text_of(s, e)
        entry = (res.places.lookup(f"{text} region") if precision == "admin1" else None) or res.places.lookup(text) \
            if speaker.token <= s < speaker.end else None
        if entry is not None and entry.precision == precision:
            return Place(entry.name, "target", entry.country, entry.lat, entry.lon, entry.precision)
    return None


def _places(res: Resources, toks: Tokens, sent: Sentence, city: Place | None = None,
            named: set[str] = frozenset(), regions_named: set[str] = frozenset()) -> None:
    """`city`: the city the report spoke of last, whose district 'the Kyivskyi district' is;
    `named` and `regions_named`: the countries and regions of the places the report named before."""
    hits, first, last = sent.hits, sent.first, sent.last
    speaking = {k for m in sent.mentions if m in (sent.speaker, sent.denied) and m.kind == "generic" for k in range(m.token, m.end)}
    speaker = (sent.speaker.token, sent.speaker.end) if sent.speaker and sent.speaker.kind == "named" else None
    names = {k for m in sent.mentions if m.kind == "named" for k in range(m.token, m.end)}
    outlets = {k for m in sent.mentions if m.kind == "named" and m.claimant and m.claimant.type == "media"
               for k in range(m.token, m.end)}  # ('«Крымский ветер»', 'the Kyiv Independent': a name, no place)
    spans = [(s, e) for s, e, _ in hits.spans(PLACE) if _capitalised(res, toks, s, e) and not _dateline(toks, s, e, sent)
             and (s, e) != speaker  # ("— написав Чаус": the official, not the town Chausy)
             and not _modifier(toks, hits, s, e, sent) and not any(k in speaking for k in range(s, e))
             and not _speakers_seat(toks, hits, s, e, sent) and not _bordered(res, toks, s, sent)
             and not (s in names and _in_personal_name(toks, hits, s, e, names)) and not {s, e - 1} <= outlets
             and not (hits.covering(WEAPON, s) and hits.covering(WEAPON, s)[1] >= e)  # ("дронов «Лютый»": a weapon)
             and not (e - s == 1 and toks[s].lower_ in res.event_nouns and not toks[s].lower_.isascii())
             and not _street_name(res, toks, s, e, first, last)]
    # ("Атака беспилотников на Брянск": the word for an attack, not the village Атаки it shares a lemma with)
    nouns: dict[int, str] = {}  # a name the gazetteer lacks -> the place noun after it ('район')
    people = {m.end for m in sent.mentions if m.kind == "named" and m.head}  # (where the names a title gave end)
    unlisted = [(s, e) for s, e in _unlisted(res, toks, sent, nouns) if e not in people] \
        + _listed_with_known(res, toks, sent, spans)  # ("голова громади Іван Петренко": a person, no place)
    spans = [(s, e) for s, e in spans if not any(u <= s and e <= v and (u, v) != (s, e) for u, v in unlisted)]
    spans += unlisted
    cut_off = _cut_off(res, toks, sent, spans)
    spans += [(s, s + 1) for s in cut_off]
    spans.sort()
    countries = _country_ground(res, toks, sent)
    found: list[tuple[int, int, Place]] = []
    seen: set[str] = set()
    regions = _region_lists(res, toks, spans, sent)
    for s, e in spans:
        text = toks.text_of(s, e)
        owner = e + 1 < last and toks[e].lower_ in ("'s", "’s")
        if owner and (hits.covering(SOURCE, e + 1) or _owns_weapon(res, toks, hits, e + 1, last)
                      or toks[e + 1].lower_ in res.words["stance_nouns"]):
            continue  # "Moscow's defence ministry" names a speaker, "20 of Russia's drones" an owner, "Kyiv's
            # involvement" a side: not targets
        if s - 1 >= first and res.lemmatizer is not None and toks[s - 1].lower_ in res.words["stance_nouns"]:
            continue  # ("причетність Києва")
        role_after = hits.covering("ROLE", e) or (e + 1 < last and toks[e].lower_ not in res.words["conjunctions"]
                                                   and hits.covering("ROLE", e + 1)) \
            or _role_after_aside(toks, hits, e, last)  # (not "a plant near Kyiv and hit ..."); "Russia, for its part, attacked"
        if toks[s].lower_ in res.nationality and ((role_after and role_after[2] in ATTACK_ROLES)
                                                  or (e < last and toks[e].lower_ in HEADLINE_ATTACK_VERBS)):
            continue  # "Russia launched 60 drones", "Russia attacks Ukraine with ...": the attacker, not a target
        if toks[s].lower_ in res.nationality and _acts(res, toks, hits, e, last):
            continue  # "Russia cannot claim ...", "Moscow says ...": a side that acts, not a target
        region = s in regions or (s - 2 >= first and toks[s - 1].lower_ == "of"
                                  and toks[s - 2].lower_ in ("region", "oblast", "province"))
        told = nouns.get(s) or _district_of_a_towns_name(res, toks, e, last, text)
        district = res.places.lookup(f"{text} {told}") if told else None  # 'Слободской (район)', not the town Slobodskoy
        district = district if district and district.kind == "district" else _city_district(res, toks, e, last, text, city)
        entry = cut_off.get(s) or district or (res.places.lookup(f"{text} region") if region else None) \
            or res.places.lookup(text)
        others = _countries_named(res, toks, [span for span in spans if span != (s, e)]) if told else set()
        # (the countries of the sentence's other places: 'Заводском районе Саратова' is Russia's)
        abroad = entry is not None and entry.precision == "city" and _of_another_countrys_area(res, toks, spans, e, entry)
        if abroad:
            entry = None  # 'село Дубовое Белгородского района': Russia's village, not Ukraine's Dubove
        if res.lemmatizer and told and told not in res.words["district_nouns"] and entry is not None \
                and entry.kind == "city" and regions_named and entry.admin1 not in regions_named \
                and _an_adjective(res, text):
            town = named_after(res, text, others, named, regions_named)  # 'Лозівська громада' in a Kharkiv summary:
            entry = town if town is not None and town.admin1 in regions_named else entry  # Lozova, not Lozivskyi
        within = None  # the region whose adjective names a district: 'Белгородский район', 'the Kharkiv district'
        if entry is not None and entry.kind == "region" and told in res.words["district_nouns"]:
            entry, within = None, entry
        elif res.lemmatizer and entry is not None and entry is not district and entry.kind == "city" \
                and told in res.words["district_nouns"] and " " not in text and _adjective_before_noun(res, toks, e, last) \
                and not _named_by_town(res, entry, others, city):
            entry = None  # 'Каменский район' is no town Kamensk-Uralsky: its town (`named_after`) or its own name
        if entry is None and told:
            entry = named_after(res, text, others, named, regions_named)  # 'Бериславского района'
        if entry is None and hits.covering(PLACE, s) and (s, e) not in unlisted and told not in res.words["district_nouns"] \
                and not abroad:
            continue
        if entry is None and e < last and toks[e].lower_ in ("region", "oblast"):
            entry = res.places.fuzzy_lookup(f"{text} {toks[e].lower_}") or res.places.fuzzy_lookup(text)
        if entry is None and told in res.words["district_nouns"] and res.lemmatizer:
            name = _district_name(res, text)
        else:
            declined = bool(told) or e < last and toks[e].lower_ in res.words["place_nouns"]
            name = entry.name if entry else res.romanised(text, declined=declined)
        if name in seen or entry is not None and entry.country not in WARRING \
                and toks.phrase_ends_at(s, res.words["heading_prepositions"], first):
            continue  # ("два полетіли в бік Білорусі": where they went, not what they hit)
        seen.add(name)
        place = Place(name, "target", entry.country, entry.lat, entry.lon, entry.precision) if entry else \
            Place(name, "target", within and within.country, within and within.lat, within and within.lon, "point")
        place.role = "launch" if any(a <= toks[s].idx < b for a, b in sent.launch_cells) else \
            _role(res, toks, sent.hits, found, s, first, sea=name.endswith(("Sea", "River", "Strait")))
        found.append((s, e, place))
    _namesakes(res, toks, found, regions_named)
    _districts_of_the_city(res, found, city)
    for s, entry in countries:
        if entry.name not in seen:
            seen.add(entry.name)
            found.append((s, s + 1, Place(entry.name, "target", entry.country, entry.lat, entry.lon, entry.precision)))
    found.sort(key=lambda x: x[0])
    sent.places.extend(p for _, _, p in found)
    sent.place_tokens.extend(s for s, _, _ in found)


@lru_cache(maxsize=4)
def _adjective_suffixes(res: Resources) -> tuple[str, ...]:
    """The suffixes of a place's adjective in the lexicon's `place_adjectives` ('ський', 'ский')."""
    return tuple(res.lexicon.data.get("place_adjectives", {}).get("suffixes", ()))


def _district_name(res: Resources, text: str) -> str:
    """'Каменский район': the Kamensky district, named by its adjective, not by a town it
    shares a stem with ('Климовском' is no Klimovsk); spelt as English reports spell the town
    it is named after where the gazetteer has it ('Грайворонский' -> Graivoronsky, as
    Graivoron; 'Погарський' -> Pogarsky, as Pogar), else by the adjective's own lemma."""
    rules = res.lexicon.data.get("place_adjectives", {})
    suffixes = rules.get("district_suffixes", {})
    for entry, town, ending, suffix in _towns_behind(res, text):
        if entry.country not in rules["countries"] and suffix in suffixes \
                and _latin_key(res.romanised(town)) == _latin_key(entry.name):
            return f"{entry.name[:len(entry.name) - len(res.romanised(ending))]}{suffixes[suffix]} district"
    reading = next((r for r in res.lemmatizer.readings(text) if r.endswith(_adjective_suffixes(res))), None) \
        if " " not in text else None
    return (res.romanised(reading.capitalize()) if reading else res.romanised(text, declined=True)) + " district"


def _latin_key(name: str) -> str:
    """A name in Latin letters with the letters romanisations of the two languages differ in
    taken as one ('Pohar' and 'Pogar', 'Klymovo' and 'Klimovo', 'Bielhorod' and 'Belgorod'):
    whether the town a gazetteer lookup found is the one the adjective's stem spells (not
    Klintsy for 'клинцов', a form of its name in another case)."""
    return name.lower().replace("ie", "e").replace("y", "i").replace("h", "g")


def _namesakes(res: Resources, toks: Tokens, found: list[tuple[int, int, Place]], named: set[str]) -> None:
    """'a refinery in Slavyansk in Russia's Krasnodar region': of the towns of that name, the
    one in a region the sentence names (not the larger namesake elsewhere), else in one the
    report named before ('в Белой' after 'Курской области')."""
    regions = {p.name for _, _, p in found if p.precision == "admin1"} or named
    for n, (s, e, place) in enumerate(found):
        other = res.places.namesake_in(toks.text_of(s, e), regions) if regions and place.precision == "city" else None
        if other is not None:
            found[n] = (s, e, Place(other.name, place.role, other.country, other.lat, other.lon, other.precision))


def _districts_of_the_city(res: Resources, found: list[tuple[int, int, Place]], city: Place | None) -> None:
    """'Заводський район' in Mykolaiv, not in Zaporizhzhia: of the cities that have a district
    of that name, the one the sentence names, else the one named last."""
    if not any(" district, " in p.name for _, _, p in found):
        return  # the usual case
    cities = [p.name.removesuffix(" Oblast") for _, _, p in found if p.precision in ("city", "admin1")] + (
        [city.name] if city else [])  # ("Запоріжжя" may read as the region of the city's name)
    for n, (s, e, place) in enumerate(found):
        stem, _, owner = place.name.partition(" district, ")
        if not owner or owner in cities[:1] or not cities:
            continue
        other = next((entry for c in cities if (entry := res.places.lookup(f"{stem} district, {c}"))), None)
        if other is not None and other.name != place.name:
            found[n] = (s, e, Place(other.name, place.role, other.country, other.lat, other.lon, other.precision))


def _city_district(res: Resources, toks: Tokens, e: int, last: int, text: str, city: Place | None):
    """'the Kyivskyi district' after Kharkiv: Kharkiv's, of the many cities that have one."""
    if city is None:
        return None
    if text.lower().endswith((" district", " raion")):
        entry = res.places.lookup(f"{text.rsplit(' ', 1)[0]} district, {city.name}")
    elif e < last and toks[e].lower_ in ("district", "raion"):
        entry = res.places.lookup(f"{text} district, {city.name}")
    else:
        return None
    return entry if entry is not None and entry.kind == "district" else None


CUT_OFF_LETTERS = 5  # the shortest beginning of a name that a cut-off word is read as


def _cut_off(res: Resources, toks: Tokens, sent: Sentence, spans: list[tuple[int, int]]) -> dict:
    """A report cut off in the middle of its last word ('... из воздушного пространства
    оккупированной Запоро'): where that word begins a place's name, it is that place (in
    an inflected language, whose gazetteer knows the names as written)."""
    k = sent.last - 1
    while k >= sent.first and toks[k].is_space:
        k -= 1
    word = toks[k] if k >= sent.first else None
    if res.lemmatizer is None or word is None or toks.source[word.idx + len(word.text):].strip() \
            or not (word.is_alpha and word.text[:1].isupper() and len(word.text) >= CUT_OFF_LETTERS) \
            or any(s <= k < e for s, e in spans):
        return {}
    entry = res.places.completion(word.text)
    return {k: entry} if entry else {}


def _capitalised(res: Resources, toks: Tokens, s: int, e: int) -> bool:
    """A place's name is written with a capital, but a Ukrainian or Russian place noun that
    opens it is not ('мису Чауда', 'острова Змеиный'), nor an English one before 'of' ('port of Primorsk')."""
    named_after = bool(res.lemmatizer) or (s + 2 < e and toks[s + 1].lower_ == "of")
    return toks[s].text[:1].isupper() or named_after and any(toks[k].text[:1].isupper() for k in range(s + 1, e))


def _district_of_a_towns_name(res: Resources, toks: Tokens, e: int, last: int, text: str) -> str | None:
    """The district noun after a name the gazetteer knows only as a town's ('Заводском
    районе', 'Каменский район'): a district of that name, not the town."""
    if res.lemmatizer is None or e >= last or toks[e].lower_ not in res.words["district_nouns"]:
        return None
    entry = res.places.lookup(text)
    return toks[e].lower_ if entry is not None and entry.kind == "city" else None


def _adjective_before_noun(res: Resources, toks: Tokens, e: int, last: int) -> bool:
    """A name right before its district noun, or before a list's ('Каменский район', 'в
    Каменском и Миллеровском районах'): an adjective, not the town after 'уезд Тулча'."""
    while e < last and (toks[e].text == "," or toks[e].lower_ in res.words["conjunctions"] or toks[e].text[:1].isupper()):
        e += 1
    return e < last and toks[e].lower_ in res.words["district_nouns"]


def _named_by_town(res: Resources, entry, others: set[str], city: Place | None) -> bool:
    """Whether a town's name before 'район' may stand for its district (or a city's district
    of that name): in a country whose districts English reports call by their town, where
    the sentence's other places (`others`), or the city the report spoke of last, are
    ('Шевченківському районі' of Zaporizhzhia), not in another ('Заводском районе Саратова')."""
    rules = res.lexicon.data.get("place_adjectives") or {}
    return entry.country in rules.get("countries", ()) and (
        entry.country in others or city is not None and entry.country == city.country)


def _countries_named(res: Resources, toks: Tokens, spans: list[tuple[int, int]]) -> set[str]:
    """The countries of the towns and regions among a sentence's place spans."""
    return {entry.country for s, e in spans if (entry := res.places.lookup(toks.text_of(s, e)))
            and entry.kind in ("region", "city")}


def _of_another_countrys_area(res: Resources, toks: Tokens, spans: list[tuple[int, int]], e: int, entry) -> bool:
    """The town is told as lying in a region or district named right after it that is in
    another country ('Дубовое Белгородского района'): a namesake the gazetteer lacks."""
    after = next(((a, b) for a, b in spans if e <= a <= e + 1), None)
    area = res.places.lookup(toks.text_of(*after)) if after is not None else None
    return area is not None and area.kind == "region" and area.country != entry.country and not toks[e - 1].text.isascii()


NAME_PARTS = re.compile(r"[-\s]+")  # what parts of a place name are split by
ALTERNATION_ROUNDS = 2  # sounds of a town's name that alternate one after another in its adjective


def named_after(res: Resources, text: str, countries: set[str] = frozenset(), named: set[str] = frozenset(),
                regions: set[str] = frozenset()):
    """'Бериславского (района)' -> Beryslav, 'Вишгородська (громада)' -> Vyshhorod: the
    town a district or community is named after (`_towns_behind`), in the countries whose
    districts English reports call by their town (the lexicon's `place_adjectives`), in one
    of `countries` where the sentence names places of some (a neighbour's town also where the
    report named its country before: `named`); of the towns it may be, one in a region the
    report named (`regions`: 'Лозівська громада' in a Kharkiv summary is Lozova, not Lozivskyi)."""
    rules = res.lexicon.data.get("place_adjectives")
    if not rules:
        return None
    home = rules["countries"][0]
    known = {_country_of(res, region) for region in regions} | set(named)  # the countries of the report's places
    # ('Каменском районе' after Rostov Oblast alone is Russia's Kamensky district, no Kamianka in Ukraine)
    first = None
    for entry, name, _, _ in _towns_behind(res, text):
        if entry.country in rules["countries"] \
                and (entry.country in countries
                     or not countries and entry.country == home and (not known or home in known)
                     or entry.country != home and entry.country in named):
            entry = regions and res.places.namesake_in(name, regions) or entry  # (a town in the country of the places
            if not regions or entry.admin1 in regions:  # named; a neighbour's, where the report names it)
                return entry
            first = first or entry
    return first


def _country_of(res: Resources, name: str) -> str | None:
    """The country of a place the gazetteer knows by this name."""
    entry = res.places.lookup(name)
    return entry.country if entry else None


def _an_adjective(res: Resources, text: str) -> bool:
    """A word that reads as a place's adjective ('Лозівська'), by the lexicon's suffixes."""
    suffixes = _adjective_suffixes(res)
    return bool(suffixes) and " " not in text and any(lemma.endswith(suffixes) for lemma in res.lemmatizer.readings(text))


def _towns_behind(res: Resources, text: str) -> Iterator[tuple[GazetteerEntry, str, str, str]]:
    """The towns an adjective may be named after, each with the name the adjective's stem
    spells, the ending that name adds to the stem and the adjective's suffix ('Валуйский' ->
    Valuyki, 'валуйки', 'ки', 'ский'): by the lexicon's `place_adjectives` (the adjective's
    suffixes, the town's possible endings, and vowels that alternate in the stem,
    'Роздільнянська' -> 'Роздільна', 'Новомиколаївська' -> 'Новомиколаївка'; and the
    irregular ones it lists, with no ending or suffix)."""
    rules = res.lexicon.data.get("place_adjectives")
    if not rules or " " in text:
        return
    readings = res.lemmatizer.readings(text)
    for lemma in readings:  # 'Криворізького': an adjective no suffix rule derives from its town
        entry = res.places.lookup(rules.get("irregular", {}).get(lemma, ""))
        if entry is not None:
            yield entry, "", "", ""
    for lemma, suffix in ((lemma, suffix) for lemma in readings for suffix in rules["suffixes"]):
        if not lemma.endswith(suffix):
            continue
        stems = [lemma[:-len(suffix)]]
        for _ in range(ALTERNATION_ROUNDS):  # ('кременчуцьк' -> 'кременчуц' -> 'кременчук')
            stems += [s[:at] + other + s[at + 1:] for s in stems for vowel, others in rules.get("alternations", {}).items()
                      for at in [s.rfind(vowel)] if at >= 0 for other in others]
        stems += [f"{word} {s[len(prefix):]}" for prefix, words in rules.get("compound_prefixes", {}).items()
                  for s in stems if s.startswith(prefix) for word in words]  # ('великописарів' -> 'велика писарів')
        for stem, ending in ((s, ending) for s in stems for ending in rules["endings"]):
            entry = res.places.lookup(stem + ending)
            if entry is not None and entry.precision == "city" \
                    and len(NAME_PARTS.split(entry.name)) == len(NAME_PARTS.split(stem + ending)):
                yield entry, stem + ending, ending, suffix  # (not a town whose name only begins so: 'Камень-на-Оби')


def _speakers_own(res: Resources, toks: Tokens, sent: Sentence, k: int) -> str | None:
    """'Moldova said missiles crossed its airspace', 'the Lithuanian minister said the drone
    flew into the country's territory': the speaking country's own ground (not 'launched
    from its territory', where 'its' is the attacker's)."""
    word, speaker = toks[k].lower_, sent.speaker
    the_country = word in THE_COUNTRYS or (word in ("'s", "’s") and k > sent.first and toks[k - 1].lower_ in ("country", "nation"))
    if not (word in ("its", "our") or the_country) or speaker is None or (k > sent.first and toks[k - 1].lower_ == "from"):
        return None
    party = speaker.party if speaker.kind == "generic" else (speaker.claimant.party if speaker.claimant else None)
    if party is None and the_country:  # a speaker of no known side: the country the sentence calls theirs
        party = next((res.demonyms[toks[j].lower_] for j in range(sent.first, k) if toks[j].lower_ in res.demonyms), None)
    return party


THE_COUNTRYS = {"countryʼs", "nationʼs"}  # (written with a modifier apostrophe, one word)


def _country_ground(res: Resources, toks: Tokens, sent: Sentence) -> list[tuple[int, object]]:
    """'on Moldovan soil', 'into Polish airspace': the country itself is where it happened."""
    found = []
    if not sent.words & COUNTRY_GROUND:
        return found
    for k in range(sent.first, sent.last - 1):
        if toks[k + 1].lower_ not in COUNTRY_GROUND:
            continue
        code = res.demonyms.get(toks[k].lower_) or res.nationality.get(toks[k].lower_) or _speakers_own(res, toks, sent, k)
        if code:
            entry = res.places.country(code)
            if entry:
                found.append((k, entry))
    return found


def _street_name(res: Resources, toks: Tokens, s: int, e: int, first: int, last: int) -> bool:
    """'на улице Садовой', 'вул. Садова', 'on Sadova Street', 'на вулиці Академіка Корольова':
    a street's name, not the village or town that bears it."""
    streets, areas = res.words["street_nouns"], res.words["place_nouns"]
    if any(toks[k].lower_ in areas and toks[k].lower_ not in streets for k in range(s, min(e + 1, last))):
        return False  # ("на одній із вулиць Дніпровського району": the district the streets are in)
    k = s - 2 if s - 2 >= first and (toks[s - 1].text == "." or toks[s - 1].text[:1].isupper()) else s - 1
    # ("вул. Садова", "вулиця Академіка Корольова")
    return k >= first and toks[k].lower_ in streets \
        or e < last and toks[e].lower_ in streets and toks[e].text[:1].isupper()


def _in_personal_name(toks: Tokens, hits, s: int, e: int, names: set[int]) -> bool:
    """'Volodymyr' in 'Volodymyr Zelensky', 'Jasina' in 'Lukasz Jasina': a place word next
    to another capitalised word of a named person (not 'Tula' in 'Tula Governor X', nor a
    region told with its noun, 'губернатор Брянской области Александр Богомаз', nor a
    place before an abbreviation, 'начальник Вінницької ОВА', nor a city before a whole
    name, 'мэр Курска Игорь Куцак')."""
    if e - s > 1 and not toks[e - 1].text[:1].isupper():
        return False

    def capitalised(k: int) -> bool:
        return k in names and k < len(toks) and toks[k].is_alpha and toks[k].text[:1].isupper()

    def name_word(k: int) -> bool:
        return capitalised(k) and not toks[k].text.isupper() and not hits.covering(PLACE, k) and not hits.covering("TITLE", k)
    titled = s > 0 and hits.covering("TITLE", s - 1) and bool(hits.spans(WEAPON)) and capitalised(e) and capitalised(e + 1)
    # (a title's city with a whole name after it, where the sentence tells of weapons: 'мэр Курска Игорь Куцак')
    return (name_word(e) and not titled) or name_word(s - 1)


def _modifier(toks: Tokens, hits, s: int, e: int, sent: Sentence) -> bool:
    """Not where the weapons went: 'Moscow time', 'the Kyiv regime', 'Iran-made drones',
    'launched by Russia'."""
    if e < sent.last and toks[e].lower_ in NOT_A_PLACE_AFTER:
        return True
    if e + 1 < sent.last and toks[e].text == "-" and toks[e + 1].lower_ in MADE:
        return True
    return s - 2 >= sent.first and toks[s - 1].lower_ == "by" and bool(hits.covering("ROLE", s - 2))


def _dateline(toks: Tokens, s: int, e: int, sent: Sentence) -> bool:
    """'MOSCOW (Reuters) –', 'KYIV:', 'MOSCOW/KYIV, Sept 14', 'Moscow, May 17 (EFE).-' at the
    start of a sentence."""
    end = sent.first + 1
    while end + 1 < sent.last and toks[end].text == "/" and toks[end + 1].text.isupper():
        end += 2  # (a dateline of several cities: 'MOSCOW/KYIV,')
    if not sent.first <= s < end or e >= sent.last:
        return False
    e = max(e, end)
    if toks[s].text.isupper() and toks[e].text in (",", "(", ":", "-", "–", "—"):
        return True
    return toks[e].text == "," and e + 1 < sent.last and toks[e + 1].lower_ in MONTHS


def _bordered(res: Resources, toks: Tokens, s: int, sent: Sentence) -> bool:
    """'regions which border Belarus', 'near the border with Belarus': a neighbour named, not a target."""
    k = s - 1
    while k > sent.first and toks[k].lower_ in ("with", "the", "з", "із", "с", "со"):
        k -= 1
    return sent.first <= k < s and toks[k].lower_ in res.words["bordering_words"]


def _speakers_seat(toks: Tokens, hits, s: int, e: int, sent: Sentence) -> bool:
    """'The ministry in Moscow said ...': where the speaker sits, not a target."""
    speaker = sent.speaker
    return bool(speaker and speaker.end == s - 1 and toks[s - 1].lower_ in ("in", "в", "у") and e < sent.last
                and hits.covering("ATTRIBUTION_VERBS", e))


def _region_lists(res: Resources, toks: Tokens, spans: list[tuple[int, int]], sent: Sentence) -> set[int]:
    """Starts of the names in 'the Kyiv, Odesa, and Kharkiv regions' ('над Курской и
    Брянской областями', 'Московского региона'): each is a region."""
    regions: set[int] = set()
    if sent.words.isdisjoint(res.words["region_nouns"]):
        return regions  # no 'region' after any of them
    links, nouns = LIST_LINKS | res.words["conjunctions"], res.words["region_nouns"]
    for idx, (s, e) in enumerate(spans):
        k = e
        while k < sent.last and toks[k].lower_ in links:
            k += 1
        if k < sent.last and toks[k].lower_ in nouns:
            regions.add(s)
            back = idx - 1
            while back >= 0 and all(toks[t].lower_ in links for t in range(spans[back][1], spans[back + 1][0])):
                regions.add(spans[back][0])
                back -= 1
    return regions


def _role(res: Resources, toks: Tokens, hits: Hits, found: list[tuple[int, int, Place]], s: int, first: int,
          sea: bool = False) -> str:
    """'launched from Cape Chauda', 'fired from over the Belgorod region', 'from Tu-95 bombers
    over the Caspian Sea' (a sea is a launch area when a 'from' comes first) are launch
    areas, and so is every place listed after one ('from Kursk, Millerovo and Chauda'); anything else is where the weapons
    were aimed, hit or shot down."""
    if found and all(toks[k].lower_ in LIST_LINKS or toks[k].lower_ in res.words["conjunctions"]
                     or toks[k].lower_ in res.words["place_nouns"]
                     or (found[-1][2].role == "launch" and toks[k].lower_ in LAUNCH_LIST_WORDS)
                     for k in range(found[-1][1], s)):
        return found[-1][2].role  # "from Kursk, Oryol and Bryansk cities, Millerovo, ..."
    if found and found[-1][2].role == "launch" and s - found[-1][1] <= PAREN_REACH and \
            [toks[k].text for k in range(found[-1][1], s)].count("(") == 1 and \
            all(toks[k].text != ")" for k in range(found[-1][1], s)):
        return "launch"  # "Гвардійське (ТОТ АР Крим)", "Hvardiiske (temporarily occupied Crimea)": where it lies
    for k in range(s - 1, max(first, s - 9) - 1, -1):
        lower = toks[k].lower_
        if lower in res.words["launch_prepositions"] and toks[k + 1].lower_ not in res.words["partitive_pronouns"] \
                or (lower in ("direction", "directions") and k + 1 < s and toks[k + 1].lower_ == "of"):
            return "launch"  # (not 'eleven of them', 'одинадцять із них')
        if lower in (":", "–", "—") and k - 1 >= first and (toks[k - 1].lower_ in LAUNCH_LABELS
                                                           or toks[k - 1].lower_ in res.words["launch_nouns"]):
            return "launch"  # "Launch directions: Bryansk, Kursk, ...", "(район пуску – Тамбовська обл.)"
        if lower in res.words["place_stops"] and not (
                lower in res.words["over"] and (sea or _platform_before(res, toks, hits, k, first)
                                                or toks[k - 1].lower_ in res.words["launch_prepositions"])) \
                or hits.covering("ROLE", k) and hits.covering("ROLE", k)[2] != "ROLE:launched":
            break  # (and "debris from a downed drone damaged a warehouse in Izmail": past what it did)
    return "target"


def _platform_before(res: Resources, toks: Tokens, hits: Hits, over: int, first: int) -> bool:
    """'bombers over the Caspian', 'Su-34 jets flying over Belgorod region', 'a MiG-31K over
    the Tambov region': the aircraft or ships a weapon came from are right before 'over', or
    just before the word of their moving."""
    platforms = res.words["launch_platforms"]
    before = over - 2 if over - 2 >= first and len(toks[over - 1].text) == 1 else over - 1  # ('MiG-31' 'K')
    return toks[over - 1].lower_ in platforms or _aircraft(toks, hits, before) or (
        over - 2 >= first and toks[over - 1].lower_ in res.words["platform_motions"] and toks[over - 2].lower_ in platforms)


AIRCRAFT_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{1,2}-\d+[A-Z\d]*")  # Tu-95MS, MiG-31, Su-34, Tu-22M3


def _aircraft(toks: Tokens, hits: Hits, k: int) -> bool:
    """A type designation that no weapon has: an aircraft ('Tu-95MS'), not a missile ('Kh-101')."""
    return bool(AIRCRAFT_DESIGNATION.fullmatch(toks[k].text)) and not hits.covering(WEAPON, k)


@lru_cache(maxsize=4)
def _unlisted_cues(res: Resources) -> frozenset[str]:
    """Words without one of which a sentence names no place the gazetteer lacks."""
    return frozenset(res.words["place_nouns"] | res.words["place_before_name"] | PLACE_OF | APPOSITION_NOUNS | {"of"})


@lru_cache(maxsize=4)
def _unlisted_starts(res: Resources) -> frozenset[str]:
    """The words at which `_unlisted` looks for a name: a noun before or after one, a comma
    before an apposition, 'of' after a place noun."""
    return frozenset(res.words["place_nouns"] | res.words["place_before_name"] | {",", "of"})


def _unlisted(res: Resources, toks: Tokens, sent: Sentence, nouns: dict[int, str]) -> list[tuple[int, int]]:
    """Places the gazetteer lacks, told by the words around them: 'the Voskresensk
    district', 'the village of Wyryki', 'the Afipsky refinery', 'Tulcea County', and every
    name of 'the Darnytskyi, Dniprovskyi and Podilskyi districts' (each start in `nouns`
    with the noun after it)."""
    hits, first, last = sent.hits, sent.first, sent.last
    place_nouns = res.words["place_nouns"]
    joins = {","} | res.words["conjunctions"]
    names: list[int] = []
    if not sent.words & _unlisted_cues(res):
        return [(k, k + 1) for k in (_left_on_their_own(res, toks, sent, nouns) if res.lemmatizer else [])]
    told: set[int] = set()  # names a noun before them announces: "в селе Ясные Зори"
    starts = _unlisted_starts(res)
    for k in range(first + 1, last):
        lower = toks[k].lower_
        if lower not in starts:
            continue  # most words: none of the cases below
        at = k + 2 if lower in res.abbreviations and k + 2 < last and toks[k + 1].text == "." else k + 1
        if lower in res.words["place_before_name"] and (at > k + 1 or lower not in res.abbreviations) \
                and at < last and _name_like(res, toks, hits, at) and not toks[at].text.isupper():  # (not "над містом ППО")
            names.append(at)  # "в селе Отрадное", "у с. Осиново"
            told.add(at)
        if lower in place_nouns:  # (a noun may follow one name and precede another: "Вишгородской общине Вышгородского района")
            before = k - 2 if toks[k - 1].lower_ in FACILITY_KINDS and k - 2 > first else k - 1
            names.append(before)  # "Afipsky oil refinery", "the Sredny settlement", "Tulcea County"
            nouns[before] = lower
            if lower.endswith("s") or res.lemmatizer:  # "the Darnytskyi, Dniprovskyi and Podilskyi districts"
                j = before - 1  # (a lemma tells no number: 'Немышлянский и Индустриальный районы')
                while j - 1 > first and toks[j].lower_ in joins and _name_like(res, toks, hits, j - 1):
                    names.append(j - 1)
                    nouns[j - 1] = lower
                    j -= 2
                j = k + 1  # "ten districts — Solomianskyi, Darnytskyi and Podilskyi"
                if j + 1 < last and toks[j].text in ("—", "–", ":", "(", "-") and _name_like(res, toks, hits, j + 1):
                    names.append(j + 1)
                    j += 2
                    while j + 1 < last and toks[j].lower_ in (",", "and") and _name_like(res, toks, hits, j + 1):
                        names.append(j + 1)
                        j += 2
        elif lower == "," and k + 2 < last and toks[k + 1].lower_ in ("a", "the") and toks[k + 2].lower_ in APPOSITION_NOUNS:
            names.append(k - 1)  # "near Periprava, a village in Tulcea County"
        elif lower == "of" and toks[k - 1].lower_ in PLACE_OF and k + 1 < last:
            names.append(k + 1)
            told.add(k + 1)
            j = k + 2  # "the villages of Sredne, Nova Sloboda and Bilopillia"
            while j + 1 < last and toks[j].lower_ in (",", "and") and _name_like(res, toks, hits, j + 1):
                names.append(j + 1)
                told.add(j + 1)
                j += 2
    names += _elided(res, toks, sent, nouns)
    spans = []
    for k in sorted(set(names)):
        if k < first or k == first and k not in nouns or not _name_like(res, toks, hits, k) \
                or (hits.covering(PLACE, k) and k not in told):  # (a name opens the sentence only as 'Борисовский район.')
            continue
        e = k + 1
        while e < last:
            if e + 1 < last and toks[e].text == "-" and toks[e + 1].text[:1].isupper() and toks[e + 1].is_alpha:
                e += 2  # "Gora-Podol"
            elif toks[e].text[:1].isupper() and toks[e].is_alpha and toks[e].lower_ not in place_nouns \
                    and (k in told or not hits.covering(PLACE, e)) and not hits.covering(WEAPON, e) \
                    and not (e + 1 < last and toks[e + 1].lower_ in place_nouns):
                e += 1  # "Nova Sloboda" (but not into "Теткино Глушковского района": the district's own name)
            else:
                break
        if k in told and hits.covering(PLACE, k) and hits.covering(PLACE, k)[1] >= e:
            continue  # the gazetteer knows the whole name
        spans.append((k, e))
    return spans


ELIDED_AGREEMENT = 3  # the letters of case and gender an adjective shares with the one whose noun it leaves out


def _elided(res: Resources, toks: Tokens, sent: Sentence, nouns: dict[int, str]) -> list[int]:
    """'У Фастівському районі ..., у Бучанському – ...': a name after a preposition that agrees
    with an earlier adjective before its place noun, and has no noun of its own, names a place
    of that noun (in an inflected language, where the ending shows the agreement)."""
    if res.lemmatizer is None:
        return []
    if not nouns:
        return _left_on_their_own(res, toks, sent, nouns)
    endings = {toks[k].text.lower()[-ELIDED_AGREEMENT:]: (k, noun) for k, noun in nouns.items()}
    found = []
    for k in range(min(nouns) + 2, sent.last):
        ending = toks[k].text.lower()[-ELIDED_AGREEMENT:]
        if ending not in endings or endings[ending][0] >= k or k in nouns \
                or toks[k - 1].lower_ not in res.words["place_prepositions"] \
                or not _name_like(res, toks, sent.hits, k) or sent.hits.covering(PLACE, k) \
                or k + 1 < sent.last and (toks[k + 1].lower_ in res.words["place_nouns"] or toks[k + 1].text[:1].isupper()):
            continue
        nouns[k] = endings[ending][1]
        found.append(k)
    return found


def _left_on_their_own(res: Resources, toks: Tokens, sent: Sentence, nouns: dict[int, str]) -> list[int]:
    """'у Павлоградському, Синельниківському і Криворізькому.': place adjectives after a
    preposition, alone or listed, with no noun in the sentence at all: the noun their case
    ending stands for (the lexicon's `elided_place_nouns`), where the list ends the clause."""
    stands_for = res.lexicon.data.get("elided_place_nouns") or {}
    suffixes = _adjective_suffixes(res)
    if not stands_for or not suffixes:
        return []
    joins = {","} | res.words["conjunctions"]

    def bare(k: int) -> str | None:  # the noun a capitalised place adjective at k stands for
        if not (_name_like(res, toks, sent.hits, k) and not sent.hits.covering(PLACE, k)
                and any(r.endswith(suffixes) for r in res.lemmatizer.readings(toks[k].text))):
            return None
        return next((noun for ending, noun in stands_for.items() if toks[k].text.lower().endswith(ending)), None)

    found = []
    for k in range(sent.first + 1, sent.last):
        if toks[k - 1].lower_ not in res.words["place_prepositions"] or not (noun := bare(k)):
            continue
        chain = {k: noun}  # the list's adjectives and their nouns
        last = k
        while last + 2 < sent.last and toks[last + 1].lower_ in joins and (noun := bare(last + 2)):
            last += 2
            chain[last] = noun
        if last + 1 >= sent.last or toks[last + 1].is_punct or toks[last + 1].lower_ in joins:
            nouns.update(chain)
            found += chain
    return found


LIST_JOINS = {",", "and", "or"}


def _listed_with_known(res: Resources, toks: Tokens, sent: Sentence, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'bombs on Tiahynka, Lvove and Odradokamianka': one-word names in a list ending in
    'and' or 'or' beside a place the gazetteer knows are places too."""
    hits, first, last = sent.hits, sent.first, sent.last
    found: list[tuple[int, int]] = []
    for s, e in known:
        members, closed = [], False
        k = s - 1
        while k - 1 > first and toks[k].lower_ in LIST_JOINS and (member := _one_name(res, toks, hits, k - 1, first, back=True)):
            closed = closed or toks[k].lower_ != ","
            members.append(member)
            k = member[0] - 1
        k = e
        while k + 1 < last and toks[k].lower_ in LIST_JOINS and (member := _one_name(res, toks, hits, k + 1, last)):
            closed = closed or toks[k].lower_ != ","
            members.append(member)
            k = member[1]
        if closed:
            found += [m for m in members if not hits.covering(PLACE, m[0]) and m not in found]
    return found


def _one_name(res: Resources, toks: Tokens, hits, k: int, bound: int, back: bool = False) -> tuple[int, int] | None:
    """The one-word (or hyphenated) name ending (back) or starting at token k."""
    step, far = (-1 if back else 1), k
    while (bound < far + 2 * step if back else far + 2 * step < bound) \
            and toks[far + step].text == "-" and _name_like(res, toks, hits, far + 2 * step):
        far += 2 * step  # "Gora-Podol"
    s, e = (far, k + 1) if back else (k, far + 1)
    if not _name_like(res, toks, hits, s) and not hits.covering(PLACE, s):
        return None
    after = toks[e] if e < len(toks) else None
    if after is not None and after.text[:1].isupper() and after.is_alpha:
        return None  # "Ihor Terekhov": a person's two names
    return s, e


def _name_like(res: Resources, toks: Tokens, hits, k: int) -> bool:
    token = toks[k]
    return token.is_alpha and token.text[:1].isupper() and token.lower_ not in GENERIC_PLACE_WORDS \
        and token.lower_ not in res.words["place_prepositions"] and token.lower_ not in res.words["target_prepositions"] \
        and token.lower_ not in res.nationality and token.lower_ not in res.demonyms \
        and token.lower_ not in WEEKDAYS and token.lower_ not in MONTHS \
        and not hits.covering(SOURCE, k) and not hits.covering(WEAPON, k) and not hits.covering("TITLE", k)
