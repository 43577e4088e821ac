"""Reading one sentence: the figures it gives (number + weapon + role), the weapons it
names, its places, speaker, time, targets, casualties and verification cues.

Works on token indices and the document-wide phrase-matcher hits, so each sentence costs
little more than its length. Deciding which sentences belong to one attack is left to
`assemble`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from skytruce.extract.tokens import Tokens as Doc

from skytruce.extract.numbers import UNITS, may_start_number, read_number
from skytruce.extract.resources import PLACE, SOURCE, WEAPON, Resources
from skytruce.model import Claimant, Place, TimeWindow
from skytruce.reference.weapons import WeaponModel

MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
REGION_NOUNS = {"region", "regions", "oblast", "oblasts", "province", "provinces", "krai", "area", "areas", "district", "districts"}
PLACE_NOUNS = {"district", "village", "settlement", "town", "city", "airfield", "refinery", "raion", "community", "base"}
FACILITY_KINDS = {"oil", "gas", "chemical", "power", "thermal", "military", "fuel", "petrochemical"}
GENERIC_PLACE_WORDS = {"city", "district", "region", "village", "town", "settlement", "central", "northern",
                       "southern", "eastern", "western", "regional", "municipal", "the", "oil", "military", "air",
                       "industrial", "local", "rural", "urban", "capital", "border", "frontline", "front"}
PLACE_OF = {"village", "town", "city", "settlement", "district"}
AUXILIARIES = {"were", "was", "been", "being", "are", "is", "be", "got", "get", "had", "have", "has", "reportedly",
               "successfully", "all", "also", "then", "later", "subsequently"}
LAUNCH_PREPS = {"from"}
MISSILE_ADJECTIVES = {"ballistic": "ballistic missile", "cruise": "cruise missile", "guided": "guided missile",
                      "anti-aircraft": "anti-aircraft missile", "hypersonic": "hypersonic missile"}
SUBJECT_MEDIA_TYPES = {"media"}
NOT_SPEAKER_NOUNS = {"aircraft", "airfield", "airfields", "base", "bases", "positions", "equipment", "personnel", "units",
                     "unit", "facility", "facilities", "infrastructure", "targets", "target", "vehicles", "jets",
                     "bombers", "helicopters", "ships", "vessels", "depots", "warehouses", "logistics"}
DEFENDER_NOUNS = {"units", "unit", "systems", "system", "crews", "crew", "battery", "batteries", "operators",
                  "operator", "troops", "forces", "complex", "complexes", "launchers", "launcher", "production",
                  "factory", "plant", "manufacturer", "maker", "makers", "industry", "program", "programme"}


@dataclass
class Figure:
    """A weapon with the counts one sentence gives for it."""

    weapon: WeaponModel
    launched: int | None = None
    destroyed: int | None = None
    qualifier: str = "exact"
    attacker: str | None = None
    token: int = 0  # where it stands, for ordering
    impact: bool = False  # counted by what hit, not by what was launched


@dataclass
class Facts:
    index: int
    start: int  # character offsets in the document text
    end: int
    text: str
    figures: list[Figure] = field(default_factory=list)
    named: list[WeaponModel] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    claimant: Claimant | None = None
    speaker_is_pronoun: bool = False
    speaker_title: str | None = None  # "the regional governor said": named in a nearby sentence
    opens_quote: bool = False  # an odd number of quote marks: a quotation opens (or closes) here
    time: TimeWindow | None = None
    targets: list[str] = field(default_factory=list)
    killed: int | None = None
    injured: int | None = None
    cues: list[tuple[str, str]] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    evidence_absent: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)  # nationality words in attacker position
    # "11 of them were destroyed": (role, value or None for "all", all, weapon named before)
    antecedent: list[tuple] = field(default_factory=list)
    attack_context: bool = False
    eventful: bool = False  # tells of something happening: a role verb or "attack", "strike"
    strike_by: str | None = None
    self_report: bool = False  # the speaker tells of its own side's strike ("it hit ...")  # a strike with no weapon named, by this party


class Hits:
    """The phrase-matcher hits of one sentence, longest first, indexed by start token."""

    def __init__(self, res: Resources, matches: list[tuple[int, int, int]]):
        self.by_label: dict[str, list[tuple[int, int, str]]] = {}
        for match_id, s, e in matches:
            label = res.label_ids[match_id]
            self.by_label.setdefault(res.label_family[match_id], []).append((s, e, label))
        for family, spans in self.by_label.items():
            if len(spans) > 1:
                spans.sort(key=lambda x: (x[0], x[0] - x[1]))
                kept, last_end = [], -1
                for span in spans:
                    if span[0] >= last_end:
                        kept.append(span)
                        last_end = span[1]
                self.by_label[family] = kept
        self._starts: dict[str, dict] = {}
        self._covered: dict[str, dict] = {}

    def spans(self, family: str) -> list[tuple[int, int, str]]:
        return self.by_label.get(family, [])

    def at(self, family: str, i: int) -> tuple[int, str] | None:
        starts = self._starts.get(family)
        if starts is None:
            starts = self._starts[family] = {s: (e, label) for s, e, label in self.spans(family)}
        return starts.get(i)

    def covering(self, family: str, i: int) -> tuple[int, int, str] | None:
        covered = self._covered.get(family)
        if covered is None:
            covered = self._covered[family] = {k: span for span in self.spans(family) for k in range(span[0], span[1])}
        return covered.get(i)


def analyse(res: Resources, doc: Doc, s_start: int, s_end: int, matches, index: int) -> Facts:
    start_char, end_char = doc[s_start].idx, doc[s_end - 1].idx + len(doc[s_end - 1].text)
    facts = Facts(index, start_char, end_char, doc.source[start_char:end_char])
    if not matches and not any(doc[k].like_num for k in range(s_start, s_end)):
        return facts  # nothing the extractor looks for
    hits = Hits(res, matches)
    _weapons_and_figures(res, doc, s_start, s_end, hits, facts)
    _places(res, doc, s_start, s_end, hits, facts)
    _speaker(res, doc, s_start, s_end, hits, facts)
    _targets_casualties_cues(res, doc, s_start, s_end, hits, facts)
    _parties(res, doc, s_start, s_end, hits, facts)
    _strike_without_weapon(res, doc, s_start, s_end, hits, facts)
    facts.eventful = bool(hits.spans("ROLE") or any(doc[k].lower_ in EVENT_NOUNS for k in range(s_start, s_end)))
    facts.attack_context = bool(facts.figures or facts.named or hits.spans("ROLE") or hits.spans("TARGET")
                                or any(doc[k].lower_ in ATTACK_NOUNS for k in range(s_start, s_end)))
    return facts


# -- weapons and figures ---------------------------------------------------------------

def _weapon_at(res: Resources, doc: Doc, i: int, end: int, hits: Hits) -> tuple[int, WeaponModel] | None:
    hit = hits.at(WEAPON, i)
    if hit:
        return hit[0], res.weapons.resolve(doc.text_of(i, hit[0]))
    token = doc[i]
    if token.is_alpha and token.text[:1].isupper() and len(token.text) >= 5 or "-" in token.text and any(c.isdigit() for c in token.text):
        if hits.covering(PLACE, i) or hits.covering(SOURCE, i):
            return None
        model = res.weapons.fuzzy_lookup(token.text)
        if model is not None:
            return i + 1, model
    return None


def _weapon_phrase(res: Resources, doc: Doc, i: int, end: int, hits: Hits) -> tuple[int, WeaponModel] | None:
    """The weapon phrase starting at i, joining neighbours ('Shahed-136/131 attack UAVs',
    'UAVs of the Shahed-136/131 type', 'Kinzhal ballistic missile') into the most specific."""
    first = _weapon_at(res, doc, i, end, hits)
    if first is None:
        return None
    j, best = first
    k = j
    while k < end and k - j <= 3:
        nxt = _weapon_at(res, doc, k, end, hits)
        if nxt:
            j, other = nxt
            best = _more_specific(best, other)
            k = j
            continue
        if doc[k].lower_ in res.modifiers or doc[k].lower_ in ("type", "class"):
            k += 1
            continue
        break
    if j < end and doc[j].lower_ == "type":
        j += 1
    if j < end and doc[j].lower_ in DEFENDER_NOUNS:
        return None  # "anti-aircraft missile units", "drone operators"
    if j + 1 < end and doc[j].text == "-" and doc[j + 1].is_alpha:
        return None  # "missile-carrying bomber": a compound, not a weapon
    return j, best


def _more_specific(a: WeaponModel, b: WeaponModel) -> WeaponModel:
    if a.name and not b.name:
        return a
    if b.name and not a.name:
        return b
    if not a.name and not b.name and a.category == "missile":
        return b
    return a


def _weapon_after(res: Resources, doc: Doc, j: int, end: int, hits: Hits) -> tuple[int, int, WeaponModel, str | None] | None:
    """A weapon phrase after a number, past modifiers only: (start, end, weapon, party)."""
    k, party = j, None
    while k < end and k - j <= 6:
        found = _weapon_phrase(res, doc, k, end, hits)
        if found:
            return k, found[0], found[1], party
        lower = doc[k].lower_
        if lower in res.nationality:
            party = res.nationality[lower]
        elif lower not in res.modifiers and not lower.endswith("-type") and not (doc[k].is_punct and lower in "()-–\"“”'"):
            if doc[k].text[:1].isupper() and not hits.covering(PLACE, k) and k == j:
                k += 1  # "17 Shahed-like unknown name" is tried by fuzzy matching above
                continue
            return None
        k += 1
    return None


def _role_near(res: Resources, doc: Doc, start: int, stop: int, s_start: int, s_end: int, hits: Hits) -> str | None:
    """The role verb governing figures at tokens start..stop: the nearest before them in
    their clause, or a passive one after them ('29 Shaheds and one drone were shot down')."""
    back = None
    k = start - 1
    while k >= s_start and start - k <= 14:
        cover = hits.covering("ROLE", k)
        if cover:
            back = (cover[2].split(":")[1], start - k)
            before = cover[0] - 1
            if back[0] == "lost" and before - 1 >= s_start and doc[before].lower_ in ("or", "and") \
                    and (other := hits.covering("ROLE", before - 1)) and other[2] == "ROLE:destroyed":
                back = ("destroyed", back[1])  # "shot down or jammed": neutralised either way
            break
        if hits.covering("CLAUSE_BREAKS", k) or doc[k].text in (";", ":"):
            break
        k -= 1
    fwd = None
    k = stop
    while k < s_end and k - stop <= 12:
        cover = hits.covering("ROLE", k)
        if cover:
            prev = doc[k - 1].lower_ if k > stop else ""
            role = cover[2].split(":")[1]
            if prev in AUXILIARIES:
                fwd = (role, k - stop)
                break
            if k == stop and cover[1] < s_end and doc[cover[1]].lower_ in ("by", "from"):
                fwd = (role, 0)  # "drones launched by Russia": a participle naming what was done to them
                break
            if fwd is None:
                fwd = (role, k - stop + 3)
            k = cover[1]
            continue
        if hits.covering("CLAUSE_BREAKS", k) or doc[k].text in (";", ":", ".") or (
                doc[k].like_num and not (k + 1 < s_end and doc[k + 1].lower_ in UNITS)):
            break  # a number starts another figure, with a verb of its own (not "59 kilograms")
        k += 1
    if back and fwd:
        return fwd[0] if fwd[1] < back[1] and fwd[0] not in ("launched", "impact") else back[0]
    return (back or fwd or (None,))[0]


def _qualifier_before(res: Resources, hits: Hits, i: int) -> str:
    for k in (i - 1, i - 2, i - 3):
        cover = hits.covering("QUAL", k) if k >= 0 else None
        if cover and cover[1] in (i, i - 1):
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


VAGUE_NUMBERS = {"dozens", "hundreds", "several", "dozen", "couple"}
NEGATIONS = {"not", "no", "never", "neither", "nor", "n't", "without"}
ARTICLES = {"a", "an", "single", "lone", "another"}
NOT_A_COUNT_AFTER = {"attack", "attacks", "strike", "strikes", "debris", "alert", "wreckage", "fragments", "raid",
                     "operator", "operators", "unit", "units", "threat", "danger", "production", "crash", "war"}
PLACE_PREPOSITIONS = {"over", "in", "near", "above", "around"}
RELATIVES = {"of", "which", "whom", "that", "who", "where", "while"}  # "..., of which 40 drones": a new list
COORDINATION = {",", "and", "as", "well", "plus", "along", "with", "all", "both", "another"}


def _weapons_and_figures(res: Resources, doc: Doc, s_start: int, s_end: int, hits: Hits, facts: Facts) -> None:
    candidates: list[_Candidate] = []
    i = s_start
    while i < s_end:
        token = doc[i]
        all_but = token.lower_ == "all" and i + 2 < s_end and doc[i + 1].lower_ == "but"
        first = i + 2 if all_but else i
        if not may_start_number(doc[first], res.number_words):
            i += 1
            continue
        parsed = read_number(doc, first, s_end, res.number_words)
        if parsed is None:
            i += 1
            continue
        value, j = parsed
        if j < s_end and (doc[j].lower_ in UNITS or doc[j].text == "%"):
            i = j
            continue
        total = None
        if j + 1 < s_end and doc[j].lower_ in ("of", "out") and not hits.at(WEAPON, j + 1):
            k = j + 1
            if doc[k].lower_ == "of":
                k += 1
            if k < s_end and doc[k].lower_ == "the":
                k += 1
            nxt = read_number(doc, k, s_end, res.number_words) if k < s_end and may_start_number(
                doc[k], res.number_words) else None
            if nxt:
                total, j = nxt
            elif k < s_end and doc[k].lower_ in ("them", "these", "those", "which", "it") and not all_but:
                _bare_figure(res, doc, i, value, k + 1, s_start, s_end, hits, facts, refers=True)
                i = k + 1
                continue
        found = _weapon_after(res, doc, j, s_end, hits)
        if found is None and candidates and j + 1 < s_end and doc[j].lower_ in PLACE_PREPOSITIONS and any(
                hits.covering(PLACE, m) for m in range(j + 1, min(s_end, j + 4))):
            previous = candidates[-1]  # "12 drones over Belgorod, five over the Voronezh region"
            candidates.append(_Candidate(i, j, value, previous.weapon, previous.party, elliptical=True))
            i = j
            continue
        if found is None and candidates and j < s_end and doc[j].lower_ == "more" and candidates[-1].end >= i - 2:
            previous = candidates[-1].weapon  # "six Kinzhal missiles and 12 more"
            generic = WeaponModel(None, "missile" if "missile" in previous.category else previous.category)
            candidates.append(_Candidate(i, j + 1, value, generic, candidates[-1].party))
            i = j + 1
            continue
        if found is None:
            if total is None and not all_but:
                _bare_figure(res, doc, i, value, j, s_start, s_end, hits, facts)
            i = j
            continue
        _, w_end, weapon, party = found
        if total is None and w_end + 1 < s_end and doc[w_end].lower_ == "of" and doc[w_end + 1].like_num:
            after_total = read_number(doc, w_end + 1, s_end, res.number_words)  # "23 drones of 37 launched"
            if after_total:
                total = after_total[0]
                w_end = after_total[1] + (1 if after_total[1] < s_end and hits.covering("ROLE", after_total[1]) else 0)
        article = doc[first].lower_ in ARTICLES
        if article and w_end < s_end and doc[w_end].lower_ in NOT_A_COUNT_AFTER:
            i = w_end
            continue
        every = (i > s_start and doc[i - 1].lower_ == "all") or doc[first].lower_ == "both"
        vague = doc[first].lower_ in VAGUE_NUMBERS
        candidates.append(_Candidate(i, w_end, value, weapon, party, total, every, article, all_but, vague))
        i = w_end
    _the_one_destroyed(res, doc, s_start, s_end, hits, candidates)
    _all_destroyed(res, doc, s_start, s_end, hits, facts, candidates)
    used = {t for c in candidates for t in range(c.start, c.end)}
    for group in _coordinated(doc, candidates, hits):
        role = _role_near(res, doc, group[0].start, group[-1].end, s_start, s_end, hits)
        for c in group:
            _add_figure(res, hits, facts, c, role)
    _named_weapons(res, doc, s_start, s_end, hits, facts, used)


ATTACK_ROLES = {"ROLE:launched", "ROLE:impact"}  # "Russia launched ...", "Ukrainian drones struck ..."
SINGULAR_WEAPONS = {"drone", "uav", "missile", "rocket"}


def _the_one_destroyed(res, doc, s_start, s_end, hits, candidates) -> None:
    """'the drone shot down in Minsk', 'the missile was intercepted': one weapon destroyed."""
    taken = {t for c in candidates for t in range(c.start, c.end)}
    for s, e, _ in hits.spans(WEAPON):
        if s in taken or s == s_start or doc[s - 1].lower_ != "the" or doc[e - 1].lower_ not in SINGULAR_WEAPONS:
            continue
        k = e + (1 if e < s_end and doc[e].lower_ in ("was", "had", "has") else 0)
        k += 1 if k < s_end and doc[k].lower_ == "been" else 0
        cover = hits.covering("ROLE", k) if k < s_end else None
        if cover and cover[2] == "ROLE:destroyed" and cover[0] == k:
            weapon = res.weapons.lookup(doc.text_of(s, e))
            if weapon:
                candidates.append(_Candidate(s - 1, e, 1, weapon, None))
    candidates.sort(key=lambda c: c.start)


ALL_OF = {"targets", "them", "of", "these", "enemy", "air", "the", "were", "was", "have", "been", "had"}


def _all_destroyed(res, doc, s_start, s_end, hits, facts, candidates) -> None:
    """'All targets were destroyed', 'all of them were shot down': every one launched."""
    if candidates:
        return
    for k in range(s_start, s_end - 2):
        if doc[k].lower_ not in ("all", "every") or (k + 1 < s_end and doc[k + 1].like_num):
            continue
        m = k + 1
        while m < s_end and m - k <= 5 and doc[m].lower_ in ALL_OF:
            m += 1
        cover = hits.covering("ROLE", m) if m < s_end else None
        if cover and cover[2] == "ROLE:destroyed" and m > k + 1:
            facts.antecedent.append(("destroyed", None, True, None))
            return


def _coordinated(doc: Doc, candidates: list[_Candidate], hits: Hits) -> list[list[_Candidate]]:
    """Figures in one list share a verb: '37 cruise missiles, 29 Shaheds and one drone were
    shot down', '... six HIMARS rockets, and a staggering 67 drones'."""
    groups: list[list[_Candidate]] = []
    for c in candidates:
        between = doc[groups[-1][-1].end:c.start] if groups else []
        if groups and c.elliptical:
            groups[-1].append(c)
        elif groups and len(between) <= 4 and all(
                t.lower_ in COORDINATION or (t.is_alpha and t.text.islower() and t.lower_ not in RELATIVES
                                             and not hits.covering("ROLE", t.i)
                                             and not hits.covering("CLAUSE_BREAKS", t.i)
                                             and not hits.covering("ATTRIBUTION_VERBS", t.i)) for t in between):
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups


