"""Regenerate skytruce/web/static/basemap.geojson: country outlines of the region, from
Natural Earth (public domain) as packaged in the npm `world-atlas` TopoJSON files.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_basemap.py package/countries-50m.json

The dashboard draws this file itself, so the map works with no network.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from shapely.geometry import box, mapping, shape

BOUNDS = box(12.0, 40.0, 52.0, 62.0)  # lon/lat window: Ukraine and its neighbours
OUT = Path(__file__).resolve().parent.parent / "skytruce" / "web" / "static" / "basemap.geojson"


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs are quantised and delta-encoded; turn them into lon/lat lines."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list, indices: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indices:
        line = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(line if not points else line[1:])
    return points


def geometry(obj: dict, arcs: list) -> dict | None:
    if obj["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [ring(arcs, r) for r in obj["arcs"]]}
    if obj["type"] == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [[ring(arcs, r) for r in poly] for poly in obj["arcs"]]}
    return None


def main(path: str) -> int:
    topology = json.loads(Path(path).read_text())
    arcs = decode_arcs(topology)
    features = []
    for obj in topology["objects"]["countries"]["geometries"]:
        geo = geometry(obj, arcs)
        if geo is None:
            continue
        clipped = shape(geo).buffer(0).intersection(BOUNDS)
        if clipped.is_empty:
            continue
        clipped = clipped.simplify(0.03, preserve_topology=True)
        features.append({"type": "Feature", "properties": {"name": obj.get("properties", {}).get("name")},
                         "geometry": json.loads(json.dumps(mapping(clipped), default=lambda v: round(v, 3)))})
    data = {"type": "FeatureCollection", "source": "Natural Earth, public domain (via world-atlas 2.0.2)",
            "features": features}
    text = json.dumps(data, separators=(",", ":"))
    OUT.write_text(text)
    print(f"wrote {len(features)} countries, {len(text):,} bytes, to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
