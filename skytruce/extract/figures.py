"""Figures: the numbers a sentence gives for weapons, each with its role (launched,
destroyed, hit) and qualifier, and the weapons it names without a count.

Works on token indices and the sentence's phrase-matcher hits, so a sentence costs little
more than its length. "17 Shaheds were launched, 11 shot down", "all but 10 of the 741",
"23 drones of 37", "of which 40 drones and all eight missiles", "both missiles".
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, replace

from skytruce.extract.attacks import compatible
from skytruce.extract.document import LIST_MARKS, Document, Figure, Hits, Reference, Sentence
from skytruce.extract.numbers import GLUED_RANGE, may_start_number, read_number, sign_qualifier
from skytruce.extract.resources import PLACE, SOURCE, WEAPON, Resources
from skytruce.extract.tables import COUNTED_ROLES, cell_counts, cells, day_header, header_roles, row_values, rule_line
from skytruce.extract.timex import MONTHS
from skytruce.extract.tokens import Tokens
from skytruce.reference.weapons import WeaponModel

OBJECT_STARTS = {"a", "an", "the", "its", "their", "his", "her", "one", "two", "three", "several", "part", "parts",
                 "section", "sections", "houses", "buildings", "homes", "windows", "power"}
PERFECT_AUXILIARIES = {"had", "has", "have"}  # an active verb after them has the weapon as its subject
MISSILE_ADJECTIVES = {"ballistic": "ballistic missile", "cruise": "cruise missile", "guided": "guided missile",
                      "anti-aircraft": "anti-aircraft missile", "hypersonic": "hypersonic missile"}
DEFENDER_NOUNS = {"units", "unit", "systems", "system", "crews", "crew", "battery", "batteries", "operators",
                  "carrier", "carriers", "ship", "ships",
                  "operator", "troops", "forces", "complex", "complexes", "launchers", "launcher", "production",
                  "factory", "plant", "manufacturer", "maker", "makers", "industry", "program", "programme",
                  "radar", "radars", "division", "battalion", "regiment", "position", "positions",
                  "workshop", "workshops", "depot", "depots", "warehouse", "warehouses", "storage", "hangar", "hangars"}


def figures(doc: Document) -> None:
    """Pipeline component: `figures`, `named` and `references` of every sentence."""
    listed: str | None = None  # the verb of a line that opens a list ("air defence shot down:")
    listed_weapon: WeaponModel | None = None  # and the weapon it was told of ("the drones were downed. By region:")
    columns: list[str] | None = None  # the roles of the columns of a table being read
    nights: list[tuple[WeaponModel | None, list[str]]] | None = None  # the columns of a table of nights being read
    starts = _number_starts(doc.tokens, doc.res.number_words)
    told: str | None = None  # the last verb of the sentence before ("... 641 targets were shot down")
    told_weapon: WeaponModel | None = None  # and the last weapon it named
    one_role = False  # whether all that sentence's verbs were of one role
    item_before = False  # whether the sentence before was a line closed by ';', as a list's item is
    for s in doc.sentences:
        if (columns is not None or nights is not None) and rule_line(s):
            continue  # ('|---|---|' under a header)
        if columns is not None and _table_row(doc.res, doc.tokens, s, columns):
            continue
        if nights is not None and _night_row(doc.res, doc.tokens, s, nights):
            continue
        header = False
        if (columns is None and nights is None) or doc.opens_line(s):  # (not the rest of a row cut into sentences)
            nights = _night_columns(doc.res, doc.tokens, s)
            columns = header_roles(doc.tokens, s, doc.res.words["launch_columns"]) if nights is None else None
            header = columns is not None or nights is not None
        if s.hits is not None and not header:
            among = told if any(phrase in s.text.lower() for phrase in doc.res.words["among_them"]) else None
            _weapons_and_figures(doc.res, doc.tokens, s.first, s.last, s.hits, s, starts, listed or among,
                                 listed_weapon if listed else None)
            _of_a_count_told(doc.res, doc.tokens, s)
            if any(label == "ROLE:lost" for _, _, label in s.hits.spans("ROLE")):
                s.lost = _lost_counts(doc.res, doc.tokens, s.hits, s.first, s.last)
            for fig in s.figures:
                fig.definite = fig.token > s.first and doc.tokens[fig.token - 1].lower_ in doc.res.words["definite"]
        roles = s.hits.spans("ROLE") if s.hits is not None else []
        before, told = told, roles[-1][2].split(":")[1] if roles else None
        weapon_before, told_weapon = told_weapon, (s.figures[-1].weapon if s.figures else s.named[-1] if s.named else None)
        one_role_before, one_role = one_role, len({label for _, _, label in roles}) == 1
        item = doc.opens_line(s) and s.text.rstrip().endswith(";")  # a line closed as a list's item is
        if s.text.rstrip().endswith(":"):
            lead_in = s.last - s.first <= LEAD_IN_TOKENS and not (s.hits and s.hits.spans(WEAPON)) and one_role_before
            carried = not s.figures and (s.words & doc.res.words["result_words"] or lead_in)
            listed = told or (before if carried else None)
            listed_weapon = told_weapon if told else weapon_before
            # ("... shot down 391 targets. The command gave the results by type:", "Збито 112 цілей: ... Зокрема:":
            # the list is of the downed; not "The missiles included:", nor "Its breakdown:" after two verbs)
        elif not (list_item(s.text) or item or item_before and doc.opens_line(s)):
            listed = None  # (its items may open with their counts, each line closed by ';', the last by '.')
        item_before = item


LEAD_IN_TOKENS = 4  # a line that only leads into a list ('Зокрема:', 'Of them, by type:'), its colon too


def _of_a_count_told(res: Resources, toks: Tokens, s: Sentence) -> None:
    """'Of the 273, air defences shot down 88': the sentence opens with a count told before
    (a partitive, a number and a comma), and its references are parts of it."""
    k = s.first + 1 if s.first + 1 < s.last and toks[s.first].lower_ in res.words["partitive"] else None
    if k is None or not s.references:
        return  # (the usual sentence)
    k += toks[k].lower_ == "the"
    parsed = read_number(toks, k, s.last, res.number_words) if may_start_number(toks[k], res.number_words) else None
    if parsed and parsed[1] < s.last and toks[parsed[1]].text == ",":
        for ref in s.references:
            ref.of_count = parsed[0]


def list_item(text: str) -> bool:
    """A line of a list: it opens with a dash or bullet, or with a symbol such as the
    emoji of an official's post ('✅ 2 Iskander-M missiles;')."""
    text = text.lstrip()
    return text.startswith(LIST_MARKS) or bool(text) and unicodedata.category(text[0]).startswith("S")


def _table_row(res: Resources, toks: Tokens, s: Sentence, columns: list[str]) -> bool:
    """A row of the table whose header was read: its weapon's figure, from the cells."""
    row = row_values(toks, s, columns)
    if row is None:
        return False
    label_end, counts, s.launch_cells = row
    weapon = next((found[1] for start, _, _ in s.hits.spans(WEAPON) if toks[start].idx < label_end
                   and (found := _weapon_phrase(res, toks, start, s.last, s.hits))), None)
    if weapon is None:
        return False
    if counts:
        s.figures.append(Figure(weapon, token=s.first, **counts))
    else:
        s.named.append(weapon)
    return True


def _weapon_in(res: Resources, toks: Tokens, s: Sentence, start: int, end: int) -> WeaponModel | None:
    """The weapon a cell (characters start..end) names, if any."""
    return next((found[1] for k, _, _ in s.hits.spans(WEAPON) if start <= toks[k].idx < end
                 and (found := _weapon_phrase(res, toks, k, s.last, s.hits))), None)


def _night_columns(res: Resources, toks: Tokens, s: Sentence) -> list[tuple[WeaponModel | None, list[str]]] | None:
    """The weapon and the roles each column of a table of nights names, where the line heads
    one ('Night ending | Drones launched | Drones shot down'); a column of weapons alone
    ('Дрони | Ракети') counts those launched."""
    spans = day_header(toks, s, res.words["day_columns"])
    if spans is None:
        return None
    found = []
    for start, end in spans:
        weapon = _weapon_in(res, toks, s, start, end)
        roles = [label.split(":")[1] for k, _, label in s.hits.spans("ROLE") if start <= toks[k].idx < end]
        found.append((weapon, roles or (["launched"] if weapon else [])))
    return found if any(roles for _, roles in found) else None


def _night_row(res: Resources, toks: Tokens, s: Sentence, columns: list[tuple[WeaponModel | None, list[str]]]) -> bool:
    """A row of the table of nights whose header was read ('Tue 10 Feb | 129 | 103'): a
    figure for each weapon, from the cells; a column without a weapon counts the one the row
    names ('Mon 20 Nov | 20 Shahed | 15')."""
    spans = cells(s) if s.hits is not None else []
    if len(spans) != len(columns) + 1 or not any(ch.isdigit() for ch in toks.source[spans[0][0]:spans[0][1]]):
        return False
    named = _weapon_in(res, toks, s, spans[0][1], s.end)
    found: list[Figure] = []
    for (weapon, roles), (start, end) in zip(columns, spans[1:]):
        weapon = _weapon_in(res, toks, s, start, end) or weapon or named  # ('| 14 (Iskander-M) |' under 'Missiles')
        counts = {role: n for role, n in zip(roles, cell_counts(toks.source[start:end])) if role in COUNTED_ROLES}
        if weapon is None or not counts:
            continue
        same = next((f for f in found if compatible(f.weapon, weapon) and all(getattr(f, role) is None for role in counts)),
                    None)
        if same is None:  # ("Drones launched | Drones shot down": one figure; two voices' columns: two)
            found.append(Figure(weapon, token=s.first, **counts))
            continue
        for role, n in counts.items():
            setattr(same, role, n)
        same.weapon = same.weapon if same.weapon.name else weapon  # (the model a cell named, over the column's kind)
    s.figures.extend(found)
    return True


def _number_starts(toks: Tokens, specials: dict[str, int]) -> list[int]:
    """Where a count may start ('all' too, for 'all but 10'): the tokens the figure reader
    looks at; it steps over the others without a look."""
    return [t.i for t in toks if t.like_num or t.lower_ in specials or t.lower_ == "all" or t.text[:1] == "~"
            or GLUED_RANGE.match(t.text)]


def _weapon_at(res: Resources, toks: Tokens, i: int, end: int, hits: Hits) -> tuple[int, WeaponModel] | None:
    hit = hits.at(WEAPON, i)
    if hit:
        return hit[0], res.weapons.resolve(toks.text_of(i, hit[0]))
    token = toks[i]
    if token.is_alpha and token.text[:1].isupper() and len(token.text) >= 5 or "-" in token.text and any(c.isdigit() for c in token.text):
        if hits.covering(PLACE, i) or hits.covering(SOURCE, i):
            return None
        model = res.weapons.fuzzy_lookup(token.text)
        if model is not None:
            return i + 1, model
    return None


def _weapon_phrase(res: Resources, toks: Tokens, i: int, end: int, hits: Hits) -> tuple[int, WeaponModel] | None:
    """The weapon phrase starting at i, joining neighbours ('Shahed-136/131 attack UAVs',
    'UAVs of the Shahed-136/131 type', 'Kinzhal ballistic missile') into the most specific."""
    first = _weapon_at(res, toks, i, end, hits)
    if first is None:
        return None
    j, best = first
    k = j
    while k < end and k - j <= 3:
        nxt = _weapon_at(res, toks, k, end, hits)
        if nxt:
            j, other = nxt
            best = _more_specific(best, other)
            k = j
            continue
        if k == j and toks[k].text == "-" and k + 1 < end and (toks[k + 1].text.isupper()
                                                               or toks[k + 1].lower_ in ("type", "like", "class")):
            j = k = k + 2  # "Neptune-MD": a variant's letters after the model; "Shahed-type"
            continue
        if toks[k].lower_ in res.modifiers or toks[k].lower_ in ("type", "class") or (
                toks[k].text in QUOTES and k + 1 < end and hits.at(WEAPON, k + 1)):
            k += 1  # ("ракет «Нептун»": the model in quotation marks after the kind)
            continue
        break
    if j < end and toks[j].lower_ == "type":
        j += 1
    k = j
    if k < end and toks[k].text[:1].isupper() and toks[k].is_alpha and toks[k].lower_ not in UNIT_NOUNS:
        k += 1  # "S-400 Triumf air defence system" (but a headline's "S-400 Launchers")
    while k < end and k - j < 4 and toks[k].lower_ in ("air", "defence", "defense", "missile", "anti-aircraft"):
        k += 1
    if k + 1 < end and toks[k].lower_ == "and" and toks[k + 1].lower_ in ("gun", "cannon"):
        k += 2  # "a Pantsir-S1 anti-aircraft missile and gun system"
    if k < end and toks[k].lower_ in DEFENDER_NOUNS and (k > j or toks[k].lower_ not in ("system", "systems")
                                                        or best.category == "air_defence_missile"):
        return None  # "anti-aircraft missile units", "drone operators", "S-400 air defence system" (an
        # "Iskander-M missile system" is a launcher: `_named_weapons` reads whether a strike was made with it)
    if j + 1 < end and toks[j].text == "-" and toks[j + 1].is_alpha and toks[j].idx == toks[j - 1].idx + len(toks[j - 1].text):
        return None  # "missile-carrying bomber": a compound, not a weapon (not "63 drones - around 40 of them Shaheds -")
    return j, best


def _more_specific(a: WeaponModel, b: WeaponModel) -> WeaponModel:
    if a.kind_name and b.name and b.category == a.category:
        return b  # "керовані авіабомби JDAM": bombs of the JDAM type
    if a.name and not b.name:
        return a
    if b.name and not a.name:
        return b
    if not a.name and not b.name and a.category == "missile":
        return b
    return a


def _launchers_model(res: Resources, toks: Tokens, k: int, end: int, hits: Hits) -> WeaponModel | None:
    """The model of the launchers a kind of munition was 'fired from' ('21 rockets fired from
    HIMARS launchers', '12 rockets of the HIMARS system'): the munition's own."""
    if k < end and toks[k].lower_ in res.words["fired_words"]:
        k += 1
    if not (k < end and toks[k].lower_ in ("from", "by", "of")):
        return None
    k += 1
    if k < end and toks[k].lower_ == "the":
        k += 1
    opening = k
    while k < end and k - opening < 4 and not hits.at(WEAPON, k) \
            and (toks[k].lower_ in res.modifiers or k + 1 < end and toks[k + 1].text == "-"):
        k += 1  # ("of the US-made HIMARS system")
    hit = hits.at(WEAPON, k) if k < end else None
    if hit is None or hit[0] >= end or toks[hit[0]].lower_ not in res.words["launcher_nouns"]:
        return None
    model = res.weapons.resolve(toks.text_of(k, hit[0]))
    return model if model is not None and model.name else None


def _hyphenated(toks: Tokens, k: int, end: int) -> int | None:
    """The end of a compound of words joined by hyphens that starts at k, if one does."""
    m = k + 1
    while m + 1 < end and toks[m].text == "-" and toks[m + 1].is_alpha:
        m += 2
    return m if m > k + 1 else None


