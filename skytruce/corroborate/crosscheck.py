"""Checking an aggregate claim against the tallies: does "over 150 drone attacks on the
Kyiv, Odesa and Kharkiv regions in July" fit what the imported tally rows show?"""

from __future__ import annotations

from skytruce.model import Claim, ClaimRecord


def _compatible(category: str, model: str | None, weapon) -> bool:
    if model:
        return weapon.model == model
    if category == "missile":
        return "missile" in weapon.category
    return weapon.category == category


def _stem(name: str) -> str:
    return name.replace(" Oblast", "").replace(" Region", "").replace(" Krai", "").lower()


def crosscheck(aggregate: Claim, tallies: list[ClaimRecord]) -> str | None:
    """A sentence saying what the tallies show for the claim's window, weapons and regions,
    and whether the claim is consistent with them, an undercount or an overcount."""
    t = aggregate.time
    figures = [w for w in aggregate.weapons if w.launched is not None or w.destroyed is not None]
    if not (t.start and t.end and figures):
        return None
    rows = [r for r in tallies if r.claim.time.end and t.start <= r.claim.time.end <= t.end
            and (not aggregate.attacker or r.claim.attacker == aggregate.attacker)]
    regions = {_stem(p.name) for p in aggregate.places if p.role == "target" and p.precision == "admin1"}
    parts = []
    for w in figures:
        matching = [(r, v) for r in rows for v in r.claim.weapons if _compatible(w.category, w.model, v)]
        launched = sum(v.launched or 0 for _, v in matching)
        destroyed = sum(v.destroyed or 0 for _, v in matching)
        nights = len({r.claim.time.end for r, _ in matching})
        label = w.model or w.category.replace("_", " ")
        if not matching:
            by = f" launched by {aggregate.attacker}" if aggregate.attacker else ""
            parts.append(f"no tally rows for {label}{by} between {t.start} and {t.end}")
            continue
        regional = [(r, v) for r, v in matching
                    if regions & {_stem(p.name) for p in r.claim.places if p.role in ("target", "impact")}]
        claimed = w.launched if w.launched is not None else w.destroyed
        total = launched if w.launched is not None else destroyed
        text = (f"tallies show {launched:,} {label} launched and {destroyed:,} destroyed over {nights} nights "
                f"between {t.start} and {t.end} ({len(matching)} rows, all of Ukraine)")
        if regions:
            regional_total = sum((v.launched if w.launched is not None else v.destroyed) or 0 for _, v in regional)
            text += (f"; {len(regional)} rows name {', '.join(sorted(p.name for p in aggregate.places if _stem(p.name) in regions))}"
                     f" with {regional_total:,} in all")
        if claimed is None:
            verdict = "no figure to compare"
        elif claimed > total:
            verdict = f"the claim of {claimed:,} is an overcount: more than the tallies record for the whole country"
        elif regions and regional and claimed < 0.5 * sum((v.launched or 0) for _, v in regional):
            regional_launched = sum((v.launched or 0) for _, v in regional)
            bound = "true as a lower bound, but " if w.qualifier == "at_least" else ""
            verdict = (f"the claim of {claimed:,} is {bound}an undercount: the rows naming its regions alone "
                       f"record {regional_launched:,} launched")
        else:
            verdict = (f"the claim of {w.qualifier.replace('_', ' ') + ' ' if w.qualifier != 'exact' else ''}"
                       f"{claimed:,} is consistent with them")
            if regions and not regional:
                verdict += " (the tallies give no regional breakdown to check it against)"
        parts.append(f"{text}: {verdict}")
    return "; ".join(parts)
