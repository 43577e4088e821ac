"""Score extraction against the development corpus (../shared/corpus/dev), field by field.

    python benchmarks/extraction_accuracy.py [-v] [--corpus DIR]

Follows the scoring rules in the corpus README: each required truth attack is matched to
one extracted weapon of the same model family (or category), preferring the one whose
figures, date and claimant agree; then each field is scored on the matched pairs. `-v`
prints every miss with its report id.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz

from skytruce.extract import extract_claims
from skytruce.reference import gazetteer, weapon_taxonomy

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
FIELDS = ("weapon_recall", "weapon_precision", "launched", "destroyed", "qualifier", "date", "attacker",
          "claimant", "regions", "launch", "casualties", "flagged_caught", "unflagged_kept")
STOPWORDS = {"the", "of", "for", "and", "a", "an", "ukrainian", "russian", "ukraine's", "russia's", "s", "de"}
PLACE_SUFFIX = re.compile(r"\s+(oblast|region|regions|krai|province|district|peninsula)$", re.I)


def weapon_key(name: str) -> tuple[str | None, str]:
    """(model, category) of a truth weapon, which is a canonical model or a category."""
    model = weapon_taxonomy().models.get(name)
    return (model.name, model.category) if model else (None, name)


def same_family(truth_weapon: str, extracted: dict) -> bool:
    model, category = weapon_key(truth_weapon)
    if model:
        return extracted["model"] == model or (extracted["model"] is None and extracted["category"] == category)
    return extracted["category"] == category or (category == "missile" and "missile" in extracted["category"])


def _bare(name: str) -> str:
    return PLACE_SUFFIX.sub("", name.strip()).lower().replace("’", "'")


def place_keys(name: str) -> set[str]:
    """The name itself and what the gazetteer makes of it, as a city and as a region."""
    keys = {_bare(name)}
    for variant in (name, _bare(name), f"{_bare(name)} region"):
        entry = gazetteer().lookup(variant)
        if entry:
            keys.add(_bare(entry.name))
    return keys


def same_place(a: str, b: str) -> bool:
    ka, kb = place_keys(a), place_keys(b)
    return bool(ka & kb) or any(fuzz.ratio(x, y) >= 85 for x in ka for y in kb)


def significant(name: str) -> set[str]:
    words = re.findall(r"[\w']+", name.lower().replace("defense", "defence"))
    return {w for w in words if w not in STOPWORDS and len(w) > 2}


def date_ok(truth: str, time: dict) -> bool:
    want = date.fromisoformat(truth)
    if time.get("end") and date.fromisoformat(time["end"]) == want:
        return True
    if time.get("start") and time.get("end"):
        start, end = date.fromisoformat(time["start"]), date.fromisoformat(time["end"])
        return (end - start).days <= 2 and start <= want <= end
    return False


def match(truth_attacks: list[dict], extracted: list[tuple[dict, dict]]) -> dict[int, int]:
    """Truth attack index -> extracted weapon index, best agreement first, one to one."""
    scored = []
    for t_i, t in enumerate(truth_attacks):
        for e_i, (claim, weapon) in enumerate(extracted):
            if not same_family(t["weapon"], weapon):
                continue
            score = 0
            score += 2 * (t["launched"] == weapon["launched"]) + 2 * (t["destroyed"] == weapon["destroyed"])
            score += bool(t["date"] and date_ok(t["date"], claim["time"]))
            score += bool(t["claimant"] and claim["claimant"] and significant(t["claimant"]) & significant(claim["claimant"]["name"]))
            score += 0.5 * (weapon_key(t["weapon"])[0] == weapon["model"])
            scored.append((-score, t["optional"], t_i, e_i))
    scored.sort()
    pairs, used = {}, set()
    for _, _, t_i, e_i in scored:
        if t_i not in pairs and e_i not in used:
            pairs[t_i] = e_i
            used.add(e_i)
    return pairs


def score(corpus: Path, verbose: bool = False) -> dict[str, tuple[int, int]]:
    totals = defaultdict(lambda: [0, 0])
    misses = defaultdict(list)

    def tally(field: str, ok: bool, doc_id: str, detail: str) -> None:
        totals[field][1] += 1
        totals[field][0] += ok
        if not ok:
            misses[field].append(f"{doc_id}: {detail}")

    for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        truth = json.loads(line)
        doc_id = truth["id"]
        text = (corpus / "articles" / f"{doc_id}.txt").read_text(encoding="utf-8")
        published = date.fromisoformat(truth["published"]) if truth["published"] else None
        claims = [c.to_dict() for c in extract_claims(text, published)]
        extracted = [(c, w) for c in claims for w in c["weapons"]]
        pairs = match(truth["attacks"], extracted)
        matched_extracted = set(pairs.values())
        for e_i, (claim, weapon) in enumerate(extracted):
            has_figures = weapon["launched"] is not None or weapon["destroyed"] is not None
            if has_figures:
                ok = e_i in matched_extracted
            else:
                ok = any(same_family(t["weapon"], weapon) for t in truth["attacks"])
            tally("weapon_precision", ok, doc_id,
                  f"extra {weapon['model'] or weapon['category']} {weapon['launched']}/{weapon['destroyed']} in {claim['sentence'][:90]!r}")
        for t_i, t in enumerate(truth["attacks"]):
            if t["optional"]:
                continue
            label = f"{t['weapon']} {t['launched']}/{t['destroyed']} ({t['claimant']})"
            e_i = pairs.get(t_i)
            tally("weapon_recall", e_i is not None, doc_id, f"missed {label}")
            claim, weapon = extracted[e_i] if e_i is not None else ({}, {})
            has_counts = t["launched"] is not None or t["destroyed"] is not None
            if has_counts:
                for slot in ("launched", "destroyed"):
                    got = weapon.get(slot)
                    tally(slot, e_i is not None and got == t[slot], doc_id, f"{label}: {slot} {got}")
                if t["qualifier"] != "exact":
                    got = weapon.get("qualifier")
                    tally("qualifier", got == t["qualifier"], doc_id, f"{label}: qualifier {got}")
            if t["date"]:
                got = claim.get("time", {})
                tally("date", e_i is not None and date_ok(t["date"], got), doc_id,
                      f"{label}: date {t['date']} got {got.get('start')}..{got.get('end')} {got.get('text')!r}")
            if t["attacker"]:
                tally("attacker", claim.get("attacker") == t["attacker"], doc_id, f"{label}: attacker {claim.get('attacker')}")
            if t["claimant"]:
                got = (claim.get("claimant") or {}).get("name")
                tally("claimant", bool(got and significant(got) & significant(t["claimant"])), doc_id,
                      f"{label}: claimant {got!r}")
            places = claim.get("places", [])
            for field, role_names in (("regions", [p["name"] for p in places if p["role"] != "launch"] + [p["name"] for p in places]),
                                      ("launch", [p["name"] for p in places if p["role"] == "launch"])):
                for name in t[field]:
                    tally(field, any(same_place(name, got) for got in role_names), doc_id,
                          f"{label}: {field} {name!r} not in {sorted(set(role_names))}")
            for slot in ("killed", "injured"):
                if t[slot] is not None:
                    got = claim.get("casualties", {}).get(slot)
                    tally("casualties", got == t[slot], doc_id, f"{label}: {slot} {t[slot]} got {got}")
        flagged = any(c["verification"]["status"] != "asserted" for c in claims)
        if truth["verification"]:
            tally("flagged_caught", flagged, doc_id, f"truth {truth['verification']}, none flagged")
        else:
            tally("unflagged_kept", not flagged, doc_id,
                  "flagged " + ", ".join(f"{c['verification']['status']} {c['verification']['cues']}" for c in claims
                                         if c["verification"]["status"] != "asserted"))
    if verbose:
        for field in FIELDS:
            for miss in misses[field]:
                print(f"  {field:17} {miss}")
    return {f: tuple(totals[f]) for f in FIELDS}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    if not (args.corpus / "truth.jsonl").exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1
    results = score(args.corpus, args.verbose)
    print(f"extraction accuracy on {args.corpus.name} ({args.corpus})")
    worst = 1.0
    for field, (ok, total) in results.items():
        share = ok / total if total else 1.0
        worst = min(worst, share)
        print(f"{field:17} {share:7.1%}  ({ok}/{total})")
    print(f"{'lowest field':17} {worst:7.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