def _weapon_after(res: Resources, toks: Tokens, j: int, end: int, hits: Hits) -> tuple[int, int, WeaponModel, str | None] | None:
    """A weapon phrase after a number, past modifiers only: (start, end, weapon, party)."""
    k, party, kinds, joined, described = j, None, False, 0, False
    while k < end and k - j - joined <= 6:  # (a hyphenated compound counts as one word)
        found = _weapon_phrase(res, toks, k, end, hits)
        if found and described and found[0] < end and (toks[found[0]].lower_ in res.event_nouns
                                                        or toks[found[0]].lower_ in res.words["conjunctions"]):
            return None  # "one of the most massive missile (and drone) attacks": one attack, not a missile
        if found:  # ("147 attack and decoy drones": drones of both kinds, neither model alone)
            model = WeaponModel(None, found[1].category) if kinds else found[1]
            return k, found[0], model if model.name else _launchers_model(res, toks, found[0], end, hits) or model, party
        lower = toks[k].lower_
        if k > j and k + 1 < end and lower in res.words["conjunctions"] and toks[k - 1].lower_ in res.modifiers \
                and toks[j - 1].lower_ != "both":  # (not "both cruise and ballistic missiles": kinds, not a count of two)
            k, kinds = k + 1, True  # "attack and decoy drones", "ударних і розвідувальних дронів"
            continue
        if k == j and lower in res.words["ordinals"] and toks[j - 1].lower_ in ("a", "an") and k + 1 < end \
                and toks[k + 1].lower_ not in ("of", "more", "fewer", "less"):  # (not "a third of them", "a third more")
            k += 1  # "a third missile was shot down": one more
            continue
        if k == j and lower in res.words["weapon_events"] and k + 1 < end and toks[k + 1].lower_ in ("by", "of"):
            k += 2  # "19 incursions by drones": each made by one
            continue
        if k > j and lower in res.words["system_nouns"] and toks[k - 1].lower_ in res.modifiers:
            k += 1  # "шість реактивних снарядів системи HIMARS": munitions of a launcher's type, counted
            continue
        compound = _hyphenated(toks, k, end)
        if compound is not None and "-".join(toks[m].lower_ for m in range(k, compound, 2)) in res.modifiers:
            k, joined = compound, joined + compound - k - 1  # "first-person-view": split by the tokenizer at its hyphens
            continue
        if k + 1 < end and lower.endswith("-") and toks[k + 1].lower_ in res.words["conjunctions"]:
            k += 2  # "air- and sea-launched": the first half of a pair of compounds
            continue
        if k > j and k + 1 < end and _possessive(toks[k], toks[k + 1]) \
                and (toks[k - 1].lower_ in ("of", "the") or toks[k - 1].lower_ in res.words["possessives"]):
            party = res.nationality.get(lower, party)  # "ten of the agency's drones", "20 of Russia's drones": an owner
            k += 2  # ("100 of his troops' drones")
            continue
        if res.lemmatizer and k > j and lower in res.words["place_prepositions"] and hits.covering("ROLE", k - 1) \
                and (past := _weapon_past_phrase(res, toks, k + 1, end, hits)) is not None:
            k = past  # "о шести сбитых на подлете к столице дронах": a participle's phrase before the weapon it describes
            continue
        if lower in res.nationality:
            party = res.nationality[lower]
        elif _attributive(res, toks, hits, j, k, end):
            pass  # '64 intercepted Ukrainian drones', '64 «перехоплені та знищені» безпілотники': their role
        elif _picks_out_a_told_set(res, toks, hits, j, k):
            described = True  # '52 of the latest drones', '30 of the last wave of Shaheds'
        elif lower not in res.modifiers and not lower.endswith("-type") and not (toks[k].is_punct and lower in "()-–\"“”'") \
                and not _quoted(toks, k, end):  # a word in scare quotes: '41 «збитий» дрон', '41 "downed" drones'
            if toks[k].text[:1].isupper() and not hits.covering(PLACE, k) and k == j:
                k += 1  # "17 Shahed-like unknown name" is tried by fuzzy matching above
                continue
            return None
        k += 1
    return None


SET_WORDS = 2  # words after 'of the' that may pick out a set told before ('the latest wave of drones')


def _picks_out_a_told_set(res: Resources, toks: Tokens, hits: Hits, j: int, k: int) -> bool:
    """A word or two right after a definite partitive ('52 of the latest drones', 'of the
    remaining wave of Shaheds'): they name a set told before, whatever the words; not a
    clause ('two of the people hurt by drones', 'three of the injured were hit by drones')."""
    w = res.words
    return toks[j].lower_ in w["partitive"] and j + 1 < k <= j + 1 + SET_WORDS and toks[j + 1].lower_ in w["definite"] \
        and toks[k].is_alpha and toks[k].text.islower() and not hits.covering("ROLE", k) \
        and not any(toks[k].lower_ in w[key] for key in CLAUSE_WORDS)


CLAUSE_WORDS = ("auxiliaries", "place_prepositions", "conjunctions", "subordinators")  # words that open a clause


PHRASE_REACH = 4  # words of a participle's phrase between a count and its weapon ('на подлете к столице')


def _weapon_past_phrase(res: Resources, toks: Tokens, k: int, end: int, hits: Hits) -> int | None:
    """Where the weapon a participle's prepositional phrase stands before starts, if one
    does within reach, with no figure or stop between."""
    for m in range(k, min(end, k + PHRASE_REACH + 1)):
        if toks[m].is_punct or toks[m].like_num:
            return None
        if _weapon_phrase(res, toks, m, end, hits):
            return m
    return None


QUOTES = {'"', "“", "”", "«", "»", "„", "'"}
POSSESSIVE_MARKS = {"'s", "’s"}


def _possessive(owner, mark) -> bool:
    """'the agency's', 'his troops'': an owner and its possessive mark."""
    return mark.lower_ in POSSESSIVE_MARKS or (mark.text in ("'", "’") and owner.lower_.endswith("s"))


def _quoted(toks: Tokens, k: int, end: int) -> bool:
    return k > 0 and k + 1 < end and toks[k - 1].text in QUOTES and toks[k + 1].text in QUOTES


def _attributive(res: Resources, toks: Tokens, hits: Hits, j: int, k: int, end: int) -> bool:
    """A participle of a role between a count (ending at j) and its weapon ('64 downed
    drones'), or the 'and' between two ('intercepted and destroyed'); not in a part of what
    was told ('one of the downed drones')."""
    if any(toks[m].lower_ in res.words["partitive"] for m in range(j, k)):
        return False
    if hits.covering("ROLE", k):
        return toks[k].lower_ not in COUNTED_EVENTS and toks[k].lower_ not in res.event_nouns  # (not '9 strikes of FPV drones')
    return toks[k].lower_ in res.words["conjunctions"] and k + 1 < end and bool(
        hits.covering("ROLE", k + 1) or (toks[k + 1].is_punct and k + 2 < end and hits.covering("ROLE", k + 2)))


def _count_role(toks: Tokens, hits: Hits, start: int, stop: int) -> str | None:
    """The role a participle between a count and its weapon gives it: '41 «збитий» дрон' is
    41 (said to be) downed, and so are '64 intercepted drones'; but not an attacking one ('20
    attacking drones were shot down' were downed): every weapon counted is attacking."""
    for k in range(start, stop):
        role = hits.covering("ROLE", k)
        if role:
            role = role[2].split(":")[1]
            return None if role == "launched" and toks[k].lower_.endswith("ing") else role
    return None


def _role_near(res: Resources, toks: Tokens, start: int, stop: int, s_start: int, s_end: int, hits: Hits) -> str | None:
    """The role verb governing figures at tokens start..stop: the nearest before them in
    their clause, or a passive one after them ('29 Shaheds and one drone were shot down')."""
    back = None
    k = start - 1
    skipped = 0  # tokens of an aside describing the weapon before ('..., launched by Tu-95MS bombers from ...,')
    while k >= s_start and start - k - skipped <= 14:
        if toks[k].text == ")" and (opened := _bracket_opened(toks, k, s_start)) is not None:
            skipped += k - opened + 1
            k = opened - 1  # "17 Kalibrs (14 downed), six Kh-22s": the aside's verb is its own
            continue
        cover = hits.covering("ROLE", k)
        if cover and _in_relative_clause(res, toks, cover[0], s_start):
            break  # "43 missiles, of which 30 were shot down, and 74 drones": the verb of the 30 alone
        if cover and _describes_the_one_before(toks, hits, cover, s_start, s_end):
            close = next((n for n in range(cover[1], start) if toks[n].text == ","), cover[1])
            skipped += close - cover[0] + 1
            k = cover[0] - 1  # "shot down seven rockets fired from HIMARS launchers, two JDAM bombs": still shot down
            continue
        if cover:
            back = (_verb_role(res, toks, cover, s_start, hits), start - k)
            before = cover[0] - 1
            while before > s_start and toks[before].lower_.endswith("ly") and toks[before].is_alpha:
                before -= 1  # "shot down or electronically jammed"
            if back[0] == "lost" and before - 1 >= s_start and toks[before].lower_ in ("or", "and") \
                    and (other := hits.covering("ROLE", before - 1)) and other[2] == "ROLE:destroyed":
                back = ("destroyed", back[1])  # "shot down or jammed": neutralised either way
            break
        if toks[k].text == ":" and (listed := _role_before_colon(res, toks, k, s_start, hits)):
            back = (listed, start - k)  # "has shot down 104 targets: 2 Iskander-M missiles, ... and 99 UAVs"
            break
        if hits.covering("CLAUSE_BREAKS", k) or toks[k].text in (";", ":"):
            break
        k -= 1
    fwd = participle = aside = None
    k = stop
    while k < s_end and k - stop <= 12:
        cover = hits.covering("ROLE", k)
        if cover and k == stop + 1 and toks[stop].text == "," and (close := _aside_end(toks, hits, cover[1], s_end)):
            aside = (cover[2].split(":")[1], 0)  # "Оба беспилотника, запущенные по району, сбиты": the verb after it
            k = close + 1
            continue
        if cover:
            before = k - 2 if k - 1 > stop and toks[k - 1].text in QUOTES else k - 1  # 'were "lost in location"'
            prev = toks[before].lower_ if before >= stop else ""
            role = cover[2].split(":")[1]
            if _negated(res, toks, cover[0], s_start):
                if not any(toks[n].text == "," and hits.covering(WEAPON, n + 1) for n in range(stop, k - 1)):
                    fwd = ("lost", 0)  # "two of them were not shot down" (not "57 drones, the missiles were not")
                break
            if prev in res.words["auxiliaries"]:
                if fwd is not None and any(toks[n].text == "," for n in range(stop, k)):
                    break  # "усі чотири «іскандери» випустили по Київщині, одну вдалося знешкодити": the first verb's
                if role == "destroyed" and prev in PERFECT_AUXILIARIES and cover[1] < s_end \
                        and toks[cover[1]].lower_ in OBJECT_STARTS:
                    role = "impact"  # "one of its Kinzhal missiles had destroyed a Patriot system": what it hit
                fwd = (_then_destroyed(toks, hits, cover[1], s_end) or role, 0 if participle else k - stop)
                participle = None  # "a missile fired from over Kursk had also been destroyed": the main verb
                break
            if k > stop and cover[1] < s_end and toks[cover[1]].like_num:
                break  # "76 крилатих ракет, збито 69": the verb is the next count's, told after it
            if k == stop and cover[1] < s_end and toks[cover[1]].lower_ in ("by", "from"):
                participle = (role, 0)  # "drones launched by Russia": a participle naming what was done to them
                k = cover[1]
                continue
            if fwd is None:  # active voice with an object ("a missile brought down a section of the building") hit it
                active = role == "destroyed" and cover[1] < s_end and toks[cover[1]].lower_ in OBJECT_STARTS
                fwd = ("impact" if active else role, k - stop + 3)
            k = cover[1]
            continue
        if hits.covering("ATTRIBUTION_VERBS", k) and toks[k - 1].lower_ == "and":
            break  # "put the figures at 90 missiles, and said F-16 pilots had shot down some": another clause
        if hits.covering("CLAUSE_BREAKS", k) or toks[k].text in (";", ":", ".") or toks[k].lower_ in ("none", "neither") \
                or back and toks[k].lower_ in RELATIVE_PRONOUNS or _opens_part(res, toks, k, s_end) \
                or _part_of_a_kind(res, toks, hits, k, s_end) or (
                toks[k].like_num and not (k + 1 < s_end and toks[k + 1].lower_ in res.words["units"])):
            break  # a number starts another figure, with a verb of its own (not "59 kilograms"); so does "none of them"
        k += 1
    if aside and (fwd is None or fwd[0] == "impact" and aside[0] == "destroyed"):
        fwd = aside  # ("оба беспилотника, уничтоженных над регионом, упали ...": downed, then fell)
    fwd = participle or fwd
    if back and fwd:
        return fwd[0] if fwd[1] < back[1] and fwd[0] not in ("launched", "impact") else back[0]
    return (back or fwd or (None,))[0]


# Tokens of an aside set off by commas or brackets: a participle's after a weapon (', запущенные по
# району,'), a source's after a count (', according to the ministry,'), a bracketed one between a
# listed weapon and its count.
ASIDE_REACH = 30


def _aside_end(toks: Tokens, hits: Hits, k: int, s_end: int) -> int | None:
    """The closing comma of a participle's aside right after a weapon (', запущенные по
    району,', ', launched from Kursk,'), when the clause's own verb comes after it."""
    for m in range(k, min(s_end, k + ASIDE_REACH)):
        if toks[m].text == ",":
            verb = any(hits.covering("ROLE", n) for n in range(m + 1, min(s_end, m + 3)))
            return m if verb else None
        if hits.covering("ROLE", m) or toks[m].text in (";", ":", ".") or hits.covering("CLAUSE_BREAKS", m):
            return None
    return None


def _describes_the_one_before(toks: Tokens, hits: Hits, cover: tuple[int, int, str], s_start: int, s_end: int) -> bool:
    """A participle with its agent or origin right after a weapon ('rockets fired from HIMARS
    launchers', 'drones launched by Russia'): it tells of that weapon, not of the list's verb."""
    before = cover[0] - 2 if cover[0] - 2 >= s_start and toks[cover[0] - 1].text == "," else cover[0] - 1
    return cover[1] < s_end and toks[cover[1]].lower_ in ("from", "by") and before >= s_start \
        and bool(hits.covering(WEAPON, before))  # (", launched by Tu-95MS bombers from ...,": an aside of its own)


RELATIVE_PRONOUNS = {"which", "that"}  # "fired one missile, which was not intercepted": a clause of its own


COLON_REACH = 8  # tokens before a colon to the verb whose list follows it
SOURCE_TAIL = 8  # tokens of a source's tail before that colon (", the air force said:")


