"""The reference data as an inflected language's text names it: the gazetteer, the source
registry and the weapon taxonomy keyed by the lemmas of their names, so "Миколаївської
області", "губернатора Вячеслава Гладкова" and "шахедами" find Mykolaiv Oblast, Vyacheslav
Gladkov and the Shahed in any case. Each answers the same questions as the object it
wraps; names written in Latin letters fall through to it. The indexes are built at the
first look-up, once the lemmatizer knows every entry's words.
"""

from __future__ import annotations

from functools import cached_property
from typing import Callable

from skytruce.reference.gazetteer import Gazetteer, GazetteerEntry
from skytruce.reference.sources import Source, SourceRegistry
from skytruce.reference.weapons import WeaponModel, WeaponTaxonomy

Keys = Callable[..., list[str]]  # a name (declined: True for every case) -> the lemmas of its words
Genders = Callable[[str, bool], frozenset]  # a word (nominative only: True) -> the (gender, number) it can have
DECLINED_PLACES = 400  # multi-word place names matched in every case, the most likely first
REGION = " region"  # what `places` adds to a name a region noun follows
UNDECLINED_ENDINGS = (" область", " края", " край", " район")  # an adjective and a noun: their lemmas suffice


class LemmaGazetteer:
    def __init__(self, gaz: Gazetteer, keys: Keys, genders: Genders, readings: Callable[[str], list[str]]):
        self._gaz, self._keys, self._genders, self._readings = gaz, keys, genders, readings
        self.surface_forms = {name for name, _ in gaz.cyrillic_names}
        multi = [name for name, _ in gaz.cyrillic_names if " " in name and not name.endswith(UNDECLINED_ENDINGS)]
        self.declined_names = set(multi[:DECLINED_PLACES])  # 'Кривий Ріг' is also 'Кривому Розі'

    @cached_property
    def _index(self) -> dict[str, list[tuple[str, GazetteerEntry]]]:
        index: dict[str, list[tuple[str, GazetteerEntry]]] = {}
        for name, entry in self._gaz.cyrillic_names:
            for key in self._keys(name, name in self.declined_names):
                index.setdefault(key, []).append((name.lower(), entry))
        return index

    def lookup(self, text: str) -> GazetteerEntry | None:
        """The entry whose name has the lemmas of `text`; of several ('Отрадное' and
        'Отрадный', 'Черкасская' the region and 'Черкасское' the village share them), the
        one whose gender and number `text` can have ('Вінницької'), then the one written
        most like it, then the most important."""
        if text.endswith(REGION) and not text.isascii():  # 'Московского (региона)': the region, not a village
            found = [c for c in self._index.get(self._keys(text[:-len(REGION)])[0], []) if c[1].kind == "region"]
            return found[0][1] if found else self.lookup(text[:-len(REGION)])
        found = self._index.get(self._keys(text)[0])
        written = text.lower()
        told = self._genders(written.split()[0], False) if written.strip() else frozenset()

        def agrees(candidate: tuple[str, GazetteerEntry]) -> bool:
            return bool(self._genders(candidate[0].split()[0], True) & told)
        if told and " " not in text and not any(agrees(c) for c in found or []):  # 'Черкаській' read as черкаський
            found = [c for lemma in self._readings(text) for c in self._index.get(lemma, []) if agrees(c)] or found
        if not found and " " in text.strip():  # 'Заводском районе': заводской, the lemma its first reading is not
            first, rest = text.split(None, 1)
            rest_key = self._keys(rest)[0]
            found = next(filter(None, (self._index.get(f"{reading} {rest_key}") for reading in self._readings(first))),
                         None)
        if not found:
            return self._gaz.lookup(text)
        if len(found) == 1:
            return found[0][1]
        return max(found, key=lambda candidate: (agrees(candidate), _common_prefix(candidate[0], written)))[1]

    def fuzzy_lookup(self, text: str) -> GazetteerEntry | None:
        return self._gaz.fuzzy_lookup(text) if text.isascii() else None

    def namesake_in(self, text: str, regions: set[str]) -> GazetteerEntry | None:
        """Of the towns whose names have the lemmas of `text` ('в Белой'), the one in one of
        `regions`, where the one `lookup` gives lies in none."""
        if text.isascii():
            return self._gaz.namesake_in(text, regions)
        first = self.lookup(text)
        if first is None or first.kind != "city" or first.admin1 in regions:
            return None
        found = self._index.get(self._keys(text)[0], [])
        return next((e for _, e in found if e.kind == "city" and e.admin1 in regions), None)

    def completion(self, fragment: str) -> GazetteerEntry | None:
        """The place whose name a word cut off at the end of a report begins ('Запоро'):
        of several, the most important (regions and cities come first in the list)."""
        lower = fragment.lower()
        return next((entry for name, entry in self._gaz.cyrillic_names if name.lower().startswith(lower)), None)

    def resolve(self, text: str) -> GazetteerEntry | None:
        return self.lookup(text) or self.fuzzy_lookup(text)

    def __getattr__(self, name: str):
        return getattr(self._gaz, name)  # country(), direction(), regions, ...


class LemmaRegistry:
    def __init__(self, registry: SourceRegistry, keys: Keys):
        self._registry, self._keys = registry, keys

    @cached_property
    def _index(self) -> dict[str, Source]:
        index: dict[str, Source] = {}
        for source in self._registry:
            for alias in (source.name, *source.aliases):
                for key in self._keys(alias, not alias.isascii()):
                    index.setdefault(key, source)
        return index

    def lookup(self, text: str) -> Source | None:
        return self._index.get(self._keys(text)[0]) or self._registry.lookup(text)

    def __iter__(self):
        return iter(self._registry)

    def __getattr__(self, name: str):
        return getattr(self._registry, name)


class LemmaTaxonomy:
    """The taxonomy with a lexicon's own aliases (`weapon_aliases`: canonical model or
    category -> the words for it)."""

    def __init__(self, taxonomy: WeaponTaxonomy, extra: dict[str, list[str]], keys: Keys):
        self._taxonomy, self._keys = taxonomy, keys
        self._pairs: list[tuple[str, WeaponModel]] = list(taxonomy.aliases)
        for name, aliases in extra.items():
            model = taxonomy.models.get(name) or WeaponModel(None, name)
            self._pairs += [(alias, model) for alias in aliases]
        self.surface_forms = {alias for alias, _ in self._pairs}

    @cached_property
    def _index(self) -> dict[str, WeaponModel]:
        index: dict[str, WeaponModel] = {}
        for alias, model in self._pairs:
            index.setdefault(self._keys(alias)[0], model)
        return index

    def lookup(self, text: str) -> WeaponModel | None:
        return self._index.get(self._keys(text)[0]) or self._taxonomy.lookup(text)

    def fuzzy_lookup(self, text: str) -> WeaponModel | None:
        return self._taxonomy.fuzzy_lookup(text)

    def resolve(self, text: str) -> WeaponModel | None:
        return self.lookup(text) or self.fuzzy_lookup(text)

    def __getattr__(self, name: str):
        return getattr(self._taxonomy, name)



def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n
