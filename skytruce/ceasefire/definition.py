"""A ceasefire is data: who, which weapons, which targets, where, when (to the hour, in a
named time zone), and its status. This module reads definitions (YAML/JSON or keyword
arguments) and refuses bad ones with a clear error before anything is stored.

Conditions on weapons, targets and geography combine by AND (the default: an attack is
covered when it meets every condition the truce states) or OR (any of them). A condition
the truce does not state is no condition: a truce on energy targets says nothing of
weapons."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path

import yaml
from shapely.geometry import Point, shape
from shapely.validation import explain_validity

from skytruce.ceasefire.areas import band, lines
from skytruce.errors import InputError
from skytruce.reference import gazetteer, weapon_taxonomy
from skytruce.reference._keys import data_path
from skytruce.reference.admin1 import region_at
from skytruce.reference.weapons import CATEGORIES
from skytruce.reference.zones import utc_text, zone, zone_table

SCOPES = {  # what users write -> weapon categories
    "drones": {"drone"},
    "cruise_missiles": {"cruise_missile"},
    "ballistic_missiles": {"ballistic_missile"},
    "guided_bombs": {"guided_bomb"},
    "missiles": {"cruise_missile", "ballistic_missile", "missile", "aircraft_missile", "air_defence_missile"},
    "all_aerial": set(CATEGORIES),
}
STATUSES = ("proposed", "in_force", "lapsed")
COMBINATIONS = ("and", "or")
KNOWN_PARTIES = {"RU", "UA", "BY", "PL", "MD", "RO", "LT", "LV", "EE", "IR", "KP", "US", "GB"}


@lru_cache(maxsize=1)
def target_scopes() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The target types claims carry, and the named groups of them a truce may use."""
    with open(data_path("target_scopes.yaml"), encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return frozenset(data["types"]), {k: frozenset(v) for k, v in data["scopes"].items()}


@dataclass
class Ceasefire:
    name: str
    parties: list[str]
    start: date
    end: date | None = None
    status: str = "proposed"
    scope: list[str] = field(default_factory=lambda: ["all_aerial"])  # scope names, categories or models
    countries: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    area: dict | None = None  # a GeoJSON Polygon/MultiPolygon (e.g. a zone along the front line)
    proposed_by: str | None = None
    proposal_claim_id: int | None = None
    notes: str | None = None
    start_time: time | None = None  # the local time of day it starts; None: at 00:00
    end_time: time | None = None  # the local time of day it ends on `end`; None: at the end of that day
    zone: str = field(default_factory=lambda: zone_table()["default"])  # the IANA zone its times are in
    targets: list[str] = field(default_factory=list)  # target scope names or types; none: any target
    combine: str = "and"  # how weapon, target and geography conditions combine
    band: dict | None = None  # {"line": name, "km": width}: the area, drawn along a line
    source: str | None = None  # the public source of its definition

    def to_dict(self) -> dict:
        out = asdict(self)
        out["start"] = self.start.isoformat()
        out["end"] = self.end.isoformat() if self.end else None
        out["start_time"] = self.start_time.strftime("%H:%M") if self.start_time else None
        out["end_time"] = self.end_time.strftime("%H:%M") if self.end_time else None
        return out

    # -- when ----------------------------------------------------------------------------

    def starts_at(self) -> datetime:
        return datetime.combine(self.start, self.start_time or time(0), zone(self.zone))

    def ends_at(self) -> datetime | None:
        """The moment it ends (exclusive); None when open-ended."""
        if self.end is None:
            return None
        if self.end_time is None:
            return datetime.combine(self.end + timedelta(days=1), time(0), zone(self.zone))
        return datetime.combine(self.end, self.end_time, zone(self.zone))

    def span(self, until: date | None = None) -> tuple[str, str]:
        """Its window in UTC, [start, end); an open-ended truce runs to the end of `until`."""
        end = self.ends_at()
        if end is None:
            end = datetime.combine(max(until or self.start, self.start) + timedelta(days=1), time(0), zone(self.zone))
        return utc_text(self.starts_at()), utc_text(max(end, self.starts_at()))

    @property
    def has_hours(self) -> bool:
        return self.start_time is not None or self.end_time is not None

    # -- what it covers ----------------------------------------------------------------

    def categories(self) -> frozenset[str]:
        return _categories(tuple(self.scope))

    def models(self) -> frozenset[str]:
        return _models(tuple(self.scope))

    def target_types(self) -> frozenset[str]:
        return _target_types(tuple(self.targets))

    def covers_weapon(self, model: str | None, category: str) -> bool:
        return category in self.categories() or (model is not None and model in self.models())

    def restricts_weapons(self) -> bool:
        return not set(CATEGORIES) <= self.categories()

    def restricts_geography(self) -> bool:
        return bool(self.countries or self.regions or self.area)

    def covers_targets(self, targets) -> bool | None:
        """Whether an attack on `targets` is covered by target; None when nothing is known of
        its targets (it cannot be judged); True for a truce that names no targets."""
        if not self.targets:
            return True
        if not targets:
            return None
        return not self.target_types().isdisjoint(targets)

    def in_window(self, day: date | None) -> bool:
        return day is not None and day >= self.start and (self.end is None or day <= self.end)

    def in_geography(self, event: dict) -> bool:
        if not (self.countries or self.regions or self.area):
            return True
        if self.countries and event.get("target_country") in self.countries:
            return True
        if self.regions and (set(event.get("places") or []) & set(self.regions) or self._in_regions(event)):
            return True
        if self.area and event.get("lat") is not None:
            return _area(json.dumps(self.area, sort_keys=True)).contains(Point(event["lon"], event["lat"]))
        return False

    def _in_regions(self, event: dict) -> bool:
        """A place the event names lies in one of the regions (a town inside an oblast)."""
        for location in event.get("locations") or []:
            if location.get("lat") is not None and location.get("precision") != "country" and \
                    region_at(location["lat"], location["lon"], location.get("country")) in self.regions:
                return True
        return False


@lru_cache(maxsize=256)
def _categories(scope: tuple[str, ...]) -> frozenset[str]:
    """The weapon categories a scope covers (asked once per weapon in a report: cached)."""
    found: set[str] = set()
    for item in scope:
        found |= SCOPES.get(item, {item} if item in CATEGORIES else set())
    return frozenset(found)


@lru_cache(maxsize=256)
def _models(scope: tuple[str, ...]) -> frozenset[str]:
    return frozenset(item for item in scope if item not in SCOPES and item not in CATEGORIES)


@lru_cache(maxsize=256)
def _target_types(targets: tuple[str, ...]) -> frozenset[str]:
    types, groups = target_scopes()
    return frozenset(t for item in targets for t in groups.get(item, {item} & types))


_AREAS: dict[str, object] = {}


def _area(key: str):
    if key not in _AREAS:
        _AREAS[key] = shape(json.loads(key))
    return _AREAS[key]


def _moment(value, source: str, name: str) -> tuple[date | None, time | None]:
    """A day, or a day and a time of day: 2025-04-19, '2025-04-19 18:00', '2025-04-19T18:00'."""
    if value in (None, ""):
        return None, None
    if isinstance(value, datetime):
        return value.date(), value.time().replace(second=0, microsecond=0)
    if isinstance(value, date):
        return value, None
    text = str(value).strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text), None
        moment = datetime.strptime(text.replace("T", " ")[:16], "%Y-%m-%d %H:%M")
        return moment.date(), moment.time()
    except ValueError:
        raise InputError(source, f"not a YYYY-MM-DD date or YYYY-MM-DD HH:MM time: {value!r}", field=name) from None


