"""From sentences to claims: join the figures one report gives for one attack.

A report spreads one attack over several sentences ("the enemy launched 17 Shaheds" ...
"11 were shot down"), often starting in the headline. Reading the sentences in order:

- a figure joins the latest attack of a compatible weapon whose slot is still empty and
  whose claimant, date and region agree; otherwise it starts a new attack;
- "11 of them were destroyed" fills the slot of the attack just told;
- a weapon named without a count joins the attack of that weapon, or starts one when the
  sentence tells of something happening;
- a sentence that adds places, damage or casualties joins the attack told just before it,
  unless someone else tells it (a mayor after the air force): then it is that speaker's
  own account of the attack;
- figures that make up a total given before ("18 over Bryansk, ten over Kursk") are the
  total's breakdown, not attacks of their own.

Claims are then the attacks grouped by claimant, date and attacker, each with the
verification cues of its sentences and of the cue sentences that speak of it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date

from skytruce.extract.attacks import (
    INSIDE,
    ORIGIN_PARTY,
    REGION,
    Attack,
    areas_meet,
    compatible,
    more_specific_voice,
    same_time,
    same_voice,
)
from skytruce.extract.document import POST_STAMP, Document, Figure, Reference, Sentence
from skytruce.extract.figures import list_item
from skytruce.extract.resources import Resources
from skytruce.extract.timex import DAYS_BEFORE, STATEMENT_DATE, clock_time, meaning
from skytruce.extract.tokens import Tokens
from skytruce.extract.verification import status_of
from skytruce.model import Claim, Place, TimeWindow, Verification, WeaponCount
from skytruce.reference import gazetteer
from skytruce.reference.weapons import WeaponModel

ALL_REACH = 2  # sentences back an 'All were destroyed.' of its own reaches
ALL_COUNTED_REACH = 4  # sentences on from 'все дроны сбиты' to the count the same voice gives of them
UNNAMED_WEAPON = WeaponModel(None, "unknown")  # a strike whose weapon the text does not name
CONTEXT_REACH = 2  # sentences after an attack whose places and casualties still belong to it
FIGURE_PLACE_REACH = 9  # tokens from a figure to the place it was aimed at ("12 drones over the territory of the Belgorod region")


def assemble(doc: Document) -> None:
    """Pipeline component: the document's `claims`."""
    assembly = Assembly(doc.res, doc.tokens, _document_time(doc.sentences, doc.reference, doc.res))
    for sentence in doc.sentences:
        assembly.read(sentence, new_line=doc.opens_line(sentence))
    attacks = assembly.finish(doc.sentences)
    for claim in _claims(doc.res, attacks, doc.sentences):
        claim.sentence = doc.text[claim.span[0]:claim.span[1]]
        doc.claims.append(claim)
    _counts_at_odds(doc.claims)


EARLIER_EPISODE = 2  # days before the report's date from which a date tells another episode
HISTORY = 14  # days before the report's date from which a date is history, whose paragraph it stays in


def _before_its_date(f: Sentence, figures: bool = False) -> str | None:
    """The words just before the day a sentence with no figure (or any sentence) names."""
    said = f.time.text if f.time else None
    if f.figures and not figures or not said or said not in f.text:
        return None
    return f.text[:f.text.index(said)].rstrip()[-60:] + " "


def _inside_the_night(res: Resources, f: Sentence, night: TimeWindow | None) -> bool:
    """A sentence with no figures that names the evening the night told before began ('21:30
    (5 Mar) – first drones enter' under 'overnight into 6 March'): an hour of that night, which
    the figures after it still belong to (not 'the night before, which ended early on Monday')."""
    return not f.figures and night is not None and f.time is not None and night.start < night.end \
        and f.time.start == f.time.end == night.start and bool(res.evening and res.evening.search(f.text))


def _said_on(f: Sentence) -> bool:
    """The sentence's day is only the day something was said ('Lysak wrote on Telegram on
    Wednesday morning'): not the day of the attack the figures after it tell."""
    before = _before_its_date(f)
    return bool(before and STATEMENT_DATE.search(before))


def _latest_earlier_strike(res: Resources, f: Sentence) -> bool:
    """The sentence's day is the latest of a target's earlier strikes ('struck by drones
    before, most recently on 24 October')."""
    before = _before_its_date(f, figures=True)  # ("... most recently on 24 October, when 40 drones hit it")
    return bool(before and res.last_strike and res.last_strike.search(before))


def _earlier_strike(res: Resources, f: Sentence) -> bool:
    """The sentence's day is that of a strike it names only to date another by ('the second
    attack in five days, after a strike on Tuesday'), with no weapon of its own, or the
    latest of a target's earlier strikes."""
    before = _before_its_date(f)
    return bool(before and res.earlier_strike and not f.named and res.earlier_strike.search(before)) \
        or _latest_earlier_strike(res, f)


def _document_time(sentences: list[Sentence], ref: date | None, res: Resources) -> TimeWindow | None:
    """The date an undated figure takes: the first dated attack sentence, else the report's
    date; not a day well before the report's ('2 November ...' in a report of 4 November
    tells an earlier strike after the report's own)."""
    told = False  # an attack told before the first date
    for s in sentences:
        if s.time and s.time.precision == "hour" and (s.time.end - s.time.start).days == 1 and not s.attack_context:
            return s.time  # a heading's day of a summary ("з 08:00 11 липня до 08:00 12 липня"), before what it lists
        if s.time and s.attack_context and s.time.precision in ("day", "hour") \
                and not _latest_earlier_strike(res, s) and not s.caption \
                and not s.text.lower().lstrip("«\"„ ").startswith(res.recall_openers):  # (not "Напомню, 15 сентября")
            if told and ref and s.time.end and (ref - s.time.end).days >= EARLIER_EPISODE and (s.figures or s.named):
                break
            if told and meaning(s.time.text) in DAYS_BEFORE:
                break  # "... 17 drones overnight. Накануне, около 21:40, ...": the day before the report's own
            return s.time
        told = told or bool(s.figures and s.claimant)
    return TimeWindow(ref, ref, "day", None) if ref else None


EVERY_REACH = 16  # tokens from a count to the 'all of which', 'both were' that speaks of it


