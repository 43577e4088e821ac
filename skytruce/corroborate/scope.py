"""The scope of a claim: national, regional, local or foreign, decided from the claimant
and the places alone, so it keeps working whatever the extractor learns.

- national: a country-wide tally or total (the air force's nightly summary, a tally row
  for all of Ukraine): it belongs to the night's wave.
- regional: a figure for one oblast or Russian region; local: a town, a district, a named
  site. They belong to an incident at that place.
- foreign: an incident on a third country's soil (a drone that crashed in Lithuania).

A regional or city authority speaks of its own area; a claim that names one place is
about that place, unless the victim's own national body names its country beside it (the
air force's "at Ukraine, mostly at Kyiv"); one that names several places is national,
unless it gives one figure per region (a breakdown: each figure is its region's). A region
named beside a town holds it; ground one side holds of the other's country belongs to the
holder's wave; a third country counts when the claim names a place there, or names only a
country that borders the war.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from skytruce.corroborate.settings import settings
from skytruce.corroborate.sources import Underlying, speaker
from skytruce.model import Claim, Place, WeaponCount
from skytruce.reference import GazetteerEntry, gazetteer
from skytruce.reference.admin1 import region_at

SCOPES = ("national", "regional", "local", "foreign")
TOWN = ("city", "point")


@dataclass(frozen=True)
class ClaimScope:
    level: str  # one of SCOPES
    victim: str | None  # the country the wave attacked
    country: str | None  # where it happened: the victim for national claims
    places: tuple[Place, ...]  # the claim's places there (the incident's place first)
    region: str | None = None  # for a local claim, the region it names around its town
    breakdown: tuple[Place, ...] = ()  # for a regional breakdown, the region of each weapon in turn

    @property
    def place(self) -> Place | None:
        return self.places[0] if self.places else None


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance (haversine) between two located places."""
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def near(a: Place, b: Place, radius: float) -> bool:
    if a.lat is None or b.lat is None:
        return a.name == b.name
    return distance_km(a, b) <= radius


def town_clusters(places: list[Place]) -> list[list[Place]]:
    """Towns and sites grouped so that every two in a group lie within the incident
    radius (complete linkage, in the order given)."""
    radius = settings().incident_radius_km
    groups: list[list[Place]] = []
    for p in places:
        home = next((g for g in groups if all(near(p, q, radius) for q in g)), None)
        if home is None:
            groups.append([p])
        else:
            home.append(p)
    return groups


def region_of(town: Place) -> str | None:
    """The region a town lies in, as the gazetteer records it, else the region outline its
    point lies in (a named site, a village the gazetteer has no region for)."""
    known = _region_of(town.name, town.country)
    if known is None and town.lat is not None and town.lon is not None:
        return region_at(town.lat, town.lon, town.country)
    return known


@lru_cache(maxsize=65536)
def _region_of(name: str, country: str | None) -> str | None:
    entry = gazetteer().lookup(name)
    return entry.admin1 if entry is not None and entry.country == country else None


def _holding(towns: list[Place], regions: list[Place]) -> set[str]:
    """The regions that hold a town the claim names ('Ramenskoye, in the Moscow region';
    not the Kursk region beside 'Moscow'): the town's region as the gazetteer records it,
    else the nearest of the claim's regions whose centre lies within a region's reach."""
    reach = settings().region_reach_km
    held = set()
    for town in towns:
        known = region_of(town)
        if known is not None:
            held.add(known)
            continue
        candidates = [(distance_km(town, r), r.name) for r in regions
                      if r.country == town.country and r.lat is not None and town.lat is not None]
        if candidates and min(candidates)[0] <= reach:
            held.add(min(candidates)[1])
    return held


def _areas(places: list[Place]) -> list[tuple[Place, ...]]:
    """The separate places a claim names: its town clusters, and the regions that hold
    none of its towns ('a drone hit Ramenskoye, in the Moscow region' is one place;
    'over Moscow, the Kursk and the Bryansk regions' three)."""
    towns = [p for p in places if p.precision in TOWN]
    held = _holding(towns, [p for p in places if p.precision not in TOWN])
    regions = [p for p in places if p.precision not in TOWN and p.name not in held]
    names = list(dict.fromkeys(p.name for p in regions))
    return [tuple(g) for g in town_clusters(towns)] + [tuple(p for p in regions if p.name == n) for n in names]


def _as_place(entry: GazetteerEntry) -> Place:
    return Place(entry.name, "target", entry.country, entry.lat, entry.lon, entry.precision)


def _victim(claim: Claim, targets: list[Place]) -> str | None:
    """The country the attack was aimed at: the attacker's opponent, else where most
    target places are."""
    known = settings().opponents.get(claim.attacker or "")
    if known:
        return known
    countries = Counter(p.country for p in targets)
    return max(countries.items(), key=lambda kv: (kv[1], kv[0]))[0] if countries else None


