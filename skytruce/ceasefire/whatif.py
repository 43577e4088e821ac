"""What a proposed ceasefire would have covered, applied to a past window: for each party,
the share of its aerial activity (events and weapons launched) inside the proposal's
weapons and geography, and which party it would constrain more."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from skytruce.ceasefire.compliance import in_scope_weapons
from skytruce.ceasefire.definition import Ceasefire


@dataclass
class Coverage:
    events: int = 0
    events_covered: int = 0
    launched: int = 0
    launched_covered: int = 0
    by_weapon: dict[str, tuple[int, int]] = field(default_factory=dict)  # label -> (launched, covered)

    @property
    def share(self) -> float | None:
        return self.launched_covered / self.launched if self.launched else None

    def to_dict(self) -> dict:
        return {"events": self.events, "events_covered": self.events_covered, "launched": self.launched,
                "launched_covered": self.launched_covered, "share": self.share,
                "by_weapon": {k: {"launched": t, "covered": v} for k, (t, v) in self.by_weapon.items()}}


def what_if(ceasefire: Ceasefire, events: list[dict], start: date, end: date) -> dict[str, Coverage]:
    """Coverage per party over [start, end], whatever the events' grades (activity, not blame)."""
    result = {p: Coverage() for p in ceasefire.parties}
    for event in events:
        party = event.get("attacker")
        if party not in result or not event.get("end"):
            continue
        day = date.fromisoformat(event["end"])
        if not start <= day <= end:
            continue
        coverage = result[party]
        covered_weapons = in_scope_weapons(ceasefire, event) if ceasefire.in_geography(event) else []
        coverage.events += 1
        coverage.events_covered += bool(covered_weapons)
        covered_ids = {id(w) for w in covered_weapons}
        for w in event.get("weapons") or []:
            launched = w["launched"]["value"] or 0
            label = w["model"] or w["category"]
            total, covered = coverage.by_weapon.get(label, (0, 0))
            inside = launched if id(w) in covered_ids else 0
            coverage.by_weapon[label] = (total + launched, covered + inside)
            coverage.launched += launched
            coverage.launched_covered += inside
    return result


def verdict(ceasefire: Ceasefire, coverage: dict[str, Coverage]) -> str:
    """Plain words: which party the proposal constrains more, from the data."""
    lines = []
    for party, c in coverage.items():
        if not c.events:
            lines.append(f"{party}: no recorded activity in the window, so the data cannot say what it would constrain")
            continue
        share = f"{c.share:.0%}" if c.share is not None else "n/a"
        uncovered = sorted(((label, t - cov) for label, (t, cov) in c.by_weapon.items() if t - cov > 0),
                           key=lambda x: -x[1])[:4]
        lines.append(f"{party}: {c.launched_covered:,} of {c.launched:,} weapons launched ({share}) and "
                     f"{c.events_covered} of {c.events} events would have been covered"
                     + (f"; left untouched: {', '.join(f'{label} {n:,}' for label, n in uncovered)}" if uncovered else ""))
    measured = {p: c.share for p, c in coverage.items() if c.share is not None and c.events >= 5}
    if len(measured) >= 2:
        most = max(measured, key=measured.get)
        least = min(measured, key=measured.get)
        if measured[most] - measured[least] >= 0.1:
            lines.append(f"the proposal constrains {most} more: it would have covered {measured[most]:.0%} of its "
                         f"aerial activity against {measured[least]:.0%} of {least}'s")
        else:
            lines.append("the proposal would constrain the parties about equally")
    else:
        thin = [p for p, c in coverage.items() if c.events < 5]
        lines.append("not enough recorded activity to compare the parties"
                     + (f" ({', '.join(thin)}: fewer than 5 events in the ledger for the window)" if thin else ""))
    return "\n".join(lines)
