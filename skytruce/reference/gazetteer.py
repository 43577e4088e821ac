"""Gazetteer loader: countries, regions, named sites, waters and city districts
(places.yaml) and cities (cities.csv).

Look-ups are exact on a normalised key first; `fuzzy_lookup` catches transliterations no
list foresaw ('Khmelnitskiy', 'Zaporozhzhia'). Bare region stems ('Kursk') resolve to the
region's city of that name when there is one, and to the region otherwise ('Crimea', 'Amur');
bare district names likewise. Every name is also known without its diacritics ('Galati')
and with either Romanian comma ('Constanța', 'Constanţa').
Cyrillic names are indexed apart (`lookup_cyrillic`): the English matcher never sees them.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path

import skytruce
from skytruce import cache
from skytruce.reference import _keys
from skytruce.reference._keys import alias_key, data_path, nearest, read_yaml

REGION_SUFFIXES = ("region", "oblast", "province", "krai", "territory", "regional", "voivodeship")
CITY_COLUMNS = ["name", "country", "admin1", "lat", "lon", "population", "aliases", "names_cyrillic"]
COUNTRY_WEIGHT = {"UA": 20, "RU": 5, "BY": 2}  # reports are about Ukraine first, then Russia
OWN_NAME_WEIGHT = 6  # 'Samar' is Samar (Ukraine), 'Liman' still Lyman rather than a Russian village
# A misspelt name is guessed only among towns this large (or regions and sites): near a
# thousand villages of similar names a guess would be a namesake more often than not.
FUZZY_FLOOR = {"UA": 5000, "RU": 15000, "BY": 15000}
SEAT_DEG = 0.3  # how near a region's (or district's) coordinates its seat of the same name lies
# How a city district is written with its city ("the Shevchenkivskyi district of Kharkiv").
DISTRICT_FORMS = ("{stem} district of {city}", "{city}'s {stem} district", "{stem} district, {city}",
                  "{stem} district in {city}")
DISTRICT_SUFFIXES = ("district", "raion")
_COMMA_TO_CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")
_CEDILLA_TO_COMMA = str.maketrans("şţŞŢ", "șțȘȚ")
_UNDECOMPOSED = str.maketrans("łŁđĐøØ", "lLdDoO")


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    precision: str  # point, city, admin1, country
    country: str | None
    lat: float | None
    lon: float | None
    admin1: str | None = None  # the first-level region it lies in, as this gazetteer names it
    parent: str | None = None  # the city a district or a site belongs to
    kind: str | None = None  # country, region, city, district, site, water, direction


VOWELS = set("аеєиіїоуюяё")


def _areas(cyrillic_claims: list[tuple[int, str, GazetteerEntry]],
           area_names: dict[str, list[list[str]]]) -> list[tuple[str, GazetteerEntry]]:
    """The area name of each town of a country `area_names` has rules for, with the district
    it names ('Павлоградщина': Pavlohrad district), the most important town first."""
    areas, districts = [], {}
    for _, name, town in cyrillic_claims:
        rules = area_names.get(town.country or "")
        if not rules or " " in name or "-" in name:
            continue
        lower = name.lower()
        rule = next((r for r in rules if lower.endswith(r[0])), None)
        if rule is None and lower[-1] in VOWELS:
            continue
        stem, ending = (lower[:len(lower) - len(rule[0])], rule[1]) if rule else (lower, "щина")
        district = districts.setdefault(id(town), GazetteerEntry(
            f"{town.name} district", "city", town.country, town.lat, town.lon, town.admin1, town.name, "raion"))
        areas.append((name[0] + (stem + ending)[1:], district))
    return areas


def spellings(name: str) -> set[str]:
    """The name as written, without diacritics, and with the other Romanian comma."""
    if name.isascii():
        return {name}
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
                    if not unicodedata.combining(c))
    return {name, plain, name.translate(_COMMA_TO_CEDILLA), name.translate(_CEDILLA_TO_COMMA)}


class Gazetteer:
    FUZZY_CUTOFF = 90

    def __init__(self) -> None:
        self._by_key: dict[str, GazetteerEntry] = {}
        self._directions: dict[str, GazetteerEntry] = {}
        self._cyrillic_names: list[tuple[str, GazetteerEntry]] = []
        self._villages: set[int] = set()  # ids of places too small for a fuzzy guess
        self.regions: dict[str, GazetteerEntry] = {}
        self.countries: dict[str, GazetteerEntry] = {}  # ISO code -> the country
        self.surface_forms: set[str] = set()  # every alias as written, for phrase matchers
        self._held: dict[str, tuple[str, date]] = {}  # place name -> (holder, since)
        self._namesakes: dict[str, list[GazetteerEntry]] = {}  # a town's name -> the other towns of that name

    def _add(self, alias: str, entry: GazetteerEntry) -> None:
        forms = spellings(alias)
        for form in forms:
            self._by_key.setdefault(alias_key(form), entry)
        self.surface_forms.update(forms)

    def _add_bare(self, stem: str, entry: GazetteerEntry) -> None:
        """A bare region or district name ('Kursk', 'Darnytskyi') gives way only to a town of
        that name where the region has its seat ('Kursk' the city), not to a namesake elsewhere."""
        for form in spellings(stem):
            key = alias_key(form)
            held = self._by_key.get(key)
            if held is None or (held.kind == "city" and abs(held.lat - entry.lat) + abs(held.lon - entry.lon) > SEAT_DEG):
                self._by_key[key] = entry
            self.surface_forms.add(form)

    @classmethod
    def load(cls, places_path=None, cities_path=None) -> "Gazetteer":
        gaz = cls()
        data = read_yaml(places_path or data_path("places.yaml"))
        for c in data["countries"]:
            entry = GazetteerEntry(c["name"], "country", c["code"], c["lat"], c["lon"], kind="country")
            gaz.countries[c["code"]] = entry
            for alias in [c["name"], *c.get("aliases", [])]:
                gaz._add(alias, entry)
            gaz._cyrillic_names.extend((name, entry) for name in c.get("cyrillic", []))
        bare_stems: list[tuple[str, GazetteerEntry]] = []
        for country, regions in data["regions"].items():
            suffixes = (*REGION_SUFFIXES, *data.get("region_suffixes", {}).get(country, []))
            for r in regions:
                entry = GazetteerEntry(r["name"], "admin1", r.get("country", country), r["lat"], r["lon"], r["name"],
                                       kind="region")
                gaz.regions[r["name"]] = entry
                gaz._add(r["name"], entry)
                for stem in r["stems"]:
                    for suffix in suffixes:
                        gaz._add(f"{stem} {suffix}", entry)
                    bare_stems.append((stem, entry))
                gaz._cyrillic_names.extend((name, entry) for name in r.get("cyrillic", []))
        for kind in ("sites", "waters"):
            for s in data.get(kind, []):
                entry = GazetteerEntry(s["name"], s.get("precision", "point"), s.get("country"), s["lat"], s["lon"],
                                       s.get("admin1"), s.get("parent"), kind[:-1])
                for alias in [s["name"], *s.get("aliases", [])]:
                    gaz._add(alias, entry)
                gaz._cyrillic_names.extend((name, entry) for name in s.get("cyrillic", []))
        for d in data["directions"]:
            entry = GazetteerEntry(d["name"], "admin1", "UA", d["lat"], d["lon"], kind="direction")
            for alias in [d["name"], *d.get("aliases", [])]:
                gaz._directions.setdefault(alias_key(alias), entry)
        gaz._load_cities(cities_path or data_path("cities.csv"), data.get("area_names", {}))
        bare_stems += gaz._load_districts(data.get("districts", {}))
        for stem, entry in bare_stems:
            gaz._add_bare(stem, entry)
        for holder, places in data.get("held", {}).items():
            for h in places:
                entry = gaz.lookup(h["place"])
                if entry is None:
                    raise ValueError(f"places.yaml held: unknown place {h['place']!r}")
                gaz._held[entry.name] = (holder, h["since"])
        gaz._fuzzy_keys = [k for k, e in gaz._by_key.items() if len(k) >= 6 and id(e) not in gaz._villages]
        gaz._villages.clear()  # ids of this process: meaningless once cached
        return gaz

    def _load_cities(self, path, area_names: dict[str, list[list[str]]]) -> None:
        """Where places share a name, the one reports most likely mean takes it: population
        weighted by country (COUNTRY_WEIGHT), a place's own name counting six times an alias.
        A town's area ('Павлоградщина') is the district around it, after every town."""
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            if next(reader) != CITY_COLUMNS:
                raise ValueError(f"{path}: expected the columns {','.join(CITY_COLUMNS)}")
            rows = list(reader)
        claims, cyrillic_claims = [], []
        for name, country, admin1, lat, lon, population, aliases, cyrillic in rows:
            entry = GazetteerEntry(name, "city", country, float(lat), float(lon), admin1 or None, kind="city")
            weight = int(population) * COUNTRY_WEIGHT.get(country, 1)
            if int(population) < FUZZY_FLOOR.get(country, 50000):
                self._villages.add(id(entry))
            claims.append((weight * OWN_NAME_WEIGHT, name, entry))
            claims.extend((weight, alias, entry) for alias in aliases.split("|") if alias)
            cyrillic_claims.extend((weight, n, entry) for n in cyrillic.split("|") if n)
        claims.sort(key=lambda claim: -claim[0])
        cyrillic_claims.sort(key=lambda claim: -claim[0])
        self._cyrillic_names.extend((n, entry) for _, n, entry in cyrillic_claims)
        self._cyrillic_names.extend(_areas(cyrillic_claims, area_names))
        for _, name, entry in claims:
            held = self._by_key.get(alias_key(name))
            if held is not None and held is not entry and held.kind == "city":
                self._namesakes.setdefault(alias_key(name), []).append(entry)
            self._add(name, entry)

    def _load_districts(self, districts: dict) -> list[tuple[str, GazetteerEntry]]:
        """City districts, each with its city as parent; returns the bare names a single
        city's district has, to be added once every town is in."""
        owners: dict[str, set[str]] = {}
        for city, items in districts.items():
            for d in items:
                for stem in d["stems"]:
                    owners.setdefault(alias_key(stem), set()).add(city)
        bare = []
        for city, items in districts.items():
            town = self.lookup(city)
            if town is None:
                raise ValueError(f"places.yaml districts: unknown city {city!r}")
            for d in items:
                entry = GazetteerEntry(f"{d['name']} district, {city}", "point", town.country, d["lat"], d["lon"],
                                       town.admin1, city, "district")
                self._cyrillic_names.extend((name, entry) for name in d.get("cyrillic", []))
                for stem in d["stems"]:
                    for form in DISTRICT_FORMS:
                        self._add(form.format(stem=stem, city=city), entry)
                    if len(owners[alias_key(stem)]) == 1 and d.get("bare", True):
                        # 'Darnytskyi' is Kyiv's; 'Shevchenkivskyi' needs its city, and so does a name that many
                        # cities the gazetteer does not list share ('Zavodskoy': Saratov's, Oryol's, ...)
                        for suffix in DISTRICT_SUFFIXES:
                            self._add(f"{stem} {suffix}", entry)
                        bare.append((stem, entry))
        return bare

    @property
    def cyrillic_names(self) -> list[tuple[str, GazetteerEntry]]:
        """Every Cyrillic name with its place, the place reports most likely mean first."""
        return self._cyrillic_names

    @cached_property
    def _cyrillic(self) -> dict[str, GazetteerEntry]:
        index: dict[str, GazetteerEntry] = {}
        for name, entry in self._cyrillic_names:
            index.setdefault(alias_key(name).replace("ё", "е"), entry)
        return index

    def lookup(self, text: str) -> GazetteerEntry | None:
        return self._by_key.get(alias_key(text))

    def namesake_in(self, text: str, regions: set[str]) -> GazetteerEntry | None:
        """Of the towns called `text`, the one in one of `regions` (the regions a sentence
        names: 'Kirovsk in the Leningrad region'), where the one `lookup` gives lies in none."""
        key = alias_key(text)
        first = self._by_key.get(key)
        if first is None or first.admin1 in regions:
            return None
        return next((e for e in self._namesakes.get(key, []) if e.admin1 in regions), None)

    def holder(self, entry: GazetteerEntry, day: date | None) -> str:
        """Who held the place on that day (today's holder when the day is unknown): the
        country it lies in, unless another held it or the region it lies in."""
        for name in (entry.name, entry.parent, entry.admin1):
            held = self._held.get(name) if name else None
            if held and (day is None or day >= held[1]):
                return held[0]
        return entry.country

    def country(self, code: str) -> GazetteerEntry | None:
        return self.countries.get(code)

    def lookup_cyrillic(self, text: str) -> GazetteerEntry | None:
        """A place named in Ukrainian or Russian ('Ізмаїл', 'Курская область'); ё and е meet."""
        return self._cyrillic.get(alias_key(text).replace("ё", "е"))

    def direction(self, text: str) -> GazetteerEntry | None:
        """Parts of Ukraine named by direction ('south', 'the east of the country')."""
        return self._directions.get(alias_key(text))

    @lru_cache(maxsize=8192)
    def fuzzy_lookup(self, text: str) -> GazetteerEntry | None:
        """Nearest place name for a transliteration no list foresaw ('Khmelnitskiy')."""
        key = nearest(text, self._fuzzy_keys, 6, self.FUZZY_CUTOFF)
        return self._by_key[key] if key else None

    def resolve(self, text: str) -> GazetteerEntry | None:
        return self.lookup(text) or self.fuzzy_lookup(text)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The bundled gazetteer, indexed once per data version and then read from the cache
    (four times faster than indexing places.yaml and cities.csv again)."""
    sources = [data_path("places.yaml"), data_path("cities.csv"), Path(__file__), Path(_keys.__file__)]
    return cache.cached("gazetteer", cache.fingerprint(sources, skytruce.__version__), Gazetteer.load)