class Assembly:
    """The attacks told so far, and the sentence-by-sentence rules that grow them."""

    def __init__(self, res: Resources, tokens: Tokens, ref_time: TimeWindow | None):
        self.res = res
        self.tokens = tokens
        self.attacks: list[Attack] = []
        self.ref_time = self.last_time = ref_time
        self.dated_in_passing = False  # whether the sentence that named `last_time` told no figures of it
        self.set_aside: TimeWindow | None = None  # that day of history, once a paragraph after it went back
        self.latest: list[Attack] = []  # the attacks the last sentence that told of one added to
        self.pending: list[tuple[int, TimeWindow | None]] = []  # context sentences before the first attack
        self.early_tolls: list[Sentence] = []  # tolls in a named voice told before any attack
        self.placed: dict[int, Attack] = {}  # id of a figure -> the attack it went to
        # sentences told in a side's voice, not a named source's ("Russia says ...", the other side of a
        # denial): True where its figures are that side's claim as another denies it
        self.side_voiced: dict[int, bool] = {}
        self.previous: Sentence | None = None
        self.wordless: list[int] = []  # lines that tell nothing of an attack ('Скриншот з відео'): no distance
        self.dated: set[int] = set()  # the sentences whose attacks take the time they state

    def read(self, f: Sentence, new_line: bool = False) -> None:
        if not (f.attack_context or f.places or f.speaker or f.killed or f.injured or _closed(f.text)):
            self.wordless.append(f.index)
        if f.denied is not None or (f.speaker is not None and f.speaker.kind == "generic"):
            self.side_voiced[f.index] = f.denied is not None
        if POST_STAMP.match(f.text):
            self.last_time = self.ref_time  # a live page's next post: the day the last one named was its own
        elif new_line and self._after_history():
            self.set_aside, self.last_time = self.last_time, self.ref_time
        elif new_line and self._after_the_day_before():
            self.last_time = self.ref_time
        if f.time is None and self.set_aside and self.res.that_time and self.res.that_time.search(f.text):
            self.last_time = self.set_aside  # "What struck the city that night": the night of history told before
        inside = _inside_the_night(self.res, f, self.last_time)
        if (f.time is None or f.time.start == f.time.end and not f.time.start_at) and not f.caption \
                and (f.figures or f.named or f.attack_context and not f.speaker) \
                and not any(g.revision for g in f.figures):  # (not "At noon it raised the figure to 64")
            f.time = self._at_the_clock(f) or f.time  # "At 15:10 two bombs hit the plant" (not "he said at 16:00")
        # (a caption's day is its picture's, maybe of an earlier strike: it dates neither its own figures nor the next)
        time = self.last_time if inside or f.caption else f.time or self.last_time
        if f.time and f.time.precision in ("day", "hour") and not _earlier_strike(self.res, f) and not _said_on(f) \
                and not inside and not f.caption:
            self.last_time, self.set_aside = f.time, None
            self.dated_in_passing = not f.figures
        sizes = {id(a): len(a.sentences) for a in self.attacks}
        touched = self._figures(f, time)
        touched |= self._references(f, time)
        touched |= self._named(f, time)
        touched |= self._strike(f, time, touched)
        stated = f.time is not None and time is f.time
        if stated:
            self.dated.add(f.index)
        if touched:
            self.latest = [a for a in self.attacks if len(a.sentences) != sizes.get(id(a), 0)]
            for a in self.latest:
                if stated and same_time(a.time, f.time) \
                        and not any(i in self.dated for i in a.sentences if i != f.index):
                    a.time = f.time  # the first time one of its own sentences states, not the one carried from before
                a.sentences[:0] = [i for i, t in self.pending if i not in a.sentences and not _coarser(t, a.time)
                                   and f.index - i <= CONTEXT_REACH]  # a lede, not an essay's opening
            self.pending = []
        elif self._regional_part(f):
            for a in self.latest:
                a.told_in(f.index)  # "in particular: • over the Kursk region — 25;": where the total fell
        elif f.places and all(p.role == "launch" for p in f.places) and not f.figures and not f.named \
                and list_item(f.text):
            for a in self.latest:
                a.told_in(f.index)  # "• Bryansk, Kursk and Millerovo – Russian Federation;" under its launch directions
        elif _place_label(self.res, f):
            self.pending.append((f.index, f.time))  # "Ізюмський район, м. Балаклія." over the strike told next
        elif _adds_context(f):
            self._context(f, time)
        elif self._claims_latest(f):
            for a in self.latest:
                a.claimant = f.claimant  # "This follows from a statement by Oleh Kiper"
        self.previous = f

    def _at_the_clock(self, f: Sentence) -> TimeWindow | None:
        """The daytime moment a sentence names for its strike ('at 15:10', 'in the afternoon'), on
        the day it names or would otherwise take from those before: apart from the night that
        ended that morning."""
        day = f.time or self.last_time
        if day is None or day.end is None or day.precision not in ("day", "hour") or (day.end - day.start).days > 1:
            return None
        moment = clock_time(f.text, day.end)
        return replace(moment, text=f.time.text) if moment and f.time else moment  # (a day named stays that day)

    # -- what a sentence can add -----------------------------------------------------------

    def _figures(self, f: Sentence, time: TimeWindow | None) -> bool:
        breaks = {k for k in range(f.first, f.last) if self.tokens[k].text == ";"} if f.parties else set()
        touched = False
        for fig in sorted(f.figures, key=lambda g: g.impact):  # (what hit, after the count it may be part of)
            fig.attacker = fig.attacker or f.party_of_clause(fig.token, breaks)
            if fig.revision and self._revise(fig, f):
                touched = True
                continue
            if fig.summed:
                self._as_sum(fig, f, time)
            areas = self._areas(f, fig.token)
            if fig.impact:
                counted = self._find(lambda a: a.has_figures and compatible(a.weapon, fig.weapon)
                                     and same_voice(f.claimant, a.claimant) and same_time(time, a.time)
                                     and not _own_day(f, a) and areas_meet(areas, a.areas)  # (not another community's)
                                     and not a.beyond(f.claimant, areas)
                                     and not (fig.additional and a.destroyed is None)  # "two hit ..., another fell": one more
                                     and ((a.launched or 0) > fig.launched if fig.launched is not None
                                          else max(a.launched or 0, a.destroyed or 0) > fig.destroyed))
                if counted is not None:  # "15 drones ... one drone hit a farm": part of those 15
                    counted.told_in(f.index)
                    touched = True
                    continue
            countries = {p.country for p in f.places if p.role == "target" and p.country}
            spots = spot_keys(f.places)
            same = self._same_figure(fig, f, time, areas)
            if same and _another_spot(fig, spots, same):
                same = None
            whole_country = not areas and any(p.role == "target" and p.precision == "country" for p in f.places)
            fits = lambda a: a.accepts(fig, f.claimant, time, areas, countries) \
                and not _another_spot(fig, spots, a) and not self._listed_apart(f, fig, a) \
                and not (whole_country and f.claimant is None and a.regional_voice)  # noqa: E731
            total = not fig.weapon.name and fig.weapon.category == "missile"  # (drones of one swarm are one)
            target = same or (total and self._find(lambda a: fits(a) and a.weapon == fig.weapon and a.launched is not None
                                                   and a.qualifier == "exact")) \
                or self._find(fits)  # ("downed 23 missiles": the missiles' total, before any model among them)
            if target is None:
                target = Attack(self._of_those_told(fig) or fig.weapon, attacker=_early_attacker(self.res, fig, f))
                self.attacks.append(target)
            elif same and f.claimant and f.index not in self.side_voiced and self._side_voiced(target):
                target.claimant = None  # a side's claim, then its source's own words: theirs
                if any(self.side_voiced[i] for i in target.sentences):
                    target.time = None  # (and their day, where the side's was the day of a denial)
            target.absorb(fig, f.claimant, time, f.index)
            target.nationwide |= whole_country
            target.areas |= areas
            target.countries |= countries
            target.spots |= spot_keys(f.places)
            self.placed[id(fig)] = target
            touched = True
        return touched

    def _of_those_told(self, fig: Figure) -> WeaponModel | None:
        """'two of the drones had been downed over his region', after '15 Shahed drones': a
        part of the weapons just told, by their model."""
        words = self.res.words
        at = fig.token + 1
        if fig.weapon.name or at + 1 >= len(self.tokens) or self.tokens[at].lower_ not in words["partitive"] \
                or self.tokens[at + 1].lower_ not in words["definite"]:
            return None
        told = next((a for a in reversed(self.latest) if a.weapon.name and compatible(a.weapon, fig.weapon)), None)
        return told.weapon if told is not None else None

    def _listed_apart(self, f: Sentence, fig: Figure, attack: Attack) -> bool:
        """'fired an intercontinental ballistic missile ..., alongside a Kinzhal': two weapons
        one sentence lists as launched, and no more, are two, not one told twice (as 'seven
        Kalibrs ..., all seven missiles shot down' is)."""
        return any(self.placed.get(id(g)) is attack and g.weapon != fig.weapon
                   and None not in (g.launched, fig.launched) and g.destroyed is None and fig.destroyed is None
                   and self._listed_after(max(g.token, fig.token), f.first)
                   for g in f.figures if g is not fig)

    def _listed_after(self, token: int, first: int) -> bool:
        """Whether the count at `token` opens one more item of a list ('and seven Kh-101s',
        'alongside a Kinzhal', 'along with two Kalibrs', 'а також дві ракети')."""
        words = self.res.words
        k = token - 1
        while k > first and self.tokens[k].lower_ in words["list_determiners"]:
            k -= 1
        return self.tokens[k].lower_ in words["conjunctions"] \
            or self.tokens.phrase_ends_at(k + 1, words["list_openers"], first)

    def _revise(self, fig: Figure, f: Sentence) -> bool:
        """A corrected count: the same voice's count of that weapon in that role, replaced."""
        role = "destroyed" if fig.destroyed is not None else "launched"
        told = self._find(lambda a: compatible(a.weapon, fig.weapon) and same_voice(f.claimant, a.claimant)
                          and getattr(a, role) is not None)
        if told is None:
            return False
        setattr(told, role, getattr(fig, role))
        told.told_in(f.index)
        return True

    def _as_sum(self, fig: Figure, f: Sentence, time: TimeWindow | None) -> None:
        """'In total, 20 drones': the sum of the counts of that weapon the same voice told, in
        their role ('17 destroyed ... three more destroyed ... in total 20')."""
        told = self._find(lambda a: compatible(a.weapon, fig.weapon) and same_voice(f.claimant, a.claimant)
                          and same_time(time, a.time) and a.has_figures)
        if told is None:
            return
        fig.running = True
        if told.launched is None and fig.launched is not None and fig.destroyed is None:
            fig.launched, fig.destroyed = None, fig.launched

    def _references(self, f: Sentence, time: TimeWindow | None) -> bool:
        """'11 of them were destroyed', 'all but 10 of the drones': a slot of an attack told
        before; 'another four were shot down': a new figure for the weapon told before."""
        touched = False
        for ref in sorted(f.references, key=lambda r: r.token):  # (in the order told: "18 Kh-101s, all of which ...")
            def kind(a: Attack) -> bool:
                return ref.weapon is None or compatible(a.weapon, ref.weapon)

            if ref.role == "destroyed" and ref.every and ref.value is None:
                model = self._find(lambda a: ref.weapon is not None and ref.weapon.name is not None
                                   and a.weapon.name == ref.weapon.name and a.destroyed is None
                                   and a.launched is not None and same_time(time, a.time))
                if model is not None:  # "..., all of the Kalibrs and three Iskanders": the Kalibrs told before
                    model.destroyed = model.launched
                    model.told_in(f.index)
                    touched = True
                    continue
                told = [fig for fig in f.figures if fig.token < ref.token]  # (not "..., and 12 Iskanders" after it)
                listed = [a for a in self.attacks if f.index in a.sentences and kind(a) and same_time(time, a.time)
                          and (a.launched is None) != (a.destroyed is None)
                          and any(compatible(a.weapon, fig.weapon) for fig in told)]
                # ("six ATACMS and four Storm Shadows ..., all of which were destroyed"; "four Kh-101s fired ...
                # and three Kalibrs ... were all shot down"; "7 Geran-2, all shot down")
                if not listed and not told:  # "... and three Orlan-10s. All were destroyed[, it said, along with nine Shaheds]."
                    listed = [a for a in self._told_just_before(f, time)  # (the same voice's: not a claim of hits
                              if a.destroyed is None and a.launched is not None and kind(a)  # another denies)
                              and same_voice(a.claimant, f.claimant)]
                if listed:
                    for a in listed:
                        a.launched, a.destroyed = a.launched or a.destroyed, a.destroyed or a.launched
                        a.told_in(f.index)
                        a.claimant = more_specific_voice(a.claimant, f.claimant)
                    touched = True
                    continue
                if ref.weapon is None and told and any(ref.token - fig.token <= EVERY_REACH for fig in told):
                    continue  # ("the two Iskanders ... and that both were intercepted": counted already)
                downed = [a for a in self._told_just_before(f, time) if a.destroyed is not None and a.launched is None
                          and kind(a)] if not f.figures else []
                counted = self._find(lambda a: kind(a) and a.destroyed is not None and a.launched is None
                                     and same_time(time, a.time))
                every_one = downed if len(downed) > 1 else [counted] if counted is not None else []
                for a in every_one:
                    a.launched = a.destroyed  # "it shot down three drones ... all of the drones were destroyed";
                    a.told_in(f.index)  # "seven Tochka-U and nine rockets ... All of them were shot down": each
                if every_one:
                    touched = True
                    continue
            if ref.role == "destroyed" and ref.value is not None and f.lost:
                whole = next((a for a in reversed(self.latest) if kind(a) and a.destroyed == ref.value + sum(f.lost)), None)
                if whole is not None:  # "neutralised 71 of 98 drones. Of them, 51 were shot down and 20 lost locally"
                    whole.destroyed = ref.value
                    whole.told_in(f.index)
                    touched = True
                    continue
            nearest = self._counted_just_before(f, ref)
            if ref.role == "spared":
                fits = lambda a: (kind(a) and a.destroyed is None and a.launched is not None  # noqa: E731
                                  and a.launched >= ref.value and same_time(time, a.time))
                target = nearest if nearest is not None and fits(nearest) else self._find(fits)
                if target is not None:
                    target.destroyed = target.launched - ref.value
                    target.told_in(f.index)
                    touched = True
                continue
            def open_slot(a: Attack) -> bool:
                return getattr(a, ref.role) is None and a.has_figures and same_time(time, a.time) \
                    and (ref.value is None or ref.role != "destroyed" or a.launched is None or ref.value <= a.launched)

            # "of which 44": of this sentence's figure (whichever model of a list was named
            # last); "one of them": of the weapon the sentence before just told; else the
            # latest of the same voice that fits
            here = [a for a in reversed(self.attacks) if f.index in a.sentences and open_slot(a)]
            counted = self._find(lambda a: kind(a) and getattr(a, ref.role) is None and a.launched == ref.of_count) \
                if ref.of_count is not None else None  # "Of the 273, 88 were shot down": the 273 told before, whenever
            nearest = nearest if nearest is not None and kind(nearest) and open_slot(nearest) else None
            target = counted or nearest or next((a for a in [*here, *reversed(self.latest)] if kind(a) and open_slot(a)), None) \
                or (here[0] if here else None) \
                or self._find(lambda a: kind(a) and open_slot(a) and same_voice(f.claimant, a.claimant))
            if target is None and ref.how_many:
                target = next((a for a in reversed(self.latest) if kind(a) and not a.has_figures), None)
                # ("Drones attacked the city ... There were at least six of them": how many the named ones were)
            whole = self._typed_whole(ref, f) if target is None else None
            if target is None and ((ref.another and ref.value is not None and self.latest) or whole):
                told = whole or self.latest[-1]  # "another four were shot down"; "27 drones, 14 of them Shaheds"
                target = Attack(ref.weapon or told.weapon, claimant=f.claimant or told.claimant, attacker=told.attacker,
                                time=time, areas=self._areas(f, ref.token))
                self.attacks.append(target)
            elif target is None and ref.weapon is not None and ref.value is not None and ref.role in ("launched", "destroyed") \
                    and not any(compatible(a.weapon, ref.weapon) for a in self.attacks):
                # "Of the missiles, 59 were shot down" where no attack with them was told before
                # (a live blog tells the tally after): that weapon's own figure
                target = Attack(ref.weapon, claimant=f.claimant, attacker=f.parties[0] if f.parties else None,
                                time=time, areas=self._areas(f, ref.token))
                self.attacks.append(target)
            elif target is None and (ref.value or 0) > 1 and ref.share is None and ref.role in ("launched", "destroyed") \
                    and f.claimant and f.speaker is not None and f.speaker.kind == "named" and self.latest \
                    and not same_voice(f.claimant, self.latest[-1].claimant) and kind(self.latest[-1]):
                # "The ministry said 337 drones were destroyed ... Sobyanin counted 74 of them shot
                # down": another voice's own count of the weapons just told
                told = self.latest[-1]
                target = Attack(ref.weapon or told.weapon, claimant=f.claimant, attacker=told.attacker, time=time,
                                areas=self._areas(f, ref.token))
                self.attacks.append(target)
            if target is not None:
                value = target.launched if ref.value is None else ref.value
                if ref.share is not None:
                    value = round(target.launched * ref.share) if target.launched is not None else None
                    if value is None:
                        continue
                setattr(target, ref.role, value)
                target.claimant = more_specific_voice(target.claimant, f.claimant)  # "..., according to the air force, 38 were shot down"
                if ref.qualifier != "exact" and target.qualifier == "exact":
                    target.qualifier = ref.qualifier  # "at least three of them were shot down"
                if ref.every and ref.role == "destroyed" and target.launched is None:
                    target.launched = value
                target.told_in(f.index)
                touched = True
        return touched

    def _counted_just_before(self, f: Sentence, ref: Reference) -> Attack | None:
        """The attack of the count right before a reference in its sentence ('34 missiles, 21 of
        which were shot down, along with 21 Shaheds, of which all but one ...': each 'of which'
        is of the count just before it)."""
        before = [g for g in f.figures if g.token < ref.token]
        return self.placed.get(id(max(before, key=lambda g: g.token))) if before else None

    def _told_just_before(self, f: Sentence, time: TimeWindow | None) -> list[Attack]:
        """The attacks of this sentence's voice and night told in the sentences just before it,
        which an 'All were destroyed.' of its own speaks of."""
        return [a for a in self.attacks if same_time(time, a.time) and max(a.sentences) >= f.index - ALL_REACH
                and same_voice(f.claimant, a.claimant)]

    def _typed_whole(self, ref: Reference, f: Sentence) -> Attack | None:
        """The attack of this sentence whose count of a whole class a reference naming one
        model shares ('destroyed 27 drones, 14 of them Shaheds'): that model's own figure."""
        if ref.weapon is None or ref.weapon.name is None or ref.value is None:
            return None
        return next((a for a in reversed(self.attacks)
                     if (f.index in a.sentences or a in self.latest) and a.weapon.name is None
                     and compatible(a.weapon, ref.weapon) and (getattr(a, ref.role) or 0) > ref.value), None)

    def _named(self, f: Sentence, time: TimeWindow | None) -> bool:
        """Weapons named without a count join the attack of that weapon, or start one."""
        if not f.figures and any(status == "denied" for status, _ in f.cues):
            return False  # "Moscow denied the claim about the missiles": a cue, not an attack
        hint = f.parties[0] if f.parties else None
        models = {w.name for w in f.named if w.name} | {fig.weapon.name for fig in f.figures if fig.weapon.name}
        touched = False  # (several models told: each a part of the whole, none its name)
        for weapon in f.named:
            if any(ref.weapon == weapon and not (ref.every and ref.value is None) for ref in f.references):
                continue  # "14 of them Shaheds": that model's own count, not a name for the whole (but "all drones
                # were shot down" names the drones of an attack, whether or not a count of them was told before)
            counted = [fig for fig in f.figures if compatible(weapon, fig.weapon)]
            if counted:
                listed = sum(1 for w in f.named if w.name and compatible(w, counted[0].weapon))
                if weapon.name and listed == 1:
                    self._name_counted(counted, weapon)  # "attack drones Shahed ... 58 out of 59 were shot down"
                if not weapon.name or listed == 1 or counted[0].weapon.name or counted[0].weapon.category == "drone":
                    continue  # (drones of several models and decoys are one swarm, counted as one)
                if (total := self.placed.get(id(counted[0]))) is not None:
                    total.mixed = True
                # "78 missiles: Kh-101s from the Caspian, Kalibrs from the Black Sea": each model named in the
                # total is an attack of its own, with no count of its own
            areas, spots = area_keys(f.places), spot_keys(f.places)
            existing = self._find(lambda a: compatible(a.weapon, weapon) and same_voice(f.claimant, a.claimant)
                                  and (f.claimant is not None or a.claimant is None or self._voice_goes_on(a, f))
                                  and (not hint or not a.attacker or a.attacker == hint) and same_time(time, a.time)
                                  and not (weapon.name and not a.weapon.name and len(models) > 1)
                                  and not _other_sides_make(weapon, a)
                                  and areas_meet(areas, a.areas) and not a.beyond(f.claimant, areas)
                                  and not (spots and a.spots and not spots & a.spots))  # another place: another strike
            if existing is None:
                if not f.eventful and not _elaborates(self.res, f):
                    continue  # "Under the cover of drones": a weapon named, no attack told
                voice = f.claimant or (self.latest[-1].claimant if self.latest and _elaborates(self.res, f) else None)
                own = f.claimant.party if _tells_own_strike(f) else None  # "its forces struck with drones"
                existing = Attack(weapon, claimant=voice, time=time, attacker=hint or own or self._elaborated_attacker(f),
                                  areas=areas, spots=spots)
                self.attacks.append(existing)
            elif (weapon.name and not existing.weapon.name and not (weapon.decoy and _several(existing))) or (
                    not existing.weapon.name and existing.weapon.category == "missile" and weapon.category != "missile"):
                existing.weapon = weapon  # "a missile" then "the Iskander-M": the same one, now named (decoys
                # named beside a count of drones are among them, not their type)
            existing.told_in(f.index)
            existing.claimant = more_specific_voice(existing.claimant, f.claimant)
            touched = True
        return touched

    def _same_figure(self, fig: Figure, f: Sentence, time: TimeWindow | None, areas: set[str]) -> Attack | None:
        """'the "20 drones" figure' after '20 drones struck the terminal': the attack that
        already has this very figure, before any other that could take it."""
        for slot in ("launched", "destroyed"):
            value = getattr(fig, slot)
            if value is not None:
                same = [a for a in reversed(self.attacks) if getattr(a, slot) == value and compatible(a.weapon, fig.weapon)
                        and (self._side_and_source(f, a, time) or same_voice(f.claimant, a.claimant)
                             and (same_time(time, a.time) or fig.definite))  # "the 71 drones", told again days on
                        and areas_meet(areas, a.areas) and a.sentences[-1] != f.index]
                if same:
                    return same[0]
        return None

    def _side_voiced(self, attack: Attack) -> bool:
        return all(i in self.side_voiced for i in attack.sentences)

    def _side_and_source(self, f: Sentence, attack: Attack, time: TimeWindow | None) -> bool:
        """The same figure told in a side's voice ('Russia says it downed 30 drones', or as
        the other side denies it) and by a source of that side: one claim, the source's; on
        the same day, or any day where one of them is a denial (which comes later)."""
        side, told = f.index in self.side_voiced, self._side_voiced(attack)
        if not (side or told) or not (f.claimant and attack.claimant and f.claimant.party == attack.claimant.party):
            return False
        denial = self.side_voiced.get(f.index) or any(self.side_voiced.get(i) for i in attack.sentences)
        return bool(denial) or same_time(time, attack.time)

    def _name_counted(self, figures: list[Figure], weapon: WeaponModel) -> None:
        """The one model a sentence names for figures it gives by category only."""
        for fig in figures:
            attack = self.placed.get(id(fig))
            if attack is not None and not attack.weapon.name:
                attack.weapon = weapon

    def _strike(self, f: Sentence, time: TimeWindow | None, touched: bool) -> bool:
        """'Ukrainian forces hit a refinery in Belgorod': a strike with no weapon named."""
        if not f.strike_by or touched:
            return False
        told = [a for a in self.latest if a.weapon is not UNNAMED_WEAPON and a.attacker in (None, f.strike_by)
                and same_voice(f.claimant, a.claimant) and same_time(f.time or time, a.time)
                and self._since(a, f) <= CONTEXT_REACH]
        if told:  # "Ukraine says it hit an oil depot with drones. Its drone forces struck the depot ..."
            for a in told:
                a.told_in(f.index)
                a.claimant = more_specific_voice(a.claimant, f.claimant) or f.claimant
                a.attacker = a.attacker or f.strike_by
        else:  # "the overnight attack targeted ...": the weapon of the attack the story told of
            main = self._main_attack(f.strike_by) or next((a for a in self.attacks if a.attacker == f.strike_by
                                                           and a.weapon is not UNNAMED_WEAPON), None)
            told = main is not None and THE_ATTACK_TOLD.search(f.text)
            weapon = WeaponModel(None, main.weapon.category) if told else UNNAMED_WEAPON
            self.attacks.append(Attack(weapon, claimant=f.claimant, time=f.time or time,
                                       attacker=f.strike_by, sentences=[f.index]))
        return True

    def _context(self, f: Sentence, time: TimeWindow | None) -> None:
        """Places, damage and casualties told after an attack belong to it; told by someone
        else (the mayor after the air force), they are that speaker's own account of it,
        however far into the report."""
        if self.latest and _coarser(f.time, self.latest[0].time):
            return  # a month's toll beside a night's attack belongs to neither
        if not self.attacks and f.claimant and (f.killed is not None or f.injured is not None):
            self.early_tolls.append(f)  # a live page's latest toll on top, its author's attack told further down
        if self._claims_latest(f):
            for a in self.latest:  # "Russia struck Kharkiv with two bombs. Three died, the mayor reported."
                a.told_in(f.index)
                a.claimant = f.claimant
            return
        if f.claimant and self.latest and any(status == "denied" for status, _ in f.cues) \
                and all(a.attacker == f.claimant.party for a in self.latest):
            for a in self.latest:  # "Kyiv denied any involvement in the attempted strike": the accused side denies the
                a.told_in(f.index)  # attack just told, not an account of its own
            return
        if f.claimant and self.attacks and not SILENT.search(f.text) and (
                f.killed is not None or f.injured is not None or f.places and _aerial(f) or THE_ATTACK.search(f.text)):
            own = self._find(lambda a: a.claimant is not None and same_voice(f.claimant, a.claimant))
            if own is None:  # whose attack: the other side's, if the speaker has a side (its own, told as its strike)
                attacker = (f.claimant.party if _tells_own_strike(f) else self.res.opponents.get(f.claimant.party)) \
                    or (self.latest or self.attacks)[-1].attacker
                told = self._main_attack(attacker) or self.attacks[-1]
                weapon = WeaponModel(None, told.weapon.category) if told.weapon is not UNNAMED_WEAPON else told.weapon
                own = Attack(self._named_just_before(f) or weapon, claimant=f.claimant, attacker=attacker,
                             time=f.time or told.time or time)
                self.attacks.append(own)
            own.told_in(f.index)
            self.latest = [own]
            return
        if self._near_latest(f):
            for a in self.latest:
                a.told_in(f.index)
                if not self._attackers_voice(f, a):
                    a.claimant = a.claimant or f.claimant  # "the governor confirmed the attack"
        elif not self.attacks or (f.places and THE_ATTACK_TOLD.search(f.text)):
            self.pending.append((f.index, f.time))  # a lede ("The overnight attack was aimed at Odesa"): the next attack's

    def _named_just_before(self, f: Sentence) -> WeaponModel | None:
        """'The Kinzhals were launched from jets over Tambov. One of them hit a site near
        Burshtyn, the governor said': the one weapon type the sentence before named is what
        the speaker's own account tells of, not the first weapon of the night's tally."""
        before = self.previous
        if f.named or f.no_attack or before is None or before.index != f.index - 1 or len(set(before.named)) != 1:
            return None
        return before.named[0] if before.named[0].name else None  # (a bare 'missile' says less than the night's)

    def _regional_part(self, f: Sentence) -> bool:
        """A line of a list under a total ('including:'), giving a place and a bare count but
        no weapon ('• over the Kursk region — 25;', '23 – над территорией Брянской области,'):
        a part of the total just told, whose place is one of the total's."""
        before = self.previous
        if before is None or f.index != before.index + 1 or not f.places or f.figures or f.named \
                or not _count_line(f.text):
            return False
        heading = before.text.rstrip().endswith(":")
        told = {before.index, before.index - 1} if heading else {before.index}  # ("Відомство навело розбивку:")
        return (heading or _count_line(before.text)) and any(told & set(a.sentences) for a in self.latest)

    def _areas(self, f: Sentence, token: int) -> set[str]:
        """Where a figure was aimed: the places right after it ('nine over the Bryansk
        region', '12 drones over the territory of the Belgorod region'), else every target
        the sentence names."""
        counts = [fig.token for fig in f.figures] + [r.token for r in f.references if r.token is not None]
        later = [at for at in counts if at > token]
        stop = min(later, default=f.last)
        following = [p for p, at in zip(f.places, f.place_tokens) if token < at < stop]
        if following and min(at for at in f.place_tokens if at > token) - token <= FIGURE_PLACE_REACH:
            return area_keys(following)
        start = max((at for at in counts if at < token), default=f.first - 1)
        preceding = [p for p, at in zip(f.places, f.place_tokens) if start < at < token]
        if preceding and later:  # "Над Ростовской областью сбиты семь, ещё четыре — над Воронежской": its own, before it
            return area_keys(preceding)
        return area_keys(f.places)

    def _elaborated_attacker(self, f: Sentence) -> str | None:
        return self.latest[-1].attacker if self.latest and _elaborates(self.res, f) else None

    def _main_attack(self, attacker: str | None) -> Attack | None:
        """The attack with the largest figure told so far by that attacker: what an account
        that names no weapon ('debris damaged windows') is most likely about."""
        told = [a for a in self.attacks if a.attacker == attacker and a.has_figures and a.weapon is not UNNAMED_WEAPON]
        return max(told, key=lambda a: max(a.launched or 0, a.destroyed or 0), default=None)

    def _claims_latest(self, f: Sentence) -> bool:
        """Whether the sentence's speaker is the source of the unattributed attacks just told
        ('Russia struck Kharkiv. Three died, the mayor reported'); the attacker's own voice
        ('Moscow claims it struck "military"') is an account of its own, not their source."""
        return bool(f.claimant and self._near_latest(f) and all(a.claimant is None for a in self.latest)
                    and not any(self._attackers_voice(f, a) for a in self.latest))

    def _attackers_voice(self, f: Sentence, attack: Attack) -> bool:
        """The side that fired speaking of it, in a report that has not been telling its
        strikes in that side's words: an account of its own, not the source of the strike."""
        side = attack.attacker
        return bool(f.claimant and side and f.claimant.party == side
                    and not any(a.claimant and a.claimant.party == side for a in self.attacks))

    def _after_history(self) -> bool:
        """A paragraph after a day of history told in passing ('Its other plant was wrecked on
        March 22.') is back at the report's own day."""
        ref, last = self.ref_time.end if self.ref_time else None, self.last_time.end if self.last_time else None
        return bool(self.dated_in_passing and ref and last and (ref - last).days >= HISTORY)

    def _after_the_day_before(self) -> bool:
        """A paragraph after a strike of the day before the night the report is about ('... near
        Rylsk on Monday evening.' in a report of the night into Tuesday) is back at that night."""
        ref, last = self.ref_time, self.last_time
        return bool(ref and last and ref.start and ref.end and last.end and ref.start < ref.end
                    and last.start == last.end < ref.end)

    def _voice_goes_on(self, attack: Attack, f: Sentence) -> bool:
        """An unattributed sentence that names a weapon told before ('The drones were launched
        from Kursk.') is still in that attack's voice while the story told since, up to the
        sentences just before, is all in that voice: not once another speaker has taken over."""
        if attack in self.latest:
            return True
        since = [a for a in self.attacks if any(i > max(attack.sentences) for i in a.sentences)]
        return bool(self.latest) and self._since(self.latest[0], f) <= CONTEXT_REACH and all(
            a.claimant is not None and a.claimant.name == attack.claimant.name for a in since)

    def _near_latest(self, f: Sentence) -> bool:
        return bool(self.latest) and self._since(self.latest[0], f) <= CONTEXT_REACH

    def _since(self, attack: Attack, f: Sentence) -> int:
        """Sentences from the attack's last to f, not counting lines with no full stop that tell
        nothing of an attack (a caption's 'Скриншот з відео' between the strike and its toll)."""
        last = max(attack.sentences)
        return f.index - last - sum(last < k < f.index for k in self.wordless)

    def _find(self, fits) -> Attack | None:
        """The latest attack that fits, preferring one that already has figures."""
        fitting = [a for a in reversed(self.attacks) if fits(a)]
        return next((a for a in fitting if a.has_figures), fitting[0] if fitting else None)

    # -- after the last sentence -------------------------------------------------------------

    def finish(self, sentences: list[Sentence]) -> list[Attack]:
        by_index = {s.index: s for s in sentences}
        placed = {i for a in self.attacks for i in a.sentences}
        for f in self.early_tolls:  # (not those the lede of the next attack already gave it)
            own = self._find(lambda a: a.claimant is not None and same_voice(f.claimant, a.claimant)
                             and same_time(f.time, a.time)) if f.index not in placed else None
            if own is not None:
                own.sentences.insert(0, f.index)
        for attack in self.attacks:
            attack.attacker = attack.attacker or _infer_attacker(self.res, attack, by_index)
        majority = Counter(a.attacker for a in self.attacks if a.attacker).most_common(1)
        for attack in self.attacks:
            attack.attacker = attack.attacker or (majority[0][0] if majority else None)
        _the_one_missile_named(self.attacks)
        _all_downed_each_downed(self.attacks)
        _all_downed_before_counted(self.attacks, sentences)
        return _fold_breakdowns(self.attacks, by_index)


