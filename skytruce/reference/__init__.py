"""Reference data with a loader each: weapon taxonomy, gazetteer, source registry,
jurisdictions.

The data lives in `skytruce/data/` as YAML/CSV so analysts can read and extend it; the
loaders here index it for fast exact look-ups and a fuzzy fallback for unseen spellings.
"""

from skytruce.reference.gazetteer import Gazetteer, GazetteerEntry, gazetteer
from skytruce.reference.jurisdictions import jurisdiction
from skytruce.reference.sources import Source, SourceRegistry, source_registry
from skytruce.reference.weapons import WeaponModel, WeaponTaxonomy, weapon_taxonomy

__all__ = [
    "Gazetteer", "GazetteerEntry", "Source", "SourceRegistry", "WeaponModel", "WeaponTaxonomy",
    "gazetteer", "jurisdiction", "source_registry", "weapon_taxonomy",
]