def _add_figure(res: Resources, hits: Hits, facts: Facts, c: _Candidate, role: str | None) -> None:
    if (c.article and role is None) or role == "lost" or c.vague:
        facts.named.append(c.weapon)
        return
    fig = Figure(c.weapon, qualifier=_qualifier_before(res, hits, c.start), attacker=c.party, token=c.start)
    if c.all_but and c.total is None:  # "all but 10 of the drones": the total is given elsewhere
        facts.named.append(c.weapon)
        facts.antecedent.append(("spared", c.value, False, c.weapon))
        return
    if c.all_but:
        fig.launched, fig.destroyed = c.total, c.total - c.value
    elif c.total is not None:
        fig.launched, fig.destroyed = c.total, c.value
    elif role == "destroyed":
        fig.destroyed = c.value
        if c.every:
            fig.launched = c.value
    else:
        fig.launched = c.value
        fig.impact = role == "impact"  # "one drone hit a farm": maybe one of those counted before
    facts.figures.append(fig)


def _bare_figure(res, doc, i, value, j, s_start, s_end, hits, facts, refers: bool = False) -> None:
    """'11 of them were destroyed', 'the drones, of which 11 were downed': a count whose
    weapon was named just before."""
    window = doc.text_of(max(s_start, i - 6), i).lower()
    refers = refers or any(p in window for p in ("of which", "of them", "of these", "of those", "of the total"))
    after = doc[j].lower_ if j < s_end else ""
    verb_follows = after in ("were", "was", "have", "had", "has", "more", "of")
    if not (refers or verb_follows):
        return
    role = None
    behind = list(range(i - 1, max(s_start, i - 4) - 1, -1))
    ahead = list(range(j, min(s_end, j + 6)))
    for k in (ahead + behind) if verb_follows else (behind + ahead):  # "15 were shot down" / "of which it downed 2"
        cover = hits.covering("ROLE", k)
        if cover:
            role = cover[2].split(":")[1]
            break
    if role in ("destroyed", "launched"):
        weapon = _weapon_before(res, doc, i, s_start, hits)
        facts.antecedent.append((role, value, i > s_start and doc[i - 1].lower_ == "all", weapon))