THE_ATTACK = re.compile(r"\b(?:the|this|that|[A-Z][a-z]+day's)\s+(?:drone\s+|missile\s+)?(?:strike|attack|raid)\b")
SILENT = re.compile(r"\b(?:did|does|do|has|have|had)(?:\s+not|n't)\s+(?:yet\s+|immediately\s+|publicly\s+)*"
                    r"(?:comment|say|confirm|respond|react|disclose)")  # "it did not comment on the attack": no account
THE_ATTACK_TOLD = re.compile(r"\bthe\s+(?:\w+\s+){0,2}(?:attack|strike|raid)\b", re.I)


def _the_one_missile_named(attacks: list[Attack]) -> None:
    """'US officials confirmed Atacms were used ... five missiles were shot down': the one
    missile model a report names for a side's attack, with no count of its own, is what that
    side's 'missiles' are (not where the same voice counts the model too: then its missiles are
    a mixed total)."""
    named = {(a.weapon.name, a.attacker): a.weapon for a in attacks if a.weapon.name and "missile" in a.weapon.category}
    for (name, side), model in named.items():
        if sum(n == name for n, _ in named) > 1 or any(s == side for n, s in named if n != name):
            continue
        for a in attacks:
            if not a.weapon.name and a.attacker == side and a.has_figures and "missile" in a.weapon.category \
                    and compatible(a.weapon, model) and not any(
                        b.weapon.name == name and b.has_figures and same_voice(b.claimant, a.claimant) for b in attacks):
                a.weapon = model


