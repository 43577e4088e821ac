"""Errors a user can act on: each names the input, and where known the line and field."""

from __future__ import annotations


class SkytruceError(Exception):
    """Base class of every error skytruce raises on purpose."""


class InputError(SkytruceError):
    """Bad user input. The message reads `path:line: field: what is wrong`."""

    def __init__(self, source: str, message: str, line: int | None = None, field: str | None = None):
        self.source, self.line, self.field, self.reason = source, line, field, message
        where = source + (f":{line}" if line is not None else "")
        super().__init__(f"{where}: {field + ': ' if field else ''}{message}")


class InputErrors(SkytruceError):
    """Several bad inputs at once (an import reports every bad row, not just the first)."""

    def __init__(self, errors: list[InputError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))