def _foreign(third: list[Place], area: list[Place], victim_named: bool, who: Underlying | None,
             victim: str | None) -> bool:
    """Whether a claim naming a third country is about that country's soil: yes when it
    names a place there; when it names only the country, yes if the country borders the
    war (not the United States a missile came from), unless the claim names a place the
    victim holds or the victim's own organs name their country too ('Poland scrambled jets
    as Russia struck Ukraine, Ukraine's air force said')."""
    if any(p.precision != "country" for p in third):
        return True
    if area or not any(p.country in settings().neighbours for p in third):
        return False
    return not (victim_named and who is not None and who.party == victim)


def claim_scope(claim: Claim, who: Underlying | None = None) -> ClaimScope:
    """The scope of `claim` (its speaker resolved through the registry unless given)."""
    s = settings()
    who = who or speaker(claim.claimant)
    attacker = claim.attacker
    targets = [p for p in claim.places if p.role in ("target", "impact") and p.country
               and not (p.precision == "country" and p.country == attacker)]
    victim = _victim(claim, targets)
    below = [p for p in targets if p.precision != "country"]
    third = [p for p in targets if p.country not in (attacker, victim)]
    area = [p for p in below if (s.holder(p.name, p.lat, p.lon) or p.country) == victim]  # ground the victim holds
    named_whole = {p.country for p in targets if p.precision == "country"}
    if third and _foreign(third, area, victim in named_whole, who, victim):
        country = Counter(p.country for p in third).most_common(1)[0][0]
        there = [p for p in third if p.country == country]
        return ClaimScope("foreign", victim, country, _areas([p for p in there if p.precision != "country"] or there)[0])
    areas = _areas(area)
    whole_country = bool(areas) and _names_its_country(areas[0][0], named_whole, who, victim)
    if who and who.area is not None:
        return _sub_national(areas[0] if len(areas) == 1 else (_as_place(who.area),), victim, area, who)
    speaks_for_an_area = who is not None and who.type in s.area_types
    if (len(areas) == 1 and (speaks_for_an_area or not whole_country)) or (len(areas) > 1 and speaks_for_an_area):
        return _sub_national(areas[0], victim, area, who)
    if _is_breakdown(claim, areas):
        regions = tuple(a[0] for a in areas)
        return ClaimScope("regional", victim, regions[0].country, regions, breakdown=regions)
    return ClaimScope("national", victim, victim, tuple(p for p in area if p.country == victim))


def _names_its_country(place: Place, named_whole: set, who: Underlying | None, victim: str | None) -> bool:
    """Whether the victim's own national body names its country beside one place: 'Russia
    launched 40 drones at Ukraine, mostly at Kyiv, the air force said' is the night's
    total. (Anyone else naming the country is only locating the place: 'Borisoglebsk, in
    Russia's Voronezh region'; on held ground the countries named are the sides.)"""
    s = settings()
    return (place.country in named_whole and who is not None and who.party == victim
            and who.type not in s.area_types and not s.holder(place.name, place.lat, place.lon))


def _is_breakdown(claim: Claim, areas: list[tuple[Place, ...]]) -> bool:
    """'12 drones over Belgorod, five over Voronezh and three over Rostov': as many figures
    as regions, one weapon each, and no total; each figure is its region's."""
    return (1 < len(areas) == len(claim.weapons) and all(a[0].precision == "admin1" for a in areas)
            and all(w.launched is not None or w.destroyed is not None for w in claim.weapons))


def weapon_scopes(claim: Claim, scope: ClaimScope) -> list[tuple[WeaponCount | None, ClaimScope]]:
    """Each weapon of a claim with the scope it is about: the claim's own, or in a regional
    breakdown, its region's (None for a claim that names no weapon)."""
    if scope.breakdown:
        return [(w, ClaimScope("regional", scope.victim, p.country, (p,))) for w, p in zip(claim.weapons, scope.breakdown)]
    return [(w, scope) for w in claim.weapons] or [(None, scope)]


def _sub_national(places: tuple[Place, ...], victim: str | None, named: list[Place], who: Underlying | None
                  ) -> ClaimScope:
    """A regional or local scope; a local one keeps the region it names (or its speaker
    answers for) so a region's figures can find the town they are about."""
    if places[0].precision not in TOWN:
        return ClaimScope("regional", victim, places[0].country, places)
    regions = [region_of(places[0])] if region_of(places[0]) else [
        p.name for p in named if p.precision == "admin1" and p.country == places[0].country]
    if not regions and who and who.area is not None and who.area.precision == "admin1":
        regions = [who.area.name]
    return ClaimScope("local", victim, places[0].country, places, regions[0] if len(regions) == 1 else None)
