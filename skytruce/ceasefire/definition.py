"""A ceasefire is data: who, which weapons, where, when, and its status. This module
reads definitions (YAML/JSON or keyword arguments) and refuses bad ones with a clear
error before anything is stored."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml
from shapely.geometry import Point, shape
from shapely.validation import explain_validity

from skytruce.errors import InputError
from skytruce.reference import gazetteer, weapon_taxonomy
from skytruce.reference.weapons import CATEGORIES

SCOPES = {  # what users write -> weapon categories
    "drones": {"drone"},
    "cruise_missiles": {"cruise_missile"},
    "ballistic_missiles": {"ballistic_missile"},
    "guided_bombs": {"guided_bomb"},
    "missiles": {"cruise_missile", "ballistic_missile", "missile", "aircraft_missile", "air_defence_missile"},
    "all_aerial": set(CATEGORIES),
}
STATUSES = ("proposed", "in_force", "lapsed")
KNOWN_PARTIES = {"RU", "UA", "BY", "PL", "MD", "RO", "LT", "LV", "EE", "IR", "KP", "US", "GB"}


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

    def to_dict(self) -> dict:
        out = asdict(self)
        out["start"] = self.start.isoformat()
        out["end"] = self.end.isoformat() if self.end else None
        return out

    # -- what it covers ----------------------------------------------------------------

    def categories(self) -> frozenset[str]:
        return _categories(tuple(self.scope))

    def models(self) -> frozenset[str]:
        return _models(tuple(self.scope))

    def covers_weapon(self, model: str | None, category: str) -> bool:
        return category in self.categories() or (model is not None and model in self.models())

    def in_window(self, day: date | None) -> bool:
        return day is not None and day >= self.start and (self.end is None or day <= self.end)

    def in_geography(self, event: dict) -> bool:
        if not (self.countries or self.regions or self.area):
            return True
        if self.countries and event.get("target_country") in self.countries:
            return True
        if self.regions and set(event.get("places") or []) & set(self.regions):
            return True
        if self.area and event.get("lat") is not None:
            return _area(json.dumps(self.area, sort_keys=True)).contains(Point(event["lon"], event["lat"]))
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


_AREAS: dict[str, object] = {}


def _area(key: str):
    if key not in _AREAS:
        _AREAS[key] = shape(json.loads(key))
    return _AREAS[key]


def _date(value, source: str, name: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InputError(source, f"not a YYYY-MM-DD date: {value!r}", field=name) from None


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
    start = _date(data.get("start"), source, "start")
    if start is None:
        raise fail("start", "a ceasefire needs a start date")
    end = _date(data.get("end"), source, "end")
    if end is not None and end < start:
        raise fail("end", f"ends ({end}) before it starts ({start})")
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
                     proposal_claim_id=data.get("proposal_claim_id"), notes=data.get("notes"))


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
