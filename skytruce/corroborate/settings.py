"""Corroboration tunables, read from data/corroboration.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import yaml

from skytruce.reference._keys import data_path


@dataclass(frozen=True)
class Settings:
    absolute_tolerance: int
    relative_tolerance: float
    authority: tuple[str, ...]
    max_event_days: int
    refutation_cues: tuple[str, ...]

    def authority_rank(self, source_type: str | None) -> int:
        kind = source_type or "unattributed"
        return self.authority.index(kind) if kind in self.authority else len(self.authority)

    def disagree(self, a: int, b: int) -> bool:
        return abs(a - b) > max(self.absolute_tolerance, self.relative_tolerance * max(a, b))


@lru_cache(maxsize=1)
def settings() -> Settings:
    data = yaml.safe_load(open(data_path("corroboration.yaml"), encoding="utf-8"))
    return Settings(
        absolute_tolerance=int(data["count_tolerance"]["absolute"]),
        relative_tolerance=float(data["count_tolerance"]["relative"]),
        authority=tuple(data["authority"]),
        max_event_days=int(data["max_event_days"]),
        refutation_cues=tuple(data["refutation_cues"]),
    )
