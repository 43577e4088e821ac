"""Underlying sources and their independence: who a claim really comes from, which chain
of command they belong to, and whether they are a source at all or only relay others.

A claim counts for its claimant; a person counts for the institution they speak for
("Mykola Oleshchuk" is the Air Force). Organs of one state (its military, ministries,
regional and city administrations, emergency services, the president's office, its state
media) form one chain: they agree as one side, never as independent witnesses.
Commentators, and politicians of countries outside the war speaking of others' soil, only
repeat what others said: they are relays, listed but not counted. A claim in a document's
own voice is unattributed and corroborates nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from skytruce.corroborate.settings import settings
from skytruce.model import Claimant, ClaimRecord
from skytruce.reference import GazetteerEntry, jurisdiction, source_registry


@dataclass(frozen=True)
class Underlying:
    name: str
    party: str | None
    type: str  # a source type, or "unattributed"
    area: GazetteerEntry | None = None  # the region or city it answers for, if any


@dataclass(frozen=True)
class Standing:
    """How a source counts for one claim: as a source (with its chain) or as a relay."""

    source: Underlying
    party: str | None  # the source's party, or the country a local authority administers
    counted: bool
    chain: str  # "the UA state", or the source's own name when it answers to no state
    why: str  # in words, for the reasons
    own_access: bool = False


def unattributed(publisher: str | None) -> Underlying:
    return Underlying(f"unattributed ({publisher or 'the document'})", None, "unattributed")


@lru_cache(maxsize=65536)
def resolve(name: str, party: str | None, kind: str | None) -> Underlying:
    """The institution behind a claimant's name, with the area it answers for."""
    registry = source_registry()
    source = registry.lookup(name)
    if source and source.affiliation:
        institution = registry.lookup(source.affiliation)
        area = jurisdiction(name) or jurisdiction(source.affiliation)
        if institution:
            return Underlying(institution.name, institution.party, institution.type, area or jurisdiction(institution.name))
        return Underlying(source.affiliation, source.party, source.type, area)
    return Underlying(name, party, kind or "individual", jurisdiction(name))


def speaker(claimant: Claimant | None) -> Underlying | None:
    return resolve(claimant.name, claimant.party, claimant.type) if claimant else None


def underlying_source(record: ClaimRecord) -> Underlying:
    return speaker(record.claim.claimant) or unattributed(record.publisher)


@lru_cache(maxsize=65536)
def standing(source: Underlying, country: str | None, foreign: bool) -> Standing:
    """How `source` counts for a claim about an incident in `country` (a third country's
    soil when `foreign`)."""
    s = settings()
    if source.type == "unattributed":
        return Standing(source, None, False, source.name, "the report's own voice, no named source")
    if source.type == "individual":
        return Standing(source, source.party, False, source.name, "a commentator repeating others, not a source")
    party = source.party
    if party is None and source.type in s.area_types:
        party = country  # a local authority is an organ of the country whose soil it administers
    if party in s.conflict_sides:
        return Standing(source, party, True, f"the {party} state", f"an organ of the {party} state" if source.type in
                        s.state_types else f"{party} media, counted with its state")
    if party is not None:
        if foreign and party == country:
            return Standing(source, party, True, f"the {party} state", f"the state of {party}, on its own soil",
                            own_access=True)
        if source.type == "government":
            return Standing(source, party, False, source.name, f"a politician of {party} repeating others, not a source")
        return Standing(source, party, True, f"the {party} state", f"the state of {party}, outside the war")
    if source.name.casefold() in s.monitors:
        return Standing(source, None, True, source.name, "an international monitor with its own access", own_access=True)
    if source.type == "government" and not foreign:
        return Standing(source, None, False, source.name, "a politician of no side repeating others, not a source")
    return Standing(source, None, True, source.name, f"non-party {source.type}, a chain of its own")
