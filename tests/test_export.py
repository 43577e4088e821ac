"""Exports hold every event given, written a batch at a time, in each format."""

import csv
import io
import json

import pyarrow.parquet as pq

from skytruce import export


def events(n: int) -> list[dict]:
    """`n` waves, every third without coordinates."""
    return [export._EMPTY | {"id": f"e{i:05d}", "level": "wave", "end": "2025-07-01", "start": "2025-07-01",
                             "attacker": "RU", "target_country": "UA", "grade": "weak",
                             "lat": None if i % 3 == 0 else 50.0, "lon": None if i % 3 == 0 else 30.0,
                             "totals": [{"launched": 10, "destroyed": 8}]}
            for i in range(n)]


def written(rows: list[dict], fmt: str) -> bytes:
    sink = io.BytesIO()
    assert export.write(iter(rows), fmt, sink) == len(rows)
    return sink.getvalue()


def test_every_event_across_batches_in_csv_json_and_geojson():
    rows = events(2 * export.BATCH + 7)
    table = list(csv.DictReader(io.StringIO(written(rows, "csv").decode())))
    assert [r["event_id_cnty"] for r in table] == [e["id"] for e in rows]
    assert table[1]["launched"] == "10" and table[1]["actor1"] == "Military Forces of Russia"
    assert [e["id"] for e in json.loads(written(rows, "json"))] == [e["id"] for e in rows]
    geo = json.loads(written(rows, "geojson"))
    assert len(geo["features"]) == len([e for e in rows if e["lat"] is not None])
    assert geo["skytruce"] == {"events": len(rows), "without_coordinates": len(rows) - len(geo["features"])}


def test_parquet_keeps_the_columns_and_their_types(tmp_path):
    target = tmp_path / "events.parquet"
    rows = events(11 * export.BATCH)
    with open(target, "wb") as sink:
        assert export.write(iter(rows), "parquet", sink) == len(rows)
    table = pq.read_table(target)
    assert table.num_rows == len(rows) and table.column_names == export.COLUMNS
    assert str(table.schema.field("launched").type) == "int64" and table.column("latitude")[0].as_py() is None


def test_nothing_to_export_is_still_a_valid_file(tmp_path):
    assert json.loads(written([], "json")) == []
    assert json.loads(written([], "geojson"))["features"] == []
    assert written([], "csv").decode().splitlines() == [",".join(export.COLUMNS)]
    with open(tmp_path / "none.parquet", "wb") as sink:
        export.write(iter([]), "parquet", sink)
    assert pq.read_table(tmp_path / "none.parquet").num_rows == 0
