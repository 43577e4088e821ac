"""First-level regions as outlines (data/admin1.geojson, from Natural Earth, rebuilt by
scripts/build_admin1.py): which region a point lies in, and a region's outline. Named as
the gazetteer names regions, so a town's admin1 in cities.csv and its outline agree."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from skytruce.reference._keys import data_path


@dataclass(frozen=True)
class Outline:
    region: str
    country: str
    geometry: object  # a shapely Polygon or MultiPolygon


class Admin1:
    def __init__(self, features: list[dict]):
        from shapely import STRtree  # loaded with the outlines: a listing that never asks starts without it
        from shapely.geometry import shape
        from shapely.prepared import prep
        self.outlines = [Outline(f["properties"]["region"], f["properties"]["country"], shape(f["geometry"]))
                         for f in features]
        self.by_region = {o.region: o for o in self.outlines}
        self._tree = STRtree([o.geometry for o in self.outlines])
        self._prepared = [prep(o.geometry) for o in self.outlines]

    @classmethod
    def load(cls, path=None) -> "Admin1":
        with open(path or data_path("admin1.geojson"), encoding="utf-8") as fh:
            return cls(json.load(fh)["features"])

    def region_at(self, lat: float, lon: float, country: str | None = None) -> str | None:
        """The region a point lies in (of `country` when given); None outside every outline."""
        from shapely.geometry import Point
        point = Point(lon, lat)
        for index in self._tree.query(point):
            outline = self.outlines[index]
            if (country is None or outline.country == country) and self._prepared[index].contains(point):
                return outline.region
        return None


@lru_cache(maxsize=1)
def admin1() -> Admin1:
    return Admin1.load()


@lru_cache(maxsize=65536)
def region_at(lat: float, lon: float, country: str | None = None) -> str | None:
    return admin1().region_at(lat, lon, country)
