"""An attack as one report tells it — one claimant's figures for one weapon in one episode —
and the tests that decide whether a new figure belongs to it: the same weapon (or a
category covering it), the same voice, the same night, the same region, figures that do
not contradict it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from skytruce.extract.document import Figure
from skytruce.extract.timex import DAYS_BEFORE, WEEKDAYS
from skytruce.model import Claimant, TimeWindow
from skytruce.reference import source_registry
from skytruce.reference.weapons import WeaponModel

FINE = ("day", "hour")
REGIONAL = "local_authority"  # the type of a voice that speaks for one region or city
WARRING = {"UA", "RU"}  # the two sides at war; any other country is a third one
STRIKES_OWN_LAND = {"UA"}  # Ukraine strikes its own occupied territory (Crimea, occupied oblasts)


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
    countries: set[str] = field(default_factory=set)  # the countries of those places
    spots: set[str] = field(default_factory=set)  # the towns and sites among them
    breakdown: list[tuple[str, str, int]] = field(default_factory=list)  # (place, role, count) under the total
    additional: bool = False  # told as beyond a total ("five more drones"): never one of its pieces
    running: bool = False  # a running total ("the number downed rose to 11"): the smaller figures told are its parts
    nationwide: bool = False  # told of a whole country ("attacked Ukraine with 476 drones"): no region's voice tells it
    mixed: bool = False  # a total of several models named with it ("19 missiles, among them Kh-22s and Kalibrs")

    @property
    def has_figures(self) -> bool:
        return self.launched is not None or self.destroyed is not None

    def accepts(self, fig: Figure, claimant: Claimant | None, time: TimeWindow | None, areas: set[str],
                countries: set[str] = frozenset()) -> bool:
        if not compatible(self.weapon, fig.weapon) or (fig.mixed and self.weapon.name and "missile" in fig.weapon.category):
            return False  # "43 missiles of various types" are no one model's (drones "of various types" are a
            # swarm of one model and its decoys, as the tallies count them)
        if self.mixed and fig.weapon.name:
            return False  # "five Kalibrs shot down" is not of "19 missiles, among them Kh-22s, Oniks and Kalibrs"
        if not areas_meet(areas, self.areas):
            return False  # another region: another attack
        if countries and ((self.attacker in countries and self.attacker not in STRIKES_OWN_LAND)
                          or (self.countries and not countries & self.countries)):
            return False  # drones over Moscow are not part of Russia's attack on Ukraine
        if not same_voice(claimant, self.claimant) or not same_time(time, self.time):
            return False
        if self.beyond(claimant, areas):
            return False
        if fig.attacker and self.attacker and fig.attacker != self.attacker:
            return False
        origin = ORIGIN_PARTY.get(fig.weapon.origin or "") if fig.weapon.name else None
        if origin and self.attacker and not fig.attacker and origin != self.attacker:
            return False  # Kh-101s are Russia's: not part of what a headline said Ukraine fired
        for slot in ("launched", "destroyed"):
            mine, theirs = getattr(self, slot), getattr(fig, slot)
            if theirs is not None and mine is not None and mine != theirs and not (
                    rounded_of(mine, self.qualifier, theirs, fig.qualifier) and one_name(claimant, self.claimant)):
                return False
        launched = fig.launched if fig.launched is not None else self.launched
        destroyed = fig.destroyed if fig.destroyed is not None else self.destroyed
        return launched is None or destroyed is None or destroyed <= launched

    @property
    def regional_voice(self) -> bool:
        """Told by a region's or a city's voice, which speaks for no whole country's count ('Overall,
        Russia launched 143 drones at Ukraine', after the governor's account of his region)."""
        return local_voice(self.claimant)

    def beyond(self, claimant: Claimant | None, areas: set[str]) -> bool:
        """A region's voice telling of its region cannot speak for a whole country's count:
        'Russia attacked Ukraine with 48 missiles' is no governor's, though two of them hit his city."""
        return self.nationwide and self.claimant is None and bool(areas) and claimant is not None \
            and claimant.type == REGIONAL

    def absorb(self, fig: Figure, claimant: Claimant | None, time: TimeWindow | None, index: int) -> None:
        if (fig.weapon.name and not self.weapon.name) or (not self.weapon.name and self.weapon.category == "missile"):
            self.weapon = fig.weapon  # the more specific: "a missile strike" then "a ballistic missile"
        for slot in ("launched", "destroyed"):
            value, mine = getattr(fig, slot), getattr(self, slot)
            if value is None or (mine is not None and mine != value and fig.qualifier != "exact"):
                continue  # "496 drones", then "nearly 500" in a recap: the exact count stays
            if mine is not None and mine != value and self.qualifier != "exact":
                self.qualifier = "exact"  # "nearly 500", then the exact "496"
            setattr(self, slot, value)
            if fig.qualifier != "exact" and (slot == "launched" or self.qualifier == "exact"):
                self.qualifier = fig.qualifier
        self.claimant = more_specific_voice(self.claimant, claimant)
        self.attacker = self.attacker or fig.attacker
        self.additional = self.additional or fig.additional
        self.running = self.running or fig.running
        self.time = self.time or time
        self.told_in(index)

    def told_in(self, index: int) -> None:
        if index not in self.sentences:
            self.sentences.append(index)


def local_voice(claimant: Claimant | None) -> bool:
    """A regional or city head or administration: who tells what air defence did over their area."""
    return claimant is not None and claimant.type == REGIONAL


def one_name(a: Claimant | None, b: Claimant | None) -> bool:
    """The very same voice (not a spokesperson's early figure beside the body's final one)."""
    return a is None or b is None or a.name == b.name


ROUNDING = 0.1  # how far an "about" figure may lie from the exact count it rounds


