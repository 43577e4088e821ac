"""YAML front matter at the top of a saved report (.txt, .md): how a user who keeps
articles as files records when and where each appeared.

    ---
    url: https://example.org/story
    published: 2024-02-08
    title: Air defence downs most of the drones
    source: Example News
    ---

Only these four keys mean something to skytruce; others (tags, notes) are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

import yaml

from skytruce.errors import InputError

_BLOCK = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)


@dataclass
class FrontMatter:
    url: str | None = None
    published: date | None = None
    title: str | None = None
    source: str | None = None


def _text(value, location: str, line: int, field: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise InputError(location, f"expected text, got {type(value).__name__}", line, field)
    return str(value).strip() or None


def split_front_matter(text: str, location: str) -> tuple[FrontMatter, str]:
    """The front matter of `text` (empty when there is none) and the text after it."""
    match = _BLOCK.match(text)
    if not match:
        return FrontMatter(), text
    block = match.group(1) or ""
    try:
        data = yaml.safe_load(block) or {}
    except (yaml.YAMLError, ValueError) as exc:  # ValueError: a date YAML reads but the calendar lacks (2024-13-01)
        mark = getattr(exc, "problem_mark", None)
        raise InputError(location, f"not valid YAML ({getattr(exc, 'problem', None) or exc})",
                         mark.line + 2 if mark else 2, "front matter") from None
    if not isinstance(data, dict):
        raise InputError(location, "front matter must be 'key: value' lines", 2, "front matter")
    lines = {key: n for n, row in enumerate(block.splitlines(), 2) for key in data if row.startswith(f"{key}:")}
    found = FrontMatter()
    for field in ("url", "title", "source"):
        setattr(found, field, _text(data.get(field), location, lines.get(field, 1), field))
    if found.url and not re.match(r"https?://\S+$", found.url):
        raise InputError(location, f"{found.url!r} is not an http(s) URL", lines["url"], "url")
    published = data.get("published")
    if isinstance(published, datetime):
        published = published.date()
    elif isinstance(published, str):
        try:
            published = date.fromisoformat(published.strip())
        except ValueError:
            pass
    if published is not None and not isinstance(published, date):
        raise InputError(location, f"{published!r} is not a YYYY-MM-DD date", lines.get("published", 1), "published")
    found.published = published
    return found, text[match.end():]