def _time_of_day(value, source: str, name: str) -> time | None:
    if value in (None, ""):
        return None
    if isinstance(value, time):
        return value
    try:
        return datetime.strptime(str(value).strip(), "%H:%M").time()
    except ValueError:
        raise InputError(source, f"not an HH:MM time of day: {value!r}", field=name) from None


def build(data: dict, source: str = "ceasefire") -> Ceasefire:
    """A validated Ceasefire from a mapping; raises InputError naming the field."""
    def fail(name: str, reason: str) -> InputError:
        return InputError(source, reason, field=name)

    name = str(data.get("name") or "").strip()
    if not name:
        raise fail("name", "a ceasefire needs a name")
    parties = [str(p).strip().upper() for p in (data.get("parties") or [])]
    if len(parties) < 1:
        raise fail("parties", "name at least one party (two-letter codes such as RU, UA)")
    unknown = [p for p in parties if not re.fullmatch(r"[A-Z]{2}", p) or p not in KNOWN_PARTIES]
    if unknown:
        raise fail("parties", f"unknown party {unknown[0]!r}; use one of {', '.join(sorted(KNOWN_PARTIES))}")
    start, start_time = _moment(data.get("start"), source, "start")
    if start is None:
        raise fail("start", "a ceasefire needs a start date")
    end, end_time = _moment(data.get("end"), source, "end")
    if start_time is None:  # a time given with the day wins over a separate start_time
        start_time = _time_of_day(data.get("start_time"), source, "start_time")
    if end_time is None:
        end_time = _time_of_day(data.get("end_time"), source, "end_time")
    zone_name = str(data.get("zone") or zone_table()["default"]).strip()
    try:
        zone(zone_name)
    except ValueError as exc:
        raise fail("zone", str(exc)) from None
    if end is not None and (end, end_time or time.max) <= (start, start_time or time(0)):
        raise fail("end", f"ends ({end}{f' {end_time:%H:%M}' if end_time else ''}) before it starts "
                          f"({start}{f' {start_time:%H:%M}' if start_time else ''})")
    targets = [str(t).strip().lower().replace(" ", "_").replace("-", "_") for t in (data.get("targets") or [])]
    types, groups = target_scopes()
    if bad := [t for t in targets if t not in types and t not in groups]:
        raise fail("targets", f"unknown target {bad[0]!r}; use {', '.join(sorted(groups))} or a type "
                              f"({', '.join(sorted(types))})")
    combine = str(data.get("combine") or "and").strip().lower()
    if combine not in COMBINATIONS:
        raise fail("combine", "must be 'and' (every condition) or 'or' (any condition)")
    status = str(data.get("status") or "proposed")
    if status not in STATUSES:
        raise fail("status", f"must be one of {', '.join(STATUSES)}")
    scope = [str(s).strip() for s in (data.get("scope") or ["all_aerial"])]
    taxonomy = weapon_taxonomy()
    resolved = []
    for item in scope:
        key = item.lower().replace(" ", "_").replace("-", "_")
        if key in SCOPES or key in CATEGORIES:
            resolved.append(key)
        elif (model := taxonomy.lookup(item)) and model.name:
            resolved.append(model.name)
        else:
            raise fail("scope", f"unknown weapon scope {item!r}; use {', '.join(SCOPES)}, a category or a model name")
    countries = [str(c).upper() for c in (data.get("countries") or [])]
    if bad := [c for c in countries if c not in KNOWN_PARTIES]:
        raise fail("countries", f"unknown country {bad[0]!r}")
    regions = []
    for region in data.get("regions") or []:
        entry = gazetteer().lookup(str(region))
        if entry is None:
            raise fail("regions", f"unknown region {region!r} (not in the gazetteer)")
        regions.append(entry.name)
    area = data.get("area")
    along = data.get("band")
    if along is not None:
        if not isinstance(along, dict) or "line" not in along or "km" not in along:
            raise fail("band", "give the line and the width, e.g. {line: line of contact, km: 30}")
        if along["line"] not in lines():
            raise fail("band", f"unknown line {along['line']!r}; known: {', '.join(lines())}")
        try:
            area = band(along["line"], float(along["km"]))
        except (TypeError, ValueError) as exc:
            raise fail("band", f"not a width in km: {along['km']!r} ({exc})") from None
        along = {"line": along["line"], "km": float(along["km"])}
    if area is not None:
        try:
            geometry = shape(area)
        except Exception as exc:  # shapely raises several kinds on malformed GeoJSON
            raise fail("area", f"not a GeoJSON geometry: {exc}") from None
        if geometry.geom_type not in ("Polygon", "MultiPolygon"):
            raise fail("area", f"must be a Polygon or MultiPolygon, not {geometry.geom_type}")
        if not geometry.is_valid:
            raise fail("area", f"invalid polygon: {explain_validity(geometry)}")
        minx, miny, maxx, maxy = geometry.bounds
        if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
            raise fail("area", "coordinates must be longitude, latitude in degrees")
    return Ceasefire(name=name, parties=parties, start=start, end=end, status=status, scope=resolved,
                     countries=countries, regions=regions, area=area, proposed_by=data.get("proposed_by"),
                     proposal_claim_id=data.get("proposal_claim_id"), notes=data.get("notes"),
                     start_time=start_time, end_time=end_time, zone=zone_name, targets=targets, combine=combine,
                     band=along, source=data.get("source"))


def load(path: str | Path) -> list[Ceasefire]:
    """Ceasefires from a YAML or JSON file (one mapping, or a list of them)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror}") from None
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise InputError(str(path), f"not valid {'JSON' if path.suffix.lower() == '.json' else 'YAML'}: "
                                    f"{str(exc).splitlines()[0]}", line=line + 1 if line is not None else None) from None
    items = data if isinstance(data, list) else [data]
    if not all(isinstance(item, dict) for item in items):
        raise InputError(str(path), "expected a mapping (or a list of mappings) of ceasefire fields")
    return [build(item, f"{path}" + (f" (item {i})" if len(items) > 1 else "")) for i, item in enumerate(items, 1)]
