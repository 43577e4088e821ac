"""Jurisdictions loader: the area a regional or city authority answers for
(jurisdictions.yaml), resolved through the gazetteer when first asked for."""

from __future__ import annotations

from functools import lru_cache

from skytruce.reference._keys import alias_key, data_path, read_yaml
from skytruce.reference.gazetteer import GazetteerEntry, gazetteer


@lru_cache(maxsize=1)
def _jurisdictions() -> dict[str, GazetteerEntry]:
    data = read_yaml(data_path("jurisdictions.yaml"))
    places = gazetteer()
    found = {}
    for who, area in data.items():
        entry = places.lookup(area)
        if entry is None:
            raise ValueError(f"jurisdictions.yaml: {who!r}: {area!r} is not a gazetteer name")
        found[alias_key(who)] = entry
    return found


def jurisdiction(name: str | None) -> GazetteerEntry | None:
    """The area an institution or person answers for, or None."""
    return _jurisdictions().get(alias_key(name)) if name else None