def _all_downed_before_counted(attacks: list[Attack], sentences: list[Sentence]) -> None:
    """'Все дроны сбиты', and then '... уничтожены 8 БПЛА': a voice that told every one shot
    down before it gave the count had as many come as it counts shot down; 'all 18 missiles
    were shot down. They included six Kinzhals ... six Shaheds were also destroyed': so were
    the models counted inside a total and the other weapons told with it (not a place's part
    of it, '... one drone was destroyed over Odintsovo', its breakdown)."""
    for f in sentences:
        refs = [ref for ref in f.references if ref.every and ref.role == "destroyed" and ref.value is None]
        if not refs or f.claimant is None:
            continue
        totals = [a for a in attacks if f.index in a.sentences and a.has_figures
                  and (f.figures or a.sentences[0] < f.index)]
        for a in attacks:
            if a.launched is None and a.destroyed is not None and 0 <= a.sentences[0] - f.index <= ALL_COUNTED_REACH \
                    and same_voice(a.claimant, f.claimant) and (f.time is None or same_time(a.time, f.time)) \
                    and any(ref.weapon is None or compatible(a.weapon, ref.weapon) for ref in refs) \
                    and not any(compatible(t.weapon, a.weapon) and not (a.weapon.name and not t.weapon.name)
                                for t in totals):
                a.launched = a.destroyed


