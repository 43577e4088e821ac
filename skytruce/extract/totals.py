"""Totals: counts a report gives other than as a number before its weapon.

- A running total: 'общее количество сбитых беспилотников возросло до 11', 'кількість збитих дронів
  зросла до 40', or an ordinal, 'о пятой сбитой ракете'. It is the count so far: every
  smaller figure the same speaker gives for that weapon and night is part of it
  (`Figure.running`; `assemble` folds them in).
- A revision: 'later revised the number of drones shot down to 71', or with the weapon left to the
  sentence before, 'it raised that figure to 64': the count replaces the one the voice gave
  (`Figure.revision`).
- Strikes counted by the weapon that made them: 'два ракетні удари', 'второй удар КАБом',
  '17 ударів FPV-дронів', '52 атаки безпілотників'. Each strike is one weapon's, so two strikes
  are two of them (attacks only by a number: 'третя атака' is a wave, not three weapons).

What the words are is the lexicon's `totals` (empty in a language that needs none).
"""

from __future__ import annotations

from functools import lru_cache

from skytruce.extract.attacks import compatible
from skytruce.extract.document import Document, Figure, Hits, Sentence
from skytruce.extract.figures import _qualifier_before, _role_near, _weapon_phrase
from skytruce.extract.numbers import may_start_number, read_number
from skytruce.extract.resources import PLACE, WEAPON, Resources
from skytruce.extract.tokens import Tokens
from skytruce.reference.weapons import WeaponModel

REACH = 6  # tokens from an ordinal or a count to the weapon or the strike it counts
NOUN_REACH = 6  # tokens from 'the number of' to the weapon it counts


def totals(doc: Document) -> None:
    """Pipeline component: running totals and counted strikes, added to `figures`."""
    words = _words(doc.res)
    if not words.nouns and not words.ordinals and not words.strikes and not words.attacks and not words.revisions:
        return
    last: tuple[int, Figure] | None = None  # the last count told, and in which sentence
    for s in doc.read():
        _reached(doc.res, words, doc.tokens, s)
        _revised(doc.res, words, doc.tokens, s)
        _counted(doc.res, words, doc.tokens, s)
        if last is not None and s.index - last[0] <= REVISED_REACH:
            _revised_as_told(doc.res, words, doc.tokens, s, last[1])
        if s.hits.spans("KILLED_WORDS") or s.hits.spans("INJURED_WORDS"):
            last = None  # a toll told last: "the count had risen to 17" is of the people hurt
        elif s.figures:
            last = (s.index, s.figures[-1])


class _Words:
    """The lexicon's `totals`, as the tokens of its language read (lemmas where inflected)."""

    def __init__(self, res: Resources):
        data = res.lexicon.data.get("totals") or {}
        key = res.key if res.lemmatizer else str.lower
        self.nouns = {key(w) for w in data.get("count_nouns", [])}
        self.ordinals = {key(w): int(n) for w, n in (data.get("ordinals") or {}).items()}
        self.strikes = {key(w) for w in data.get("strike_nouns", [])}
        self.attacks = {key(w) for w in data.get("attack_nouns", [])}
        self.strike_weapons = {key(w): alias for w, alias in (data.get("strike_adjectives") or {}).items()}
        self.revisions = {key(w) for w in data.get("revisions", [])}


@lru_cache(maxsize=4)
def _words(res: Resources) -> _Words:
    return _Words(res)


def count_nouns(res: Resources) -> set[str]:
    """The lexicon's nouns of a count ('кількість', 'число'), as its tokens read."""
    return _words(res).nouns


def revision_verbs(res: Resources) -> set[str]:
    """The lexicon's verbs of revising a count ('corrected', 'уточнити'), as its tokens read."""
    return _words(res).revisions


def _reached(res: Resources, words: _Words, toks: Tokens, s: Sentence) -> None:
    """'общее количество сбитых беспилотников возросло до 11': the number after a verb of reaching, of
    the weapon a count noun before it names."""
    hits = s.hits
    if not hits.spans(WEAPON):
        return
    for start, end, _ in hits.spans("TOTAL_VERBS"):
        if end >= s.last or not may_start_number(toks[end], res.number_words):
            continue
        parsed = read_number(toks, end, s.last, res.number_words)
        weapon = _weapon_before(res, toks, hits, s, start)
        if parsed is None or weapon is None or _taken(s, end):
            continue
        at, model = weapon
        noun = next((k for k in range(max(s.first, at - NOUN_REACH), at) if toks[k].lower_ in words.nouns), None)
        if noun is None or any(hits.covering("KILLED_WORDS", k) or hits.covering("INJURED_WORDS", k) for k in range(noun, at)):
            continue  # not a count: 'беспилотники достигли 5 регионов'; a toll: 'the number of people hurt in the drone
            # strikes had reached 17'
        role = _role_near(res, toks, at, at + 1, s.first, start, hits)
        _add(s, model, parsed[0], role, at, running=True)