def _weapon_before(res, doc, i, s_start, hits) -> WeaponModel | None:
    """The weapon named last before token i in the sentence ('the drones, of which 11 ...')."""
    for s, e, _ in reversed(hits.spans(WEAPON)):
        if e <= i and s >= s_start:
            return res.weapons.lookup(doc.text_of(s, e))
    return None


def _named_weapons(res: Resources, doc: Doc, s_start: int, s_end: int, hits: Hits, facts: Facts, used: set[int]) -> None:
    """Weapons named without a count ('ballistic and cruise missiles', 'Shahed drones')."""
    for k in range(s_start, s_end - 2):
        lower = doc[k].lower_
        if lower in MISSILE_ADJECTIVES and doc[k + 1].lower_ in ("and", ",", "or") and k not in used:
            group, m = [lower], k + 2
            while m < s_end and doc[m].lower_ in MISSILE_ADJECTIVES:
                group.append(doc[m].lower_)
                m += 1
                if m < s_end and doc[m].lower_ in ("and", ",", "or"):
                    m += 1
            if m < s_end and doc[m].lower_ in ("missile", "missiles"):
                for adjective in group:
                    weapon = res.weapons.lookup(MISSILE_ADJECTIVES[adjective])
                    if weapon:
                        facts.named.append(weapon)
                used.update(range(k, m + 1))
    end = -1
    for s, _, _ in hits.spans(WEAPON):
        if s < end or s in used:
            continue
        found = _weapon_phrase(res, doc, s, s_end, hits)
        if found:
            if not any(doc[m].lower_ in NEGATIONS or hits.covering("NOT_AN_ATTACK", m)
                       for m in range(max(s_start, s - 6), s)):
                facts.named.append(found[1])  # not "did not resemble the Shaheds", "halting drone attacks"
            end = found[0]