def _all_downed_each_downed(attacks: list[Attack]) -> None:
    """'18 missiles: six Kinzhals, nine Kalibrs and three Iskander-Ms ... all 18 were shot
    down': every model counted inside a total that was all downed was all downed too."""
    for total in attacks:
        if total.weapon.name or not total.launched or total.destroyed != total.launched:
            continue
        parts = [a for a in attacks if a is not total and a.weapon.name and a.launched and a.destroyed is None
                 and compatible(total.weapon, a.weapon) and same_voice(total.claimant, a.claimant)
                 and same_time(total.time, a.time)]
        if len(parts) >= 2 and sum(a.launched for a in parts) <= total.launched:
            for a in parts:
                a.destroyed = a.launched


def _several(attack: Attack) -> bool:
    """A count of more than one weapon ('62 drones', not 'a drone')."""
    return max(attack.launched or 0, attack.destroyed or 0) > 1


def _other_sides_make(weapon: WeaponModel, attack: Attack) -> bool:
    """A model of the voice's own side, named after that voice said it shot down the other
    side's missiles: Russia's Kalibrs are a strike of its own, not those missiles named."""
    maker = ORIGIN_PARTY.get(weapon.origin or "") if weapon.name else None
    voice = attack.claimant.party if attack.claimant else None
    return bool(maker and maker == voice and attack.destroyed is not None and attack.attacker not in (None, maker))


