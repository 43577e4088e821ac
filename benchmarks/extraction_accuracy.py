"""Score extraction against a labelled corpus, field by field, by the corpus README's rules.

    python benchmarks/extraction_accuracy.py [-v] [--corpus DIR] [--min 0.97]

The rules are the ones `../shared/corpus/dev/README.md` spells out (and the reference
scorer in `../shared/tools` applies; `tests/extract/test_accuracy_benchmark.py` checks that
the two agree): each required truth attack, in truth order, takes the unused extracted
weapon of its family that agrees best on figures, date and claimant; launched and
destroyed are scored only where the truth states them; places are looked for among every
claim's places; verification is two fields per report. Runs the extractor in process, so
a whole corpus takes seconds. `-v` lists every miss, grouped by field and by the kind of
mistake it is, so a regression shows up as a kind rather than as one report.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
FIELDS = ("weapon_recall", "weapon_precision", "launched", "destroyed", "qualifier", "date", "attacker",
          "claimant", "regions", "launch_places", "casualties", "flagged_caught", "unflagged_kept")
CATEGORIES = {"drone", "cruise_missile", "ballistic_missile", "guided_bomb", "missile", "air_defence_missile",
              "aircraft_missile"}

# Spellings that name one weapon family; a name also belongs to a family when it starts
# with one of the family's longer spellings ("shahed-136m").
WEAPON_FAMILIES = [
    {"shahed-136/131", "shahed-136", "shahed-131", "shahed", "geran-2", "geran"},
    {"kh-101/kh-555", "x-101/x-555", "kh-101", "x-101", "kh-555", "x-555"},
    {"kalibr"},
    {"iskander-m", "iskander-m/kn-23", "kn-23"},
    {"iskander-k"},
    {"kh-47m2 kinzhal", "x-47 kinzhal", "kinzhal", "kinjal", "kh-47m2", "kh-47"},
    {"kh-22", "x-22"},
    {"kh-32", "x-32"},
    {"kh-59/kh-69", "x-59/x-69", "kh-59", "x-59", "kh-69", "x-69", "kh-59/69"},
    {"kh-31p", "x-31p", "kh-31", "x-31"},
    {"kh-35", "x-35"},
    {"s-300", "c-300", "s-300/s-400", "c-300/c-400", "s-400", "c-400"},
    {"3m22 zircon", "zircon", "tsirkon"},
    {"p-800 oniks", "oniks", "onyx"},
    {"kab", "gbu", "guided bomb", "glide bomb", "guided aerial bomb"},
    {"gerbera"}, {"lancet"}, {"orlan-10"}, {"molniya", "molniya-2", "молнія"},
    {"atacms"}, {"storm shadow", "scalp"}, {"neptune"}, {"himars", "gmlrs", "himars/gmlrs"}, {"liutyi"},
]
# Spellings of one place that differ by transliteration ("Kiev", "Kyiv").
PLACE_SPELLINGS = {
    "kiev": "kyiv", "odessa": "odesa", "kharkov": "kharkiv", "nikolaev": "mykolaiv", "nikolayev": "mykolaiv",
    "mykolayiv": "mykolaiv", "zaporozhye": "zaporizhzhia", "zaporizhia": "zaporizhzhia",
    "dnepropetrovsk": "dnipropetrovsk", "dnepr": "dnipro", "zhitomir": "zhytomyr", "vinnitsa": "vinnytsia",
    "khmelnitsky": "khmelnytskyi", "khmelnytsky": "khmelnytskyi", "kirovograd": "kirovohrad", "lvov": "lviv",
    "ivanofrankovsk": "ivanofrankivsk", "chernigov": "chernihiv", "orel": "oryol", "dzankoi": "dzhankoi",
    "dzhankoy": "dzhankoi", "gaivoron": "graivoron", "lugansk": "luhansk",
}
PLACE_WORDS = re.compile(r"\b(oblast|oblasts|region|regions|province|krai|raion|district|county|city|of|the|republic)\b")
COUNTRY_KEYS = {"", "ukraine", "russia"}
CLAIMANT_STOPWORDS = {"the", "ukrainian", "russian", "ukraine", "russia", "of", "and", "said", "according"}


def weapon_family(name: str | None) -> int | str | None:
    name = (name or "").strip().lower()
    if not name:
        return None
    for index, spellings in enumerate(WEAPON_FAMILIES):
        if name in spellings or any(name.startswith(s) for s in spellings if len(s) > 4):
            return index
    return name


def same_weapon(truth_weapon: str, extracted: dict) -> bool:
    """A truth category matches the extracted category; a truth model, an extracted model of its family."""
    category = (extracted.get("category") or "").lower()
    if truth_weapon in CATEGORIES:
        return "missile" in category if truth_weapon == "missile" else category == truth_weapon
    return extracted.get("model") is not None and weapon_family(extracted["model"]) == weapon_family(truth_weapon)


def place_key(name: str | None) -> str:
    key = PLACE_WORDS.sub(" ", (name or "").lower().replace("’", "'"))
    key = re.sub(r"[^a-z]", "", key)
    return PLACE_SPELLINGS.get(key, key)


def place_found(name: str, keys: set[str]) -> bool:
    key = place_key(name)
    return bool(key) and any(key == k or (len(key) > 4 and len(k) > 4 and (key in k or k in key)) for k in keys)


def claimant_words(text: str | None) -> set[str]:
    return set(re.findall(r"[a-z]{3,}", (text or "").lower())) - CLAIMANT_STOPWORDS


def same_claimant(truth_claimant: str, claim: dict) -> bool:
    """The truth's claimant and the extracted one (name or aliases) share a significant word."""
    got = claim.get("claimant") or {}
    return bool(claimant_words(truth_claimant) & claimant_words(" ".join([got.get("name") or "", *(got.get("aliases") or [])])))


