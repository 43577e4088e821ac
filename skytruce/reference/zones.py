"""Time zones and spans of time. A window given in hours is only comparable with an
attack's time once both are absolute: here local days and hours become UTC spans, written
"YYYY-MM-DDTHH:MMZ" so that spans compare as plain strings (fast over a million events)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from skytruce.reference._keys import data_path

UTC_FORMAT = "%Y-%m-%dT%H:%MZ"


@lru_cache(maxsize=1)
def zone_table() -> dict:
    with open(data_path("time_zones.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo:
    """An IANA zone by name; raises ValueError for a name the tz database does not know."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r} (use an IANA name such as Europe/Kyiv)") from None


def country_zone(country: str | None) -> str:
    """The name of the zone a country's local days are counted in (the default for an
    unknown country)."""
    table = zone_table()
    return table["countries"].get(country or "", table["default"])


def tally_zone() -> ZoneInfo:
    return zone(zone_table()["tallies"])


def utc_text(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime(UTC_FORMAT)


def local_midnight(day: date, where: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), where)


@lru_cache(maxsize=65536)
def day_span(first: date, last: date, where: str) -> tuple[str, str]:
    """Whole local days first..last in the zone named `where`, as a UTC span [start, end)."""
    local = zone(where)
    return utc_text(local_midnight(first, local)), utc_text(local_midnight(last + timedelta(days=1), local))


def parse_utc(text: str) -> datetime:
    return datetime.strptime(text, UTC_FORMAT).replace(tzinfo=timezone.utc)


def local_text(moment: str, where: str) -> str:
    """A UTC span's edge as local time in the zone named `where`: '2025-04-19 18:00'."""
    return parse_utc(moment).astimezone(zone(where)).strftime("%Y-%m-%d %H:%M")
