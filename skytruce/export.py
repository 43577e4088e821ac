"""Event exports in the formats analysts load elsewhere: CSV, JSON, GeoJSON, Parquet.

Flat rows use ACLED's column names where they fit (event_id_cnty, event_date,
time_precision, event_type, sub_event_type, actor1, country, location, latitude,
longitude, geo_precision, source, notes, fatalities), followed by skytruce's own: the
level (a wave, or an incident with its wave_id), and launched/destroyed as the event
counts them (a wave's national figures, else its incidents'; an incident's own).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

PARTY_NAMES = {"RU": "Military Forces of Russia", "UA": "Military Forces of Ukraine", "BY": "Military Forces of Belarus"}
COUNTRY_NAMES = {"UA": "Ukraine", "RU": "Russia", "BY": "Belarus", "PL": "Poland", "MD": "Moldova", "RO": "Romania",
                 "LT": "Lithuania", "LV": "Latvia", "EE": "Estonia"}
TIME_PRECISION = {"hour": 1, "day": 1, "week": 2, "month": 3, "year": 3}
GEO_PRECISION = {"point": 1, "city": 1, "admin1": 2, "country": 3}
FORMATS = ("csv", "json", "geojson", "parquet")


def _weapons_text(event: dict) -> str:
    parts = []
    for w in event["weapons"]:
        label = w["model"] or w["category"]
        figures = "/".join("?" if w[k]["value"] is None else str(w[k]["value"]) for k in ("launched", "destroyed"))
        parts.append(f"{label} {figures}")
    return "; ".join(parts)


def flat_row(event: dict) -> dict:
    """One event as an ACLED-like row."""
    launched = sum(w["launched"] or 0 for w in event["totals"])
    destroyed = sum(w["destroyed"] or 0 for w in event["totals"])
    return {
        "event_id_cnty": event["id"],
        "event_date": event["end"],
        "year": event["end"][:4] if event["end"] else None,
        "time_precision": TIME_PRECISION.get(event["precision"] or "", 3),
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actor1": PARTY_NAMES.get(event["attacker"] or "", event["attacker"]),
        "country": COUNTRY_NAMES.get(event["target_country"] or "", event["target_country"]),
        "location": event["place"],
        "latitude": event["lat"],
        "longitude": event["lon"],
        "geo_precision": GEO_PRECISION.get(_place_precision(event), 3),
        "source": "; ".join(s["name"] for s in event["sources"]),
        "notes": "; ".join(event["reasons"]),
        "fatalities": event["killed"] or 0,
        "grade": event["grade"],
        "level": event["level"],
        "wave_id": event["wave_id"],
        "scope": event["scope"],
        "start_date": event["start"],
        "weapons": _weapons_text(event),
        "launched": launched,
        "destroyed": destroyed,
        "injured": event["injured"],
        "n_claims": len(event["claim_ids"]),
        "n_sources": len(event["sources"]),
        "low_precision": event["low_precision"],
        "crosscheck": event.get("crosscheck"),
    }


def _place_precision(event: dict) -> str:
    """The precision of the place an event is located at (a wave's is its country)."""
    found = next((loc["precision"] for loc in event.get("locations", []) if loc["name"] == event["place"]), None)
    return found or "country"


def geojson(events: list[dict]) -> dict:
    """A FeatureCollection of the events that have coordinates (the rest are counted)."""
    features = [{
        "type": "Feature",
        "id": e["id"],
        "geometry": {"type": "Point", "coordinates": [e["lon"], e["lat"]]},
        "properties": flat_row(e),
    } for e in events if e["lat"] is not None and e["lon"] is not None]
    return {"type": "FeatureCollection", "features": features,
            "skytruce": {"events": len(events), "without_coordinates": len(events) - len(features)}}


def write(events: list[dict], fmt: str, target: Path | None = None) -> bytes:
    """Serialise events; writes to `target` when given and returns the bytes."""
    if fmt == "json":
        data = json.dumps(events, ensure_ascii=False, indent=2, default=str).encode()
    elif fmt == "geojson":
        data = json.dumps(geojson(events), ensure_ascii=False, default=str).encode()
    elif fmt == "csv":
        rows = [flat_row(e) for e in events]
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(flat_row(_EMPTY)))
        writer.writeheader()
        writer.writerows(rows)
        data = buffer.getvalue().encode()
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq
        table = pa.Table.from_pylist([flat_row(e) for e in events] or [flat_row(_EMPTY)])
        if not events:
            table = table.slice(0, 0)
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink)
        data = sink.getvalue().to_pybytes()
    else:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if target is not None:
        Path(target).write_bytes(data)
    return data


_EMPTY = {"id": "", "level": "", "wave_id": "", "scope": "", "end": "", "start": "", "precision": None, "attacker": None,
          "target_country": None, "place": None, "lat": 0.0, "lon": 0.0, "sources": [], "reasons": [], "killed": 0,
          "grade": "", "weapons": [], "totals": [], "injured": 0, "claim_ids": [], "low_precision": False,
          "crosscheck": "", "locations": []}
