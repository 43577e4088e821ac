"""Corroboration tunables, read from data/corroboration.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from skytruce.reference._keys import data_path, read_yaml


@dataclass(frozen=True)
class Settings:
    absolute_tolerance: int
    relative_tolerance: float
    authority: tuple[str, ...]
    max_event_days: int
    refutation_cues: tuple[str, ...]
    conflict_sides: frozenset[str]
    neighbours: frozenset[str]
    opponents: dict[str, str]
    state_types: frozenset[str]
    area_types: frozenset[str]
    weapon_classes: dict[str, str]  # category -> class
    incident_radius_km: float
    region_reach_km: float
    monitors: frozenset[str]
    physical_evidence: frozenset[str]
    held: tuple[tuple[str, frozenset[str], tuple[float, float, float, float]], ...]  # (holder, names, box)

    def authority_rank(self, source_type: str | None) -> int:
        kind = source_type or "unattributed"
        return self.authority.index(kind) if kind in self.authority else len(self.authority)

    def disagree(self, a: int, b: int) -> bool:
        return abs(a - b) > max(self.absolute_tolerance, self.relative_tolerance * max(a, b))

    def weapon_class(self, category: str | None) -> str:
        return self.weapon_classes.get(category or "", "unspecified")

    def holder(self, name: str, lat: float | None, lon: float | None) -> str | None:
        """The side that holds a place of the other's country, if any."""
        for holder, names, (west, south, east, north) in self.held:
            if name in names or (lat is not None and west <= lon <= east and south <= lat <= north):
                return holder
        return None


@lru_cache(maxsize=1)
def settings() -> Settings:
    data = read_yaml(data_path("corroboration.yaml"))
    return Settings(
        absolute_tolerance=int(data["count_tolerance"]["absolute"]),
        relative_tolerance=float(data["count_tolerance"]["relative"]),
        authority=tuple(data["authority"]),
        max_event_days=int(data["max_event_days"]),
        refutation_cues=tuple(data["refutation_cues"]),
        conflict_sides=frozenset(data["conflict_sides"]),
        neighbours=frozenset(data["neighbours"]),
        opponents=dict(data["opponents"]),
        state_types=frozenset(data["state_types"]),
        area_types=frozenset(data["area_types"]),
        weapon_classes={category: name for name, categories in data["weapon_classes"].items() for category in categories},
        incident_radius_km=float(data["incident_radius_km"]),
        region_reach_km=float(data["region_reach_km"]),
        monitors=frozenset(m.casefold() for m in data["monitors"]),
        physical_evidence=frozenset(data["physical_evidence"]),
        held=tuple((h["holder"], frozenset(h["names"]), tuple(h["box"])) for h in data["held"]),
    )
