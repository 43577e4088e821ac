"""Settings read from the environment, in one place."""

from __future__ import annotations

import os

DEFAULT_DATABASE_URL = "sqlite:///skytruce.db"


def database_url() -> str:
    """SKYTRUCE_DATABASE_URL, e.g. postgresql+psycopg://user@host/db; SQLite file by default."""
    return os.environ.get("SKYTRUCE_DATABASE_URL") or DEFAULT_DATABASE_URL