def _elaborates(res: Resources, f: Sentence) -> bool:
    """'Among the missiles were Iskander-M ...', 'Серед ракет були ...': the sentence details
    the attack just told, in the voice that told it."""
    return bool(res.elaboration and res.elaboration.match(f.text))


def _coarser(time: TimeWindow | None, than: TimeWindow | None) -> bool:
    """A month's or a year's figures ("286 civilians were killed in July") are not one night's."""
    order = {"hour": 0, "day": 0, "week": 1, "month": 2, "year": 3}
    return bool(time and than and order.get(time.precision, 0) > order.get(than.precision, 0))


def _aerial(f: Sentence) -> bool:
    """The sentence tells of weapons in the air: figures, a weapon, a verb of what they did,
    an attack, or damage they caused (not a village captured or a ground assault)."""
    return bool(f.figures or f.named or f.references or f.aftermath or f.eventful)


PLACE_LIST = 3  # a sentence listing this many places says where the attack told before happened


LABEL_LENGTH = 60  # characters of a line that only names where ('Ізюмський район, м. Балаклія.')
SETTLEMENT_WORDS = {"м", "смт", "с", "г", "пгт", "п", "село", "селище", "місто", "город", "поселок", "посёлок", "хутір",
                    "хутор", "громада", "округ", "village", "town", "city", "community"}


COUNT_FIRST = re.compile(r"^\s*\d+\s*[–—-]\s")  # "23 – над территорией Брянской области,"


def _count_line(text: str) -> bool:
    """A line of a list with a count in it: marked as an item, or opening with its count."""
    return (list_item(text) and any(ch.isdigit() for ch in text)) or bool(COUNT_FIRST.match(text))


def _place_label(res: Resources, f: Sentence) -> bool:
    """A list item's label that only names a place ('Ізюмський район, м. Балаклія.'), its
    strike told in the next sentence: no word in it but the places' own and their nouns."""
    if not f.places or f.figures or f.named or f.targets or f.killed or f.injured or len(f.text.strip()) > LABEL_LENGTH \
            or (f.hits and f.hits.spans("ROLE")):
        return False
    words = {w for w in f.words if w.isalpha() and w not in SETTLEMENT_WORDS and w not in res.words["district_nouns"]}
    return len(words) <= len(f.places)


def _closed(text: str) -> bool:
    """The text ends as a sentence or a list's item does (';'), not as a caption or a heading."""
    return text.rstrip()[-1:] in ".!?;\"”'’"


def _adds_context(f: Sentence) -> bool:
    """Places, targets, damage or casualties of an attack, in a sentence or a list's item (not a heading)."""
    tells = (f.places or f.targets) and (_aerial(f) or bool(f.hits and f.hits.spans("TARGET"))
                                         or any(p.role == "launch" for p in f.places)
                                         or len(f.places) >= PLACE_LIST) or f.killed or f.injured \
        or (f.claimant and THE_ATTACK.search(f.text))  # "a source said the agency was behind the strike"
    return bool(tells) and (_closed(f.text) or _tolled_by_name(f))


def _tolled_by_name(f: Sentence) -> bool:
    """A line with no full stop that gives a toll in a named source's words: a live page's update
    ('Toll in Odesa rises to 2 killed and 9 injured - Kiper'), not a heading."""
    return (f.killed is not None or f.injured is not None) \
        and f.speaker is not None and f.speaker.kind in ("named", "surname")


def _fold_breakdowns(attacks: list[Attack], by_index: dict[int, Sentence]) -> list[Attack]:
    """Regional figures that make up a total the same claimant gave for the same weapon and
    night ('41 drones ... 18 over Bryansk, ten over Kursk, ...') become the total's
    breakdown instead of attacks of their own; without such a total each stays an attack."""
    kept = []
    for attack in attacks:
        running = _running_total_for(attack, attacks)
        if running is not None:  # "two drones downed ... the number downed rose to 11"
            running.sentences += [i for i in attack.sentences if i not in running.sentences]
            continue
        total = _total_for(attack, attacks)
        if total is None:
            kept.append(attack)
            continue
        role = "destroyed" if attack.destroyed is not None else "launched"
        for place in _target_places(attack, by_index) or [None]:
            total.breakdown.append((place.name if place else "", role, getattr(attack, role)))
        total.sentences += [i for i in attack.sentences if i not in total.sentences]
    return kept


def _total_for(part: Attack, attacks: list[Attack]) -> Attack | None:
    """The attack whose total `part` is a piece of: same voice, night and weapon; `part`
    has one figure, tied to a region, and all such pieces together stay within the total."""
    if not part.areas or part.additional or (part.launched is None) == (part.destroyed is None) or _incident(part):
        return None
    if sum(key.startswith(REGION) for key in part.areas) > 1:
        return None  # "46 drones over five regions" is a total of its own, not one region's piece
    role = "destroyed" if part.destroyed is not None else "launched"
    for total in attacks:
        if total is part or getattr(total, role) is None or getattr(total, role) <= getattr(part, role):
            continue
        if total.areas and not part.areas <= total.areas:
            continue  # the total's regions, when it names them, hold the part's
        if total.nationwide and total.claimant is None and part.regional_voice:
            continue  # a governor's count of his region is his own, not a piece of a country's count told by no one
        if not (compatible(total.weapon, part.weapon) and same_voice(total.claimant, part.claimant)
                and same_time(total.time, part.time) and total.attacker == part.attacker):
            continue
        pieces = [a for a in attacks if a.areas and a is not total and not a.additional and getattr(a, role) is not None
                  and not _incident(a)
                  and (not total.areas or a.areas <= total.areas)
                  and (a.launched is None) != (a.destroyed is None) and compatible(total.weapon, a.weapon)
                  and same_voice(total.claimant, a.claimant) and same_time(total.time, a.time)]
        if sum(getattr(a, role) for a in pieces) <= getattr(total, role) and len(pieces) >= 2:
            return total
    return None


def _own_day(f: Sentence, attack: Attack) -> bool:
    """The sentence dates its strike to another day than the attack's ('On Monday evening,
    a drone hit a block of flats' beside a night that ended on Tuesday): not one of its weapons."""
    return bool(f.time and attack.time and f.time.end and attack.time.end and f.time.end != attack.time.end)


def _incident(attack: Attack) -> bool:
    """One weapon at a named town or site ('a drone hit a car in the village of X'): a strike
    of its own inside the night a total counts, never a piece of that total's breakdown."""
    return bool(attack.spots) and 1 in (attack.launched, attack.destroyed)


def _another_spot(fig: Figure, spots: set[str], attack: Attack) -> bool:
    """'A drone hit a house in one district ... A drone hit a warehouse in another': one
    weapon that struck another district of the city than the one weapon that struck before
    is a strike of its own (towns apart never meet; downed weapons are told where they flew)."""
    if not (spots and attack.spots and fig.launched == 1 and attack.launched == 1 and attack.destroyed is None) \
            or spots & attack.spots:
        return False
    cities = [{_city_of(name) for name in spot} for spot in (spots, attack.spots)]
    return None not in cities[0] | cities[1] and bool(cities[0] & cities[1])


def _city_of(name: str) -> str | None:
    """The city a district or site lies in, as the gazetteer has it."""
    entry = gazetteer().lookup(name)
    return entry.parent if entry else None


def _running_total_for(part: Attack, attacks: list[Attack]) -> Attack | None:
    """The running total of the same voice, night and weapon that `part`'s figure counts
    towards, when every such smaller figure together stays within it."""
    role = "destroyed" if part.destroyed is not None else "launched"
    value = getattr(part, role)
    if part.running or value is None:
        return None
    for total in attacks:
        if not total.running or getattr(total, role) is None or getattr(total, role) <= value \
                or not (compatible(total.weapon, part.weapon) and same_voice(total.claimant, part.claimant)
                        and same_time(total.time, part.time) and total.attacker in (None, part.attacker)):
            continue
        parts = [a for a in attacks if not a.running and getattr(a, role) is not None and compatible(total.weapon, a.weapon)
                 and same_voice(total.claimant, a.claimant) and same_time(total.time, a.time)]
        if sum(getattr(a, role) for a in parts) <= getattr(total, role):
            return total
    return None


def _target_places(attack: Attack, by_index: dict[int, Sentence]) -> list[Place]:
    keys = attack.areas
    return [p for i in attack.sentences for p in by_index[i].places if p.role == "target"
            and (p.name in keys or p.name.rsplit(" ", 1)[0] in keys)][:1]


def spot_keys(places: list[Place]) -> set[str]:
    """The towns and sites among the targets: two strikes of one night in two villages
    are two incidents, though both lie in one region."""
    return {p.name for p in places if p.role == "target" and p.precision in ("city", "point")}


