"""Source registry loader: who speaks, for which party, in what capacity (sources.yaml)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from skytruce.reference._keys import alias_key, data_path, read_yaml

SOURCE_TYPES = (
    "military", "government", "local_authority", "emergency_service", "intelligence", "media",
    "ngo", "individual", "company",
)


@dataclass(frozen=True)
class Source:
    name: str
    party: str | None
    type: str
    aliases: tuple[str, ...] = field(default=())
    affiliation: str | None = None


class SourceRegistry:
    def __init__(self, sources: list[Source]):
        self.sources = {s.name: s for s in sources}
        self._by_key: dict[str, Source] = {}
        for source in sources:
            if source.type not in SOURCE_TYPES:
                raise ValueError(f"source {source.name!r}: unknown type {source.type!r}")
            for alias in (source.name, *source.aliases):
                self._by_key.setdefault(alias_key(alias), source)

    @classmethod
    def from_yaml(cls, path) -> "SourceRegistry":
        data = read_yaml(path)
        return cls([
            Source(e["name"], e.get("party"), e["type"], tuple(e.get("aliases", [])), e.get("affiliation"))
            for e in data["sources"]
        ])

    def lookup(self, text: str) -> Source | None:
        return self._by_key.get(alias_key(text))

    def __iter__(self):
        return iter(self.sources.values())


@lru_cache(maxsize=1)
def source_registry() -> SourceRegistry:
    return SourceRegistry.from_yaml(data_path("sources.yaml"))
