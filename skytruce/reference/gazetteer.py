"""Gazetteer loader: countries, regions, sites (places.yaml) and cities (cities.csv).

Look-ups are exact on a normalised key first; `fuzzy_lookup` catches transliterations no
list foresaw ('Khmelnitskiy', 'Zaporozhzhia'). Bare region stems ('Kursk') resolve to the
city of that name when there is one, and to the region otherwise ('Crimea', 'Amur').
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

import yaml

from skytruce.reference._keys import alias_key, data_path, nearest

REGION_SUFFIXES = ("region", "oblast", "province", "krai", "territory", "regional", "voivodeship")
COUNTRY_PRIORITY = ("UA", "RU", "BY", "PL", "MD", "RO", "LT", "LV", "EE")


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    precision: str  # point, city, admin1, country
    country: str | None
    lat: float | None
    lon: float | None
    admin1: str | None = None


class Gazetteer:
    FUZZY_CUTOFF = 90

    def __init__(self) -> None:
        self._by_key: dict[str, GazetteerEntry] = {}
        self._directions: dict[str, GazetteerEntry] = {}
        self.regions: dict[str, GazetteerEntry] = {}
        self.countries: dict[str, GazetteerEntry] = {}  # ISO code -> the country
        self.surface_forms: set[str] = set()  # every alias as written, for phrase matchers

    def _add(self, alias: str, entry: GazetteerEntry) -> None:
        self._by_key.setdefault(alias_key(alias), entry)
        self.surface_forms.add(alias)

    @classmethod
    def load(cls, places_path=None, cities_path=None) -> "Gazetteer":
        gaz = cls()
        data = yaml.safe_load(open(places_path or data_path("places.yaml"), encoding="utf-8"))
        for c in data["countries"]:
            entry = GazetteerEntry(c["name"], "country", c["code"], c["lat"], c["lon"])
            gaz.countries[c["code"]] = entry
            for alias in [c["name"], *c.get("aliases", [])]:
                gaz._add(alias, entry)
        bare_stems: list[tuple[str, GazetteerEntry]] = []
        for country, regions in data["regions"].items():
            for r in regions:
                entry = GazetteerEntry(r["name"], "admin1", r.get("country", country), r["lat"], r["lon"], r["name"])
                gaz.regions[r["name"]] = entry
                gaz._add(r["name"], entry)
                for stem in r["stems"]:
                    for suffix in REGION_SUFFIXES:
                        gaz._add(f"{stem} {suffix}", entry)
                    bare_stems.append((stem, entry))
        for s in data["sites"]:
            entry = GazetteerEntry(s["name"], s.get("precision", "point"), s.get("country"), s["lat"], s["lon"], s.get("admin1"))
            for alias in [s["name"], *s.get("aliases", [])]:
                gaz._add(alias, entry)
        for d in data["directions"]:
            entry = GazetteerEntry(d["name"], "admin1", "UA", d["lat"], d["lon"])
            for alias in [d["name"], *d.get("aliases", [])]:
                gaz._directions.setdefault(alias_key(alias), entry)
        gaz._load_cities(cities_path or data_path("cities.csv"))
        for stem, entry in bare_stems:
            gaz._add(stem, entry)
        gaz._fuzzy_keys = [k for k in gaz._by_key if len(k) >= 6]
        return gaz

    def _load_cities(self, path) -> None:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        rank = {c: i for i, c in enumerate(COUNTRY_PRIORITY)}
        rows.sort(key=lambda r: (rank.get(r["country"], 99), -int(r["population"])))
        for r in rows:
            entry = GazetteerEntry(r["name"], "city", r["country"], float(r["lat"]), float(r["lon"]))
            self._add(r["name"], entry)
        for r in rows:  # alternate spellings only after every primary name is in
            entry = self._by_key[alias_key(r["name"])]
            for alias in filter(None, r["aliases"].split("|")):
                self._add(alias, entry)

    def lookup(self, text: str) -> GazetteerEntry | None:
        return self._by_key.get(alias_key(text))

    def country(self, code: str) -> GazetteerEntry | None:
        return self.countries.get(code)

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
    return Gazetteer.load()