def _role_before_colon(res: Resources, toks: Tokens, colon: int, s_start: int, hits: Hits) -> str | None:
    """The verb of a clause that a colon ends with a count of what it lists ('air defence has
    shot down 104 targets: ...', 'з яких збито 235: ...'); not a label ('Source:', 'Quote:')."""
    if colon - 1 < s_start:
        return None
    if hits.covering("ATTRIBUTION_VERBS", colon - 1):  # "37 were destroyed, the air force said: all nine ...":
        colon = next((k for k in range(colon - 2, max(s_start, colon - SOURCE_TAIL) - 1, -1) if toks[k].text == ","),
                     colon)  # the clause before its source
    if toks[colon - 1].like_num:  # the verb right before the list's total
        cover = colon - 2 >= s_start and hits.covering("ROLE", colon - 2)
        return _verb_role(res, toks, cover, s_start, hits) if cover and cover[1] == colon - 1 else None
    if not toks[colon - 1].is_alpha:
        return None
    reach = COLON_REACH if hits.covering("ROLE", colon - 1) else 4  # ("57 targets were shot down:": the verb last)
    if not any(toks[k].like_num for k in range(max(s_start, colon - reach), colon)):
        return _role_label(res, toks, colon, s_start, hits)
    for k in range(colon - 1, max(s_start, colon - COLON_REACH) - 1, -1):
        if toks[k].text in (";", ":"):
            return None
        cover = hits.covering("ROLE", k)
        if cover:
            return _verb_role(res, toks, cover, s_start, hits)
    return None


def _role_label(res: Resources, toks: Tokens, colon: int, s_start: int, hits: Hits) -> str | None:
    """A label that ends with a role verb and counts nothing itself ('Shot down: 32 drones',
    'Its tally of what was shot down or suppressed: 351 drones'): the role of the counts after it."""
    cover = hits.covering("ROLE", colon - 1)
    if not cover or cover[1] != colon or any(toks[k].like_num or toks[k].text in (";", ":") for k in range(s_start, colon)):
        return None
    return _verb_role(res, toks, cover, s_start, hits)


RELATIVE_REACH = 5  # tokens from "of which" to the verb of its clause ("of which 30 were shot down")


def _opens_part(res: Resources, toks: Tokens, k: int, s_end: int) -> bool:
    """'..., из них 19 сбиты', '..., of which 30 were shot down': a clause of the figure's part,
    whose verb is the part's."""
    return k + 1 < s_end and toks[k].lower_ in res.words["partitive"] and toks[k + 1].lower_ in res.words["partitive_pronouns"]


def _part_of_a_kind(res: Resources, toks: Tokens, hits: Hits, k: int, s_end: int) -> bool:
    """'..., из дронов сбить удалось 120', '..., of the drones, 120 were downed': a clause of one
    kind's part, whose verb is not the list's before it."""
    return toks[k].text == "," and k + 2 < s_end and toks[k + 1].lower_ in res.words["partitive"] \
        and bool(hits.at(WEAPON, k + 2) or k + 3 < s_end and toks[k + 2].lower_ == "the" and hits.at(WEAPON, k + 3))


def _in_relative_clause(res: Resources, toks: Tokens, verb: int, s_start: int) -> bool:
    """The verb of an 'of which' clause that tells of a figure's part ('of which 30 were shot
    down', '38 of which were destroyed'); not a verb right after the opener, whose counts
    follow it ('З них знешкоджено три ракети'), nor one after the clause has closed ('Сбиты 70
    из них, зафиксированы попадания 14 БпЛА': the 14's own)."""
    alls = {"both", *res.words["every"]}  # (", all of which were shot down,", ", both of which were intercepted,")
    return any(_opens_part(res, toks, k, verb) and any(toks[m].like_num or toks[m].lower_ in alls
                                                       for m in range(max(s_start, k - 2), verb))
               and not any(toks[m].text == "," for m in range(k, verb))
               for k in range(max(s_start, verb - RELATIVE_REACH), verb - 1))


def _then_destroyed(toks: Tokens, hits: Hits, end: int, s_end: int) -> str | None:
    """'were detected and destroyed', 'were intercepted and shot down': the second verb
    tells what became of them."""
    if end + 1 < s_end and toks[end].lower_ in ("and", "or"):
        second = hits.covering("ROLE", end + 1)
        if second and second[2] == "ROLE:destroyed":
            return "destroyed"
    return None


DEFENCE = "ANAPHOR:air force"  # the air defence, as the matcher labels it ("силами ППО", "the air defence forces")


def _verb_role(res: Resources, toks: Tokens, cover: tuple[int, int, str], s_start: int, hits: Hits) -> str:
    """The role a role verb gives its counts: its own, 'lost' where it is negated, and
    'destroyed' where air defence, right before the verb, is what hit them ('Средствами ПВО
    поражены 15 ракет', 'силами ППО було уражено')."""
    if _negated(res, toks, cover[0], s_start):
        return "lost"
    role = cover[2].split(":")[1]
    return "destroyed" if role == "impact" and _air_defence_before(res, toks, hits, cover[0], s_start) else role


def _air_defence_before(res: Resources, toks: Tokens, hits: Hits, verb: int, s_start: int) -> bool:
    """The air defence is named right before the verb, with nothing but auxiliaries between."""
    auxiliaries = res.words["auxiliaries"]
    return any(s_start <= end <= verb and all(toks[k].lower_ in auxiliaries for k in range(end, verb))
               for _, end, label in hits.spans("ANAPHOR") if label == DEFENCE)


def _negated(res: Resources, toks: Tokens, at: int, s_start: int) -> bool:
    """'were not shot down', 'never reached': what did not happen to them."""
    return any(toks[k].lower_ in res.words["negations"] for k in range(max(s_start, at - 2), at))


def _among_all_destroyed(toks: Tokens, hits: Hits, i: int, s_start: int) -> bool:
    """'downed all Russian missiles, including six Kinzhals': every one of the six was downed."""
    if i - 1 <= s_start or toks[i - 1].lower_ != "including":
        return False
    for k in range(i - 2, max(s_start, i - 10) - 1, -1):
        if toks[k].lower_ == "all":
            verb = hits.covering("ROLE", k - 1) if k > s_start else None
            return verb is not None and verb[2] == "ROLE:destroyed"
    return False


YEAR_WORDS = {"in", "since", "of", "by", "until", "from", "early", "late", "mid"}


def _a_year(toks: Tokens, first: int, value: int, s_start: int) -> bool:
    """'in May 2023', 'since 2022': a year, not a count."""
    if not (1990 <= value <= 2100) or not toks[first].text.isdigit() or first == s_start:
        return False
    before = toks[first - 1].lower_
    return before in YEAR_WORDS or before in MONTHS or before.rstrip(".") in MONTHS


def _counted_as(res: Resources, toks: Tokens, hits: Hits, first: int, j: int, s_start: int, s_end: int) -> bool:
    """'їх було щонайменше шість', 'их было не менее шести', 'There were at least six of them':
    how many the weapons told before were."""
    k = first - 1
    qualifier = hits.covering("QUAL", k) if k >= s_start else None
    if qualifier:
        k = qualifier[0] - 1
    if k - 1 < s_start or toks[k].lower_ not in res.words["counted_as"] or toks[k - 1].lower_ not in res.words["count_subjects"]:
        return False
    english = toks[k - 1].lower_ == "there"  # ("there were six of them", not "there were six explosions")
    return not english or j + 1 < s_end and toks[j].lower_ == "of" and toks[j + 1].lower_ in res.words["partitive_pronouns"]


def _how_many(res: Resources, toks: Tokens, hits: Hits, value: int, i: int, first: int) -> Reference:
    """How many the weapons named before were: their launched count, with its qualifier."""
    return Reference("launched", value, token=i, qualifier=_qualifier_before(res, toks, hits, first), how_many=True)


def _qualifier_before(res: Resources, toks: Tokens, hits: Hits, i: int) -> str:
    """The qualifier right before a count, or one word before it ('about a hundred'); not one
    of a clock time between them ('Близько 06:40 два «шахеди»': about the time, not the two)."""
    for k in (i - 1, i - 2, i - 3):
        cover = hits.covering("QUAL", k) if k >= 0 else None
        if cover and (cover[1] == i or cover[1] == i - 1 and not any(ch.isdigit() for ch in toks[i - 1].text)):
            return cover[2].split(":")[1]
    return "exact"


@dataclass
class _Candidate:
    """A number tied to a weapon, before its role is known."""

    start: int
    end: int
    value: int
    weapon: WeaponModel
    party: str | None
    total: int | None = None
    every: bool = False
    article: bool = False
    all_but: bool = False
    vague: bool = False  # "dozens of drones": the weapon, not a count
    elliptical: bool = False  # "..., five over the Voronezh region": the weapon of the figure before
    sign: str = "exact"  # "~40", "50+"
    anchor: int | None = None  # an elliptical figure: where its weapon was named
    partitive: bool = False  # "one of the missiles": some of a set told before
    additional: bool = False  # "five more drones", "a further 29 drones": beyond a total told before
    role: str | None = None  # the verb right after a count with no weapon of its own: "36 launched, 29 shot down"
    mixed: bool = False  # "of various types": several models counted together
    toward: bool = False  # "25 of the drones were aimed at the Danube region": a part sent at a place


ARTICLES = {"a", "an", "single", "lone", "another"}
OWNERS = {"our", "their", "its", "his", "her", "your", "my"}  # "160 of our drones": all of them, not some of a set
NOT_A_COUNT_AFTER = {"attack", "attacks", "strike", "strikes", "debris", "alert", "wreckage", "fragments", "raid",
                     "operator", "operators", "unit", "units", "threat", "danger", "production", "crash", "war"}
IDENTITY_REACH = 8  # words before 'was a drone' where a negation unsays it
IDENTIFYING = {"was", "is", "as", "were"}  # "it was a Shahed", "described the aircraft as a Shahed-type drone"
COUNTED_EVENTS = {"attack", "attacks", "strike", "strikes", "raid", "raids", "incident", "incidents", "case", "cases",
                  "incursion", "incursions", "alert", "alerts", "sortie", "sorties", "wave", "waves", "operator",
                  "operators", "unit", "units", "crew", "crews", "violations", "flight", "flights", "sighting", "sightings"}
RELATIVES = {"of", "which", "whom", "that", "who", "where", "while"}  # "..., of which 40 drones": a new list
COORDINATION = {",", "and", "as", "well", "plus", "along", "with", "all", "both", "another"}


