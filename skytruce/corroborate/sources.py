"""Underlying sources: who a claim really comes from, so relays are not counted twice.

A claim counts for its claimant; a person counts for the institution they speak for
("Mykola Oleshchuk" is the Air Force); a claim in a document's own voice counts as
unattributed and only stands for a source when nothing attributed does.
"""

from __future__ import annotations

from dataclasses import dataclass

from skytruce.model import ClaimRecord
from skytruce.reference import source_registry


@dataclass(frozen=True)
class Underlying:
    name: str
    party: str | None
    type: str  # a source type, or "unattributed"


def underlying_source(record: ClaimRecord) -> Underlying:
    claimant = record.claim.claimant
    if claimant is None:
        return Underlying(f"unattributed ({record.publisher or 'the document'})", None, "unattributed")
    registry = source_registry()
    source = registry.lookup(claimant.name)
    if source and source.affiliation:
        institution = registry.lookup(source.affiliation)
        if institution:
            return Underlying(institution.name, institution.party, institution.type)
        return Underlying(source.affiliation, source.party, source.type)
    return Underlying(claimant.name, claimant.party, claimant.type or "individual")


def distinct_sources(records: list[ClaimRecord]) -> list[Underlying]:
    """The event's underlying sources, attributed ones only when there are any."""
    found = sorted({underlying_source(r) for r in records}, key=lambda u: (u.type == "unattributed", u.name))
    attributed = [u for u in found if u.type != "unattributed"]
    return attributed or found[:1]
