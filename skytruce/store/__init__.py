"""The ledger: the only package that talks SQL (SQLite by default, PostgreSQL for servers)."""

from skytruce.store.ledger import IngestResult, Ledger

__all__ = ["IngestResult", "Ledger"]