def rounded_of(a: int, a_qualifier: str, b: int, b_qualifier: str) -> bool:
    """One of two counts is the other told roughly: 'nearly 500' and 496, 'more than 70'
    and 78, 'up to 20' and 17."""
    if (a_qualifier == "exact") == (b_qualifier == "exact"):
        return False
    (rough, qualifier), exact = ((a, a_qualifier), b) if a_qualifier != "exact" else ((b, b_qualifier), a)
    if qualifier == "at_least":
        return rough <= exact <= rough * (1 + 2 * ROUNDING)
    if qualifier == "at_most":
        return rough * (1 - 2 * ROUNDING) <= exact <= rough
    return abs(exact - rough) <= rough * ROUNDING


def same_time(a: TimeWindow | None, b: TimeWindow | None) -> bool:
    """Day-precise dates more than a day apart are different attacks, and so are a night's
    attack and a month's campaign."""
    if not (a and b and a.end and b.end):
        return True
    if _apart_in_hours(a, b) or _apart_in_hours(b, a):
        return False
    if a.precision not in FINE or b.precision not in FINE:
        return a.precision == b.precision and a.start <= b.end and b.start <= a.end
    if _calendar(a) and _calendar(b):
        return a.end == b.end  # two dates the text spells out mean what they say
    return abs((a.end - b.end).days) <= 1  # a relative "overnight" may be dated by either morning


def _apart_in_hours(day: TimeWindow, other: TimeWindow) -> bool:
    """A daytime window of hours ('from 08:00 to 14:00') or moment ('at 15:10') is apart from
    the night that ended that morning, and a window from another window of hours it does not
    overlap (a moment is only when something was told, not how long the strike lasted)."""
    if not (day.start_at and day.end_at and day.start_at.date() == day.end_at.date()):
        return False
    if other.start_at and other.end_at:
        return day.start_at < day.end_at and other.start_at < other.end_at \
            and (other.end_at <= day.start_at or day.end_at <= other.start_at)
    return other.start is not None and (other.end - other.start).days == 1 and other.end == day.end


def _calendar(t: TimeWindow) -> bool:
    """A date the text spells out, or a day it counts back from one ('the day before')."""
    text = (t.text or "").lower()
    if any(ch.isdigit() for ch in text) or text in DAYS_BEFORE:
        return True
    words = set(re.findall(r"\w+", text))
    return bool(words & WEEKDAYS.keys()) and not words & LOOSE_WEEKDAY


# A weekday that may not be the attack's own day: its night ends the next morning ('late on Wednesday'), or it
# dates a toll or a count told since ('by Sunday morning the toll had risen').
LOOSE_WEEKDAY = {"night", "overnight", "late", "evening", "into", "to", "tonight", "by", "until", "as", "since"}


def same_voice(a: Claimant | None, b: Claimant | None) -> bool:
    """Unknown speakers fit anyone; a person fits the institution they speak for."""
    if a is None or b is None or a.name == b.name:
        return True
    if _titled_by(a, b) or _titled_by(b, a):
        return True  # "Ukraine's navy" and its spokesman, titled "Ukraine's navy spokesman"
    registry = source_registry()
    sa, sb = registry.lookup(a.name), registry.lookup(b.name)
    return bool(sa and sb and (sa.affiliation == sb.name or sb.affiliation == sa.name))


TITLES_READ = 3  # a person the registry lacks has a title or two among their aliases; a body has dozens of names


def _titled_by(body: Claimant, person: Claimant) -> bool:
    """The person's title names the body, by its name or, for a person with a title or two,
    by any of its names."""
    names = (body.name, *body.aliases) if len(person.aliases) <= TITLES_READ else (body.name,)
    return any(name in title for title in person.aliases for name in names)


def more_specific_voice(current: Claimant | None, new: Claimant | None) -> Claimant | None:
    """Keep the named person over the institution they speak for."""
    if current is None or new is None:
        return current or new
    source = source_registry().lookup(new.name)
    return new if (source and source.affiliation == current.name) or _titled_by(current, new) else current


ORIGIN_PARTY = {"RU": "RU", "IR": "RU", "KP": "RU", "UA": "UA", "US": "UA", "GB": "UA", "FR": "UA"}  # whose, by maker


def compatible(a: WeaponModel, b: WeaponModel) -> bool:
    """Same model, or a category named without a model that covers the other."""
    if a.name and b.name:
        return a.name == b.name
    if a.category == b.category:
        return True
    if {a.category, b.category} == AIR_LAUNCHED and not (a.name and b.name):
        return True  # "guided air missiles" for the Kh-59/69 a list named
    return "missile" in (a.category, b.category) and "missile" in a.category and "missile" in b.category


AIR_LAUNCHED = {"aircraft_missile", "cruise_missile"}


REGION, INSIDE = "region:", "in:"  # "the Lviv region" and "Stryi" (in the Lviv region) meet; Stryi and Lviv city do not


def areas_meet(a: set[str], b: set[str]) -> bool:
    """Two figures' places are one strike's: a place in common, or a town and the region it
    lies in when that is all the other says (two towns of one region are not)."""
    if not a or not b:
        return True
    if {k for k in a if not k.startswith(INSIDE)} & {k for k in b if not k.startswith(INSIDE)}:
        return True
    return any(INSIDE + k[len(REGION):] in other for one, other in ((a, b), (b, a)) if _regions_only(one)
               for k in one if k.startswith(REGION))


def _regions_only(keys: set[str]) -> bool:
    """Places no finer than a region: 'the Lviv region' (not 'Nikolskoye in the Belgorod region')."""
    return all(k.startswith(REGION) or REGION + k in keys for k in keys)
