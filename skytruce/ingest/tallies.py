"""Tally CSVs: the public "Massive Missile Attacks on Ukraine" dataset, read as it is, and
skytruce's own native tally format (docs/tally-format.md). Each row becomes one claim
whose `sentence` is the row itself, so every figure points back to its line.

Rows are validated before anything is written: the caller gets every bad row at once.
"""

from __future__ import annotations

import ast
import csv
import io
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache

from skytruce.errors import InputError
from skytruce.ingest._common import decode_text, sha256
from skytruce.model import Claim, Claimant, Document, Place, TimeWindow, WeaponCount
from skytruce.reference import gazetteer, source_registry, weapon_taxonomy
from skytruce.reference.zones import tally_zone, zone

MMA_REQUIRED = ("time_start", "time_end", "model", "launch_place", "target", "launched", "destroyed", "source")
MMA_COUNT_COLUMNS = ("launched", "destroyed", "not_reach_goal", "still_attacking", "num_hit_location",
                     "num_fall_fragment_location", "turbojet", "turbojet_destroyed")
MMA_DICT_COLUMNS = ("border_crossing", "destroyed_details", "launched_details", "launch_place_details")
NATIVE_REQUIRED = ("date_start", "date_end", "claimant", "attacker", "weapon", "launched", "destroyed")
QUALIFIERS = ("exact", "at_least", "about", "at_most")
DEFAULT_CLAIMANT = "Ukrainian Air Force"


@dataclass
class TallyFile:
    """A parsed tally: the document, its (fingerprint, claim) pairs, and rejected rows."""

    document: Document
    claims: list[tuple[str, Claim]] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    rejected_lines: list[tuple[str, InputError]] = field(default_factory=list)
    header: str = ""


# -- cell parsers: each returns a value or raises ValueError with a reason -------------

def parse_count(value: str) -> int | None:
    value = value.strip()
    if not value or value.lower() == "nan":
        return None
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"not a whole non-negative number: {value!r}") from None
    if math.isnan(number):
        return None
    if number < 0 or number != int(number):
        raise ValueError(f"not a whole non-negative number: {value!r}")
    return int(number)


_TIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%d.%m.%Y", "%d.%m.%Y %H:%M")
_ISO_TIME = re.compile(r"\d{4}-\d\d-\d\d(?: \d\d:\d\d(?::\d\d)?|T\d\d:\d\d)?")  # the first four formats, zero-padded


def parse_time(value: str) -> tuple[datetime, bool]:
    """A timestamp and whether it carried a time of day."""
    value = value.strip()
    if _ISO_TIME.fullmatch(value):  # most cells: ten times faster than strptime
        try:
            return datetime.fromisoformat(value), len(value) > 10
        except ValueError:
            pass
    for fmt in _TIME_FORMATS:
        try:
            return datetime.strptime(value, fmt), "%H" in fmt
        except ValueError:
            continue
    raise ValueError(f"not a date or date-time: {value!r}")


def hour_window(start: datetime, start_has_time: bool, end: datetime, end_has_time: bool, text: str,
                where: tzinfo) -> TimeWindow:
    """A row's window: at precision "hour" when either end has a time of day (a bare date
    on the other end stands for that whole day), else whole days."""
    if not (start_has_time or end_has_time):
        return TimeWindow(start.date(), end.date(), "day", text)
    start_at = start if start_has_time else datetime.combine(start.date(), datetime.min.time())
    end_at = end if end_has_time else datetime.combine(end.date() + timedelta(days=1), datetime.min.time())
    return TimeWindow(start.date(), end.date(), "hour", text, start_at.replace(tzinfo=where), end_at.replace(tzinfo=where))


def parse_mapping(value: str) -> dict:
    """The dataset's dict-like cells, e.g. "{'south': 49, 'east': NaN}"."""
    value = value.strip()
    if not value:
        return {}
    try:
        parsed = ast.literal_eval(re.sub(r"\bNaN\b", "None", value))
    except (ValueError, SyntaxError):
        raise ValueError(f"not a mapping: {value[:60]!r}") from None
    if not isinstance(parsed, dict):
        raise ValueError(f"not a mapping: {value[:60]!r}")
    return parsed


@lru_cache(maxsize=1024)
def _check_mapping(value: str) -> None:
    """`parse_mapping` to validate a cell, once per distinct value (a column repeats a few)."""
    parse_mapping(value)


def parse_list(value: str) -> list[str]:
    """The dataset's list-like cells, e.g. "['Kyiv oblast', 'Sumy oblast']"."""
    value = value.strip()
    if not value:
        return []
    if value.startswith("["):
        try:
            parsed = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            raise ValueError(f"not a list: {value[:60]!r}") from None
        return [str(v) for v in parsed]
    return split_multi(value)


def split_multi(value: str) -> list[str]:
    return [part.strip() for part in re.split(r"(?:^|\s+)and(?:\s+and)*\s+|;|\|", value) if part.strip()]