def _weapons_and_figures(res: Resources, toks: Tokens, s_start: int, s_end: int, hits: Hits, facts: Sentence,
                         starts: list[int], listed: str | None = None, listed_weapon: WeaponModel | None = None) -> None:
    candidates: list[_Candidate] = []
    i = s_start
    while i < s_end:
        ahead = bisect_left(starts, i)
        if ahead == len(starts) or starts[ahead] >= s_end:
            break  # no count can start in the rest of the sentence
        i = starts[ahead]
        token = toks[i]
        all_but = token.lower_ == "all" and i + 2 < s_end and toks[i + 1].lower_ == "but"
        first = i + 2 if all_but else i
        if not may_start_number(toks[first], res.number_words) or (
                token.lower_ in ARTICLES and i + 1 < s_end and toks[i + 1].lower_ in res.words["qualified_counts"]) \
                or (token.lower_ in ARTICLES and hits.covering("ROLE", i)):  # ("delivered a strike with ...": no count)
            i += 1  # ("more than a dozen": the count is read from "dozen")
            continue
        parsed = read_number(toks, first, s_end, res.number_words)
        if parsed is None:
            i += 1
            continue
        value, j = parsed
        if _previous_value(toks, first, s_start):
            i = j  # "revised ... to 71, up from the 64 it announced": the count it replaced
            continue
        if value == 1 and first > s_start and toks[first - 1].lower_ in res.words["each_one"] \
                and not any(toks[m].like_num for m in range(j, min(s_end, j + 3))):
            i = j  # "every one of the drones": all of them (`_all_destroyed`), not one ("every one of the eight": a part)
            continue
        if first - 2 >= s_start and toks[first - 1].lower_ in res.words["except_words"] and (
                toks[first - 2].lower_ in res.words["every"] or toks[first - 2].text == ","):
            i = j  # "all except seven were shot down": the spared (`_all_except`), no count of its own
            continue
        if _none_of_before(res, toks, first, s_start):
            # "none of the 12 S-300s was intercepted": the 12 were sent (that none was downed is
            # `_none_destroyed`'s); "none of the five were shot down": the five told before
            found = _weapon_after(res, toks, j, s_end, hits)
            if found is not None:
                candidates.append(_Candidate(i, found[1], value, found[2], found[3], role="launched"))
            i = found[1] if found else j
            continue
        if (j < s_end and (toks[j].lower_ in res.words["units"] or toks[j].text == "%")) or _a_year(toks, first, value, s_start):
            i = j  # ("59 kilograms", "in May 2023")
            continue
        total, total_sign = None, None
        upper = _range_end(res, toks, first, value, j, s_start, s_end)
        if upper is not None:  # "between 30 and 40 drones", "30 to 40 drones": the lower bound, at least
            j, total_sign = upper, "at_least"
        share, share_at = _share_before(res, toks, first, s_start, s_end)
        if share is not None:  # "intercepted half of the eight Neptunes": four of eight; "two-thirds of the 87"
            total, value = value, round(value * share)
            total_sign = _qualifier_before(res, toks, hits, share_at) if share_at > s_start else None  # ("roughly 80% of")
        if j + 1 < s_end and toks[j].lower_ in res.words["partitive"] and not hits.at(WEAPON, j + 1):
            k = j + 1
            if toks[k].lower_ in res.words["partitive"]:
                k += 1
            if k < s_end and toks[k].lower_ == "the":
                k += 1
            if k + 2 < s_end and toks.text_of(k, k + 3).lower() == "a total of":
                k += 3  # "41 out of a total of 48 drones"
            if k < s_end and (qual := hits.at("QUAL", k)):
                k, total_sign = qual[0], qual[1].split(":")[1]  # "31 of more than 40 drones"
            nxt = read_number(toks, k, s_end, res.number_words) if k < s_end and may_start_number(
                toks[k], res.number_words) else None
            if nxt:
                total, j = nxt
                if value == 1 and first > s_start and toks[first - 1].lower_ in res.words["each"]:
                    value = total  # "every one of the six missiles": all six
            elif k < s_end and toks[k].lower_ in res.words["partitive_pronouns"] and all_but:
                facts.references.append(Reference("spared", value, token=i))  # "all but 14 of them were shot down"
                i = k + 1
                continue
            elif k < s_end and toks[k].lower_ in res.words["partitive_pronouns"] \
                    and _counted_as(res, toks, hits, first, j, s_start, s_end):
                facts.references.append(_how_many(res, toks, hits, value, i, first))
                i = k + 1  # "There were at least six of them"
                continue
            elif k < s_end and toks[k].lower_ in res.words["partitive_pronouns"]:
                _bare_figure(res, toks, i, value, k + 1, s_start, s_end, hits, facts, refers=True)
                i = k + 1
                continue
        found = _weapon_after(res, toks, j, s_end, hits)
        named_as = _copula_model(res, toks, found[1] if found else j, s_end, hits) if total is None else None
        if named_as is not None:  # "four of the missiles were Iskander-Ms", "and eight were Kalibrs": that model's share
            candidates.append(_Candidate(i, named_as[0], value, named_as[1], found[3] if found else None))
            i = named_as[0]
            continue
        at = j + 1 if j + 1 < s_end and toks[j].text in ("—", "–") else j  # "четыре БПЛА — над Курской"
        if found is None and candidates and at + 1 < s_end and toks[at].lower_ == "more":
            at += 1  # "14 drones over the Kursk region and two more over the Belgorod region"
        if found is None and at + 1 < s_end and toks[at].lower_ in res.words["place_prepositions"] and _place_soon(
                toks, hits, at + 1, s_end):
            # "12 drones over Belgorod, five over the Voronezh region"; "downed drones over nine
            # regions, including 13 over the Kursk region"
            anchor = candidates[-1].start if candidates else _weapon_before_at(toks, i, s_start, hits)
            weapon = candidates[-1].weapon if candidates else _weapon_before(res, toks, i, s_start, hits)
            casualties = anchor is not None and any(hits.covering("KILLED_WORDS", k) or hits.covering("INJURED_WORDS", k)
                                                    for k in range(anchor, i))
            if weapon is not None and not casualties:  # (not "glide bombs kill six in Kharkiv": people)
                candidates.append(_Candidate(i, j, value, weapon, candidates[-1].party if candidates else None,
                                             elliptical=True, anchor=anchor))
                candidates += _each(res, toks, candidates[-1], at, s_end, hits)
                i = j
                continue
            last = facts.references[-1] if facts.references and not candidates else None
            if last is not None and last.value is not None and s_start <= last.token < i:
                # "Another nine were shot down over the Black Sea and six over Crimea": as the nine
                facts.references.append(replace(last, value=value, token=i, qualifier=_qualifier_before(res, toks, hits, i)))
                i = j
                continue
        if found is None and not candidates and listed_weapon is not None and _place_item(toks, hits, first, j, s_start, s_end):
            # "The drones were downed over these regions: / - Bryansk Oblast – 28;": the list's weapon
            candidates.append(_Candidate(i, j, value, listed_weapon, None, elliptical=True))
            i = j
            continue
        if found is None and candidates and _place_then_dash(res, toks, hits, first, candidates[-1].end) \
                and not (j < s_end and hits.at("ROLE", j)):  # (not "... over the Caspian Sea – 41 shot down": its own verb)
            # "над Брянской уничтожены 14 беспилотников, над Курской — шесть": the place first
            candidates.append(_Candidate(i, j, value, candidates[-1].weapon, candidates[-1].party, elliptical=True,
                                         anchor=candidates[-1].start))
            i = j
            continue
        verb = hits.at("ROLE", j) if found is None and j < s_end and toks[first].lower_ not in ARTICLES \
            and toks[j].lower_ not in COUNTED_EVENTS and toks[j].lower_ != "hits" and not toks[j].lower_.endswith("ing") \
            and not (toks[j].lower_ in res.event_nouns and _weapon_soon(toks, hits, j + 1, s_end)) \
            else None  # (not "a hit", "9 strikes", "two flying"; not '5 ударів FPV-дронів': strikes of their own weapon)
        if verb is not None and first - 2 >= s_start and _opens_part(res, toks, first - 2, first):
            facts.references.append(Reference(verb[1].split(":")[1], value, token=i))  # "54 дрона, из них 19 сбиты"
            i = j
            continue
        if verb is not None and verb[1] == "ROLE:launched" and candidates and first > s_start \
                and toks[first - 1].lower_ in res.words["subset_openers"]:
            i = j  # "... 31 над Московским регионом, в том числе 27 летевших на Москву": a part of a part, the
            continue  # participle telling where it flew; no count of its own, nor a verb for the list's next parts
        if verb is not None and (weapon := candidates[-1].weapon if candidates else _weapon_before(res, toks, i, s_start, hits)):
            # "Shahed-136/131 | 36 launched from Kursk; 29 shot down": counts of the weapon named before
            # ("a Kh-22 missile, one of five launched": the five)
            value = total if total is not None and value == 1 and verb[1] == "ROLE:launched" else value
            candidates.append(_Candidate(i, j, value, weapon, candidates[-1].party if candidates else None,
                                         sign=sign_qualifier(toks, first, j), role=verb[1].split(":")[1]))
            i = j
            continue
        if verb is not None and verb[1] in ("ROLE:destroyed", "ROLE:launched") and not candidates \
                and all(toks[k].is_punct for k in range(s_start, first)):
            facts.references.append(Reference(verb[1].split(":")[1], value, token=i))  # "- 87 shot down over the
            i = j  # north and east": a count of the weapon the line before told
            continue
        if found is None and value == 1 and total is not None and j < s_end and toks[j].lower_ in ("that", "which"):
            weapon = _weapon_before(res, toks, i, s_start, hits)  # "the missile was one of 29 that Russia fired"
            if weapon is not None:
                candidates.append(_Candidate(i, j, total, weapon, None))
                i = j
                continue
        if found is None and candidates and j < s_end and toks[j].lower_ == "more" and candidates[-1].end >= i - 2:
            previous = candidates[-1].weapon  # "six Kinzhal missiles and 12 more"
            generic = WeaponModel(None, "missile" if "missile" in previous.category else previous.category)
            candidates.append(_Candidate(i, j + 1, value, generic, candidates[-1].party))
            i = j + 1
            continue
        told = _put_at(res, toks, i, j, s_start, s_end, hits) if found is None and total is None else None
        if told is not None:  # "put the number of drones destroyed at 23, among 41 it had downed"
            candidates.append(_Candidate(i, j, value, told[0], None, role=told[1]))
            i = j
            continue
        listed_count = _listed_count(res, toks, first, j, s_start, s_end, hits) if found is None and total is None else None
        if listed_count is not None:  # "▪️ Х-101/Х-555 – 20 (збито 18)", "Kalibr: 6 (all shot down)"
            candidates.append(_Candidate(i, j, value, listed_count, None, role="launched"))
            i = j
            continue
        if found is None and total is None and _counted_as(res, toks, hits, first, j, s_start, s_end):
            facts.references.append(_how_many(res, toks, hits, value, i, first))
            i = j  # "їх було щонайменше шість": the weapons told before
            continue
        if found is None:
            if not all_but:  # "11 were destroyed", "three of the four were shot down"
                _bare_figure(res, toks, i, value, j, s_start, s_end, hits, facts, refers=total is not None)
            elif all_but and any((role := hits.covering("ROLE", k)) and role[2] == "ROLE:destroyed"
                                 for k in range(j, min(s_end, j + 4))):
                facts.references.append(Reference("spared", value, token=i))  # "All but two were shot down"
            i = j
            continue
        w_start, w_end, weapon, party = found
        if total is None and w_end + 1 < s_end and toks[w_end].lower_ == "of" and toks[w_end + 1].like_num:
            after_total = read_number(toks, w_end + 1, s_end, res.number_words)  # "23 drones of 37 launched"
            if after_total:
                total = after_total[0]
                w_end = after_total[1] + (1 if after_total[1] < s_end and hits.covering("ROLE", after_total[1]) else 0)
        if toks[w_end - 1].lower_ in res.event_nouns:
            i = w_end  # "a ballistic strike", "двох ракетних ударів": strikes counted, not weapons
            continue
        whole = False  # "із 51 шахеда збили всі, крім семи": the set the rest of the sentence takes a part of
        if total is None and i > s_start and toks[i - 1].lower_ in res.words["partitive"]:
            part = _part_after(res, toks, w_end, s_end, hits)  # "из трех «Кинжалов» сбиты два"
            if part:
                total, (value, w_end) = value, part
            else:
                whole = value > 1 and (i - 2 < s_start or toks[i - 2].is_punct)
                # (opening its clause: not "fragments of two drones", "a total of 66 drones, 12 of which")
        article = toks[first].lower_ in ARTICLES and value == 1  # (not "a hundred and nine")
        if article and _air_defence_struck(toks, hits, weapon, i, s_start):
            i = w_end  # "drones struck an S-400 near Yevpatoria": what was hit
            continue
        after = toks[w_end].lower_ if w_end < s_end else ""
        told = any(hits.covering("ROLE", k) for k in range(w_end + 1, min(s_end, w_end + 5)))
        if (article and (after in NOT_A_COUNT_AFTER or _unit_follows(toks, w_end, s_end))) or (
                after in COUNTED_EVENTS and after not in res.words["weapon_events"] and not told
                and not _weapon_soon(toks, hits, w_end + 1, s_end)):
            i = w_end  # "a drone attack", "there have been 52 drone attacks": events, not weapons
            continue  # (but "150 drone attacks targeted ..." counts what was sent)
        if (guess := _higher_guess(res, toks, value, w_end, s_end)) is not None:
            w_end, total_sign = guess, "at_least"  # "three drones, possibly four, were shot down": at least three
        among_all = _among_all_destroyed(toks, hits, i, s_start)
        every = (i > s_start and toks[i - 1].lower_ in res.words["every"]) or toks[first].lower_ in ("both", *res.words["every"]) \
            or among_all or _repelled_attack_of(res, toks, hits, first, s_start)
        qualified = toks[first].lower_ in res.words["qualified_counts"] and "exact" != _qualifier_before(
            res, toks, hits, first - 1 if first > s_start and toks[first - 1].lower_ in ARTICLES else first)
        if qualified and toks[first].lower_ in res.number_words.multipliers:
            value = res.number_words.multipliers[toks[first].lower_]  # "понад сотнею": one hundred, not "сотні" (hundreds)
        vague = (first > s_start and toks[first - 1].lower_ in res.words["vague_numbers"]) or (  # "several thousand"
            toks[first].lower_ in res.words["vague_numbers"] and toks[first].text.lower() not in res.number_words.multipliers
            and not qualified)
        identified = article and i > s_start and toks[i - 1].lower_ in IDENTIFYING and toks[s_end - 1].text != "?" \
            and not hits.spans("NOT_AN_ATTACK") \
            and not any(toks[m].lower_ in res.words["negations"] for m in range(max(s_start, i - IDENTITY_REACH), i))
        # "the drone was a Gerbera" (not "What is a glide bomb?", not "It is a heavy bomb fitted with wings", not
        # "no evidence that the object was a Russian drone")
        candidates.append(_Candidate(i, w_end, value, weapon, party, total, every, article and not identified,
                                     all_but, vague, sign=total_sign or sign_qualifier(toks, first, j),
                                     partitive=total is None and j < s_end and toks[j].lower_ in res.words["partitive"]
                                     and not (j + 1 < s_end and toks[j + 1].lower_ in OWNERS)  # (not "160 of our drones",
                                     and not any(toks[m].lower_ in POSSESSIVE_MARKS for m in range(j, w_start)),  # "of the SBU's")
                                     additional=(i > s_start and toks[i - 1].lower_ in res.words["another"])
                                     or toks[first].lower_ in res.words["another"]  # "another bomb fell in ..."
                                     or (j < s_end and toks[j].lower_ == "more"),
                                     role="destroyed" if among_all else "launched" if whole else _count_role(toks, hits, j, w_start),
                                     mixed=_of_several_kinds(res, toks, w_end, s_end),
                                     toward=_sent_at_place(res, toks, hits, w_end, s_end)))
        candidates += _each(res, toks, candidates[-1], w_end, s_end, hits)
        i = w_end
    _the_one_destroyed(res, toks, s_start, s_end, hits, candidates)
    _one_by_its_form(res, toks, s_start, s_end, hits, candidates)
    _all_destroyed(res, toks, s_start, s_end, hits, facts, candidates)
    _destroyed_them(res, toks, s_start, s_end, hits, facts, candidates)
    _none_destroyed(res, toks, s_start, s_end, hits, facts)
    _all_except(res, toks, s_start, s_end, hits, facts)
    _they_were_not_destroyed(res, toks, s_start, s_end, hits, facts, candidates)
    _not_destroyed_which(res, toks, s_start, s_end, hits, facts)
    _share_of(res, toks, s_start, s_end, hits, facts)
    used = {t for c in candidates for t in range(c.start, c.end)}
    last_role = None
    previous_role, every_before = None, False
    roles: dict[int, str | None] = {}  # each candidate's role, by where it starts
    for group in _coordinated(res, toks, candidates, hits):
        role = _role_near(res, toks, group[0].start, group[-1].end, s_start, s_end, hits)
        if previous_role and _added_to_previous(toks, group[0].start, s_start):
            role = previous_role  # "shot down all 31 drones launched overnight, along with a Kh-59 missile"
            for c in group:  # (but "along with 19 of the drones" is a part, not all)
                c.every = c.every or (every_before and not c.partitive)
        if any(c.elliptical for c in group) or role is None:
            # "18 drones were brought down over Bryansk, ten over Kursk": the first figure's verb;
            # "downed drones over nine regions, including 13 over Kursk": the weapon's
            at = group[0].anchor if group[0].anchor is not None else group[0].start
            role = _role_near(res, toks, at, max(at + 1, group[0].end if at == group[0].start else at + 1),
                              s_start, s_end, hits) or role or last_role or listed  # a list's later figure, out of its verb's reach
            if role == listed and last_role is None and list_item(facts.text) and _own_role_later(hits, group[-1].end):
                role = None  # ("- 9 Kalibr cruise missiles, 7 shot down" under a tally of the downed: 9 fired)
        if not _in_brackets(toks, group[0].start, s_start):
            last_role = role  # (not "17 Kalibrs (14 downed), six Kh-22s ...": the aside's verb is its own)
        shared = _qualifier_before(res, toks, hits, group[0].start)  # "about 90 drones and 12 missiles": both about
        summed = role is None and _summed(res, toks, group[0].start, s_start)
        for c in group:
            _add_figure(res, toks, hits, facts, c, role, shared)
            roles[c.start] = c.role or role
            if summed and facts.figures and facts.figures[-1].token == c.start:
                facts.figures[-1].summed = True
        previous_role, every_before = role, group[0].every  # (an 'all' that opens the list, not "... and all three Kalibrs")
    _shot_down_of_neutralised(res, toks, hits, candidates, roles, facts)
    _named_weapons(res, toks, s_start, s_end, hits, facts, used)


def _shot_down_of_neutralised(res: Resources, toks: Tokens, hits: Hits, candidates: list[_Candidate],
                              roles: dict[int, str | None], facts: Sentence) -> None:
    """'Знешкоджено 66 дронів: 57 збито ..., ще 9 локаційно втрачені', 'neutralised 66 drones:
    57 were shot down and 9 were lost locally': a total of those downed and those lost to
    jamming, then its two parts; what was destroyed is the downed part alone."""
    for n, whole in enumerate(candidates):
        if roles.get(whole.start) != "destroyed":
            continue
        downed = [(c.start, c.value) for c in candidates[n + 1:]
                  if compatible(c.weapon, whole.weapon) and roles.get(c.start) == "destroyed"]
        downed += [(r.token, r.value) for r in facts.references if r.role == "destroyed" and r.token > whole.start
                   and r.value is not None and r.share is None and not r.every]
        lost = _lost_counts(res, toks, hits, whole.end, facts.last)
        if downed and lost and sum(v for _, v in downed) + sum(lost) == whole.value:
            figure = next((f for f in facts.figures if f.token == whole.start), None)
            if figure is not None:
                figure.destroyed = sum(v for _, v in downed)
                parts = {at for at, _ in downed}
                facts.figures = [f for f in facts.figures if f.token not in parts]
                facts.references = [r for r in facts.references if r.token not in parts]
            return


def _lost_counts(res: Resources, toks: Tokens, hits: Hits, start: int, s_end: int) -> list[int]:
    """Numbers after `start` whose verb, within a few words, says they were lost ('9 were
    lost locally', 'ще 9 локаційно втрачені')."""
    found = []
    for k in range(start, s_end):
        if not toks[k].like_num:
            continue
        verb = next((hits.covering("ROLE", m) for m in range(k + 1, min(s_end, k + 5)) if hits.covering("ROLE", m)), None)
        if verb and verb[2] == "ROLE:lost":
            parsed = read_number(toks, k, s_end, res.number_words)
            if parsed:
                found.append(parsed[0])
    return found