EVENT_NOUNS = {"attack", "attacks", "strike", "strikes", "barrage", "raid", "raids", "assault", "shelling",
               "explosion", "explosions", "wave", "salvo", "bombardment"}
TARGET_PREPOSITIONS = {"on", "at", "against", "into", "over", "in", "across", "of", "toward", "towards", "to", "from"}
ATTACK_NOUNS = {"attack", "attacks", "strike", "strikes", "barrage", "raid", "raids", "assault", "offensive",
                "forces", "army", "troops", "drone", "drones", "missile", "missiles"}


SELF_SUBJECTS = {"it", "we", "our", "its"}


def _parties(res: Resources, doc: Doc, s_start: int, s_end: int, hits: Hits, facts: Facts) -> None:
    """Whose attack the sentence describes, best evidence first: 'Russian drones', 'Russia's
    forces'; 'Russia launched', 'fired by Ukraine'; 'the drone was Ukrainian'. A speaker's
    own name ('the Ukrainian military said') is not an attacker."""

    def party_at(k: int) -> str | None:
        if hits.covering(SOURCE, k) or (k > s_start and doc[k - 1].lower_ in TARGET_PREPOSITIONS):
            return None
        return res.nationality.get(doc[k].lower_)

    for k in range(s_start, s_end - 2):
        if doc[k].lower_ not in res.nationality:
            continue
        nxt = k + 2 if doc[k + 1].lower_ in ("'s", "’s") else k + 1
        if doc[nxt].lower_ not in ATTACK_NOUNS:
            continue
        speaks = any(hits.covering("ATTRIBUTION_VERBS", m) for m in range(nxt + 1, min(s_end, nxt + 3)))
        if not speaks and (party := party_at(k)):
            facts.parties.append(party)  # "Russian drones", "Russia's forces" (not "Ukrainian forces said")
    for s, e, label in hits.spans("ROLE"):
        if label not in ATTACK_ROLES:
            continue
        passive = e < s_end and doc[e].lower_ == "by"  # "Kyiv hit by missiles": Kyiv is the target
        for k in range(s - 1, max(s_start, s - 4) - 1, -1):
            if doc[k].is_punct or passive:
                break
            if doc[k].lower_ in SELF_SUBJECTS:
                if any(hits.covering("ATTRIBUTION_VERBS", m) for m in range(max(s_start, k - 3), k)):
                    facts.self_report = True  # "the ministry said (that) it hit ..."
                break
            if doc[k].lower_ in res.nationality:
                if doc[k + 1].lower_ not in ("and", "or") and (party := party_at(k)):
                    facts.parties.append(party)
                break
        if e + 1 < s_end and doc[e].lower_ == "by":
            for k in range(e + 1, min(s_end, e + 4)):
                if doc[k].lower_ in res.nationality:
                    facts.parties.append(res.nationality[doc[k].lower_])
                    break
    for k in range(s_start + 1, s_end):
        if doc[k].lower_ in res.nationality and doc[k - 1].lower_ in ("was", "were", "is", "are"):
            facts.parties.append(res.nationality[doc[k].lower_])  # "the drone ... was Ukrainian"


