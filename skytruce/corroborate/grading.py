"""The grade of DESIGN.md's scale for one wave or incident, with its reasons in words.

Independence is counted in chains, not outlets: two organs of one state agreeing earn
`one-sided`, never `fair`; `fair` needs two chains; `confirmed` needs the attacking
party's acknowledgement, a non-party source with its own access, or physical evidence.
Every `confirmed` and `fair` reason names the sources it counted and why they are
independent.
"""

from __future__ import annotations

from collections import defaultdict

from skytruce.corroborate.settings import settings
from skytruce.corroborate.sources import Standing, Underlying, standing, underlying_source
from skytruce.model import ClaimRecord

GRADES = ("confirmed", "fair", "one-sided", "weak", "contested", "unverified", "discounted")
HEDGES = ("so-called", "supposedly", "allegedly", "reportedly")


def _describe(st: Standing) -> str:
    if st.source.type == "unattributed":
        return st.source.name
    return f"{st.source.name}, party {st.party}" if st.party else f"{st.source.name}, non-party"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def standings(records: list[ClaimRecord], country: str | None, foreign: bool) -> list[Standing]:
    """Each distinct underlying source of the records with how it counts, sources first."""
    found: dict[Underlying, Standing] = {}
    for r in records:
        source = underlying_source(r)
        if source not in found:
            found[source] = standing(source, country, foreign)
    return sorted(found.values(), key=lambda st: (not st.counted, st.source.type == "unattributed", st.source.name))


def _chains(counted: list[Standing]) -> str:
    """'Reuters (non-party media, a chain of its own) and the UA state (Ukrainian Air Force)'."""
    by_chain: dict[str, list[Standing]] = defaultdict(list)
    for st in counted:
        by_chain[st.chain].append(st)
    parts = []
    for chain, members in sorted(by_chain.items()):
        if [m.source.name for m in members] == [chain]:
            parts.append(f"{chain} ({members[0].why})")
        else:
            parts.append(f"{chain} ({', '.join(m.source.name for m in members)})")
    return " and ".join(parts)


def grade(records: list[ClaimRecord], everyone: list[Standing], attacker: str | None,
          contradictions: list[str]) -> tuple[str, list[str]]:
    """The grade of the claims of one wave (their national figures) or one incident, whose
    sources stand as `everyone` says (see `standings`)."""
    s = settings()
    counted = [st for st in everyone if st.counted]
    relays = [st for st in everyone if not st.counted and st.source.type != "unattributed"]
    voice = [st for st in everyone if st.source.type == "unattributed"]
    claims = [r.claim for r in records]
    documents = len({r.document_id for r in records})
    shown = counted or voice[:1]
    reasons = [(f"{_plural(len(shown), 'underlying source')} ({'; '.join(_describe(st) for st in shown)})"
                if shown else "no underlying source: only relays")
               + (f"; {len(records)} claims in {_plural(documents, 'document')}" if len(records) > 1 else "")]
    if relays:
        reasons.append("not counted: " + "; ".join(f"{st.source.name} ({st.why})" for st in relays))
    if voice and not counted:
        reasons.append("no named source: the reports speak in their own voice")
    absent = sorted({e for c in claims for e in c.verification.evidence_absent})
    present = sorted({e for c in claims for e in c.verification.evidence})
    if absent:
        reasons.append("evidence absent: " + ", ".join(absent))
    if present:
        reasons.append("evidence cited: " + ", ".join(present))
    flags = {c.verification.status for c in claims}
    cues = sorted({cue for c in claims for cue in c.verification.cues})
    refuted = [cue for cue in cues if any(r in cue.lower() for r in s.refutation_cues)]
    if refuted:
        return "discounted", reasons + [f"refuted by later reporting ({', '.join(refuted)})"]
    if "denied" in flags or "disputed" in flags or contradictions:
        why = []
        if "denied" in flags:
            denials = [c for c in cues if c.lower() in ("denied", "denies", "deny", "not true")]
            why.append(f"denied ({', '.join(denials) or 'a denial'})")
        if "disputed" in flags:
            why.append("disputed")
        why += [f"counts disagree: {c}" for c in contradictions]
        return "contested", reasons + why
    chains = {st.chain for st in counted}
    acknowledged = [st for st in counted if attacker and st.source.party == attacker]
    if acknowledged:
        others = [st for st in counted if st.chain != acknowledged[0].chain]
        return "confirmed", reasons + [
            f"acknowledged by the attacking party ({attacker}: {', '.join(st.source.name for st in acknowledged)})"
            + (f"; reported too by {_chains(others)}, a chain independent of the attacker's" if others else
               ": an admission against its own interest, independent of the other side's word")]
    own = [st for st in counted if st.own_access]
    if own:
        return "confirmed", reasons + ["a non-party source with its own access: "
                                       + "; ".join(f"{st.source.name} ({st.why})" for st in own)]
    if "unverified" in flags and len(chains) < 2:
        flagged = [c for c in cues if c not in HEDGES]
        return "unverified", reasons + ["flagged: " + (", ".join(repr(c) for c in flagged) or "unverified")]
    physical = sorted(set(present) & s.physical_evidence)
    if physical and not "unverified" in flags:
        cited = len({r.document_id for r in records if set(r.claim.verification.evidence) & s.physical_evidence})
        return "confirmed", reasons + [f"physical evidence cited ({', '.join(physical)}, in {_plural(cited, 'document')}):"
                                       " it does not rest on any side's word"]
    if len(chains) >= 2:
        return "fair", reasons + [f"{len(chains)} independent chains agree, no contradiction: {_chains(counted)}"]
    if len(counted) >= 2:
        return "one-sided", reasons + [f"{len(counted)} sources agree, all of one chain, {_chains(counted)}: "
                                       "organs of one state are not independent of each other"]
    if not counted:
        return "weak", reasons + ["no named source to corroborate it"]
    if documents > 1:
        return "weak", reasons + [f"relayed by {documents} documents: still one underlying source"]
    return "weak", reasons + ["one underlying source, nothing independent of it"]