def _each(res: Resources, toks: Tokens, c: _Candidate, at: int, s_end: int, hits: Hits) -> list[_Candidate]:
    """'по три — над Орловской и Курской областями': a count for each of the places listed
    after it (three over Oryol, three over Kursk); the figures beyond the first, each
    standing just before its place."""
    if c.start == 0 or toks[c.start - 1].lower_ not in res.words["distributive"]:
        return []
    links = {","} | res.words["conjunctions"] | res.words["place_prepositions"]
    listed, end = [], at
    for s, e, _ in hits.spans(PLACE):
        if s < at:
            continue
        if not all(toks[k].lower_ in links for k in range(end, s)):
            break
        listed.append(s)
        end = e
    return [replace(c, start=s - 1, end=s - 1, elliptical=True, anchor=c.anchor if c.anchor is not None else c.start)
            for s in listed[1:]]


SINGULAR_WEAPONS = {"drone", "uav", "missile", "rocket"}


def _the_one_destroyed(res, toks, s_start, s_end, hits, candidates) -> None:
    """'the drone shot down in Minsk', 'the missile was intercepted', 'debris of a downed
    drone': one weapon destroyed."""
    taken = {t for c in candidates for t in range(c.start, c.end)}
    for s, e, _ in hits.spans(WEAPON):
        phrase = _weapon_phrase(res, toks, s, s_end, hits) if s > s_start and toks[s - 1].lower_ == "the" else None
        e = phrase[0] if phrase else e  # "the Kh-59 missile": one phrase
        if s in taken or s == s_start or toks[e - 1].lower_ not in SINGULAR_WEAPONS:
            continue
        if s - 2 >= s_start and toks[s - 2].lower_ in ("a", "an") and (verb := hits.covering("ROLE", s - 1)) \
                and verb[2] == "ROLE:destroyed" and toks[s - 1].lower_.endswith("ed"):
            weapon = res.weapons.lookup(toks.text_of(s, e))  # "debris from a downed drone": one destroyed
            if weapon:
                candidates.append(_Candidate(s - 2, e, 1, weapon, None, article=True, role="destroyed"))
            continue
        if toks[s - 1].lower_ != "the":
            continue
        joined = s - 2 >= s_start and toks[s - 2].lower_ in ("and", ",") and any(c.end == s - 2 for c in candidates)
        auxiliaries = ("was", "had", "has", "were", "have") if joined else ("was", "had", "has")
        k = e + (1 if e < s_end and toks[e].lower_ in auxiliaries else 0)
        k += 1 if k < s_end and toks[k].lower_ == "been" else 0
        cover = hits.covering("ROLE", k) if k < s_end else None
        before = hits.covering("ROLE", s - 2) if s - 2 >= s_start else None  # "the liquidation of the UAV"
        if (cover and cover[2] == "ROLE:destroyed" and cover[0] == k) or (
                before and before[2] == "ROLE:destroyed" and toks[s - 2].lower_ == "of") or (
                joined and _role_before(hits, toks, next(c for c in candidates if c.end == s - 2).start, s_start)
                == "ROLE:destroyed"):  # "22 drones and the Kh-59 missile were destroyed", "downed 22 drones and the Kh-59"
            weapon = phrase[1] if phrase else res.weapons.lookup(toks.text_of(s, e))
            if weapon:
                candidates.append(_Candidate(s - 1, e, 1, weapon, None, role="destroyed" if joined else None))
        elif before and before[2] == "ROLE:launched" and before[1] == s - 1:
            if phrase:  # "the enemy launched the Iskander-M missile"
                candidates.append(_Candidate(s - 1, phrase[0], 1, phrase[1], None))
    candidates.sort(key=lambda c: c.start)


def _part_after(res, toks, w_end: int, s_end: int, hits) -> tuple[int, int] | None:
    """The count right after a verb of downing that follows a total led by 'of' ('из трех
    «Кинжалов», выпущенных ночью, сбиты два'), or right before the verb and its subject ('з 29
    дронів 24 українська ППО збила'): (value, where it ends)."""
    if w_end < s_end and may_start_number(toks[w_end], res.number_words) and toks[w_end].lower_ not in ARTICLES:
        part = read_number(toks, w_end, s_end, res.number_words)
        verb = next((start for start, _, label in hits.spans("ROLE") if part and part[1] <= start < part[1] + PART_REACH), None)
        if verb is not None and hits.covering("ROLE", verb)[2] == "ROLE:destroyed" \
                and not any(hits.covering(WEAPON, k) for k in range(part[1], verb)):
            return part
    for _, end, label in hits.spans("ROLE"):
        if label == "ROLE:destroyed" and w_end <= end < s_end and end - w_end <= PART_REACH \
                and may_start_number(toks[end], res.number_words) and toks[end].lower_ not in ARTICLES:
            return read_number(toks, end, s_end, res.number_words)
    return None


PART_REACH = 10  # tokens from a total to the verb of its part


def _one_by_its_form(res, toks, s_start, s_end, hits, candidates) -> None:
    """'беспилотник атаковал', 'ракетой Х-35': where a language marks number on the noun
    (its morphology), a weapon named in the singular, in a sentence that tells what
    happened, is one weapon, as 'a drone' is in English."""
    if res.lemmatizer is None or not hits.spans("ROLE") or any(toks[k].lower_ in res.words["each"] for k in range(s_start, s_end)):
        return  # not "every downed target, a drone or a missile, ..."
    taken = {t for c in candidates for t in range(c.start, c.end)}
    plural_end = s_start - 2  # where the last weapon named in the plural ends: a name right after it is its kind
    for s, _, _ in hits.spans(WEAPON):
        found = None if s in taken or toks[s].lower_ in res.words["mass_nouns"] else _weapon_phrase(res, toks, s, s_end, hits)
        if found is None or toks[found[0] - 1].lower_ in res.event_nouns:
            continue  # (not "ракетний удар": a strike, however many missiles)
        head = next((k for k in range(s, found[0]) if toks[k].lower_ in res.words["kind_nouns"]), found[0])
        at = s - 2 if s - 2 >= s_start and toks[s - 1].text in QUOTES else s - 1  # (the word before, past a quote)
        if at >= s_start and (debris := hits.covering("EVIDENCE", at)) and debris[2] == "EVIDENCE:debris":
            continue  # "Обломками беспилотника повреждена крыша": one of those told, not a count of its own
        downed = at >= s_start and (verb := hits.covering("ROLE", at)) is not None and verb[2] == "ROLE:destroyed"
        before = toks[at].text if downed else ""  # (its participle marks the number of a name the dictionary lacks)
        if res.lemmatizer.grammatical_number([t.text for t in toks[s:head]], before) != "sing":  # ("БпЛА типа Shahed": not the kind's)
            plural_end = found[0]
            continue
        if s - plural_end <= 1 or (s - plural_end == 2 and toks[s - 1].text in QUOTES):
            continue  # "баллистические ракеты «Искандер-М»": the missiles' model, not one missile
        named_after = s - 2 if s - 2 >= s_start and toks[s - 1].text in QUOTES else s - 1
        if named_after >= s_start and toks[named_after].lower_ in res.words["system_nouns"]:
            continue  # "ударом комплекса «Искандер-М»": the launcher's type
        if any(0 < c.start - found[0] <= LISTED_REACH and compatible(c.weapon, found[1]) for c in candidates):
            continue  # "«Калібр» – 6": counted right after it
        if _failed_downing_after(res, toks, found[0], s_end, hits):
            continue  # "Ракету сбить не удалось": the one told before, not downed (read with the figures above)
        if any(_listed_kind(res, toks, c, s) and c.weapon.category == found[1].category for c in candidates):
            continue  # "94 ударні безпілотники типу Shahed, «Гербера» та дрони-імітатори": another kind of the 94
        party = res.nationality.get(toks[s - 1].lower_) if s > s_start else None
        nth = s > s_start and toks[s - 1].lower_ in res.words["ordinal_ones"]  # "Первый дрон пересек границу": of those told
        candidates.append(_Candidate(s, found[0], 1, found[1], party, article=True, partitive=nth,
                                     role="destroyed" if downed else None))  # ('уламки збитого шахеда', as 'a downed drone')
        taken.update(range(s, found[0]))
    candidates.sort(key=lambda c: c.start)


def _repelled_attack_of(res: Resources, toks: Tokens, hits: Hits, first: int, s_start: int) -> bool:
    """'отразили атаку двух БПЛА', 'repelled an attack by 12 drones': the count makes up an
    attack a verb of downing tells was repelled, so as many were sent as were downed."""
    k = first - 1 - (first - 1 > s_start and toks[first - 1].lower_ in ("by", "of"))
    if k <= s_start or toks[k].lower_ not in res.words["attack_words"]:
        return False
    k -= 1 + (k - 1 > s_start and toks[k - 1].lower_ in ARTICLES)
    verb = hits.covering("ROLE", k)
    return verb is not None and verb[2] == "ROLE:destroyed"


def _failed_downing_after(res: Resources, toks: Tokens, k: int, s_end: int, hits: Hits) -> bool:
    """A verb of downing right after token k that a failure negates ('сбить не удалось')."""
    verb = next((hits.covering("ROLE", m) for m in range(k, min(s_end, k + 2)) if hits.covering("ROLE", m)), None)
    return verb is not None and verb[2] == "ROLE:destroyed" and _failed_after(res, toks, verb[1], s_end)


def _failed_after(res: Resources, toks: Tokens, k: int, s_end: int) -> bool:
    """A failure told from token k on: 'не вдалося', 'не удалось' (a negation after the verb)."""
    return any(toks[m].lower_ in res.words["negations"] and toks[m + 1].lower_ in res.words["managed_words"]
               for m in range(k, min(s_end - 1, k + NEGATION_REACH - 1)))


def _listed_kind(res: Resources, toks: Tokens, c: _Candidate, s: int) -> bool:
    """A name listed right after the kinds of a counted weapon ('типу Shahed, «Гербера»'):
    one more kind of those counted."""
    kinds = any(toks[k].lower_ in res.words["kind_nouns"] for k in range(c.start, c.end))
    return kinds and 0 <= s - c.end <= 3 and all(toks[k].text in QUOTES or toks[k].text == ","
                                                 or toks[k].lower_ in res.words["conjunctions"] for k in range(c.end, s))


def _list_head(toks: Tokens, candidates: list[_Candidate], c: _Candidate) -> _Candidate:
    """The first count of the list `c` ends ('downed 26 of the drones, nine of the ten
    Kh-101s and ...'): the one the list's verb stands before."""
    while (before := next((p for p in candidates if p.end == c.start - 1 and toks[c.start - 1].lower_ in ("and", ",")),
                          None)) is not None:
        c = before
    return c


def _role_before(hits: Hits, toks: Tokens, k: int, s_start: int) -> str | None:
    """The label of the role verb right before token k ('downed 22 drones'), if any."""
    for m in range(k - 1, max(s_start, k - 3) - 1, -1):
        cover = hits.covering("ROLE", m)
        if cover:
            return cover[2]
    return None


def _in_brackets(toks: Tokens, k: int, s_start: int) -> bool:
    """Whether token k stands inside brackets opened before it in the sentence."""
    return sum((toks[m].text == "(") - (toks[m].text == ")") for m in range(s_start, k)) > 0


def _bracket_opened(toks: Tokens, close: int, s_start: int) -> int | None:
    """Where the bracket closed at token `close` was opened, in the sentence."""
    depth = 0
    for m in range(close, s_start - 1, -1):
        depth += (toks[m].text == ")") - (toks[m].text == "(")
        if depth == 0:
            return m
    return None


def _own_role_later(hits: Hits, after: int) -> bool:
    """Whether the line tells after token `after` what became of its weapons ('..., 7 shot
    down', '..., 3 lost'), not only where they flew ('..., including three flying to Moscow')."""
    return any(s >= after and label in ("ROLE:destroyed", "ROLE:lost") for s, _, label in hits.spans("ROLE"))


def _list_role(res: Resources, toks: Tokens, hits: Hits, head: int, s_start: int) -> str | None:
    """The role of the verb a list starting at token `head` follows: right before it ('downed
    22 drones, ...') or before the colon that opens it ('shot down 38 missiles: 27 Kh-101s, ...')."""
    before = _role_before(hits, toks, head, s_start)
    if before is not None:
        return before.split(":")[1]
    colon = head - 1
    return _role_before_colon(res, toks, colon, s_start, hits) if colon > s_start and toks[colon].text == ":" else None


def _copula_model(res, toks, k: int, s_end: int, hits) -> tuple[int, WeaponModel] | None:
    """'were Iskander-M ballistic missiles', 'were jet-powered Shaheds' at token k: the model a
    count is said to be."""
    if k + 1 >= s_end or toks[k].lower_ not in ("were", "was"):
        return None
    found = _weapon_after(res, toks, k + 1, s_end, hits)
    return (found[1], found[2]) if found and found[2].name else None


def _share_of(res, toks, s_start, s_end, hits, facts) -> None:
    """'half of them were destroyed', 'shot down half of the missiles', 'two-thirds of them
    were shot down', 'half were intercepted': that share of the count told before."""
    if not facts.words & res.fractions.keys():
        return  # the usual case
    for k in range(s_start, s_end - 1):
        share, m = _fraction_at(res, toks, k, s_end)
        if share is None:
            continue
        if m < s_end and toks[m].lower_ == "of":
            if any(toks[n].like_num or toks[n].lower_ in res.number_words for n in range(m + 1, min(s_end, m + 3))):
                continue  # ("half of the eight Neptunes" is a count of its own)
            m += 1
        elif not (m < s_end and (toks[m].lower_ in AUXILIARIES or hits.covering("ROLE", m))):
            continue  # ("half the city", "a third day"): no share of what was counted
        first = m
        while m < s_end and m - k <= PARTITIVE_REACH and (toks[m].lower_ in res.words["all_of_links"] or toks[m].lower_
                                                         in res.words["partitive_pronouns"] or hits.covering(WEAPON, m)):
            m += 1
        role = (hits.covering("ROLE", m) if m < s_end else None) or (hits.covering("ROLE", k - 1) if k > s_start else None)
        if role and role[2] in ("ROLE:destroyed", "ROLE:launched"):
            named = next((hits.covering(WEAPON, w) for w in range(first, m) if hits.covering(WEAPON, w)), None)
            weapon = res.weapons.lookup(toks.text_of(named[0], named[1])) if named else None
            facts.references.append(Reference(role[2].split(":")[1], None, weapon=weapon, token=k, share=share))


def _fraction_at(res, toks, k: int, s_end: int) -> tuple[float | None, int]:
    """The share a fraction starting at token k names, and where it ends: 'half', 'a third',
    'two-thirds', 'three quarters'."""
    times, at = 1, k
    if toks[k].lower_ not in res.fractions and may_start_number(toks[k], res.number_words):
        parsed = read_number(toks, k, min(s_end, k + 1), res.number_words)  # "two", "a", "three"
        if parsed is None or k + 1 >= s_end:
            return None, k
        times, at = parsed[0], k + 1
        if toks[at].text == "-" and at + 1 < s_end:
            at += 1
    part = res.fractions.get(toks[at].lower_)
    if part is None or (at > k and part == 0.5):
        return None, k  # ("a half" is no usual count; "half" alone is)
    return times * part, at + 1