STRIKE_ROLES = {"ROLE:launched", "ROLE:impact", "ROLE:lost"}


def _strike_without_weapon(res: Resources, doc: Doc, s_start: int, s_end: int, hits: Hits, facts: Facts) -> None:
    """'Ukrainian forces have targeted Russian command posts ... in Belgorod', 'Russia lost
    at least three airfields': an attack on named targets with no weapon named."""
    if facts.figures or facts.named or hits.spans(WEAPON) or not hits.spans("TARGET"):
        return
    for s, e, label in hits.spans("ROLE"):
        if label not in STRIKE_ROLES:
            continue
        if label in ATTACK_ROLES and facts.parties:
            facts.strike_by = facts.parties[0]
            return
        for k in range(s - 1, max(s_start, s - 8) - 1, -1):
            lower = doc[k].lower_
            if lower in res.nationality and (k == s_start or doc[k - 1].lower_ not in TARGET_PREPOSITIONS):
                party = res.nationality[lower]
                facts.strike_by = res.opponents.get(party) if label == "ROLE:lost" else party
                return


# -- places ----------------------------------------------------------------------------

def _places(res: Resources, doc: Doc, s_start: int, s_end: int, hits: Hits, facts: Facts) -> None:
    gaz = res.places
    spans = [(s, e) for s, e, _ in hits.spans(PLACE) if doc[s].text[:1].isupper()
             and not (s == s_start and doc[s].text.isupper() and e < s_end and doc[e].text in (",", "(", ":", "-", "–", "—"))]
    # the last test drops datelines: "MOSCOW (Reuters) –", "KYIV:"
    region_group: set[int] = set()
    for idx, (s, e) in enumerate(spans):  # "the Kyiv, Odesa, and Kharkiv regions"
        k = e
        while k < s_end and doc[k].lower_ in (",", "and", "&", "as", "well", "the"):
            k += 1
        if k < s_end and doc[k].lower_ in REGION_NOUNS:
            region_group.add(s)
            back = idx - 1
            while back >= 0 and s_start <= spans[back][1] and all(
                    doc[t].lower_ in (",", "and", "&", "the") for t in range(spans[back][1], spans[back + 1][0])):
                region_group.add(spans[back][0])
                back -= 1
    seen = set()
    for s, e in spans:
        text = doc.text_of(s, e)
        if e + 1 < s_end and doc[e].lower_ in ("'s", "’s") and hits.covering(SOURCE, e + 1):
            continue  # "Moscow's defence ministry" names a speaker, not a target
        role_after = hits.covering("ROLE", e) or (e + 1 < s_end and hits.covering("ROLE", e + 1))
        if role_after and role_after[2] in ATTACK_ROLES and doc[s].lower_ in res.nationality:
            continue  # "Russia launched 60 drones": the attacker, not a target
        person = hits.covering(SOURCE, s)
        if person and (res.sources.lookup(doc.text_of(person[0], person[1])) or _NOBODY).affiliation:
            continue  # "Volodymyr" in "Volodymyr Zelenskyy"
        entry = None
        if s in region_group:
            entry = gaz.lookup(f"{text} region")
        entry = entry or gaz.lookup(text)
        if entry is None or entry.name in seen:
            continue
        seen.add(entry.name)
        role = _place_role(doc, s, s_start, sea=entry.name.endswith("Sea"))
        facts.places.append(Place(entry.name, role, entry.country, entry.lat, entry.lon, entry.precision))
    _unlisted_places(res, doc, s_start, s_end, hits, facts, seen)


