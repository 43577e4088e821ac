"""What skytruce builds from its bundled data and keeps between runs (the extractor's
compiled phrase patterns), so that a command starts in a fraction of a second rather than
rebuilding them each time.

A cached value is keyed by a hash of the files it was built from and of the library
versions: a changed data file, a new skytruce or spaCy builds it anew. It lives in the
user's cache directory (XDG's on Linux, the platform's elsewhere), or in
`SKYTRUCE_CACHE_DIR`. Two processes starting at once each build it and rename their copy
into place whole, so a reader never sees half a file; a directory that cannot be written
costs only the time to build in memory. The files are pickles: only the user's own cache
directory is ever read.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterable, TypeVar

CACHE_DIR_ENV = "SKYTRUCE_CACHE_DIR"
T = TypeVar("T")


def cache_dir() -> Path:
    """`SKYTRUCE_CACHE_DIR`, else the user's cache directory for skytruce."""
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV])
    import platformdirs
    return Path(platformdirs.user_cache_dir("skytruce", appauthor=False))


def fingerprint(files: Iterable[Path], *versions: str) -> str:
    """A hash of the files' names and bytes, the given versions and Python's."""
    digest = hashlib.sha256(f"{sys.version_info[:2]}|{'|'.join(versions)}".encode())
    for path in sorted(files):
        digest.update(f"\0{path.name}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def load(name: str, key: str, folder: Path | None = None) -> Any:
    """The value stored under `name` and `key` (in `folder`, else `cache_dir()`), or None
    (also when the file is damaged)."""
    try:
        with open((folder or cache_dir()) / f"{name}-{key}.pickle", "rb") as fh:
            return pickle.load(fh)
    except Exception:  # absent, unreadable, damaged or truncated: the caller builds it again
        return None


def store(name: str, key: str, value: Any, folder: Path | None = None) -> None:
    """Keep `value` under `name` and `key` (in `folder`, else `cache_dir()`), replacing
    older keys of the same name. Written to a temporary file and renamed, so readers see
    the old file or the new one, whole; a directory that cannot be written is left alone."""
    folder = folder or cache_dir()
    path = folder / f"{name}-{key}.pickle"
    temporary = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{path.name}.", delete=False) as fh:
            temporary = Path(fh.name)
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        for stale in folder.glob(f"{name}-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """The value kept under `name` and `key`, else `build()`, kept for next time."""
    value = load(name, key)
    if value is None:
        value = build()
        store(name, key, value)
    return value
