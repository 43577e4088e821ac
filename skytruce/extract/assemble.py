"""From sentence facts to claims: join the figures one report gives for one attack.

A report spreads one attack over several sentences ("the enemy launched 17 Shaheds" ...
"11 were shot down"). A figure joins the latest earlier figure for a compatible weapon
whose slot is still empty and whose claimant and date agree; otherwise it starts a new
attack. Claims are then the attacks grouped by claimant, date and attacker.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from skytruce.extract.document import Document, Figure, Sentence
from skytruce.extract.resources import Resources
from skytruce.extract.verification import status_of
from skytruce.model import Claim, Claimant, Place, TimeWindow, Verification, WeaponCount
from skytruce.reference import gazetteer, source_registry
from skytruce.reference.weapons import WeaponModel

UNNAMED_WEAPON = WeaponModel(None, "unknown")  # a strike whose weapon the text does not name
ORIGIN_PARTY = {"RU": "RU", "IR": "RU", "KP": "RU", "UA": "UA", "US": "UA", "GB": "UA", "FR": "UA"}


@dataclass
class Attack:
    weapon: WeaponModel
    launched: int | None = None
    destroyed: int | None = None
    qualifier: str = "exact"
    claimant: Claimant | None = None
    attacker: str | None = None
    time: TimeWindow | None = None
    sentences: list[int] = field(default_factory=list)
    areas: set[str] = field(default_factory=set)  # where it was aimed, as comparable keys

    @property
    def has_figures(self) -> bool:
        return self.launched is not None or self.destroyed is not None

    def accepts(self, fig: Figure, claimant: Claimant | None, time: TimeWindow | None, areas: set[str]) -> bool:
        if not compatible(self.weapon, fig.weapon):
            return False
        if areas and self.areas and not areas & self.areas:
            return False  # another region: another attack
        if not same_voice(claimant, self.claimant):
            return False
        if not same_time(time, self.time):
            return False
        if fig.attacker and self.attacker and fig.attacker != self.attacker:
            return False
        for slot in ("launched", "destroyed"):
            mine, theirs = getattr(self, slot), getattr(fig, slot)
            if theirs is not None and mine is not None and mine != theirs:
                return False
        launched = fig.launched if fig.launched is not None else self.launched
        destroyed = fig.destroyed if fig.destroyed is not None else self.destroyed
        return launched is None or destroyed is None or destroyed <= launched

    def absorb(self, fig: Figure, claimant: Claimant | None, time: TimeWindow | None, index: int) -> None:
        if (fig.weapon.name and not self.weapon.name) or (not self.weapon.name and self.weapon.category == "missile"):
            self.weapon = fig.weapon  # the more specific: "a missile strike" then "a ballistic missile"
        if fig.launched is not None:
            self.launched = fig.launched
            if fig.qualifier != "exact":
                self.qualifier = fig.qualifier
        if fig.destroyed is not None:
            self.destroyed = fig.destroyed
            if fig.qualifier != "exact" and self.qualifier == "exact":
                self.qualifier = fig.qualifier
        self.claimant = more_specific_voice(self.claimant, claimant)
        self.attacker = self.attacker or fig.attacker
        self.time = self.time or time
        if index not in self.sentences:
            self.sentences.append(index)


FINE = ("day", "hour")


def same_time(a: TimeWindow | None, b: TimeWindow | None) -> bool:
    """Day-precise dates more than a day apart are different attacks, and so are a night's
    attack and a month's campaign."""
    if not (a and b and a.end and b.end):
        return True
    if a.precision not in FINE or b.precision not in FINE:
        return a.precision == b.precision and a.start <= b.end and b.start <= a.end
    if _calendar(a) and _calendar(b):
        return a.end == b.end  # two dates the text spells out mean what they say
    return abs((a.end - b.end).days) <= 1  # a relative "overnight" may be dated by either morning


def _calendar(t: TimeWindow) -> bool:
    return any(ch.isdigit() for ch in t.text or "")


def same_voice(a: Claimant | None, b: Claimant | None) -> bool:
    """Unknown speakers fit anyone; a person fits the institution they speak for."""
    if a is None or b is None or a.name == b.name:
        return True
    registry = source_registry()
    sa, sb = registry.lookup(a.name), registry.lookup(b.name)
    return bool(sa and sb and (sa.affiliation == sb.name or sb.affiliation == sa.name))