@lru_cache(maxsize=4096)
def geocode(name: str, role: str) -> Place:
    """A tally place name to a Place; 'Chauda, Crimea' and 'Dnipropetrovsk oblast, Dnipro
    Raion' try the whole name, then each part. Unknown names are kept without coordinates."""
    gaz = gazetteer()
    clean = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
    candidates = [clean] + [p.strip() for p in reversed(clean.split(",")) if "," in clean]
    for candidate in candidates:
        entry = gaz.lookup(candidate) or gaz.direction(candidate)
        if entry:
            return Place(entry.name, role, entry.country, entry.lat, entry.lon, entry.precision)
    for candidate in candidates:
        entry = gaz.fuzzy_lookup(candidate)
        if entry:
            return Place(entry.name, role, entry.country, entry.lat, entry.lon, entry.precision)
    return Place(clean, role)


@lru_cache(maxsize=1024)
def weapons_for(model_cell: str) -> tuple[list[tuple[str | None, str]], list[str]]:
    """('X-101/X-555 and Kalibr') -> ([(model, category), ...], unknown parts)."""
    taxonomy = weapon_taxonomy()
    found, unknown = [], []
    for part in split_multi(model_cell):
        weapon = taxonomy.resolve(part)
        if weapon is None:
            unknown.append(part)
        else:
            found.append((weapon.name, weapon.category))
    return found, unknown


def weapon_counts(models: list[tuple[str | None, str]], launched, destroyed) -> list[WeaponCount]:
    """One row's weapons. A row that pools several models ('X-101/X-555 and Kalibr') gives
    its figures once, on an entry of their shared category, then names each model."""
    if len(models) == 1:
        model, category = models[0]
        return [WeaponCount(model, category, launched, destroyed)]
    categories = {c for _, c in models}
    shared = categories.pop() if len(categories) == 1 else (
        "missile" if all("missile" in c for _, c in models) else "unknown")
    return [WeaponCount(None, shared, launched, destroyed)] + [WeaponCount(m, c) for m, c in models]


@lru_cache(maxsize=256)
def claimant_for(channel: str) -> Claimant:
    registry = source_registry()
    source = registry.lookup(channel.split("/")[0]) if channel else None
    source = source or registry.lookup(DEFAULT_CLAIMANT)
    return Claimant(source.name, source.party, source.type)


# -- the two formats ------------------------------------------------------------------

def _mma_row(row: dict, line: int, location: str) -> Claim:
    def fail(column: str, reason: str) -> InputError:
        return InputError(location, reason, line=line, field=column)

    try:
        start, start_has_time = parse_time(row["time_start"] or row["time_end"])
    except ValueError as exc:
        raise fail("time_start", str(exc)) from None
    try:
        end, end_has_time = parse_time(row["time_end"] or row["time_start"])
    except ValueError as exc:
        raise fail("time_end", str(exc)) from None
    if end < start:
        raise fail("time_end", f"ends before it starts ({row['time_end']} < {row['time_start']})")
    counts = {}
    for column in MMA_COUNT_COLUMNS:
        try:
            counts[column] = parse_count(row.get(column) or "")
        except ValueError as exc:
            raise fail(column, str(exc)) from None
    for column in MMA_DICT_COLUMNS:
        try:
            _check_mapping(row.get(column) or "")
        except ValueError as exc:
            raise fail(column, str(exc)) from None
    if counts["launched"] is not None and counts["destroyed"] is not None and counts["destroyed"] > counts["launched"]:
        raise fail("destroyed", f"more destroyed ({counts['destroyed']}) than launched ({counts['launched']})")
    models, unknown = weapons_for(row["model"].strip())
    if not row["model"].strip():
        raise fail("model", "empty")
    if unknown:
        raise fail("model", f"unknown weapon {unknown[0]!r} (add it to the weapon taxonomy)")
    try:
        affected = parse_list(row.get("affected region") or "")
    except ValueError as exc:
        raise fail("affected region", str(exc)) from None
    places = [geocode(p, "launch") for p in split_multi(row["launch_place"])]
    for column in ("target", "target_main"):
        places += [geocode(p, "target") for p in split_multi(row.get(column) or "")]
    places += [geocode(p, "impact") for p in affected]
    return Claim(
        span=(0, 0), sentence="", claimant=claimant_for(row["source"].strip()), attacker="RU",
        weapons=weapon_counts(models, counts["launched"], counts["destroyed"]),
        time=hour_window(start, start_has_time, end, end_has_time,
                         f"{row['time_start'].strip()} – {row['time_end'].strip()}", tally_zone()),
        places=_unique_places(places),
    )