def area_keys(places: list[Place]) -> set[str]:
    """Sub-national target places, keyed so city and oblast of one name meet ('Odesa' and
    'Odesa Oblast'), and a town meets its districts and suburbs: the city a district
    belongs to, and a cell of a tenth of a degree (about 10 km) for towns and sites."""
    gaz = gazetteer()
    keys = set()
    for p in places:
        if p.role != "target" or p.precision in (None, "country"):
            continue
        bare = _bare(p.name)
        entry = gaz.lookup(bare)
        keys.add(entry.name if entry else bare)
        if entry and entry.parent:
            keys.add(entry.parent)
        if p.precision == "admin1":
            keys.add(REGION + bare)
        if p.precision in ("city", "point") and p.lat is not None and p.lon is not None:
            keys.add(f"{p.lat:.1f},{p.lon:.1f}")
            if entry and entry.admin1:
                keys.add(INSIDE + _bare(entry.admin1))
    return keys


def _bare(name: str) -> str:
    return name.rsplit(" ", 1)[0] if name.endswith((" Oblast", " Region", " Krai")) else name


def _early_attacker(res: Resources, fig: Figure, f: Sentence) -> str | None:
    """Whose weapons, as far as this sentence tells, so later mentions of the other side's
    weapons do not join this attack."""
    if fig.attacker:
        return fig.attacker
    if _tells_own_strike(f):
        return f.claimant.party
    downed_own_make = bool(f.claimant and fig.destroyed is not None and ORIGIN_PARTY.get(fig.weapon.origin or "") == f.claimant.party)
    if fig.weapon.name and ORIGIN_PARTY.get(fig.weapon.origin or "") and not downed_own_make:
        return ORIGIN_PARTY[fig.weapon.origin]  # (but the guided bombs Russia says it shot down were Ukraine's)
    if f.claimant and f.claimant.party and fig.destroyed is not None and not f.parties:
        return res.opponents.get(f.claimant.party)
    day = f.time.end if f.time else None
    countries = {_held_by(p, day) for p in f.places if p.role == "target" and p.country and p.precision != "country"}
    if len(countries) == 1 and not f.parties:  # "a drone attacked the Novoshakhtinsk refinery"
        return res.opponents.get(countries.pop())
    return None


BOTH_SIDES_FIRE = {"air_defence_missile"}  # Soviet-made S-300s are fired by both sides: their maker tells no attacker
STRIKING_TYPES = {"military", "government", "intelligence"}  # the bodies of a side that can tell of its own strikes


def _tells_own_strike(f: Sentence) -> bool:
    """A side's body telling of its own forces' strike ('the ministry said it hit ...'; not
    'DTEK says its plants were damaged': a company strikes no one)."""
    return bool(f.self_report and f.claimant and f.claimant.party and f.claimant.type in STRIKING_TYPES)


def _infer_attacker(res: Resources, attack: Attack, by_index: dict[int, Sentence]) -> str | None:
    origin = ORIGIN_PARTY.get(attack.weapon.origin or "")
    if origin and attack.weapon.name and attack.weapon.category not in BOTH_SIDES_FIRE:
        return origin  # "the operation used Liutyi drones": Ukraine's, whatever the next heading asks of Russia
    for i in attack.sentences:
        if by_index[i].parties:
            return by_index[i].parties[0]
    if attack.claimant and attack.claimant.party and attack.claimant.type in STRIKING_TYPES \
            and any(by_index[i].self_report for i in attack.sentences):
        return attack.claimant.party
    if origin and attack.weapon.name:
        return origin
    if attack.claimant and attack.claimant.party and (attack.destroyed is not None or attack.claimant.type == "local_authority"):
        return res.opponents.get(attack.claimant.party)  # (a governor tells of attacks on the land he holds)
    day = attack.time.end if attack.time else None
    countries = Counter(_held_by(p, day) for i in attack.sentences for p in by_index[i].places
                        if p.country and p.precision != "country" and p.role == "target")
    if countries:
        return res.opponents.get(countries.most_common(1)[0][0])
    if attack.claimant and attack.claimant.party:
        return res.opponents.get(attack.claimant.party)
    return None


def _held_by(place: Place, day) -> str | None:
    """Who held the place that day: drones over occupied Crimea were not Russia's."""
    entry = gazetteer().lookup(place.name)
    return gazetteer().holder(entry, day) if entry else place.country


# -- claims ----------------------------------------------------------------------------------

def _claims(res: Resources, attacks: list[Attack], sentences: list[Sentence]) -> list[Claim]:
    by_index = {s.index: s for s in sentences}
    groups: dict[tuple, list[Attack]] = {}
    for attack in attacks:
        key = (attack.claimant.name if attack.claimant else None, attack.time.end if attack.time else None,
               attack.attacker, attack.time.precision if attack.time else None)  # a night's claim, a month's apart
        groups.setdefault(key, []).append(attack)
    cue_owner = _cue_owners(groups, sentences, res)
    claims = []
    for key, members, casualties_told in ((key, part, own) for key, group in groups.items()
                                           for part, own in _split_by_casualties(group, by_index)):
        told = [by_index[i] for i in sorted({i for a in members for i in a.sentences})]
        places: list[Place] = []
        targets: list[str] = []
        for f in told:
            places += [p for p in f.places if all(p.name != q.name for q in places)]
            targets += [t for t in f.targets if t not in targets]
        verification = Verification()
        for f in [by_index[i] for i in sorted({f.index for f in told} | cue_owner.get(key, set()))]:
            named = _named_parties(f, res) if f.cues else set()
            cues = [] if named and f.index not in cue_owner.get(key, set()) else f.cues  # another side's claims doubted
            verification.cues += [cue for _, cue in cues if cue not in verification.cues]
            verification.status = status_of([(verification.status, ""), *cues])
            verification.evidence += [e for e in f.evidence if e not in verification.evidence]
            verification.evidence_absent += [e for e in f.evidence_absent if e not in verification.evidence_absent]
        weapons: list[WeaponCount] = []
        counted: set[tuple] = set()
        for a in members:
            count = (a.weapon.name, a.weapon.category, a.launched, a.destroyed, frozenset(a.areas))
            if a.weapon is UNNAMED_WEAPON or count in counted and max(a.launched or 0, a.destroyed or 0) > 1:
                continue  # the headline's "all 39 drones" and the body's, told apart: one count (but two single drones: two)
            counted.add(count)
            weapons.append(WeaponCount(a.weapon.name, a.weapon.category, a.launched, a.destroyed, a.qualifier,
                                       [{"place": p, role: n} for p, role, n in a.breakdown]))
        claims.append(Claim(
            span=(told[0].start, told[-1].end), sentence="", claimant=members[0].claimant, attacker=key[2],
            weapons=[w for w in weapons if not any(_told_vaguer(w, other) for other in weapons)],
            time=members[0].time or TimeWindow(), places=places, targets=targets,
            killed=_toll(casualties_told or told, "killed", res), injured=_toll(casualties_told or told, "injured", res),
            verification=verification, sentences=[(f.start, f.end) for f in told],
        ))
    claims.sort(key=lambda c: c.span)
    return claims


def _toll(told: list[Sentence], field: str, res: Resources) -> int | None:
    """A claim's toll: the largest it told, as tolls only rise; but the one a correction gives
    ('The correct figure is three dead', 'lowering the toll'), where one does."""
    tolls = [(f, getattr(f, field)) for f in told if getattr(f, field) is not None]
    corrected = [n for f, n in tolls if f.words & res.words["toll_corrections"]]
    return corrected[-1] if corrected else max((n for _, n in tolls), default=None)


def _told_vaguer(vague: WeaponCount, named: WeaponCount) -> bool:
    """The same count told of a kind where the claim names its model too (the headline's '430
    дронів' and the body's '430 ударних БпЛА типу Shahed'): one count, the model's."""
    counts = [(vague.launched, named.launched), (vague.destroyed, named.destroyed)]
    return vague.model is None and named.model is not None and named.category == vague.category \
        and any(v is not None and v > 1 for v, _ in counts) and all(v is None or v == n for v, n in counts)


def _split_by_casualties(members: list[Attack], by_index: dict[int, Sentence]
                         ) -> list[tuple[list[Attack], list[Sentence]]]:
    """A voice's claim for one night, or one claim for each of its weapons where two or more
    of them have casualties of their own ('a guided bomb killed a man in Stepnohirsk ... a
    drone killed a woman in Kushuhum'): separate strikes, each with its own toll (the
    sentences only one weapon told of), not the night's largest given to every one."""
    def own_casualties(a: Attack) -> list[Sentence]:
        shared = {i for b in members if b is not a for i in b.sentences}
        return [by_index[i] for i in a.sentences if i not in shared
                and (by_index[i].killed is not None or by_index[i].injured is not None)]

    own = [own_casualties(a) for a in members] if len(members) > 1 else []
    if sum(1 for sentences in own if sentences) < 2:
        return [(members, [])]
    return [([a], sentences) for a, sentences in zip(members, own)]


PARTY_CLAIMS = re.compile(r"\b(?:([a-z]+)'s|the\s+([a-z]+)(?:\s+\w+'s)?)\s+(?:\w+\s+)?(?:claims?|allegations?|reports?|"
                          r"statements?|assertions?|accounts?|versions?|descriptions?|narratives?|figures|numbers|tall(?:y|ies))\b")
