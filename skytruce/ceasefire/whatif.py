"""What a proposed ceasefire would have covered, applied to a past window: for each party,
the share of its aerial activity (waves and weapons launched) inside the proposal's
weapons, targets and geography, and which party it would constrain more. Weapons are
counted per wave as the compliance report counts them; a wave whose targets nobody named
is not known to be covered by a proposal on targets, so it is not counted as covered."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from skytruce.ceasefire.compliance import Judge, collector_paused, waves_between
from skytruce.ceasefire.definition import Ceasefire


@dataclass
class Coverage:
    waves: int = 0
    waves_covered: int = 0
    incidents: int = 0
    incidents_covered: int = 0
    launched: int = 0
    launched_covered: int = 0
    by_weapon: dict[str, tuple[int, int]] = field(default_factory=dict)  # label -> (launched, covered)

    @property
    def share(self) -> float | None:
        return self.launched_covered / self.launched if self.launched else None

    def to_dict(self) -> dict:
        return {"waves": self.waves, "waves_covered": self.waves_covered, "incidents": self.incidents,
                "incidents_covered": self.incidents_covered, "launched": self.launched,
                "launched_covered": self.launched_covered, "share": self.share,
                "by_weapon": {k: {"launched": t, "covered": v} for k, (t, v) in self.by_weapon.items()}}


def what_if(ceasefire: Ceasefire, events: list[dict], start: date, end: date) -> dict[str, Coverage]:
    """Coverage per party over [start, end], whatever the grades (activity, not blame)."""
    result = {p: Coverage() for p in ceasefire.parties}
    everything = Judge(replace(ceasefire, scope=["all_aerial"], countries=[], regions=[], area=None, band=None, targets=[]))
    proposal = Judge(ceasefire)
    with collector_paused():
        for wave, day, incidents in waves_between(events, result, start, end):
            item = everything(wave, day, incidents)
            if item is None:
                continue
            inside = proposal(wave, day, incidents)
            inside = inside if inside is not None and inside.judged else None  # unknown targets: not known to be covered
            coverage = result[wave["attacker"]]
            coverage.waves += 1
            coverage.waves_covered += inside is not None
            coverage.incidents += len(item.incidents)
            coverage.incidents_covered += len(inside.incidents) if inside else 0
            kept = {(w["model"], w["category"]) for w in inside.weapons} if inside else set()
            for w in item.weapons:
                launched = w["launched"] or 0
                label = w["model"] or w["category"]
                total, within = coverage.by_weapon.get(label, (0, 0))
                taken = launched if (w["model"], w["category"]) in kept else 0
                coverage.by_weapon[label] = (total + launched, within + taken)
                coverage.launched += launched
                coverage.launched_covered += taken
    return result


def verdict(ceasefire: Ceasefire, coverage: dict[str, Coverage]) -> str:
    """Plain words: which party the proposal constrains more, from the data."""
    lines = []
    for party, c in coverage.items():
        if not c.waves:
            lines.append(f"{party}: no recorded activity in the window, so the data cannot say what it would constrain")
            continue
        share = f"{c.share:.0%}" if c.share is not None else "n/a"
        uncovered = sorted(((label, t - cov) for label, (t, cov) in c.by_weapon.items() if t - cov > 0),
                           key=lambda x: -x[1])[:4]
        lines.append(f"{party}: {c.launched_covered:,} of {c.launched:,} weapons launched ({share}) and "
                     f"{c.waves_covered} of {c.waves} attack waves would have been covered"
                     + (f"; left untouched: {', '.join(f'{label} {n:,}' for label, n in uncovered)}" if uncovered else ""))
    measured = {p: c.share for p, c in coverage.items() if c.share is not None and c.waves >= 5}
    if len(measured) >= 2:
        most = max(measured, key=measured.get)
        least = min(measured, key=measured.get)
        if measured[most] - measured[least] >= 0.1:
            lines.append(f"the proposal constrains {most} more: it would have covered {measured[most]:.0%} of its "
                         f"aerial activity against {measured[least]:.0%} of {least}'s")
        else:
            lines.append("the proposal would constrain the parties about equally")
    else:
        thin = [p for p, c in coverage.items() if c.waves < 5]
        lines.append("not enough recorded activity to compare the parties"
                     + (f" ({', '.join(thin)}: fewer than 5 waves in the ledger for the window)" if thin else ""))
    return "\n".join(lines)