class _Nobody:
    affiliation = None


_NOBODY = _Nobody()


PLACE_STOPS = {".", "to", "towards", "toward", "at", "on", "over", "into", "against", "targeting", "hit"}


def _place_role(doc: Doc, s: int, s_start: int, sea: bool = False) -> str:
    """'launched from Cape Chauda', 'from Kursk and the annexed Crimean peninsula' are launch
    areas ('from Tu-95 bombers over the Caspian Sea' too: seas are launch areas when a
    'from' comes first); anything else is where the weapons were aimed, hit or shot down."""
    for k in range(s - 1, max(s_start, s - 9) - 1, -1):
        lower = doc[k].lower_
        if lower in LAUNCH_PREPS or (lower == "direction" and k + 1 < s and doc[k + 1].lower_ == "of"):
            return "launch"
        if lower in PLACE_STOPS and not (sea and lower == "over"):
            break
    return "target"


def _unlisted_places(res, doc, s_start, s_end, hits, facts, seen) -> None:
    """Places the gazetteer lacks, told by the words around them: 'the Voskresensk district',
    'the village of Wyryki', 'the Afipsky refinery'."""
    gaz = res.places
    candidates = []
    for k in range(s_start + 1, s_end):
        lower = doc[k].lower_
        if lower in PLACE_NOUNS or lower in ("region", "oblast"):
            before = k - 2 if doc[k - 1].lower_ in FACILITY_KINDS and k - 2 >= s_start else k - 1
            candidates.append((before, lower))  # "Afipsky oil refinery", "the Sredny settlement"
        elif lower == "of" and doc[k - 1].lower_ in PLACE_OF and k + 1 < s_end:
            candidates.append((k + 1, ""))
    for k, noun in candidates:
        token = doc[k]
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


# -- speaker ---------------------------------------------------------------------------