def more_specific_voice(current: Claimant | None, new: Claimant | None) -> Claimant | None:
    """Keep the named person over the institution they speak for."""
    if current is None or new is None:
        return current or new
    source = source_registry().lookup(new.name)
    return new if source and source.affiliation == current.name else current


def compatible(a: WeaponModel, b: WeaponModel) -> bool:
    """Same model, or a category named without a model that covers the other."""
    if a.name and b.name:
        return a.name == b.name
    if a.category == b.category:
        return True
    return "missile" in (a.category, b.category) and "missile" in a.category and "missile" in b.category


def assemble(doc: Document) -> None:
    """Pipeline component: the document's `claims`."""
    for claim in _assemble(doc.res, doc.sentences, _document_time(doc.sentences, doc.reference)):
        claim.sentence = doc.text[claim.span[0]:claim.span[1]]
        doc.claims.append(claim)


def _document_time(facts: list[Sentence], ref: date | None) -> TimeWindow | None:
    """The date an undated figure takes: the first dated attack sentence, else the report's date."""
    for f in facts:
        if f.time and f.attack_context and f.time.precision in ("day", "hour"):
            return f.time
    return TimeWindow(ref, ref, "day", None) if ref else None


def _assemble(res: Resources, facts: list[Sentence], ref_time: TimeWindow | None) -> list[Claim]:
    attacks: list[Attack] = []
    last_time = ref_time
    pending_context: list[int] = []
    latest: list[Attack] = []  # the attacks the last eventful sentence told of
    for f in facts:
        time = f.time or last_time
        if f.time and f.time.precision in ("day", "hour"):
            last_time = f.time
        hint = f.parties[0] if f.parties else None
        touched = False
        before = {id(a): len(a.sentences) for a in attacks}
        for fig in f.figures:
            fig.attacker = fig.attacker or hint
            if fig.impact:
                counted = _find(attacks, lambda a: a.has_figures and compatible(a.weapon, fig.weapon)
                                and same_voice(f.claimant, a.claimant) and same_time(time, a.time)
                                and (a.launched or 0) > fig.launched)
                if counted is not None:  # "15 drones ... one drone hit a farm": part of those 15
                    counted.sentences.append(f.index)
                    touched = True
                    continue
            areas = target_areas(f)
            target = _find(attacks, lambda a: a.accepts(fig, f.claimant, time, areas))
            if target is None:
                target = Attack(fig.weapon, attacker=_early_attacker(res, fig, f))
                attacks.append(target)
            target.absorb(fig, f.claimant, time, f.index)
            target.areas |= areas
            touched = True
        for role, value, every, weapon in f.antecedent:
            kind = (lambda a: True) if weapon is None else (lambda a: compatible(a.weapon, weapon))
            if role == "spared":  # "all but 10 of the drones": the total was given before
                target = _find(attacks, lambda a: kind(a) and a.destroyed is None and a.launched is not None
                               and a.launched >= value and same_time(time, a.time))
                if target is not None:
                    target.destroyed = target.launched - value
                    target.sentences.append(f.index)
                    touched = True
                continue
            target = _find(attacks, lambda a: kind(a) and getattr(a, role) is None and a.has_figures and same_time(time, a.time) and (
                value is None or role != "destroyed" or a.launched is None or value <= a.launched))
            if target is not None:
                if value is None:
                    value = target.launched
                setattr(target, role, value)
                if every and role == "destroyed" and target.launched is None:
                    target.launched = value
                target.sentences.append(f.index)
                touched = True
        denial = not f.figures and any(status == "denied" for status, _ in f.cues)
        for weapon in [] if denial else f.named:  # "Moscow denied the claim about the missiles": a cue, not an attack
            if any(compatible(weapon, fig.weapon) for fig in f.figures):
                continue  # "11 missiles were fired: Iskander-M and Iskander-K"
            existing = _find(attacks, lambda a: compatible(a.weapon, weapon) and same_voice(f.claimant, a.claimant)
                             and (not hint or not a.attacker or a.attacker == hint) and same_time(time, a.time))
            if existing is None:
                if not f.eventful:
                    continue  # "Under the cover of drones": a weapon named, no attack told
                existing = Attack(weapon, claimant=f.claimant, time=time, attacker=hint)
                attacks.append(existing)
            elif weapon.name and not existing.weapon.name or (existing.weapon.category == "missile" and weapon.category != "missile"):
                existing.weapon = weapon
            if f.index not in existing.sentences:
                existing.sentences.append(f.index)
            existing.claimant = more_specific_voice(existing.claimant, f.claimant)
            touched = True
        if f.strike_by and not touched:
            told = [a for a in latest if a.weapon is not UNNAMED_WEAPON and a.attacker in (None, f.strike_by)
                    and same_voice(f.claimant, a.claimant)
                    and same_time(f.time or time, a.time) and f.index - max(a.sentences) <= 2]
            if told:  # "Ukraine says it hit an oil depot with drones. Its drone forces struck the depot ..."
                for a in told:
                    a.sentences.append(f.index)
                    a.claimant = more_specific_voice(a.claimant, f.claimant) or f.claimant
                    a.attacker = a.attacker or f.strike_by
            else:
                attacks.append(Attack(UNNAMED_WEAPON, claimant=f.claimant, time=f.time or time, attacker=f.strike_by,
                                      sentences=[f.index]))
            touched = True
        if not touched and f.claimant and latest and all(a.claimant is None for a in latest) \
                and f.index - max(latest[0].sentences) <= 2:
            for a in latest:
                a.claimant = f.claimant  # "This follows from a statement by Oleh Kiper"
        if touched:
            latest = [a for a in attacks if len(a.sentences) != before.get(id(a), 0)]
            for a in latest:
                a.sentences[:0] = [i for i in pending_context if i not in a.sentences]
            pending_context = []
        elif ((f.places or f.targets) and f.attack_context or f.killed or f.injured) \
                and f.text.rstrip()[-1:] in ".!?\"”'’":  # a sentence, not a heading
            if latest and f.index - max(latest[0].sentences) <= 2:
                for a in latest:  # what the sentences around an attack add to it
                    a.sentences.append(f.index)
                    a.claimant = a.claimant or f.claimant  # "the governor confirmed the attack"
            elif not attacks:
                pending_context.append(f.index)
    by_index = {f.index: f for f in facts}
    for attack in attacks:
        attack.attacker = attack.attacker or _infer_attacker(res, attack, by_index)
    majority = Counter(a.attacker for a in attacks if a.attacker).most_common(1)
    for attack in attacks:
        attack.attacker = attack.attacker or (majority[0][0] if majority else None)
    return _claims(res, attacks, facts, by_index)


