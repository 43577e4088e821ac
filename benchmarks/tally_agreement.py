"""Tally agreement: a label-free accuracy check of extraction against the Air Force tallies.

    python benchmarks/tally_agreement.py [--corpus DIR ...] [--tally CSV] [-v]

Most reports that relay the Ukrainian Air Force's nightly summary state the figures the
tally dataset codes for that night. For every report in the corpora (default: the English
and the Ukrainian/Russian development corpora, our Ukrainian/Russian style corpus and the
bundled samples), each weapon the extractor attributes to the Air Force (or to its
commanders and spokespeople; not to a regional air command, which counts its region) with a
dated night and a launched or destroyed figure is compared with the tally rows for that
night and weapon: the same model (or a model the tally pools it with, 'Iskander-M/KN-23'),
or the same category where the report names none. A figure agrees when it equals the
tally's; `-v` lists every comparison that does not.
Reports' publication dates come from a corpus' truth.jsonl where it has one (only the
dates; the figures are never read from it), else from their front matter.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date
from importlib import resources as pkg_resources
from pathlib import Path

from skytruce.extract import detect_language, extract_claims
from skytruce.ingest.tallies import read_tally
from skytruce.ingest.text import read_text
from skytruce.model import Claim

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPORA = [SHARED / "corpus" / "dev", SHARED / "corpus" / "dev-ukru", Path(__file__).parent / "style_corpus_ukru"]
TALLY = SHARED / "data" / "massive-missile-attacks" / "missile_attacks_daily.csv"
AIR_FORCE = "Ukrainian Air Force"


def published_dates(corpus: Path) -> dict[str, date]:
    truth = corpus / "truth.jsonl"
    if not truth.is_file():
        return {}
    rows = [json.loads(line) for line in truth.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: date.fromisoformat(r["published"]) for r in rows if r.get("published")}


def reports(corpus: Path):
    """(name, text, published) of every report in a corpus directory (or its articles/)."""
    folder = corpus / "articles" if (corpus / "articles").is_dir() else corpus
    dates = published_dates(corpus)
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".txt", ".md"):
            continue
        doc = read_text(path.read_bytes(), str(path), markdown=path.suffix == ".md")
        yield path.name, doc.text, dates.get(path.stem) or doc.published


def samples() -> Path:
    return Path(str(pkg_resources.files("skytruce") / "samples"))


def tally_by_night(path: Path) -> dict[date, list[Claim]]:
    nights: dict[date, list[Claim]] = {}
    for _, claim in read_tally(path.read_bytes(), str(path)).claims:
        if claim.time.end:
            nights.setdefault(claim.time.end, []).append(claim)
    return nights


def from_air_force(claim: Claim) -> bool:
    """A figure of the Air Force's, or of a commander or spokesperson speaking for it; not of
    one of its regional air commands ('Air Force South Command'), which count their region."""
    c = claim.claimant
    return bool(c) and (c.name == AIR_FORCE or AIR_FORCE in (c.aliases or []) and not c.name.startswith("Air "))


def same_model(extracted: str, tallied: str | None) -> bool:
    """'Iskander-M' is the tally's 'Iskander-M/KN-23': a model and the pair it is coded in."""
    return bool(tallied) and (extracted == tallied or extracted.split("/")[0] == tallied.split("/")[0])


def tally_figures(rows: list[Claim], model: str | None, category: str) -> list[tuple[int | None, int | None]]:
    """The tally's (launched, destroyed) for a weapon on one night: each row of that model;
    for a category named without a model, each row of the category and their sum."""
    found = []
    for row in rows:
        for w in row.weapons:
            same = same_model(model, w.model) if model else w.category == category
            if same and (w.launched is not None or w.destroyed is not None):
                found.append((w.launched, w.destroyed))
    if model is None and len(found) > 1:
        found.append(tuple(sum(f[i] or 0 for f in found) for i in (0, 1)))
    return found


def compare(corpus_name: str, items, nights: dict[date, list[Claim]], verbose: bool) -> Counter:
    counts: Counter = Counter()
    for name, text, published in items:
        lang = detect_language(text)
        claims = [c for c in extract_claims(text, published, lang) if from_air_force(c) and c.time.end
                  and c.time.precision in ("day", "hour")]
        if not claims:
            continue
        counts["reports"] += 1
        counts[f"reports_{lang}"] += 1
        for claim in claims:
            rows = nights.get(claim.time.end, [])
            for w in claim.weapons:
                if w.launched is None and w.destroyed is None:
                    continue
                counts["weapons"] += 1
                tally = tally_figures(rows, w.model, w.category)
                if not tally:
                    counts["no_tally_row"] += 1
                    if verbose:
                        print(f"  {corpus_name}/{name}: {w.model or w.category} {w.launched}/{w.destroyed} "
                              f"on {claim.time.end}: no tally row")
                    continue
                counts["compared"] += 1
                for role, index in (("launched", 0), ("destroyed", 1)):
                    value = getattr(w, role)
                    if value is None:
                        continue
                    counts[f"{role}_n"] += 1
                    if any(t[index] == value for t in tally):
                        counts[f"{role}_ok"] += 1
                    elif verbose:
                        print(f"  {corpus_name}/{name}: {w.model or w.category} {role} {value} on {claim.time.end}: "
                              f"tally says {sorted({t[index] for t in tally}, key=str)}")
    return counts


def report(name: str, c: Counter) -> str:
    def rate(ok: str, n: str) -> str:
        return f"{c[ok]}/{c[n]} ({c[ok] / c[n]:.0%})" if c[n] else "0/0"
    langs = ", ".join(f"{k[8:]} {v}" for k, v in sorted(c.items()) if k.startswith("reports_"))
    return (f"{name}: {c['reports']} reports relay a dated Air Force figure ({langs or 'none'}); "
            f"{c['weapons']} weapon figures, {c['compared']} with a tally row for the night; "
            f"launched agree {rate('launched_ok', 'launched_n')}, destroyed agree {rate('destroyed_ok', 'destroyed_n')}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", help="a corpus directory (repeatable)")
    parser.add_argument("--tally", type=Path, default=TALLY)
    parser.add_argument("-v", action="store_true", help="list every figure that does not agree")
    args = parser.parse_args()
    if not args.tally.is_file():
        print(f"no tally dataset at {args.tally}: nothing to compare against")
        return 0
    nights = tally_by_night(args.tally)
    corpora = args.corpus or [c for c in CORPORA if c.is_dir()] + [samples()]
    total: Counter = Counter()
    for corpus in corpora:
        counts = compare(corpus.name, reports(corpus), nights, args.v)
        print(report(corpus.name, counts))
        total.update(counts)
    print(report("all", total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
