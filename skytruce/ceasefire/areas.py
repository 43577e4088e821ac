"""Zones a ceasefire can be drawn as: a band of so many kilometres either side of a line
(data/lines.yaml), turned into a polygon. Distances are measured on a local
equirectangular projection around the line, good to well under a percent at these widths."""

from __future__ import annotations

import math
from functools import lru_cache

import yaml
from shapely.geometry import LineString, mapping
from shapely.ops import transform

from skytruce.reference._keys import data_path

KM_PER_DEGREE_LAT = 110.57
KM_PER_DEGREE_LON_AT_EQUATOR = 111.32


@lru_cache(maxsize=1)
def lines() -> dict[str, dict]:
    with open(data_path("lines.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def band(line_name: str, km: float) -> dict:
    """A GeoJSON Polygon: every point within `km` of the named line. Raises KeyError for an
    unknown line, ValueError for a width that is not positive."""
    if km <= 0:
        raise ValueError("the width must be more than 0 km")
    points = lines()[line_name]["points"]
    line = LineString(points)
    scale = math.cos(math.radians(line.centroid.y)) * KM_PER_DEGREE_LON_AT_EQUATOR
    to_km = lambda x, y, z=None: (x * scale, y * KM_PER_DEGREE_LAT)  # noqa: E731
    to_degrees = lambda x, y, z=None: (x / scale, y / KM_PER_DEGREE_LAT)  # noqa: E731
    polygon = transform(to_degrees, transform(to_km, line).buffer(km, quad_segs=8))
    return mapping(polygon.simplify(0.005))