def date_fits(truth_date: str, claim: dict) -> bool:
    """The claim ends on the truth's date, or spans at most two days around it."""
    time = claim.get("time") or {}
    start, end = (time.get("start") or "")[:10], (time.get("end") or "")[:10]
    if truth_date == end:
        return True
    return bool(start and end and start <= truth_date <= end
                and (date.fromisoformat(end) - date.fromisoformat(start)).days <= 2)


def agreement(truth: dict, claim: dict, weapon: dict) -> int:
    points = sum(2 for slot in ("launched", "destroyed") if truth.get(slot) is not None and weapon.get(slot) == truth[slot])
    points += bool(truth.get("date") and date_fits(truth["date"], claim))
    points += bool(truth.get("claimant") and same_claimant(truth["claimant"], claim))
    return points


@dataclass
class Miss:
    report: str
    field: str
    kind: str
    detail: str


class Tally:
    def __init__(self):
        self.counts = {f: [0, 0] for f in FIELDS}
        self.misses: list[Miss] = []

    def add(self, report: str, field: str, ok: bool, kind: str = "", detail: str = "") -> None:
        self.counts[field][1] += 1
        self.counts[field][0] += bool(ok)
        if not ok:
            self.misses.append(Miss(report, field, kind, detail))

    def shares(self) -> dict[str, float]:
        return {f: ok / n for f, (ok, n) in self.counts.items() if n}


def _figure_kind(truth: dict, slot: str, weapon: dict, outs: list[tuple[dict, dict]]) -> str:
    """Why a figure was missed: found in the other slot, in another claim, or not at all."""
    value = truth[slot]
    other = "destroyed" if slot == "launched" else "launched"
    if weapon.get(other) == value:
        return "role"
    if any(w.get(slot) == value for _, w in outs):
        return "split across sentences"
    if weapon.get(slot) is not None and truth.get("qualifier") != "exact":
        return "qualifier"
    return "figure missed" if weapon.get(slot) is None else "wrong figure"


def _claimant_kind(truth: dict, claim: dict, claims: list[dict]) -> str:
    got = claim.get("claimant")
    if got is None:
        named = any(same_claimant(truth["claimant"], c) for c in claims)
        return "anaphora: named elsewhere, not resolved" if named else "no speaker found"
    if any(same_claimant(truth["claimant"], c) for c in claims):
        return "neighbouring speaker taken"
    return "speaker not recognised"


def _extra_kind(weapon: dict, optional: list[dict], required: list[dict]) -> str:
    if any(weapon.get(s) is not None and weapon.get(s) == a.get(s) for a in optional for s in ("launched", "destroyed")):
        return "breakdown"
    if any(same_weapon(a["weapon"], weapon) for a in required + optional):
        return "figure split or repeated"
    return "not an attack"