PARTITIVE_REACH = 6  # tokens from "none of" or "half of" to the weapon it names


def _previous_value(toks, k: int, s_start: int) -> bool:
    """'up from the 64', 'down from 80': a count a new one replaced."""
    before = [t.lower_ for t in toks[max(s_start, k - 3):k]]
    if before[-1:] == ["the"]:
        before = before[:-1]
    return before[-2:] in (["up", "from"], ["down", "from"])


def _none_of_before(res, toks, k: int, s_start: int) -> bool:
    """'none of the five', and 'nor were any of the three', 'not ... any of the three'."""
    if _after(toks, k, s_start, "none"):
        return True
    start = k - 3 if k - 1 >= s_start and toks[k - 1].lower_ == "the" else k - 2
    negated = any(toks[m].lower_ in res.words["negations"] for m in range(max(s_start, start - 3), start))
    return negated and _after(toks, k, s_start, "any")


def _range_end(res: Resources, toks: Tokens, first: int, value: int, j: int, s_start: int, s_end: int) -> int | None:
    """Where a range that opens with the count at `first` ends ('between 30 and 40', '30 to
    40', 'від 30 до 40'): the reports give its lower bound as the count, at least."""
    if j + 1 >= s_end or not may_start_number(toks[j + 1], res.number_words):
        return None
    opened = first > s_start and toks[first - 1].lower_ in res.words["range_openers"]
    if not (toks[j].lower_ in res.words["range_links"] or opened and toks[j].lower_ in res.words["range_closers"]):
        return None
    upper = read_number(toks, j + 1, s_end, res.number_words)
    return upper[1] if upper is not None and value < upper[0] <= RANGE_SPAN * max(value, 1) else None


RANGE_SPAN = 3  # an upper bound more than this many times the lower is another count, not a range's end


def _higher_guess(res: Resources, toks: Tokens, value: int, k: int, s_end: int) -> int | None:
    """The closing comma or bracket of a higher guess set off after a counted weapon ('three
    drones, possibly four, were ...', 'two missiles (perhaps three)'): the count is a lower bound."""
    if k + 3 >= s_end or toks[k].text not in (",", "(") or toks[k + 1].lower_ not in res.words["higher_guesses"] \
            or not may_start_number(toks[k + 2], res.number_words):
        return None
    guess = read_number(toks, k + 2, s_end, res.number_words)
    if guess is None or guess[1] >= s_end or not value < guess[0] <= RANGE_SPAN * max(value, 1):
        return None
    return guess[1] if toks[guess[1]].text == ("," if toks[k].text == "," else ")") else None


def _share_before(res: Resources, toks: Tokens, first: int, s_start: int, s_end: int) -> tuple[float | None, int]:
    """The share of the count at `first` that the verb tells of, and where it starts: 'half of
    the eight', 'two-thirds of the 87', '80% of the 120', '80 per cent of the 120'."""
    of = first - 2 if first - 2 > s_start and toks[first - 1].lower_ == "the" else first - 1
    if of <= s_start or toks[of].lower_ != "of":
        return None, first
    sign = of - 1  # "80%", "80 percent", "80 per cent"
    number = sign - 1 if toks[sign].text == "%" or toks[sign].lower_ == "percent" else \
        sign - 2 if toks[sign].lower_ == "cent" and sign - 1 > s_start and toks[sign - 1].lower_ == "per" else None
    if number is not None and number >= s_start and toks[number].like_num and toks[number].text.isdigit():
        return min(int(toks[number].text), 100) / 100, number
    for k in range(max(s_start, of - 3), of):
        share, end = _fraction_at(res, toks, k, s_end)
        if share is not None and end == of:
            return share, k
    return None, first


def _after(toks, k: int, s_start: int, word: str) -> bool:
    """Token k follows '<word> of' or '<word> of the' ('none of the five', 'half of the eight')."""
    before = [toks[m].lower_ for m in range(max(s_start, k - 3), k)]
    return before[-2:] == [word, "of"] or before[-3:] == [word, "of", "the"]


AUXILIARIES = {"was", "were", "had", "has", "have", "been", "be", "could"}


def _none_destroyed(res, toks, s_start, s_end, hits, facts) -> None:
    """'None of the Iskanders was intercepted', 'none of the five Kh-22s were shot down':
    that weapon's destroyed count is zero; 'neither was intercepted': that of the weapons
    told just before."""
    if "none" not in facts.words and "neither" not in facts.words and "any" not in facts.words:
        return  # the usual case
    for k in range(s_start, s_end - 1):
        if toks[k].lower_ == "any" and toks[k + 1].lower_ == "of" and k + 2 < s_end:
            if _none_of_before(res, toks, k + 2 + (toks[k + 2].lower_ == "the"), s_start):
                _any_not_destroyed(res, toks, k, s_start, s_end, hits, facts)  # "nor were any of the three"
            continue
        verb = hits.covering("ROLE", k - 1) if k > s_start and toks[k].lower_ in ("neither", "none") else None
        if verb and verb[2] == "ROLE:destroyed":  # "intercepted none of the seven missiles", "downed none"
            of = toks[k + 1].lower_ == "of"
            m = next((m for m in range(k + 2, min(s_end, k + 2 + PARTITIVE_REACH)) if hits.covering(WEAPON, m)), None)
            phrase = _weapon_phrase(res, toks, m, s_end, hits) if of and m is not None else None
            facts.references.append(Reference("destroyed", 0, weapon=phrase[1] if phrase else None, token=k))
            continue
        if toks[k].lower_ in ("neither", "none") and (toks[k + 1].lower_ in AUXILIARIES or hits.covering("ROLE", k + 1)):
            m = k + 1  # "none could be intercepted", "9 launched, none intercepted"
            while m < s_end and toks[m].lower_ in AUXILIARIES:
                m += 1
            cover = hits.covering("ROLE", m) if m < s_end else None
            if cover and cover[2] == "ROLE:destroyed":
                facts.references.append(Reference("destroyed", 0, token=k))
            continue
        determiner = toks[k].lower_ == "neither" and bool(hits.covering(WEAPON, k + 1))  # "neither missile was"
        if toks[k].lower_ not in ("none", "neither") or (toks[k + 1].lower_ != "of" and not determiner) or k + 2 >= s_end:
            continue
        first = k + 1 if determiner else k + 2
        pronoun = not determiner and toks[k + 2].lower_ in res.words["partitive_pronouns"]  # "none of them was intercepted"
        weapon = None if pronoun else next(((m, hits.covering(WEAPON, m)) for m in range(
            first, min(s_end, first + PARTITIVE_REACH)) if hits.covering(WEAPON, m)), None)
        if weapon is None and not pronoun:
            continue
        phrase = _weapon_phrase(res, toks, weapon[0], s_end, hits) if weapon else None
        m = k + 3 if pronoun else phrase[0] if phrase else weapon[1][1]  # (past "Kinzhal missiles" whole)
        phrases = [phrase]
        while phrase and m + 1 < s_end and toks[m].lower_ in ("or", "and", "nor") and hits.covering(WEAPON, m + 1):
            phrase = _weapon_phrase(res, toks, m + 1, s_end, hits)  # "none of the Kinzhal or Iskander missiles"
            if phrase is None:
                break
            phrases.append(phrase)
            m = phrase[0]
        m = _past_aside(toks, m, s_end)  # "none of the 12 S-300s, which Russia fires at Kharkiv, was intercepted"
        m = _past_participle_phrase(toks, hits, m, s_end)  # "none of the four Kinzhals launched from MiG-31Ks was"
        while m < s_end and toks[m].lower_ in AUXILIARIES:
            m += 1
        cover = hits.covering("ROLE", m) if m < s_end else None
        if cover is None and (m == s_end or toks[m].is_punct):  # "two were intercepted, but neither of the
            cover = _elided_role(hits, s_start, k)  # Iskanders was", "shot down 35 drones but none of the missiles"
        if cover and cover[2] == "ROLE:destroyed":
            facts.references.extend(Reference("destroyed", 0, weapon=p[1] if p else None, token=k) for p in phrases)


def _elided_role(hits: Hits, s_start: int, k: int) -> tuple[int, int, str] | None:
    """The last role verb before token k: the verb an elided clause ('but neither was') repeats."""
    return max((span for span in hits.spans("ROLE") if s_start <= span[0] < k), default=None)


def _past_aside(toks, m: int, s_end: int) -> int:
    """The token after a clause set off by commas that starts at m, else m."""
    if m < s_end and toks[m].text == ",":
        close = next((n for n in range(m + 1, min(s_end, m + ASIDE_REACH)) if toks[n].text == ","), None)
        if close is not None:
            return close + 1
    return m


PARTICIPLE_REACH = 8  # tokens of a participle phrase after a weapon ('launched from MiG-31K jets')


def _past_participle_phrase(toks, hits: Hits, m: int, s_end: int) -> int:
    """The auxiliary after a participle phrase that starts at m ('launched from MiG-31K jets
    was'), else m."""
    cover = hits.covering("ROLE", m) if m < s_end else None
    if cover is None or cover[1] >= s_end or toks[cover[1]].lower_ not in ("from", "by", "over"):
        return m
    for k in range(cover[1], min(s_end, cover[1] + PARTICIPLE_REACH)):
        if toks[k].is_punct:
            return m
        if toks[k].lower_ in AUXILIARIES:
            return k
    return m


def _any_not_destroyed(res, toks, k: int, s_start: int, s_end: int, hits, facts) -> None:
    """'did not intercept any of the four Iskanders', 'none was intercepted, nor were any of
    the three Kh-22s': that weapon's destroyed count is zero."""
    weapon = next((m for m in range(k + 2, min(s_end, k + 2 + PARTITIVE_REACH)) if hits.covering(WEAPON, m)), None)
    phrase = _weapon_phrase(res, toks, hits.covering(WEAPON, weapon)[0], s_end, hits) if weapon is not None else None
    if phrase is None:
        return
    verb = next((hits.covering("ROLE", m) for m in range(k - 1, max(s_start, k - 4) - 1, -1) if hits.covering("ROLE", m)), None)
    earlier = [r for r in facts.references if r.role == "destroyed" and r.value == 0]
    if (verb and verb[2] == "ROLE:destroyed") or (verb is None and earlier and toks[k - 2].lower_ in ("nor", "neither")):
        facts.references.append(Reference("destroyed", 0, weapon=phrase[1], token=k))


EXCEPT_REACH = 4  # words of the weapon between 'all' and 'except' ('all the attack drones except 23')


def _except_after(res, toks, k: int, s_end: int, hits: Hits) -> int | None:
    """Where the 'except' right after an 'all' at token k, or after the weapon it names,
    stands ('all except seven', 'всі, крім семи', 'all the drones except 23', 'всі дрони,
    крім 23'), else None."""
    m = k + 1
    while m < s_end and m - k <= EXCEPT_REACH and (toks[m].lower_ in ("the", "of") or hits.covering(WEAPON, m)):
        m += 1
    if m < s_end and toks[m].text == ",":
        m += 1
    return m if m < s_end and toks[m].lower_ in res.words["except_words"] else None


def _all_except(res, toks, s_start, s_end, hits, facts) -> None:
    """'all except seven were shot down', 'збили всі, крім семи', 'сбиты все, кроме семи':
    the weapons told before, all downed but that many."""
    if not facts.words & res.words["except_words"]:
        return  # the usual case
    for k in range(s_start, s_end - 2):
        if toks[k].lower_ not in res.words["every"]:
            continue
        m = _except_after(res, toks, k, s_end, hits)
        if m is None or m + 1 >= s_end:
            continue
        parsed = read_number(toks, m + 1, s_end, res.number_words) if may_start_number(toks[m + 1], res.number_words) else None
        if parsed is None:
            continue
        near = list(range(max(s_start, k - 4), k)) + list(range(parsed[1], min(s_end, parsed[1] + 4)))
        if any((role := hits.covering("ROLE", n)) and role[2] == "ROLE:destroyed" for n in near):
            facts.references.append(Reference("spared", parsed[0], token=k))


NEGATION_REACH = 4  # tokens from a negation to the verb it negates ("could not be intercepted")


def _they_were_not_destroyed(res, toks, s_start, s_end, hits, facts, candidates) -> None:
    """'They could not be intercepted', 'Збити їх не вдалося', 'сбить их не удалось': none of
    the weapons told before was downed."""
    if not facts.words & res.words["negations"] or (facts.words & (res.words["every"] | {"all"})
                                                      and not facts.words & res.words["managed_words"]):
        return  # the usual case: nothing negated (but "Обидві ракети перехопити не вдалося": neither was)
    for s, _, label in hits.spans("ROLE"):
        if label != "ROLE:destroyed" or any(c.start > s for c in candidates):
            continue  # (a count of its own after the verb)
        near = range(max(s_start, s - NEGATION_REACH - 1), min(s_end, s + NEGATION_REACH))
        before = any(toks[k].lower_ in res.words["negations"] for k in range(max(s_start, s - NEGATION_REACH), s))
        after = _failed_after(res, toks, s + 1, s_end)  # ("збити їх не вдалося")
        if (before or after) and any(toks[k].lower_ in res.words["partitive_pronouns"] for k in near):
            facts.references.append(Reference("destroyed", 0, token=s))
            return
        aside = _aside_before(res, toks, s, s_start)  # ("Ракеты, по данным командования, не сбиты")
        named = next((k for k in range(s - 1, max(s_start, s - NEGATION_REACH - len(aside)) - 1, -1)
                      if k not in aside and hits.covering(WEAPON, k)), None)
        subject = named is not None and all(toks[k].lower_ in res.words["negations"] or toks[k].lower_ in AUXILIARIES
                                            or k in aside for k in range(named + 1, s))  # "Ракети не перехоплено"
        phrase = _weapon_phrase(res, toks, hits.covering(WEAPON, named)[0], s_end, hits) \
            if named is not None and (after or before and subject) else None
        both = res.words["every"] | res.words["each_one"]  # ("Обидві ракети перехопити не вдалося": neither)
        if phrase and not any((toks[k].like_num or toks[k].lower_ in res.number_words) and toks[k].lower_ not in both
                              for k in range(max(s_start, named - 2), named)):
            facts.references.append(Reference("destroyed", 0, weapon=phrase[1], token=s))  # "Ракети збити не вдалося"
            for c in candidates:
                if named - 2 <= c.start < named:  # "Обидві ракети ...": both launched, neither downed
                    c.role, c.every = "launched", False
            return


COMMA_ASIDE_REACH = 6  # tokens of an aside between commas ('Ракеты, по данным командования, не сбиты')


def _aside_before(res, toks, s: int, s_start: int) -> range:
    """The tokens of an aside set off by commas right before the verb at s and its negation
    ('The missiles, the command said, were not shot down'): none, where there is no such aside."""
    j = s - 1
    while j > s_start and (toks[j].lower_ in res.words["negations"] or toks[j].lower_ in AUXILIARIES):
        j -= 1
    if toks[j].text != ",":
        return range(0)
    opening = next((m for m in range(j - 1, max(s_start, j - COMMA_ASIDE_REACH) - 1, -1) if toks[m].text == ","), None)
    return range(opening, j + 1) if opening is not None else range(0)


