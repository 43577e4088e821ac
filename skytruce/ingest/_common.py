"""Helpers every reader shares: hashing, decoding with clear errors, boilerplate trimming."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from skytruce.errors import InputError
from skytruce.reference._keys import data_path


def sha256(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def decode_text(raw: bytes, source: str) -> str:
    """Bytes to text, refusing empty and binary input with a one-line reason."""
    if not raw.strip():
        raise InputError(source, "empty file")
    if b"\x00" in raw[:8192]:
        raise InputError(source, "binary file (contains NUL bytes), not a text document")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    control = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\r\n\t\f")
    if control > 0.05 * min(len(text), 8192):
        raise InputError(source, "binary file (mostly control characters), not a text document")
    return text.replace("\r\n", "\n").replace("\r", "\n")


@lru_cache(maxsize=1)
def _boilerplate() -> re.Pattern:
    lines = data_path("boilerplate.txt").read_text(encoding="utf-8").splitlines()
    patterns = [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]
    return re.compile(r"^\s*(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\s*$", re.IGNORECASE)


def trim_trailing_boilerplate(text: str) -> str:
    """Drop web boilerplate lines after the article ('Leave a Comment', 'Scroll to Top')."""
    lines = text.rstrip().split("\n")
    pattern = _boilerplate()
    while lines and (not lines[-1].strip() or pattern.match(lines[-1])):
        lines.pop()
    return "\n".join(lines)
