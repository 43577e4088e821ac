"""Zones a ceasefire can be drawn as: a band of so many kilometres either side of a line
(data/lines.yaml), turned into a polygon. Distances are measured on a local
equirectangular projection around the line, good to well under a percent at these widths."""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
import shapely
import yaml
from shapely.geometry import LineString, mapping

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
    km_per_degree = np.array([math.cos(math.radians(line.centroid.y)) * KM_PER_DEGREE_LON_AT_EQUATOR, KM_PER_DEGREE_LAT])
    in_km = shapely.transform(line, lambda xy: xy * km_per_degree)
    polygon = shapely.transform(in_km.buffer(km, quad_segs=8), lambda xy: xy / km_per_degree)
    return mapping(polygon.simplify(0.005))