def _speaker(res: Resources, doc: Doc, s_start: int, s_end: int, hits: Hits, facts: Facts) -> None:
    """Who says it: a registered source or a titled person near an attribution verb; a
    pronoun ('he said', 'according to him') or a bare title ('the governor said') is
    resolved later from the sentences around it."""
    quote_chars = facts.text.count('"') + facts.text.count("“") + facts.text.count("”")
    facts.opens_quote = quote_chars % 2 == 1
    label = doc[s_start].lower_ if s_start + 1 < s_end and doc[s_start + 1].text == ":" else None
    if label == "quote":  # "Quote: ..." lines repeat the speaker of the "Source: ..." line
        facts.speaker_is_pronoun = True
        return
    verbs = [s for s, _, _ in hits.spans("ATTRIBUTION_VERBS")]
    for s, e, _ in hits.spans("RELAY_PHRASES"):
        if e < s_end and doc[e].lower_ in ("him", "her", "them", "it"):  # "according to him"
            facts.speaker_is_pronoun = True
            return
    sources = []
    for s, e, _ in hits.spans(SOURCE):
        source = res.sources.lookup(doc.text_of(s, e))
        before = doc[s - 1].lower_ if s > s_start else ""
        if source and before in res.nationality and source.party and res.nationality[before] != source.party:
            continue  # "the Polish Air Force" is not Ukraine's
        if e < s_end and (doc[e].lower_ in NOT_SPEAKER_NOUNS or hits.covering("TARGET", e) or hits.covering(WEAPON, e)):
            continue  # "41 Russian military aircraft": an adjective, not a speaker
        if source:
            sources.append((s, source))
    titled = _titled_person(res, doc, s_start, s_end, hits)
    if titled and not any(abs(s - titled[0]) <= 3 for s, _ in sources):
        sources.append(titled)
    primary = [(s, src) for s, src in sources if src.type not in SUBJECT_MEDIA_TYPES]
    media = [(s, src) for s, src in sources if src.type in SUBJECT_MEDIA_TYPES]
    reporter = media[0][1].name if media else None
    relayed = [(s, src) for s, src in primary
               if any(hits.covering("RELAY_PHRASES", k) for k in range(max(s_start, s - 14), s))]
    if relayed:  # "Reuters reported, quoting officials from the SBU": the SBU speaks
        s, src = relayed[0]
        facts.claimant = Claimant(src.name, src.party, src.type, reporter)
        return
    if label == "source" and primary:  # "Source: Lieutenant General Mykola Oleshchuk, on Telegram"
        s, src = primary[0]
        facts.claimant = Claimant(src.name, src.party, src.type, reporter)
        return
    if verbs:
        # the speaker stands before its verb or right after it ("said the air force"); a source
        # further into the reported clause is what was said about, not who said it
        speakers = [(s, src) for s, src in primary if any(0 < v - s <= 14 or 0 <= s - v <= 3 for v in verbs)]
        def title_of(start: int):  # "the commander in chief of <institution>": a person of it speaks
            if start - 1 < s_start or doc[start - 1].lower_ not in ("of", "for"):
                return None
            return next((hits.covering("TITLE", m) for m in range(max(s_start, start - 5), start - 1)
                         if hits.covering("TITLE", m)), None)

        titles = [title_of(s) for s, _ in speakers]
        if speakers and all(titles):
            facts.speaker_title = titles[0][2].split(":")[1]  # named in a sentence nearby
            return
        speakers = [sp for sp, title in zip(speakers, titles) if not title]
        if speakers:
            s, src = min(speakers, key=lambda p: min(abs(p[0] - v) for v in verbs))
            facts.claimant = Claimant(src.name, src.party, src.type, reporter)
            return
        organisation = _organisation_speaker(res, doc, s_start, verbs, hits)
        if organisation:
            facts.claimant = organisation
            return
        near_verb = [k for v in verbs for k in range(max(s_start, v - 4), min(s_end, v + 4))]
        if any(hits.covering("PRONOUN_SPEAKERS", k) for k in near_verb):
            facts.speaker_is_pronoun = True
        title = next((hits.covering("TITLE", k) for k in near_verb if hits.covering("TITLE", k)), None)
        if title:
            facts.speaker_title = title[2].split(":")[1]
        return
    # no "said": a source counts only as the subject of what happened ("the air force shot
    # down"); one that launched the attack ("the Russian military launched") is the attacker
    for s, src in primary:
        role = next((hits.covering("ROLE", k) for k in range(s + 1, min(s_end, s + 9)) if hits.covering("ROLE", k)), None)
        if role is None or src.type not in ("military", "government", "local_authority", "intelligence", "emergency_service"):
            continue
        if role[2] in ATTACK_ROLES:
            between = range(s + 1, role[0])
            if src.party and role[0] - s <= 4 and not any(doc[k].lower_ in res.nationality for k in between):
                facts.parties.append(src.party)  # "the Russian military launched 267 drones"
                continue
        facts.claimant = Claimant(src.name, src.party, src.type, reporter)
        return


ORGANISATION_WORDS = {"armed forces": "military", "military": "military", "army": "military", "air force": "military",
                      "navy": "military", "border guard": "military", "border service": "military",
                      "defence ministry": "military", "defense ministry": "military", "operational command": "military",
                      "foreign ministry": "government", "government": "government", "authorities": "government",
                      "police": "emergency_service", "emergency service": "emergency_service"}


def _organisation_speaker(res: Resources, doc: Doc, s_start: int, verbs: list[int], hits: Hits) -> Claimant | None:
    """'Lithuania's armed forces said', 'the Moldovan border police said': a country's body
    the registry does not list, named as the text names it."""
    for v in verbs:
        for length in (2, 1):
            words_at = v - length
            if words_at - 1 < s_start:
                continue
            phrase = " ".join(doc[k].lower_ for k in range(words_at, v))
            if phrase not in ORGANISATION_WORDS:
                continue
            k = words_at - 1
            if doc[k].lower_ in ("'s", "’s") and k - 1 >= s_start:
                k -= 1
            if k - 1 >= s_start and doc[k - 1].lower_ == "of":
                continue  # "the commander in chief of Ukraine's Armed Forces": a person, named elsewhere
            country = res.places.lookup(doc[k].text)
            party = res.nationality.get(doc[k].lower_) or (country.country if country and country.precision == "country" else None)
            if party is None and not doc[k].text.endswith(("ian", "ish", "ese", "an")):
                continue
            name = doc.text_of(k, v)
            known = res.sources.lookup(name)
            if known:
                return Claimant(known.name, known.party, known.type)
            return Claimant(name, party or (country.country if country else None), ORGANISATION_WORDS[phrase])
    return None


