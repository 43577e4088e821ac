"""Weapon taxonomy loader: canonical model names, categories and aliases (weapons.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from skytruce.reference._keys import alias_key, data_path, nearest, read_yaml

CATEGORIES = (
    "drone", "cruise_missile", "ballistic_missile", "air_defence_missile", "guided_bomb",
    "aircraft_missile", "missile", "unknown",
)


@dataclass(frozen=True)
class WeaponModel:
    """A canonical weapon (model None: a category named without a type, e.g. 'drones')."""

    name: str | None
    category: str
    origin: str | None = None
    decoy: bool = False  # made to be shot at (Gerbera): among a count of drones, never the type of the whole count
    kind_name: bool = False  # its names are also the kind's words (KAB, "guided bombs"): a model named after it is the type


class WeaponTaxonomy:
    """Maps any known spelling to a WeaponModel; fuzzy matching catches unforeseen ones."""

    FUZZY_CUTOFF = 88

    def __init__(self, models: list[dict], generic: dict[str, list[str]]):
        self.models: dict[str, WeaponModel] = {}
        self._by_key: dict[str, WeaponModel] = {}
        self.surface_forms: set[str] = set()  # every alias as written, for phrase matchers
        self.aliases: list[tuple[str, WeaponModel]] = []  # every alias as written, with its weapon
        for entry in models:
            model = WeaponModel(entry["name"], entry["category"], entry.get("origin"), bool(entry.get("decoy")),
                                bool(entry.get("kind_name")))
            self.models[model.name] = model
            for alias in _with_plurals([entry["name"], *entry.get("aliases", [])]):
                self._by_key.setdefault(alias_key(alias), model)
                self.surface_forms.add(alias)
                self.aliases.append((alias, model))
        for category, terms in generic.items():
            if category not in CATEGORIES:
                raise ValueError(f"weapons.yaml: unknown category {category!r}")
            for term in terms:
                self._by_key.setdefault(alias_key(term), WeaponModel(None, category))
                self.surface_forms.add(term)
                self.aliases.append((term, self._by_key[alias_key(term)]))
        self._model_keys = [k for k, m in self._by_key.items() if m.name and len(k) >= 5]

    @classmethod
    def from_yaml(cls, path) -> "WeaponTaxonomy":
        data = read_yaml(path)
        return cls(data["models"], data.get("generic", {}))

    def lookup(self, text: str) -> WeaponModel | None:
        """Exact (normalised) look-up of a model name, alias or generic term."""
        return self._by_key.get(alias_key(text))

    @lru_cache(maxsize=8192)
    def fuzzy_lookup(self, text: str) -> WeaponModel | None:
        """Nearest model alias for a spelling no list foresaw ('Shahid-136', 'Kinjall')."""
        key = nearest(text, self._model_keys, 5, self.FUZZY_CUTOFF)
        return self._by_key[key] if key else None

    def resolve(self, text: str) -> WeaponModel | None:
        return self.lookup(text) or self.fuzzy_lookup(text)


def _with_plurals(aliases: list[str]) -> list[str]:
    """A model's names with the English plural a report writes ('the Iskanders', 'five
    Kh-22s'), where the name is a Latin-script proper name the list gives in the singular."""
    plurals = [f"{a}s" for a in aliases if a.isascii() and a[:1].isupper() and a[-1:].isalnum() and not a.endswith("s")]
    return aliases + [p for p in plurals if p not in aliases]


@lru_cache(maxsize=1)
def weapon_taxonomy() -> WeaponTaxonomy:
    """The bundled taxonomy, loaded once."""
    return WeaponTaxonomy.from_yaml(data_path("weapons.yaml"))
