"""One normalisation for every alias look-up, so 'Shahed-136', 'shahed 136' and
'SHAHED–136' all meet at the same key."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, where PyYAML has it: several times faster

_SEPARATORS = re.compile(r"[\s\-‐–—_]+")
_APOSTROPHES = re.compile(r"[’'`ʼ\"“”«»„]")  # (and quotation marks: 'Operational Command "South"')


@lru_cache(maxsize=65536)  # a report names the same weapons, places and bodies again and again
def alias_key(text: str) -> str:
    """Lower-case, unify hyphens/spaces, drop apostrophes, quotation marks and a leading 'the'."""
    key = _SEPARATORS.sub(" ", _APOSTROPHES.sub("", text.casefold())).strip()
    return key[4:] if key.startswith("the ") else key


def nearest(text: str, keys: list[str], min_length: int, cutoff: int) -> str | None:
    """The normalised key closest to `text` (rapidfuzz ratio >= cutoff), for spellings no
    alias list foresaw; short words are never guessed."""
    key = alias_key(text)
    if len(key) < min_length:
        return None
    hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=cutoff)
    return hit[0] if hit else None


def data_path(name: str) -> Path:
    """Path of a bundled data file in skytruce/data."""
    return Path(str(resources.files("skytruce") / "data" / name))


def read_yaml(path: Path | str) -> Any:
    """A YAML data file, parsed safely."""
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=SAFE_LOADER)