def _titled_person(res: Resources, doc: Doc, s_start: int, s_end: int, hits: Hits):
    """'Governor Andrei Bocharov', 'regional governor Vasily X' for people not in the registry."""
    from skytruce.reference.sources import Source
    for s, e, label in hits.spans("TITLE"):
        k = e
        while k < s_end and doc[k].lower_ in ("of", "the") or (k < s_end and hits.covering(PLACE, k)):
            k += 1
        name = []
        while k < s_end and doc[k].is_alpha and doc[k].text[:1].isupper() and len(name) < 3 \
                and not hits.covering(SOURCE, k):
            name.append(doc[k].text)
            k += 1
        if len(name) >= 2:
            kind = label.split(":")[1]
            countries = {p.country for p in _sentence_place_countries(res, doc, s_start, s_end, hits)}
            party = countries.pop() if len(countries) == 1 else None
            return s, Source(" ".join(name), party, kind)
    return None


def _sentence_place_countries(res, doc, s_start, s_end, hits):
    for s, e, _ in hits.spans(PLACE):
        entry = res.places.lookup(doc.text_of(s, e))
        if entry and entry.country and entry.precision != "country":
            yield entry


# -- targets, casualties, verification -------------------------------------------------

def _targets_casualties_cues(res: Resources, doc: Doc, s_start: int, s_end: int, hits: Hits, facts: Facts) -> None:
    for _, _, label in hits.spans("TARGET"):
        target = label.split(":")[1]
        if target not in facts.targets:
            facts.targets.append(target)
    for word_label, attr in (("KILLED_WORDS", "killed"), ("INJURED_WORDS", "injured")):
        for s, e, _ in hits.spans(word_label):
            value = _casualty_count(res, doc, s, e, s_start, s_end, hits)
            if value is not None:
                setattr(facts, attr, max(getattr(facts, attr) or 0, value))
    for s, e, label in hits.spans("CUE"):
        facts.cues.append((label.split(":")[1], doc.text_of(s, e)))
    for s, e, label in hits.spans("EVIDENCE"):
        kind = label.split(":")[1]
        negated = any(doc[k].lower_ in ("no", "without", "not", "nor", "neither", "lack", "absence")
                      for k in range(max(s_start, s - 3), s))
        if negated and kind not in facts.evidence_absent:
            facts.evidence_absent.append(kind)
        elif not negated and kind in ("video", "photo", "satellite") and kind not in facts.evidence:
            facts.evidence.append(kind)


SINGLE_PERSON = {"man", "woman", "boy", "girl", "child", "person", "civilian", "resident", "worker", "pensioner",
                 "soldier", "serviceman", "teenager", "driver", "policeman", "firefighter", "rescuer"}
VAGUE_COUNTS = {"a", "an", "dozens", "hundreds", "several", "dozen", "couple"}
CASUALTY_LINKS = {"were", "was", "have", "been", "had", "are", "other", "more", "civilians", "and", "people"}


def _casualty_count(res, doc, s, e, s_start, s_end, hits) -> int | None:
    """'13 people were injured', 'killing nine people', 'one injured worker'."""
    after = _casualty_after(res, doc, e, s_end, hits)
    if after is not None:  # "killing nine people", "wounded more than 40,"
        return after
    for k in range(max(s_start, s - 5), s):  # number before the word
        if not may_start_number(doc[k], res.number_words) or doc[k].lower_ in VAGUE_COUNTS:
            continue
        if k > s_start and doc[k - 1].lower_ in MONTH_WORDS:
            continue  # "on July 9 killed"
        parsed = read_number(doc, k, s, res.number_words)
        if parsed and parsed[1] <= s:
            between = doc[parsed[1]:s]
            if all(hits.covering("PEOPLE_WORDS", t.i) or t.lower_ in CASUALTY_LINKS for t in between):
                return parsed[0]
    nobody = s - 2 >= s_start and (doc[s - 2].lower_ in ("nobody", "none", "noone")
                                   or doc[s - 2].lower_ == "one" and s - 3 >= s_start and doc[s - 3].lower_ == "no")
    if after is None and s > s_start and doc[s - 1].lower_ == "was" and not doc[s].lower_.endswith("ing") and not nobody:
        return 1  # "Maksim Moiseev, a department head, was injured" (but not "nobody was hurt")
    return after


def _casualty_after(res, doc, e, s_end, hits) -> int | None:
    """'killing nine people', 'injuring three.', 'killing a 64-year-old man'."""
    if e < s_end and doc[e].lower_ in ("a", "an", "one"):
        for k in range(e + 1, min(s_end, e + 8)):
            if doc[k].lower_ in SINGLE_PERSON:
                return 1
            if not (doc[k].is_alpha or doc[k].like_num or doc[k].text == "-") or hits.covering("ROLE", k):
                break
    for k in range(e, min(s_end, e + 3)):
        if may_start_number(doc[k], res.number_words) and doc[k].lower_ not in VAGUE_COUNTS:
            parsed = read_number(doc, k, s_end, res.number_words)
            if parsed and (parsed[1] >= s_end or hits.covering("PEOPLE_WORDS", parsed[1])
                           or doc[parsed[1]].text in (".", ",", ";", "and")):
                return parsed[0]
    return None