def _revised(res: Resources, words: _Words, toks: Tokens, s: Sentence) -> None:
    """'later revised the number of drones shot down to 71': the count a source corrected, which
    replaces the one it gave before (`Figure.revision`)."""
    if not s.words & words.revisions or not s.hits.spans(WEAPON):
        return
    for m in range(s.first, s.last):  # "he corrected himself: two bombs had struck": the count a correction announces
        colon = next((n for n in range(m + 1, min(s.last, m + 4)) if toks[n].text in (":", "—")), None) \
            if toks[m].lower_ in words.revisions else None
        if colon is None or any(ch.isdigit() for n in range(m + 1, colon) for ch in toks[n].text):
            continue  # (not "Updated at 11:10: ...", "Оновлено о 11:10:": a page's stamp, no correction)
        fig = next((f for f in s.figures if colon < f.token <= colon + REVISION_REACH), None)
        if fig is not None:  # (its first count only: not the parts told after it, 'три КАБи — два на ... і один на ...')
            fig.revision, fig.impact = True, False
    for k in range(s.first + 1, s.last - 1):
        if toks[k].lower_ != "to" or not may_start_number(toks[k + 1], res.number_words) or _taken(s, k + 1):
            continue
        if not any(toks[m].lower_ in words.revisions for m in range(max(s.first, k - REVISION_REACH), k)):
            continue
        parsed = read_number(toks, k + 1, s.last, res.number_words)
        weapon = _weapon_before(res, toks, s.hits, s, k)
        if parsed is None or weapon is None:
            continue
        at, model = weapon
        if any(toks[m].lower_ in words.nouns for m in range(max(s.first, at - NOUN_REACH), at)):
            _add(s, model, parsed[0], _role_near(res, toks, at, at + 1, s.first, k, s.hits), at, running=False)
            if s.figures and s.figures[-1].token == at:
                s.figures[-1].revision = True


REVISION_REACH = 12  # tokens from "revised" to the "to" before the corrected figure
REVISED_REACH = 2  # sentences from a count to the one that revises it with no weapon named
REVISED_WORD_REACH = 4  # tokens from the verb of revising to the count's noun ('raised that figure to')


def _revised_as_told(res: Resources, words: _Words, toks: Tokens, s: Sentence, before: Figure) -> None:
    """'It raised that figure to 29', 'he said the number had risen to 14': a count's noun, with no
    weapon in the sentence, revised to a number; it replaces the count told last, in its role."""
    hits = s.hits
    if not s.words & words.nouns or hits.spans("KILLED_WORDS") or hits.spans("INJURED_WORDS"):
        return  # (the usual sentence; not "the number of injured rose to 14")
    for k in range(s.first, s.last - 2):
        if toks[k].lower_ not in words.nouns or toks[k + 1].lower_ in res.words["partitive"]:
            continue  # (not "the number of air-raid alerts rose to 30": another count)
        at = _revised_number(res, words, toks, s, k)
        if at is None or any(hits.covering(WEAPON, m) for m in range(s.first, at)) or _taken(s, at):
            continue  # (a weapon named before it: the rules of a count's own weapon read it)
        role = "destroyed" if before.destroyed is not None and before.launched is None else "launched"
        value = read_number(toks, at, s.last, res.number_words)[0]
        fig = _add(s, before.weapon, value, role, k, running=False, qualifier=_qualifier_before(res, toks, hits, at))
        if fig is not None:
            fig.revision = True
        return


def _revised_number(res: Resources, words: _Words, toks: Tokens, s: Sentence, noun: int) -> int | None:
    """Where the number a count's noun was revised to starts: after a verb of reaching ('had risen
    to 14'), or after the 'to' of a verb of revising ('raised that figure to 29')."""
    m = noun + 1
    while m < s.last and toks[m].lower_ in res.words["auxiliaries"]:
        m += 1  # (only "had", "has been" between: not 'кількість знешкоджених цілей зросла до 305', another count)
    verb = s.hits.covering("TOTAL_VERBS", m)
    if verb is not None and verb[1] < s.last and may_start_number(toks[verb[1]], res.number_words):
        return verb[1]
    if m + 1 < s.last and toks[m].lower_ in ("to", "до") and may_start_number(toks[m + 1], res.number_words) \
            and any(toks[n].lower_ in words.revisions for n in range(max(s.first, noun - REVISED_WORD_REACH), m)):
        return m + 1
    return None