def target_areas(f: Sentence) -> set[str]:
    """Sub-national places a sentence names as targets, keyed so city and oblast of one
    name meet ('Odesa' and 'Odesa Oblast')."""
    gaz = gazetteer()
    keys = set()
    for p in f.places:
        if p.role != "target" or p.precision in (None, "country"):
            continue
        bare = p.name.rsplit(" ", 1)[0] if p.name.endswith((" Oblast", " Region", " Krai")) else p.name
        entry = gaz.lookup(bare)
        keys.add(entry.name if entry else bare)
    return keys


def _early_attacker(res: Resources, fig: Figure, f: Sentence) -> str | None:
    """Whose weapons, as far as this sentence tells, so later mentions of the other side's
    weapons do not join this attack."""
    if fig.attacker:
        return fig.attacker
    if f.claimant and f.claimant.party and f.self_report:
        return f.claimant.party
    if fig.weapon.name and ORIGIN_PARTY.get(fig.weapon.origin or ""):
        return ORIGIN_PARTY[fig.weapon.origin]
    if f.claimant and f.claimant.party and fig.destroyed is not None and not f.parties:
        return res.opponents.get(f.claimant.party)
    countries = {p.country for p in f.places if p.role == "target" and p.country and p.precision != "country"}
    if len(countries) == 1 and not f.parties:  # "a drone attacked the Novoshakhtinsk refinery"
        return res.opponents.get(countries.pop())
    return None


def _find(attacks: list[Attack], fits) -> Attack | None:
    """The latest attack that fits, preferring one that already has figures."""
    fitting = [a for a in reversed(attacks) if fits(a)]
    return next((a for a in fitting if a.has_figures), fitting[0] if fitting else None)