def _not_destroyed_which(res, toks, s_start, s_end, hits, facts) -> None:
    """'one Iskander-M missile, which was not intercepted', 'two Kinzhals that could not be
    shot down': the weapon named right before the clause has none destroyed."""
    if not facts.words & RELATIVE_PRONOUNS or not facts.words & res.words["negations"]:
        return  # the usual case
    for k in range(s_start + 1, s_end - 2):
        if toks[k].lower_ not in RELATIVE_PRONOUNS or toks[k - 1].text != "," and not hits.covering(WEAPON, k - 1):
            continue
        m = k + 1
        while m < s_end and (toks[m].lower_ in AUXILIARIES or toks[m].lower_ in res.words["negations"]):
            m += 1
        negated = any(toks[n].lower_ in res.words["negations"] for n in range(k + 1, m))
        cover = hits.covering("ROLE", m) if m < s_end else None
        named = next((w for w in range(k - 1, max(s_start, k - PARTITIVE_REACH) - 1, -1) if hits.covering(WEAPON, w)), None)
        if negated and cover and cover[2] == "ROLE:destroyed" and named is not None:
            start = hits.covering(WEAPON, named)[0]
            phrase = _weapon_phrase(res, toks, start, s_end, hits)
            if phrase:
                facts.references.append(Reference("destroyed", 0, weapon=phrase[1], token=k))


def _all_destroyed(res, toks, s_start, s_end, hits, facts, candidates) -> None:
    """'All targets were destroyed', 'all of them were shot down', 'destroyed all of the
    drones': every one launched."""
    alls = res.words["every"] | res.words["each_one"] | {"all"}  # ("сбиты все", "збили всі", "every one of them")
    if not facts.words & alls:
        return  # the usual case: no word to start from
    links = res.words["all_of_links"]
    for k in range(s_start, s_end - 1):
        if _except_after(res, toks, k, s_end, hits) is not None:
            continue  # "збили всі, крім семи": `_all_except`
        if toks[k].lower_ not in alls or (k + 1 < s_end and toks[k + 1].like_num and toks[k].lower_ not in res.words["each_one"]) \
                or any(c.start <= k + 1 and k < c.end for c in candidates):
            continue  # ("all 14 drones", "all but 10 of them": a count of its own)
        m = k + 1
        while m < s_end and m - k <= 7 and (toks[m].lower_ in links or toks[m].lower_.endswith("ly") or toks[m].text in QUOTES
                                            or hits.covering(WEAPON, m)):
            m += 1  # "all of the drones were timely ...", "and all the cruise missiles", "все дроны сбиты"
        cover = hits.covering("ROLE", m) if m < s_end else None
        while cover and cover[2] != "ROLE:destroyed" and cover[1] + 1 < s_end and toks[cover[1]].lower_ == "and":
            cover = hits.covering("ROLE", cover[1] + 1)  # "were detected and destroyed"
        if cover is None and m > k + 1 and m + 1 < s_end and toks[m].lower_ == "and":
            n = m + 1  # "All the drones and five of the missiles were shot down": the verb after the second count
            while n < s_end and n - m <= PARTITIVE_REACH + 2 and (
                    may_start_number(toks[n], res.number_words) or toks[n].lower_ in links or hits.covering(WEAPON, n)):
                n += 1
            cover = hits.covering("ROLE", n) if n < s_end and n > m + 1 else None
        verb_before = hits.covering("ROLE", k - 1) if k > s_start else None
        joined = next((c for c in candidates if c.end == k - 1 and toks[k - 1].lower_ in ("and", ",")), None)
        if joined is not None and verb_before is None \
                and _list_role(res, toks, hits, _list_head(toks, candidates, joined).start, s_start) == "destroyed":
            named = next((hits.covering(WEAPON, w) for w in range(m - 1, k, -1) if hits.covering(WEAPON, w)), None)
            weapon = res.weapons.lookup(toks.text_of(named[0], named[1])) if named else None
            facts.references.append(Reference("destroyed", None, True, weapon, token=k))
            return  # "downed 364 drones and all of the cruise missiles"
        opening = k == s_start or toks[k - 1].is_punct  # "Обидві збили над морем": 'both' the subject, the verb next
        if (cover and cover[2] == "ROLE:destroyed" and (m > k + 1 or candidates or opening and not (
                cover[1] < s_end and hits.covering(WEAPON, cover[1])))) or (
                verb_before and verb_before[2] == "ROLE:destroyed" and (hits.at(WEAPON, m) or m > k + 1 or candidates)):
            start = next((w for w in range(k + 1, m) if hits.at(WEAPON, w)), m)  # "збиття обох ракет Х-59/69", "all of
            named = _weapon_phrase(res, toks, start, s_end, hits) if start < s_end and hits.at(WEAPON, start) else None
            # the Kalibrs were shot down": of that weapon
            facts.references.append(Reference("destroyed", None, True, named[1] if named else None, token=k))
            return


def _destroyed_them(res, toks, s_start, s_end, hits, facts, candidates) -> None:
    """'19 drones were flying at the capital, and air defences shot them down', 'сили ППО
    збили їх': a verb of downing whose object is the weapons just counted downed every one."""
    pronouns = res.words["partitive_pronouns"]
    if not candidates or not facts.words & pronouns or any(r.every or r.role == "destroyed" for r in facts.references) \
            or facts.words & res.words["negations"]:
        return  # the usual case: no pronoun after a count
    for k in range(s_start + 1, s_end):
        if toks[k].lower_ not in pronouns or toks[k - 1].lower_ in res.words["partitive"] \
                or any(c.end > k for c in candidates):
            continue  # ("11 of them", "з них"; a count after it)
        verb = next((hits.covering("ROLE", m) for m in (k - 1, k + 1) if s_start <= m < s_end and hits.covering("ROLE", m)),
                    None)
        if verb is not None and verb[2] == "ROLE:destroyed" and not any(
                toks[m].like_num or toks[m].lower_ in res.number_words for m in range(max(s_start, k - 2), k)):
            facts.references.append(Reference("destroyed", None, True, None, token=k))
            return


def _coordinated(res: Resources, toks: Tokens, candidates: list[_Candidate], hits: Hits) -> list[list[_Candidate]]:
    """Figures in one list share a verb: '37 cruise missiles, 29 Shaheds and one drone were
    shot down', '... six HIMARS rockets, and a staggering 67 drones'; not a part told after
    its whole ('54 беспилотника, из них 19 сбиты')."""
    groups: list[list[_Candidate]] = []
    for c in candidates:
        between = toks[groups[-1][-1].end:c.start] if groups else []
        if groups and c.elliptical:
            groups[-1].append(c)
        elif groups and (_own_verbs(toks, hits, groups[-1][0], c) or (c.role and not groups[-1][-1].role)
                         or any(_opens_part(res, toks, t.i, c.start) for t in between)):
            groups.append([c])
        elif groups and len(between) <= 4 and all(
                t.lower_ in COORDINATION or t.text in QUOTES or (t.is_alpha and t.text.islower() and t.lower_ not in RELATIVES
                                             and not hits.covering("ROLE", t.i)
                                             and not hits.covering("CLAUSE_BREAKS", t.i)
                                             and not hits.covering("ATTRIBUTION_VERBS", t.i)) for t in between):
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups


VERB_REACH = 4  # tokens from a list's first count back to its verb ('Сбиты средствами РЭБ 71 дрон')


def _own_verbs(toks: Tokens, hits: Hits, first: _Candidate, c: _Candidate) -> bool:
    """'downed 80 drones and 39 drones were lost': two clauses, each figure with its verb
    (an active one just before the first, a passive one just after the second, or a
    different one right after it where a language needs no auxiliary)."""
    verb = c.end + 2 if c.end + 2 < len(toks) and toks[c.end + 1].text in QUOTES else c.end + 1
    if verb < len(toks) and toks[c.end].lower_ in ("was", "were") and hits.covering("ROLE", verb):
        return any(hits.covering("ROLE", k) for k in range(max(0, first.start - 2), first.start))
    after = hits.covering("ROLE", c.end)  # "знешкоджено 61 дрон, 17 безпілотників локаційно втрачені": no auxiliary
    before = next((hits.covering("ROLE", k) for k in range(first.start - 1, max(-1, first.start - VERB_REACH - 1), -1)
                   if hits.covering("ROLE", k)), None)  # ("Сбиты средствами РЭБ 71 дрон, ...": past the means)
    return bool(after and before and after[2] != before[2])


def _add_figure(res: Resources, toks: Tokens, hits: Hits, facts: Sentence, c: _Candidate, role: str | None,
                shared: str = "exact") -> None:
    if not (c.every and c.role == "launched" and role == "destroyed"):  # ("all 20 launched drones were shot
        role = c.role or role  # down": as many downed as launched)
    if c.partitive and c.toward and role in (None, "launched") and c.value > 1:
        role = "launched"  # "25 of the drones were aimed at the Danube region": that region's share, a count of its own
    elif (c.article and role is None) or role == "lost" or c.vague or (c.partitive and role != "destroyed"):
        facts.named.append(c.weapon)  # "debris of one of the missiles fell": part of what was counted
        return
    own = c.sign if c.sign != "exact" else _qualifier_before(res, toks, hits, c.start)
    fig = Figure(c.weapon, qualifier=own if own != "exact" else shared, attacker=c.party, token=c.start,
                 additional=c.additional, mixed=c.mixed)
    if c.all_but and c.total is None:  # "all but 10 of the drones": the total is given elsewhere
        facts.named.append(c.weapon)
        facts.references.append(Reference("spared", c.value, weapon=c.weapon, token=c.start))
        return
    if c.all_but:
        fig.launched, fig.destroyed = c.total, c.total - c.value
    elif c.total is not None:
        fig.launched, fig.destroyed = c.total, c.value
    elif role == "destroyed":
        fig.destroyed = c.value
        fig.impact = c.article and c.role == "destroyed"  # "a downed drone": maybe one of those counted before
        if c.every:
            fig.launched = c.value
    else:
        fig.launched = c.value
        fig.impact = role == "impact"  # "one drone hit a farm": maybe one of those counted before
    facts.figures.append(fig)


def _gapped_part(res: Resources, toks: Tokens, i: int, s_start: int, hits: Hits,
                 facts: Sentence) -> tuple[Reference, WeaponModel | None] | None:
    """'...; of the drones, 54': a kind's part after another's, its verb left out: the part
    told before it in the sentence, and this kind."""
    if not facts.references or i - 3 < s_start or toks[i - 1].text != ",":
        return None
    weapon = hits.covering(WEAPON, i - 2)
    if weapon is None:
        return None
    k = weapon[0] - 1
    if k > s_start and toks[k].lower_ == "the":
        k -= 1
    if k <= s_start or toks[k].lower_ not in res.words["partitive"] or toks[k - 1].text not in (";", ",", "and"):
        return None
    return facts.references[-1], res.weapons.resolve(toks.text_of(weapon[0], weapon[1]))


def _bare_figure(res, toks, i, value, j, s_start, s_end, hits, facts, refers: bool = False) -> None:
    """'11 of them were destroyed', 'the drones, of which 11 were downed': a count whose
    weapon was named just before."""
    window = toks.text_of(max(s_start, i - 6), i).lower()
    refers = refers or any(p in window for p in ("of which", "of them", "of these", "of those", "of the total"))
    if j + 1 < s_end and toks[j].text in QUOTES and hits.covering("ROLE", j + 1):
        j += 1  # 'шість із них «знищено»': the verb in quotes
    on = _past_attribution_aside(toks, hits, j, s_end)  # "Another nine, according to the ministry, were shot down"
    after = toks[on].lower_ if on < s_end else ""
    verb_follows = after in ("were", "was", "have", "had", "has", "more", "of") or (
        (refers or i > s_start and (toks[i - 1].lower_ in res.words["another"]
                                    or res.lemmatizer and toks[i - 1].lower_ in res.words["every"]))
        and on < s_end and hits.covering("ROLE", on) is not None)  # "another four were shot down", "47 of them shot
    # down", "Усі 13 збиті" (a participle with no copula, as the languages that drop it tell it)
    verb_at = i - 2 if i - 2 >= s_start and (toks[i - 1].lower_ in res.words["auxiliaries"]
                                            or toks[i - 1].lower_ in res.words["limiting_words"]
                                            or toks[i - 1].text == ":") else i - 1  # ("shot down: 40", "intercepted only two")
    object_of_verb = verb_at >= s_start and hits.covering("ROLE", verb_at) is not None and (
        j >= s_end or toks[j].is_punct or toks[j].lower_ in COORDINATION or toks[j].lower_ in res.words["conjunctions"])
    # ("...; forces downed 18 and", "Сбить удалось 29,", "збито 24 і три")
    after_part = _coordinated_reference(res, toks, i, facts)  # "shot down 24 and three (respectively)": as the 24
    gapped = _gapped_part(res, toks, i, s_start, hits, facts) if not (refers or verb_follows) else None
    if gapped is not None:  # "Of the missiles, 59 were shot down; of the drones, 54": the verb left out
        facts.references.append(Reference(gapped[0].role, value, False, gapped[1], token=i))
        return
    label_end = i - 3 if i - 3 >= s_start and toks[i - 2].text in QUOTES else i - 2  # ('ракети «Калібр»: 22 з ...')
    if label_end >= s_start and toks[i - 1].text == ":" and hits.covering(WEAPON, label_end) \
            and _came_from(res, toks, j, s_end):
        facts.references.append(Reference("launched", value, False, _weapon_before(res, toks, i, s_start, hits), token=i,
                                          qualifier=_qualifier_before(res, toks, hits, i)))
        return  # "Kalibr cruise missiles: 28 from ships in the Black Sea": as many came from there
    if not (refers or verb_follows or object_of_verb or after_part):
        return
    if after_part is not None and not (refers or verb_follows):
        previous = toks[i - 1].lower_ if i > s_start else ""
        facts.references.append(Reference(after_part.role, value, False, None, previous in res.words["another"], token=i,
                                          qualifier=_qualifier_before(res, toks, hits, i)))
        return
    role = None
    behind = list(range(i - 1, max(s_start, i - 4) - 1, -1))
    ahead = list(range(on, min(s_end, on + (REFERS_REACH if refers else 6))))  # "Three of them, and possibly a fourth, had been shot down"
    for k in (ahead + behind) if verb_follows else (behind + ahead):  # "15 were shot down" / "of which it downed 2"
        cover = hits.covering("ROLE", k)
        if cover:
            role = _verb_role(res, toks, cover, s_start, hits)
            break
    at = j + 1 if j + 1 < s_end and toks[j].lower_ in IDENTIFYING else j  # ("80 of them were Shaheds")
    typed = _weapon_after(res, toks, at, s_end, hits) if refers and role is None and j < s_end else None
    if typed is not None:  # "destroyed 27 drones, 14 of them Shahed attack drones": a type's share of that figure
        role = next((hits.covering("ROLE", k)[2].split(":")[1] for k in range(i - 1, s_start - 1, -1)
                     if hits.covering("ROLE", k)), "launched")  # ("About 80 of them were Shaheds": of those sent)
    if role in ("destroyed", "launched"):
        of_them = j >= 2 and toks[j - 1].lower_ in res.words["partitive_pronouns"] and toks[j - 2].lower_ == "of"
        weapon = typed[2] if typed is not None else None if of_them else _weapon_before(res, toks, i, s_start, hits)
        # ("Pantsir systems shot down three of them": of the weapons told before, not the Pantsirs)
        previous = toks[i - 1].lower_ if i > s_start else ""
        facts.references.append(Reference(role, value, previous in res.words["every"], weapon, previous in res.words["another"], token=i,
                                          qualifier=_qualifier_before(res, toks, hits, i)))


