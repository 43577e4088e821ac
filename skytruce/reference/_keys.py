"""One normalisation for every alias look-up, so 'Shahed-136', 'shahed 136' and
'SHAHED–136' all meet at the same key."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

_SEPARATORS = re.compile(r"[\s\-‐–—_]+")
_APOSTROPHES = re.compile(r"[’'`ʼ]")


def alias_key(text: str) -> str:
    """Lower-case, unify hyphens/spaces, drop apostrophes and a leading 'the'."""
    key = _SEPARATORS.sub(" ", _APOSTROPHES.sub("", text.casefold())).strip()
    return key[4:] if key.startswith("the ") else key


def data_path(name: str) -> Path:
    """Path of a bundled data file in skytruce/data."""
    return Path(str(resources.files("skytruce") / "data" / name))