def _infer_attacker(res: Resources, attack: Attack, by_index: dict[int, Sentence]) -> str | None:
    for i in attack.sentences:
        if by_index[i].parties:
            return by_index[i].parties[0]
    if attack.claimant and attack.claimant.party and any(by_index[i].self_report for i in attack.sentences):
        return attack.claimant.party
    origin = ORIGIN_PARTY.get(attack.weapon.origin or "")
    if origin and attack.weapon.name:
        return origin
    if attack.claimant and attack.claimant.party and attack.destroyed is not None:
        return res.opponents.get(attack.claimant.party)
    countries = Counter(p.country for i in attack.sentences for p in by_index[i].places
                        if p.country and p.precision != "country" and p.role == "target")
    if countries:
        return res.opponents.get(countries.most_common(1)[0][0])
    if attack.claimant and attack.claimant.party:
        return res.opponents.get(attack.claimant.party)
    return None


def _claims(res: Resources, attacks: list[Attack], facts: list[Sentence], by_index: dict[int, Sentence]) -> list[Claim]:
    groups: dict[tuple, list[Attack]] = {}
    for attack in attacks:
        key = (attack.claimant.name if attack.claimant else None, attack.time.end if attack.time else None,
               attack.attacker)
        groups.setdefault(key, []).append(attack)
    claims = []
    cue_owner = _cue_owners(groups, facts, res)
    for key, members in groups.items():
        indices = sorted({i for a in members for i in a.sentences})
        sents = [by_index[i] for i in indices]
        places: list[Place] = []
        for f in sents:
            places += [p for p in f.places if all(p.name != q.name for q in places)]
        targets = []
        for f in sents:
            targets += [t for t in f.targets if t not in targets]
        killed = max((f.killed for f in sents if f.killed is not None), default=None)
        injured = max((f.injured for f in sents if f.injured is not None), default=None)
        verification = Verification()
        for f in [by_index[i] for i in sorted(set(indices) | cue_owner.get(key, set()))]:
            verification.cues += [cue for _, cue in f.cues if cue not in verification.cues]
            verification.status = status_of([(verification.status, ""), *f.cues])
            verification.evidence += [e for e in f.evidence if e not in verification.evidence]
            verification.evidence_absent += [e for e in f.evidence_absent if e not in verification.evidence_absent]
        first, last = sents[0], sents[-1]
        time = members[0].time or TimeWindow()
        claims.append(Claim(
            span=(first.start, last.end), sentence="", claimant=members[0].claimant, attacker=key[2],
            weapons=[WeaponCount(a.weapon.name, a.weapon.category, a.launched, a.destroyed, a.qualifier)
                     for a in members if a.weapon is not UNNAMED_WEAPON],
            time=time, places=places, targets=targets, killed=killed, injured=injured, verification=verification,
        ))
    claims.sort(key=lambda c: c.span)
    return claims


PARTY_CLAIMS = re.compile(r"\b([a-z]+)'s\s+(?:\w+\s+)?(?:claims?|allegations?|reports?|statements?|assertions?)\b")
PLURAL_REFERENCES = re.compile(r"\b(?:claims|reports|allegations|statements|these|those|any of)\b")


def _cue_owners(groups: dict[tuple, list[Attack]], facts: list[Sentence], res: Resources) -> dict[tuple, set[int]]:
    """A cue sentence that belongs to no attack ('Kyiv has yet to comment on the claim')
    qualifies the claim told nearest before it, else the nearest after it; one that names
    a party's claims ("Russia's claims") qualifies that party's claims, and one about
    claims in the plural ("these claims could not be verified") every claim told before it.
    Hedges ('so-called') stay with their own sentence."""
    sentences = {key: sorted({i for a in members for i in a.sentences}) for key, members in groups.items()}
    owned = {i for indices in sentences.values() for i in indices}
    owners: dict[tuple, set[int]] = {}
    for f in facts:
        if f.index in owned or status_of(f.cues) == "asserted" or not sentences:
            continue
        before = [(max(i for i in idx if i < f.index), key) for key, idx in sentences.items() if idx[0] < f.index]
        after = [(idx[0], key) for key, idx in sentences.items() if idx[0] > f.index]
        lower = f.text.lower().replace("’", "'")
        named = {res.nationality[w] for w in PARTY_CLAIMS.findall(lower) if w in res.nationality}
        if named:
            keys = [key for key, members in groups.items()
                    if any(a.claimant and a.claimant.party in named for a in members)]
        elif before and PLURAL_REFERENCES.search(lower):
            keys = [key for _, key in before]
        else:
            keys = [max(before, key=lambda x: x[0])[1] if before else min(after, key=lambda x: x[0])[1]]
        for key in keys:
            owners.setdefault(key, set()).add(f.index)
    return owners