def _native_row(row: dict, line: int, location: str) -> Claim:
    def fail(column: str, reason: str) -> InputError:
        return InputError(location, reason, line=line, field=column)

    stamps = {}
    for column, value in (("date_start", row["date_start"]), ("date_end", row["date_end"] or row["date_start"])):
        try:
            stamps[column] = _native_time(value.strip())
        except ValueError:
            raise fail(column, f"not a YYYY-MM-DD date or YYYY-MM-DD HH:MM time: {value!r}") from None
    (start, start_has_time), (end, end_has_time) = stamps["date_start"], stamps["date_end"]
    if (end if end_has_time else end + timedelta(days=1)) < start:  # a bare end date runs to the end of its day
        raise fail("date_end", "ends before it starts")
    try:
        where = zone(row["zone"].strip()) if (row.get("zone") or "").strip() else tally_zone()
    except ValueError as exc:
        raise fail("zone", str(exc)) from None
    counts = {}
    for column in ("launched", "destroyed", "killed", "injured"):
        try:
            counts[column] = parse_count(row.get(column) or "")
        except ValueError as exc:
            raise fail(column, str(exc)) from None
    weapon = weapon_taxonomy().resolve(row["weapon"].strip()) if row["weapon"].strip() else None
    if weapon is None:
        raise fail("weapon", f"unknown weapon {row['weapon']!r}")
    qualifier = (row.get("qualifier") or "exact").strip()
    if qualifier not in QUALIFIERS:
        raise fail("qualifier", f"must be one of {', '.join(QUALIFIERS)}")
    attacker = row["attacker"].strip().upper() or None
    if attacker and not re.fullmatch(r"[A-Z]{2}", attacker):
        raise fail("attacker", f"not a two-letter country code: {row['attacker']!r}")
    name = row["claimant"].strip()
    source = source_registry().lookup(name) if name else None
    claimant = Claimant(source.name, source.party, source.type) if source else (Claimant(name) if name else None)
    places = [geocode(p, "target") for p in split_multi(row.get("regions") or "")]
    places += [geocode(p, "launch") for p in split_multi(row.get("launch_places") or "")]
    return Claim(
        span=(0, 0), sentence="", claimant=claimant, attacker=attacker,
        weapons=[WeaponCount(weapon.name, weapon.category, counts["launched"], counts["destroyed"], qualifier)],
        time=hour_window(start, start_has_time, end, end_has_time,
                         f"{row['date_start'].strip()} – {(row['date_end'] or row['date_start']).strip()}", where),
        places=_unique_places(places),
        killed=counts["killed"], injured=counts["injured"],
    )


def _native_time(value: str) -> tuple[datetime, bool]:
    """A native row's date, or date and time of day (YYYY-MM-DD HH:MM, or with a T)."""
    if len(value) == 10:
        return datetime.combine(date.fromisoformat(value), datetime.min.time()), False
    return datetime.strptime(value.replace("T", " "), "%Y-%m-%d %H:%M"), True


def _unique_places(places: list[Place]) -> list[Place]:
    seen, out = set(), []
    for p in places:
        if (p.name, p.role) not in seen:
            seen.add((p.name, p.role))
            out.append(p)
    return out


def read_tally(raw: bytes, location: str) -> TallyFile:
    """Parse a tally CSV. Bad rows are collected in `errors`, never raised one by one."""
    text = decode_text(raw, location)
    document = Document(location=location, kind="tally_csv", text=text, raw_sha256=sha256(raw),
                        text_sha256=sha256(text), title=location.rsplit("/", 1)[-1])
    lines = text.split("\n")
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln) + 1)
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    if set(MMA_REQUIRED) <= set(header):
        parse_row = _mma_row
    elif set(NATIVE_REQUIRED) <= set(header):
        parse_row = _native_row
    else:
        wanted = MMA_REQUIRED if len(set(MMA_REQUIRED) & set(header)) >= len(set(NATIVE_REQUIRED) & set(header)) else NATIVE_REQUIRED
        missing = [c for c in wanted if c not in header]
        raise InputError(location, f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}",
                         line=1, field="header")
    reader.fieldnames = header
    tally = TallyFile(document, header=lines[0])
    occurrences: dict[str, int] = {}
    first_line = 2
    for row in reader:
        last_line = reader.line_num
        row_text = "\n".join(lines[first_line - 1:last_line])
        span = (offsets[first_line - 1], offsets[first_line - 1] + len(row_text))
        line, first_line = first_line, last_line + 1
        if not row_text.strip():
            continue
        if None in row or any(v is None for v in row.values()):
            error = InputError(location, f"expected {len(header)} cells, found {len(row) - (None in row) + len(row.get(None) or [])}", line=line, field="row")
        else:
            try:
                claim = parse_row(row, line, location)
                claim.span, claim.sentence = span, row_text
                seen = occurrences.get(row_text, 0)
                occurrences[row_text] = seen + 1
                tally.claims.append((sha256(f"tally\n{row_text}\n{seen}"), claim))
                continue
            except InputError as exc:
                error = exc
        tally.errors.append(error)
        tally.rejected_lines.append((row_text, error))
    if not tally.claims and not tally.errors:
        raise InputError(location, "no rows after the header")
    return tally


def write_rejected(tally: TallyFile, path) -> None:
    """The rows `--skip-bad` left out, with the reason in a last column."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(tally.header.rstrip("\n") + ",skytruce_error\n")
        writer = csv.writer(fh)
        for row_text, error in tally.rejected_lines:
            fh.write(row_text.rstrip("\n") + ",")
            writer.writerow([f"line {error.line}: {error.field}: {error.reason}"])