def _counted(res: Resources, words: _Words, toks: Tokens, s: Sentence) -> None:
    """'о пятой сбитой ракете' (an ordinal: a running total), 'два ракетні удари', 'второй
    удар КАБом' (strikes of a missile or a bomb: that many of them)."""
    hits = s.hits
    if not hits.spans(WEAPON) and not s.words & words.strike_weapons.keys():
        return  # nothing here to count
    k = s.first
    while k < s.last:
        ordinal = words.ordinals.get(toks[k].lower_)
        number = None if ordinal or not may_start_number(toks[k], res.number_words) \
            else read_number(toks, k, s.last, res.number_words)
        if ordinal is None and number is None or _taken(s, k):
            k += 1
            continue
        value, after = (ordinal, k + 1) if ordinal else number
        found = _counted_weapon(res, words, toks, hits, after, s.last, ordinal is not None)
        if found and not (found[2] and _counted_after(s, found[1], after)):
            at, model, strike = found
            role = "launched" if strike else _role_near(res, toks, at, at + 1, s.first, s.last, hits)
            _add(s, model, value, role, at, running=ordinal is not None,
                 qualifier="exact" if ordinal else _qualifier_before(res, toks, hits, k))  # ("около десяти атак дронов")
        k = after


def _counted_weapon(res: Resources, words: _Words, toks: Tokens, hits: Hits, k: int, end: int,
                    ordinal: bool) -> tuple[int, WeaponModel, bool] | None:
    """The weapon a count or an ordinal at k counts: (where it is named, the weapon, whether
    it counts strikes). An ordinal may count the weapon itself ('пятой сбитой ракете');
    a number counts it only through strikes (figures reads '32 беспилотника')."""
    adjective, strike = None, False
    for m in range(k, min(end, k + REACH)):
        lower = toks[m].lower_
        if hits.at(WEAPON, m) and (strike or ordinal):
            phrase = _weapon_phrase(res, toks, m, end, hits)
            if phrase is None:
                return None
            return m, phrase[1], strike
        if lower in words.strikes or not ordinal and lower in words.attacks:
            strike = True
        elif lower in words.strike_weapons:
            adjective = res.weapons.lookup(words.strike_weapons[lower])
        elif lower in res.event_nouns:
            break  # "третья атака беспилотников": the attacks counted, not the drones
        elif not (lower in res.modifiers or hits.covering("ROLE", m) or hits.covering(PLACE, m)
                  or lower in res.words["place_prepositions"]):
            break  # (a place may stand between: 'пятой сбитой над Джанкоем ракете')
    return (k, adjective, True) if strike and adjective is not None else None


def _counted_after(s: Sentence, weapon: WeaponModel, k: int) -> bool:
    """The strikes' weapons counted right after them ('двох ракетних ударів із застосуванням
    п'яти ракет'): that count is theirs, not one per strike."""
    return any(compatible(f.weapon, weapon) and k <= f.token <= k + 2 * REACH for f in s.figures)


def _weapon_before(res: Resources, toks: Tokens, hits: Hits, s: Sentence, stop: int) -> tuple[int, WeaponModel] | None:
    for start, _, _ in reversed(hits.spans(WEAPON)):
        if s.first <= start < stop:
            phrase = _weapon_phrase(res, toks, start, stop, hits)
            return (start, phrase[1]) if phrase else None
    return None


def _taken(s: Sentence, token: int) -> bool:
    """Whether figures already read a count at this token."""
    return any(f.token == token for f in s.figures)


def _add(s: Sentence, weapon: WeaponModel, value: int, role: str | None, token: int, running: bool,
         qualifier: str = "exact") -> Figure | None:
    """The count added to the sentence's figures in its role (none for what was lost)."""
    fig = Figure(weapon, token=token, running=running, qualifier=qualifier)
    if role == "destroyed":
        fig.destroyed = value
    elif role != "lost":
        fig.launched = value
    else:
        return None
    s.figures.append(fig)
    s.figures.sort(key=lambda f: f.token)
    return fig