def _came_from(res: Resources, toks: Tokens, k: int, s_end: int) -> bool:
    """A count with no verb followed by where it came from ('28 from ships', '12 з Брянської
    області'), not by a count it is part of ('12 з них', '20 from the 30')."""
    return k + 1 < s_end and toks[k].lower_ in res.words["launch_prepositions"] \
        and toks[k + 1].lower_ not in res.words["partitive_pronouns"] and not toks[k + 1].like_num \
        and not (k + 2 < s_end and toks[k + 1].lower_ in res.words["definite"] and toks[k + 2].like_num)


REFERS_REACH = 10  # tokens from "three of them" to its verb, past an aside


def _past_attribution_aside(toks: Tokens, hits: Hits, j: int, s_end: int) -> int:
    """Where the clause goes on after an aside naming the source right after a count
    (', по данным ведомства,', ', according to the ministry,'); j where there is none."""
    after = _past_aside(toks, j, s_end)
    return after if any(hits.covering("ATTRIBUTION_VERBS", k) for k in range(j + 1, after - 1)) else j


def _coordinated_reference(res: Resources, toks: Tokens, i: int, facts: Sentence) -> Reference | None:
    """The bare count just before 'and' or a comma that token i's count is listed with ('shot
    down 24 and three', 'збито 24 і три'): the count i shares its verb with."""
    if i < 2 or not (toks[i - 1].text == "," or toks[i - 1].lower_ in res.words["conjunctions"]) or not facts.references:
        return None
    last = facts.references[-1]
    return last if last.token is not None and last.token >= i - 3 and toks[i - 2].like_num else None

PLATFORMS = {"system", "systems", "complex", "complexes", "launcher", "launchers"}  # what fires a weapon, not one fired


def _weapon_before_at(toks, i, s_start, hits) -> int | None:
    """Where the weapon named last before token i starts."""
    for s, e, _ in reversed(hits.spans(WEAPON)):
        if e <= i and s >= s_start:
            return s
    return None


def _weapon_before(res, toks, i, s_start, hits) -> WeaponModel | None:
    """The weapon named last before token i in the sentence ('the drones, of which 11 ...')."""
    for s, e, _ in reversed(hits.spans(WEAPON)):
        if e <= i and s >= s_start:
            return res.weapons.lookup(toks.text_of(s, e))
    return None


ADDED_TO = ("along with", "as well as", "together with", "in addition to")


def _added_to_previous(toks: Tokens, start: int, s_start: int) -> bool:
    """A figure joined to the one before by 'along with', 'as well as': the same verb tells both."""
    before = toks.text_of(max(s_start, start - 3), start).lower()
    return before.endswith(ADDED_TO) or any(before.endswith(f"{phrase} a") or before.endswith(f"{phrase} an")
                                            for phrase in ADDED_TO)


def _listed_after(res: Resources, toks: Tokens, s: int, s_start: int, hits: Hits, used: set[int]) -> bool:
    """A model listed right after a counted weapon ('58 UAVs of the Shahed type, Gerbera and
    decoy drones'): one of those counted, not a weapon of its own."""
    links = {",", "or"} | res.words["conjunctions"]
    k = s - 1
    while k >= s_start and (toks[k].lower_ in links or (hits.covering(WEAPON, k) and k not in used)):
        k -= 1
    return k < s - 1 and k in used


def _named_weapons(res: Resources, toks: Tokens, s_start: int, s_end: int, hits: Hits, facts: Sentence, used: set[int]) -> None:
    """Weapons named without a count ('ballistic and cruise missiles', 'Shahed drones')."""
    for k in range(s_start, s_end - 2) if not facts.words.isdisjoint(MISSILE_ADJECTIVES) else ():
        lower = toks[k].lower_
        if lower in MISSILE_ADJECTIVES and toks[k + 1].lower_ in ("and", ",", "or") and k not in used:
            group, m = [lower], k + 2
            while m < s_end and toks[m].lower_ in MISSILE_ADJECTIVES:
                group.append(toks[m].lower_)
                m += 1
                if m < s_end and toks[m].lower_ in ("and", ",", "or"):
                    m += 1
            if m < s_end and toks[m].lower_ in ("missile", "missiles"):
                for adjective in group:
                    weapon = res.weapons.lookup(MISSILE_ADJECTIVES[adjective])
                    if weapon:
                        facts.named.append(weapon)
                used.update(range(k, m + 1))
    end = -1
    unsaid = -1  # where the last weapon named in no attack ends: one listed with it is in none either
    for s, _, _ in hits.spans(WEAPON):
        if s < end or s in used or _listed_after(res, toks, s, s_start, hits, used):
            continue
        found = _weapon_phrase(res, toks, s, s_end, hits)
        if found:
            platform = found[0] < s_end and toks[found[0]].lower_ in PLATFORMS \
                and not _instrument(res, toks, s, s_start)  # "a new ballistic missile system" (not "struck with" one)
            listed = 0 <= s - unsaid <= LISTED_GAP and all(
                toks[m].lower_ in LIST_WORDS or toks[m].lower_ in res.modifiers or "-" in (toks[m].text, toks[m + 1].text)
                for m in range(unsaid, s))  # (a modifier between: "... or the air-launched Kinzhal")
            if listed or any(toks[m].lower_ in res.words["negations"] or hits.covering("NOT_AN_ATTACK", m)
                             for m in range(max(s_start, s - 6), s)):
                unsaid = found[0]  # "did not resemble the Shaheds", "halting drone attacks", "refrain from ... drones and missiles"
            elif not platform and not _air_defence_struck(toks, hits, found[1], s, s_start):
                facts.named.append(found[1])
            end = found[0]


INSTRUMENT_PREPOSITIONS = {"with", "using"}  # "struck the plant with Iskander-M missile systems": the missiles used


def _instrument(res: Resources, toks: Tokens, s: int, s_start: int) -> bool:
    """The weapon phrase at s is what a strike was made with ('a strike with an Iskander-M missile system')."""
    k = s - 1
    while k > s_start and (toks[k].lower_ in ("a", "an", "the") or toks[k].lower_ in res.modifiers):
        k -= 1
    return k >= s_start and toks[k].lower_ in INSTRUMENT_PREPOSITIONS


LISTED_GAP = 6  # tokens between weapons of one list ("ballistic missiles such as the Iskander-M or the air-launched Kinzhal")
LIST_WORDS = {"and", "or", ",", "such", "as", "the", "like", "notably"}


def _air_defence_struck(toks: Tokens, hits: Hits, weapon: WeaponModel, s: int, s_start: int) -> bool:
    """An air defence system named as what a strike hit ('drones struck an S-400 near
    Yevpatoria'): a target, not a weapon fired (but 'shot down an S-300' downed one)."""
    if weapon.category != "air_defence_missile":
        return False
    return any((role := hits.covering("ROLE", m)) and role[2] == "ROLE:impact" for m in range(max(s_start, s - 4), s))


PLACE_REACH = 6  # words from a preposition or a verb to its place ("over the waters of the Sea of Azov", "aimed at Reni")


def _place_soon(toks: Tokens, hits: Hits, k: int, s_end: int) -> bool:
    """A place follows within a few words, with no comma or figure in between: 'five over
    the Voronezh region', 'two over the territory of the Kursk region'."""
    for m in range(k, min(s_end, k + PLACE_REACH)):
        if hits.covering(PLACE, m):
            return True
        if toks[m].text in (",", ";") or toks[m].like_num:
            return False
    return False


SUM_REACH = 4  # tokens from "in total" ("итого за ночь —") to its count


def _summed(res: Resources, toks: Tokens, start: int, s_start: int) -> bool:
    """'In total, 20 drones', 'Итого за ночь — 20 беспилотников': a sum of what was told."""
    return any(toks[k].lower_ in res.words["sum_words"] for k in range(max(s_start, start - SUM_REACH), start))


def _of_several_kinds(res: Resources, toks: Tokens, k: int, s_end: int) -> bool:
    """'43 missiles of various types', '12 ракет різних типів': several models counted together."""
    if k < s_end and toks[k].lower_ == "of":
        k += 1
    return k + 1 < s_end and toks[k].lower_ in res.words["several_kinds"] and toks[k + 1].lower_ in res.words["kind_nouns"]


UNIT_NOUNS = {"battalion", "battery", "batteries", "division", "regiment", "brigade", "system", "systems", "complex",
              "launcher", "launchers", "crew", "crews", "position", "positions", "radar", "radars"}


def _unit_follows(toks: Tokens, k: int, s_end: int) -> bool:
    """'an S-400 air defence battalion': the weapon names a unit or a system, not a count of one."""
    return any(toks[m].lower_ in UNIT_NOUNS for m in range(k, min(s_end, k + 3)))


def _weapon_soon(toks: Tokens, hits: Hits, k: int, s_end: int) -> bool:
    """A weapon named right after ('176 Shahed-type strike and decoy drones'): the word
    between modifies it, it counts no strikes."""
    while k < s_end and toks[k].lower_ in ("and", "or", ",", "/"):
        k += 1
    return k < s_end and hits.at(WEAPON, k) is not None


DASHES = ("—", "–", "-")


def _sent_at_place(res: Resources, toks: Tokens, hits: Hits, k: int, s_end: int) -> bool:
    """A verb of sending right after a count's weapon, then a place: 'were aimed at the
    Danube region', 'flew towards Odesa'."""
    for m in range(k, min(s_end, k + TOWARD_REACH)):
        if toks[m].lower_ in res.words["toward_verbs"]:
            return any(hits.covering(PLACE, p) for p in range(m + 1, min(s_end, m + 1 + PLACE_REACH)))
    return False


TOWARD_REACH = 5  # tokens from a weapon to the verb that sends it somewhere ("had been aimed at")


def _place_then_dash(res: Resources, toks: Tokens, hits: Hits, first: int, after: int) -> bool:
    """'..., над Курской — шесть' ('over Kursk — six'), '..., по Марганецькій громаді – 5': a
    list item past the last figure, a place (or a name after a preposition of place) and then
    a dash before the count."""
    if first - 2 < after or toks[first - 1].text not in DASHES:
        return False
    prepositions = res.place_or_target_prepositions
    for k in range(first - 2, max(after, first - PLACE_REACH) - 1, -1):
        if toks[k].text in (",", ";"):
            return False
        if hits.covering(PLACE, k) or toks[first].like_num and toks[k].is_alpha and toks[k].text[:1].isupper() \
                and k - 1 > after and toks[k - 1].lower_ in prepositions:
            return any(toks[m].text in (",", ";") for m in range(after, k))
    return False


def _place_item(toks: Tokens, hits: Hits, first: int, j: int, s_start: int, s_end: int) -> bool:
    """A list line that is a place, a dash or colon and a count alone ('- Kursk Oblast – 17;',
    '• Брянська область: 28'): the count of the weapon the list was opened for."""
    if first - 2 < s_start or toks[first - 1].text not in (*DASHES, ":") or (j < s_end and toks[j].text not in ITEM_ENDS):
        return False
    return all(hits.covering(PLACE, k) or not toks[k].is_alpha for k in range(s_start, first - 1)) \
        and any(hits.covering(PLACE, k) for k in range(s_start, first - 1))


ITEM_ENDS = {";", ".", ","}
TALLY_NOUNS = {"number", "figure", "tally", "total", "count"}
TALLY_REACH = 12  # tokens back from "at N" to "the number of <weapons>"


LISTED_REACH = 4  # tokens from a weapon to the count a list line gives it ("«Калібр» – 6")


def _listed_count(res: Resources, toks: Tokens, first: int, j: int, s_start: int, s_end: int, hits: Hits) -> WeaponModel | None:
    """The weapon of a list line's count: a weapon, then a dash or colon, then the count,
    then brackets or the line's end ('Х-101/Х-555 – 20 (збито 18)', '• Kalibr: 6'): what
    was launched of it."""
    k = first - 1
    if k - 1 < s_start or toks[k].text not in ("–", "—", "-", ":", "):") or not (
            j >= s_end or toks[j].text in ("(", ";", ",", ".", "/", "|")):
        return None
    k -= toks[k].text != "):"
    if toks[k].text in (")", "):"):  # 'Kalibr cruise missiles (ships in the Black Sea): 30 / shot down 26'
        opening = next((m for m in range(k - 1, max(s_start, k - ASIDE_REACH) - 1, -1) if toks[m].text == "("), None)
        if opening is None or opening - 1 < s_start:
            return None
        k = opening - 1
    if toks[k].text in QUOTES:
        k -= 1  # '«Калібр» – 6'
    hit = hits.covering(WEAPON, k)
    if hit is None:
        return None
    phrase = _weapon_phrase(res, toks, hit[0], s_end, hits)
    start = hit[0]
    while start - 1 >= s_start and hits.covering(WEAPON, start - 1):
        start = hits.covering(WEAPON, start - 1)[0]  # 'ударні БпЛА Shahed – 52': the whole phrase
    phrase = _weapon_phrase(res, toks, start, s_end, hits) or phrase
    if phrase and start - 2 >= s_start and toks[start - 1].lower_ in res.words["conjunctions"] \
            and hits.covering(WEAPON, start - 2):
        return WeaponModel(None, phrase[1].category)  # 'Shahed attack drones and imitator drones: 193': of both kinds
    return phrase[1] if phrase else None


def _put_at(res: Resources, toks: Tokens, i: int, j: int, s_start: int, s_end: int, hits: Hits):
    """A count told of a tally named before it: 'put the number of drones destroyed over the
    region at 23' (the tally's weapon and verb), and 'among 41 (that) it had downed' after
    it (the verb that follows). (weapon, role) or None. ('The number ... had reached 32' is
    a running total: `totals`.)"""
    qualified = hits.covering("QUAL", i - 1) if i > s_start else None
    at = qualified[0] if qualified else i  # "put the number ... at up to ten"
    at -= at - 1 > s_start and toks[at - 1].text in QUOTES  # ('... at "more than 20"': his words)
    before = toks[at - 1].lower_ if at > s_start else ""
    if before == "at":
        for k in range(at - 2, max(s_start, at - TALLY_REACH) - 1, -1):
            if toks[k].lower_ in TALLY_NOUNS and k + 1 < at and toks[k + 1].lower_ == "of":
                found = _weapon_after(res, toks, k + 2, at, hits)
                role = next((hits.covering("ROLE", m) for m in range(found[1], at - 1) if hits.covering("ROLE", m)),
                            None) if found else None
                # "put the number of drones at 40": the drones of the attack, all that came
                if role is None and toks[i].lower_ in ARTICLES:
                    return None  # ("the number of glide bombs, which Russia drops at a rate of ...")
                return (found[2], role[2].split(":")[1] if role else "launched") if found else None
        return None
    if before == "among" and j < s_end and toks[j].lower_ in ("it", "they", "that", "which"):
        role = next((hits.covering("ROLE", m) for m in range(j, min(s_end, j + 6)) if hits.covering("ROLE", m)), None)
        weapon = _weapon_before(res, toks, i, s_start, hits)
        return (weapon, role[2].split(":")[1]) if role and weapon else None
    return None