def score_report(truth: dict, claims: list[dict], tally: Tally) -> None:
    """Score one report's extracted claims (contract dicts) against its truth line."""
    report = truth["id"]
    outs = [(c, w) for c in claims if c.get("kind", "attack") == "attack" for w in c.get("weapons") or []]
    used: set[int] = set()
    required = [a for a in truth.get("attacks", []) if not a.get("optional")]
    optional = [a for a in truth.get("attacks", []) if a.get("optional")]
    for a in required:
        label = f"{a['weapon']} {a.get('launched')}/{a.get('destroyed')}"
        candidates = [(agreement(a, c, w), -i) for i, (c, w) in enumerate(outs) if i not in used and same_weapon(a["weapon"], w)]
        if not candidates:
            tally.add(report, "weapon_recall", False, "attack missed", f"{label} not found")
            for slot in ("launched", "destroyed"):
                if a.get(slot) is not None:
                    tally.add(report, slot, False, "attack missed", f"{label}: weapon not found")
            continue
        i = -max(candidates)[1]
        used.add(i)
        claim, weapon = outs[i]
        tally.add(report, "weapon_recall", True)
        for slot in ("launched", "destroyed"):
            if a.get(slot) is not None:
                tally.add(report, slot, weapon.get(slot) == a[slot], _figure_kind(a, slot, weapon, outs),
                          f"{label}: {slot} got {weapon.get(slot)}")
        if a.get("qualifier") and a["qualifier"] != "exact":
            tally.add(report, "qualifier", weapon.get("qualifier") == a["qualifier"], "qualifier",
                      f"{label}: {a['qualifier']} got {weapon.get('qualifier')}")
        if a.get("date"):
            time = claim.get("time") or {}
            tally.add(report, "date", date_fits(a["date"], claim), "time",
                      f"{label}: {a['date']} got {time.get('start')}..{time.get('end')} from {time.get('text')!r}")
        if a.get("attacker"):
            tally.add(report, "attacker", claim.get("attacker") == a["attacker"], "attacker",
                      f"{label}: {a['attacker']} got {claim.get('attacker')}")
        if a.get("claimant"):
            got = (claim.get("claimant") or {}).get("name")
            tally.add(report, "claimant", same_claimant(a["claimant"], claim), _claimant_kind(a, claim, claims),
                      f"{label}: {a['claimant']!r} got {got!r}")
        for slot in ("killed", "injured"):
            if a.get(slot) is not None:
                got = [(c.get("casualties") or {}).get(slot) for c in claims]
                tally.add(report, "casualties", a[slot] in got, "casualties", f"{slot} {a[slot]} got {got}")
    for a in optional:  # a context figure that was extracted is not held against the extractor
        for i, (_, w) in enumerate(outs):
            if i not in used and same_weapon(a["weapon"], w) and any(
                    a.get(s) is not None and w.get(s) == a[s] for s in ("launched", "destroyed")):
                used.add(i)
                break
    for i, (claim, weapon) in enumerate(outs):
        label = f"extra {weapon.get('model') or weapon.get('category')} {weapon.get('launched')}/{weapon.get('destroyed')} in {claim.get('sentence', '')[:80]!r}"
        if weapon.get("launched") is None and weapon.get("destroyed") is None:
            ok = any(same_weapon(a["weapon"], weapon) for a in required + optional)
            tally.add(report, "weapon_precision", ok, "not an attack", label)
        else:
            tally.add(report, "weapon_precision", i in used, _extra_kind(weapon, optional, required), label)
    keys = {place_key(p.get("name")) for c in claims for p in c.get("places") or []}
    for field, truth_key in (("regions", "regions"), ("launch_places", "launch")):
        names = {n for a in required for n in a.get(truth_key) or [] if place_key(n) not in COUNTRY_KEYS}
        for name in sorted(names):
            tally.add(report, field, place_found(name, keys), "places", f"{name} missing")
    flagged = {(c.get("verification") or {}).get("status") for c in claims} & {"unverified", "disputed", "denied"}
    wanted = truth.get("verification")
    cues = sorted({cue for c in claims for cue in (c.get("verification") or {}).get("cues", [])})
    tally.add(report, "flagged_caught" if wanted else "unflagged_kept", bool(flagged) == bool(wanted),
              "verification", f"truth {wanted} got {sorted(flagged) or 'asserted'} (cues {cues})")


def read_corpus(corpus: Path) -> list[dict]:
    return [json.loads(line) for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def extract(corpus: Path, truth: dict) -> list[dict]:
    from skytruce.extract import extract_claims

    text = (corpus / "articles" / f"{truth['id']}.txt").read_text(encoding="utf-8")
    published = date.fromisoformat(truth["published"]) if truth.get("published") else None
    return [c.to_dict() for c in extract_claims(text, published)]


def score(corpus: Path, only: set[str] | None = None) -> Tally:
    tally = Tally()
    for truth in read_corpus(corpus):
        if only and truth["id"] not in only:
            continue
        score_report(truth, extract(corpus, truth), tally)
    return tally


def print_misses(tally: Tally) -> None:
    grouped: dict[tuple[str, str], list[Miss]] = defaultdict(list)
    for miss in tally.misses:
        grouped[(miss.field, miss.kind)].append(miss)
    for field in FIELDS:
        for (f, kind), misses in sorted(grouped.items()):
            if f != field:
                continue
            print(f"{field} / {kind}: {len(misses)}")
            for miss in misses:
                print(f"    {miss.report}: {miss.detail}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss by field and kind")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--only", nargs="*", help="score only these report ids")
    parser.add_argument("--min", type=float, default=None, help="exit 1 if a field scores below this share")
    args = parser.parse_args()
    if not (args.corpus / "truth.jsonl").exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1
    tally = score(args.corpus, set(args.only) if args.only else None)
    if args.verbose:
        print_misses(tally)
    print(f"extraction accuracy on {args.corpus.name} ({len(read_corpus(args.corpus))} reports)")
    for field, (ok, total) in tally.counts.items():
        if total:
            print(f"{field:17} {ok / total:7.1%}  ({ok}/{total})")
    shares = tally.shares()
    lowest = min(shares, key=shares.get)
    print(f"{'lowest field':17} {shares[lowest]:7.1%}  ({lowest})")
    return 1 if args.min is not None and shares[lowest] < args.min else 0


if __name__ == "__main__":
    sys.exit(main())