ABOUT_SOMETHING = re.compile(r"\b(?:claims?|reports?|allegations?|statements?)\s+(?:that|about|"
                             r"on(?!\s+(?:telegram|facebook|x|twitter|tv|television|its|their|his|her)\b)|"
                             r"of(?!\s+(?:either|both|each|"
                             r"the\s+two|the\s+other|one)\s+(?:side|sides|party|parties|channel|channels)\b))\b")
# (a claim about something, not "the claims of either side": those are the sides' own; nor "a statement on Telegram")
def _about_something(f: Sentence, lower: str) -> bool:
    """The cue is about claims of a matter ('reports of a reshuffle', 'claims that officials
    would meet'), not about the claims of someone named ('the claims of the General Staff and of Astra')."""
    m = ABOUT_SOMETHING.search(lower)
    if m is None:
        return False
    owner = f.text[m.end():].lstrip()
    owner = owner[4:] if owner.lower().startswith("the ") else owner
    return not (m.group().endswith("of") and owner[:1].isupper())


PLURAL_REFERENCES = re.compile(r"\b(?:claims|reports|allegations|statements|these|those|any of)\b")
THE_CLAIM = re.compile(r"\b(?:the|this|that) (?:claims?|assertions?|allegations?)\b")


def _cue_owners(groups: dict[tuple, list[Attack]], sentences: list[Sentence], res: Resources) -> dict[tuple, set[int]]:
    """A cue sentence that belongs to no attack ('Kyiv has yet to comment on the claim')
    qualifies the claim told nearest before it, else the nearest after it; one that names
    a party's claims ("Russia's claims", "rejected Moscow's description") qualifies that
    party's claims, even when it told of another attack itself, and a denial that names a
    source other than its speaker that source's claims; one about claims in the
    plural ("these claims could not be verified") every claim told before it. Hedges
    ('so-called') stay with their own sentence."""
    told = {key: sorted({i for a in members for i in a.sentences}) for key, members in groups.items()}
    owned = {i for indices in told.values() for i in indices}
    owners: dict[tuple, set[int]] = {}
    for f in sentences:
        status = status_of(f.cues)
        if status == "asserted" or not told:
            continue
        doubting = status in ("denied", "disputed")
        lower = f.text.lower().replace("’", "'")
        named = _named_parties(f, res)
        sources = {m.claimant.name for m in f.mentions if m.kind == "named" and m.claimant is not None} - {
            f.claimant.name if f.claimant else None} if doubting else set()  # ("yet another fake from the ministry")
        doubted = [key for key in told if key[0] in sources]
        if doubted:
            for key in doubted:
                owners.setdefault(key, set()).add(f.index)
            continue
        if f.index in owned and not named:
            continue
        if res.breach_accusation and all(res.breach_accusation.match(cue) for _, cue in f.cues) \
                and not any(f.index + 1 in idx for idx in told.values()):
            continue  # "Moscow accused Kyiv of breaking the truce 900 times": an allegation of its own, no doubt on
            # another claim, unless the claims it opens follow ("According to the ministry, Ukraine launched 90 drones")
        keys = [key for key, members in groups.items()
                if any(a.claimant and a.claimant.party in named for a in members)] if named else []
        if keys:
            pass  # (a party named whose claims none were told: the claim nearest, as below)
        elif accused := _denied_by_attacker(f, groups):
            keys = accused  # "Russia rejected the accusation": the claim of Russia's attack told last
        else:
            said = next((g for g in reversed(sentences[:f.index]) if g.speaker is not None), None)
            if not _aerial(f) and (_about_something(f, lower) or res.not_attack_unless_told.search(lower)):
                continue  # "did not comment on reports that officials would meet", "production estimates cannot be verified"
            if not _aerial(f) and f.index and sentences[f.index - 1].no_attack and not THE_CLAIM.search(lower):
                continue  # "... turns out 2,700 a month. I cannot check those figures": of the rate, not a claim
                # (but "The claim could not be verified" after the refinery's output: the claim of the strike)
            rejected = doubting and said is not None and said.claimant is not None \
                and any(key[0] == said.claimant.name for key, idx in told.items() if idx[0] < f.index)
            if not _aerial(f) and said is not None and said.index not in owned and not _aerial(said) \
                    and not PLURAL_REFERENCES.search(lower) and not rejected:
                continue  # "The claim could not be confirmed" of a claim about no attack (a village taken)
                # (but "Minsk rejected the report" after the last words of a voice whose attack was told: its claim)
            before = [(max(i for i in idx if i < f.index), key) for key, idx in told.items() if idx[0] < f.index]
            after = [(idx[0], key) for key, idx in told.items() if idx[0] > f.index]
            if before and PLURAL_REFERENCES.search(lower):
                keys = [key for _, key in before]
            else:
                keys = [max(before, key=lambda x: x[0])[1] if before else min(after, key=lambda x: x[0])[1]]
        for key in keys:
            owners.setdefault(key, set()).add(f.index)
    return owners


def _named_parties(f: Sentence, res: Resources) -> set[str]:
    """The sides whose claims a cue sentence names ("Moscow's account", "Russia's claims", "the
    Belarusian account", "the Russian official's figures")."""
    lower = f.text.lower().replace("’", "'")
    return {res.nationality[w] for pair in PARTY_CLAIMS.findall(lower) for w in pair if w in res.nationality}


def _denied_by_attacker(f: Sentence, groups: dict[tuple, list[Attack]]) -> list[tuple]:
    """A denial whose subject is a side ('Moscow denied the claim', 'Russia rejected the
    accusation') denies the claim of another that this side attacked told last before it,
    of a voice of the country the denial names where there is one ('Russia's embassy in
    Bucharest rejected ...': Romania's)."""
    if status_of(f.cues) != "denied" or not f.mentions:
        return []
    subject = f.mentions[0]
    side = subject.party if subject.kind == "generic" else (subject.claimant.party if subject.claimant else None)
    accusations = [(max(i for a in members for i in a.sentences), key) for key, members in groups.items()
                   if side and key[2] == side and not any(a.claimant and a.claimant.party == side for a in members)
                   and min(i for a in members for i in a.sentences) < f.index]
    named = {p.country for p in f.places} | {m.side for m in f.mentions} - {side, None}
    answered = [(last, key) for last, key in accusations  # "Russia's embassy in Bucharest rejected ...": Romania's
                if any(a.claimant and a.claimant.party in named for a in groups[key])]
    return [max(answered or accusations)[1]] if accusations else []


def _counts_at_odds(claims: list[Claim]) -> None:
    """Two voices of one side giving different exact counts of one weapon for one strike at
    the same site ('three missiles shot down over the Crimean Bridge', 'one shot down') dispute
    each other, though neither says so."""
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if not _same_strike_two_voices(a, b):
                continue
            for wa, wb in ((wa, wb) for wa in a.weapons for wb in b.weapons):
                if not compatible(WeaponModel(wa.model, wa.category), WeaponModel(wb.model, wb.category)):
                    continue
                if wa.qualifier == wb.qualifier == "exact" and None not in (wa.destroyed, wb.destroyed) \
                        and wa.destroyed != wb.destroyed and not _holds(a, wa, b, wb) and not _holds(b, wb, a, wa):
                    # (how many were downed is what voices dispute)
                    for claim, other in ((a, b), (b, a)):
                        claim.verification.cues.append(f"counts differ from {other.claimant.name}'s")
                        claim.verification.status = status_of([(claim.verification.status, ""), ("disputed", "")])


def _holds(wide: Claim, wide_count: WeaponCount, local: Claim, local_count: WeaponCount) -> bool:
    """A body that counts beyond one area (the air force's night) and a local authority's
    count over its own area: the wider tally holds the local one, so a larger figure there
    is no dispute ('45 of 64 drones downed' nationwide, '9 over the region')."""
    return local.claimant.type == "local_authority" and wide.claimant.type != "local_authority" \
        and wide_count.destroyed >= local_count.destroyed


def _same_strike_two_voices(a: Claim, b: Claim) -> bool:
    """Two voices of one side (neither speaking for the other) on one night's strike at one
    site, named in no other region (not a national tally that also names the site)."""
    if not (a.claimant and b.claimant and a.claimant.party and a.claimant.party == b.claimant.party):
        return False
    if same_voice(a.claimant, b.claimant) or a.attacker != b.attacker or a.time.end != b.time.end:
        return False
    spots = [{p.name for p in c.places if p.role == "target" and p.precision in ("city", "point")
              and not p.name.endswith(WATERS)} for c in (a, b)]
    if not spots[0] or spots[0] != spots[1] or len(spots[0]) > 1:
        return False
    site = gazetteer().lookup(next(iter(spots[0])))
    home = {site.admin1} if site and site.admin1 else set()
    return all({p.name for p in c.places if p.role == "target" and p.precision == "admin1"} <= home for c in (a, b))


WATERS = ("Sea", "Strait", "River", "Bay", "Lake")  # areas, not the site of one strike
