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
from typing import BinaryIO, Iterable, Iterator

PARTY_NAMES = {"RU": "Military Forces of Russia", "UA": "Military Forces of Ukraine", "BY": "Military Forces of Belarus"}
COUNTRY_NAMES = {"UA": "Ukraine", "RU": "Russia", "BY": "Belarus", "PL": "Poland", "MD": "Moldova", "RO": "Romania",
                 "LT": "Lithuania", "LV": "Latvia", "EE": "Estonia"}
TIME_PRECISION = {"hour": 1, "day": 1, "week": 2, "month": 3, "year": 3}
GEO_PRECISION = {"point": 1, "city": 1, "admin1": 2, "country": 3}
FORMATS = ("csv", "json", "geojson", "parquet")
BATCH = 500


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


def _feature(event: dict) -> dict:
    return {"type": "Feature", "id": event["id"],
            "geometry": {"type": "Point", "coordinates": [event["lon"], event["lat"]]},
            "properties": flat_row(event)}


def _batches(events: Iterable[dict], size: int = BATCH) -> Iterator[list[dict]]:
    batch = []
    for event in events:
        batch.append(event)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def serialise(events: Iterable[dict], fmt: str) -> Iterator[bytes]:
    """Events as CSV, JSON or GeoJSON, in pieces of a few hundred events: memory stays the
    same however many are read. A GeoJSON collection holds the events that have
    coordinates and ends with how many had none."""
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
        writer.writeheader()
        for batch in _batches(events):
            writer.writerows(flat_row(e) for e in batch)
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue().encode()
    elif fmt == "json":
        first = True
        for batch in _batches(events):
            yield (("[\n" if first else ",\n") + ",\n".join(_json(e) for e in batch)).encode()
            first = False
        yield b"[]\n" if first else b"\n]\n"
    elif fmt == "geojson":
        total = placed = 0
        yield b'{"type": "FeatureCollection", "features": ['
        for batch in _batches(events):
            features = [_feature(e) for e in batch if e["lat"] is not None and e["lon"] is not None]
            total += len(batch)
            if features:
                yield (("," if placed else "") + ",".join(_json(f) for f in features)).encode()
            placed += len(features)
        yield f'], "skytruce": {{"events": {total}, "without_coordinates": {total - placed}}}}}\n'.encode()
    else:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")


def write(events: Iterable[dict], fmt: str, sink: BinaryIO) -> int:
    """Write events to `sink` (parquet needs a file), a batch at a time; returns how many."""
    count = 0

    def counted() -> Iterator[dict]:
        nonlocal count
        for event in events:
            count += 1
            yield event

    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq
        schema = pa.schema([(name, pa.type_for_alias(PARQUET_TYPES.get(name, "string"))) for name in COLUMNS])
        with pq.ParquetWriter(sink, schema) as writer:
            for batch in _batches(counted(), 10 * BATCH):
                writer.write_table(pa.Table.from_pylist([flat_row(e) for e in batch], schema=schema))
    else:
        for piece in serialise(counted(), fmt):
            sink.write(piece)
    return count


_EMPTY = {"id": "", "level": "", "wave_id": "", "scope": "", "end": "", "start": "", "precision": None, "attacker": None,
          "target_country": None, "place": None, "lat": 0.0, "lon": 0.0, "sources": [], "reasons": [], "killed": 0,
          "grade": "", "weapons": [], "totals": [], "injured": 0, "claim_ids": [], "low_precision": False,
          "crosscheck": "", "locations": []}
COLUMNS = list(flat_row(_EMPTY))
PARQUET_TYPES = {  # the rest are text
    "time_precision": "int64", "geo_precision": "int64", "fatalities": "int64", "launched": "int64",
    "destroyed": "int64", "injured": "int64", "n_claims": "int64", "n_sources": "int64", "latitude": "float64",
    "longitude": "float64", "low_precision": "bool",
}
