"""Event grouping: how well claims are grouped into waves and incidents, against a gold
grouping written by hand, and three diagnostics on the real ledger.

    python benchmarks/event_grouping.py [-v] [--min-f1 0.95]

The gold (`benchmarks/event_grouping_gold.yaml`) gives, for every truth attack of the dev
corpus (`../shared/corpus/dev/truth.jsonl`) and of the style corpus, and for the tally
rows of the nights the dev corpus reports, the wave or incident it belongs to: facts of
the reports, no text of them. Extracted claims are mapped onto truth attacks by the
accuracy benchmark's own matching, so grouping is measured on what extraction found:
a truth attack the extractor missed, or left undated, is counted apart, not scored.

Scores are B-cubed: for each item, the share of its system event that is in its gold
event (precision) and the share of its gold event that is in its system event (recall),
averaged over items; F1 is their harmonic mean.

The real ledger is the full tally CSV plus the dev corpus, each report ingested with its
publication date from truth.jsonl. On it, three counts that must be zero: events whose
places lie in more than one country, figures whose range mixes claims of different
scopes, and incidents whose city-precision places lie more than 50 km apart. It also
prints the grade distribution, by level.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from datetime import date
from itertools import combinations
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction_accuracy import agreement, date_fits, same_weapon  # noqa: E402  (the accuracy benchmark's matching)

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared"
DEV = SHARED / "corpus" / "dev"
STYLE = HERE / "style_corpus"
TALLY_CSV = SHARED / "data" / "massive-missile-attacks" / "missile_attacks_daily.csv"
GOLD = HERE / "event_grouping_gold.yaml"


def read_truth(corpus: Path) -> list[dict]:
    return [json.loads(line) for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def build_ledger(url: str, corpus: Path | None, tallies: Path | None, only: set[str] | None = None):
    """A fresh ledger of the tally CSV (if given) and the corpus' reports (those in `only`,
    if given: reports with no gold grouping yet would join the events being scored), each
    ingested with its publication date from truth.jsonl. Returns the Skytruce object and a
    map from report id to document id."""
    from skytruce.app import Skytruce
    from skytruce.store import Ledger
    core = Skytruce(Ledger.open(url))
    if tallies is not None:
        core.ingest([str(tallies)])
    documents = {}
    for truth in read_truth(corpus) if corpus else []:
        if only is not None and truth["id"] not in only:
            continue
        published = date.fromisoformat(truth["published"]) if truth.get("published") else None
        report = core.ingest([str(corpus / "articles" / f"{truth['id']}.txt")], published=published)
        documents[truth["id"]] = report.result.document_ids[0]
    return core, documents


def match_attacks(truth: dict, claims: list[dict]) -> dict[int, tuple[int, dict]]:
    """truth attack index -> (claim index, weapon), as the accuracy benchmark pairs them:
    required attacks in order take the unused weapon of their family that agrees best;
    optional ones an unused weapon of their family with an equal figure."""
    outs = [(i, w) for i, c in enumerate(claims) for w in c.get("weapons") or []]
    used: set[int] = set()
    found = {}
    attacks = truth.get("attacks", [])
    for n, a in enumerate(attacks):
        if a.get("optional"):
            continue
        candidates = [(agreement(a, claims[ci], w), -k) for k, (ci, w) in enumerate(outs)
                      if k not in used and same_weapon(a["weapon"], w)]
        if candidates:
            k = -max(candidates)[1]
            used.add(k)
            found[n] = outs[k]
    for n, a in enumerate(attacks):
        if not a.get("optional"):
            continue
        for k, (ci, w) in enumerate(outs):
            if k not in used and same_weapon(a["weapon"], w) and any(
                    a.get(s) is not None and w.get(s) == a[s] for s in ("launched", "destroyed")):
                used.add(k)
                found[n] = (ci, w)
                break
    return found


def tally_row_key(sentence: str) -> str:
    row = next(csv.reader(io.StringIO(sentence)))
    return " | ".join(row[:3] + row[4:5])  # time_start | time_end | model | target


def _event_of(ledger, claim: dict, claim_id: int, weapon: dict | None) -> str | None:
    """The event holding a claim's weapon: its wave, or the incident of the weapon's class
    at the place the weapon is about (a regional breakdown puts each figure in its region)."""
    from sqlalchemy import select

    from skytruce.corroborate import claim_scope
    from skytruce.corroborate.scope import weapon_scopes
    from skytruce.corroborate.settings import settings
    from skytruce.model import Claim
    from skytruce.store.schema import event_claims, events
    with ledger.engine.connect() as conn:
        rows = conn.execute(select(events.c.id, events.c.payload).join(
            event_claims, event_claims.c.event_id == events.c.id).where(event_claims.c.claim_id == claim_id)).all()
    if len(rows) <= 1 or weapon is None:
        return rows[0][0] if rows else None
    model = Claim.from_dict(claim)
    where = weapon_scopes(model, claim_scope(model))[claim["weapons"].index(weapon)][1]
    wanted = settings().weapon_class(weapon.get("category"))
    fits = [eid for eid, payload in rows if payload["weapon_class"] == wanted]
    return next((eid for eid, payload in rows if eid in fits and where.place is not None
                 and where.place.name in payload["places"]), fits[0] if fits else rows[0][0])


def items(core, documents: dict[str, int], corpus: Path, gold: dict, with_tallies: bool) -> tuple[list, Counter]:
    """(item, gold label, system event) for every gold item the system placed in an event,
    and a count of the ones it did not place, by reason."""
    from sqlalchemy import select

    from skytruce.store.schema import claims as claims_table
    from skytruce.store.schema import documents as documents_table
    ledger = core.ledger
    out, missed = [], Counter()
    for truth in read_truth(corpus):
        labels = gold.get(truth["id"])
        if labels is None or truth["id"] not in documents:  # a report added to the corpus since the gold was written
            missed["reports with no gold grouping yet"] += 1
            continue
        if len(labels) != len(truth["attacks"]):
            raise SystemExit(f"gold for {truth['id']}: {len(labels)} labels for {len(truth['attacks'])} truth attacks")
        stored = ledger.list_claims(document_id=documents[truth["id"]], limit=10_000)
        matched = match_attacks(truth, [r["payload"] for r in stored])
        for n, label in enumerate(labels):
            if label is None:
                continue
            if n not in matched:
                missed["not extracted"] += 1
                continue
            claim_index, weapon = matched[n]
            claim = stored[claim_index]["payload"]
            attack = truth["attacks"][n]
            if attack.get("date") and not date_fits(attack["date"], claim):
                missed["dated wrongly by extraction"] += 1
                continue
            if attack.get("attacker") and claim.get("attacker") != attack["attacker"]:
                missed["wrong attacker from extraction"] += 1
                continue
            event = _event_of(ledger, claim, stored[claim_index]["id"], weapon)
            if event is None:
                missed["no date, so in no event"] += 1
                continue
            out.append((f"{truth['id']}#{n}", label, event))
    if with_tallies:
        with ledger.engine.connect() as conn:
            rows = conn.execute(select(claims_table.c.id, claims_table.c.sentence).join(
                documents_table, documents_table.c.id == claims_table.c.document_id)
                .where(documents_table.c.kind == "tally_csv")).all()
        by_key = {tally_row_key(sentence): cid for cid, sentence in rows}
        for key, label in gold["tallies"].items():
            if key not in by_key:
                raise SystemExit(f"gold tally row not in the ledger: {key}")
            out.append((key, label, _event_of(ledger, {}, by_key[key], None)))
    return out, missed


def bcubed(placed: list[tuple[str, str, str]]) -> tuple[float, float, float]:
    by_gold: dict[str, set] = defaultdict(set)
    by_system: dict[str, set] = defaultdict(set)
    for item, label, event in placed:
        by_gold[label].add(item)
        by_system[event].add(item)
    precision = recall = 0.0
    for item, label, event in placed:
        both = len(by_gold[label] & by_system[event])
        precision += both / len(by_system[event])
        recall += both / len(by_gold[label])
    precision, recall = precision / len(placed), recall / len(placed)
    return precision, recall, 2 * precision * recall / (precision + recall)


def disagreements(placed: list[tuple[str, str, str]], keys: dict[str, str]) -> list[str]:
    """Gold events the system splits, and system events that merge gold events, with items."""
    by_gold: dict[str, dict] = defaultdict(lambda: defaultdict(list))
    by_system: dict[str, dict] = defaultdict(lambda: defaultdict(list))
    for item, label, event in placed:
        by_gold[label][keys.get(event, event)].append(item)
        by_system[keys.get(event, event)][label].append(item)
    lines = [f"split: {label} -> " + "; ".join(f"{k} {v}" for k, v in events.items())
             for label, events in sorted(by_gold.items()) if len(events) > 1]
    lines += [f"merged in {event}: " + "; ".join(f"{k} {v}" for k, v in labels.items())
              for event, labels in sorted(by_system.items()) if len(labels) > 1]
    return lines


def diagnostics(core) -> dict[str, list[str]]:
    """The three counts that must be zero, each with the events that break it."""
    from sqlalchemy import select

    from skytruce.corroborate.scope import distance_km
    from skytruce.model import Place
    from skytruce.store.schema import claims as claims_table
    with core.ledger.engine.connect() as conn:
        scope_of = dict(conn.execute(select(claims_table.c.id, claims_table.c.scope)).all())
    found: dict[str, list[str]] = {"events whose places lie in more than one country": [],
                                   "figure ranges that mix scopes": [],
                                   "incidents whose city places lie more than 50 km apart": []}
    for event in core.ledger.events_between():
        countries = {loc["country"] for loc in event["locations"] if loc["country"]}
        if len(countries) > 1:
            found["events whose places lie in more than one country"].append(f"{event['key']}: {sorted(countries)}")
        for w in event["weapons"]:
            for role in ("launched", "destroyed"):
                scopes = {scope_of[c] for c in w[role]["claim_ids"]}
                if len(scopes) > 1:
                    found["figure ranges that mix scopes"].append(f"{event['key']} {w['model'] or w['category']} {role}: "
                                                                  f"{sorted(scopes)}")
        towns = [Place(**loc) for loc in event["locations"] if loc["precision"] == "city" and loc["lat"] is not None]
        far = [(a.name, b.name) for a, b in combinations(towns, 2) if distance_km(a, b) > 50]
        if event["level"] == "incident" and far:
            found["incidents whose city places lie more than 50 km apart"].append(f"{event['key']}: {far}")
    return found


def grades(core) -> dict[str, Counter]:
    by_level: dict[str, Counter] = defaultdict(Counter)
    for event in core.ledger.events_between():
        by_level[event["level"]][event["grade"]] += 1
        by_level["all"][event["grade"]] += 1
    return by_level


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list split and merged events")
    parser.add_argument("--min-f1", type=float, default=None, help="exit 1 if an F1 is below this")
    args = parser.parse_args()
    if not (DEV / "truth.jsonl").exists() or not TALLY_CSV.exists():
        print(f"the dev corpus and the tally CSV are needed beside the project ({SHARED})", file=sys.stderr)
        return 1
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    worst = 1.0
    with tempfile.TemporaryDirectory() as tmp:
        for name, corpus, tallies in (("style corpus", STYLE, None), ("dev corpus + tallies", DEV, TALLY_CSV)):
            start = time.perf_counter()
            labels = gold["style" if corpus == STYLE else "dev"]
            core, documents = build_ledger(f"sqlite:///{tmp}/{corpus.name}.db", corpus, tallies, set(labels))
            built = time.perf_counter() - start
            placed, missed = items(core, documents, corpus, labels | {"tallies": gold["tallies"]}, tallies is not None)
            precision, recall, f1 = bcubed(placed)
            worst = min(worst, f1)
            print(f"{name}: ledger built in {built:.1f} s; {len(placed)} items placed"
                  + "".join(f", {n} {why}" for why, n in missed.items()))
            print(f"  B-cubed precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
            if tallies is not None:
                reports = [p for p in placed if "|" not in p[0]]
                print("  the reports' items alone (tally rows left out): precision {:.3f}  recall {:.3f}  F1 {:.3f}"
                      .format(*bcubed(reports)))
            if args.verbose:
                keys = {e["id"]: e["key"] for e in core.ledger.events_between()}
                for line in disagreements(placed, keys):
                    print(f"    {line}")
        print("real ledger (tally CSV + dev corpus):")
        for what, hits in diagnostics(core).items():
            print(f"  {what}: {len(hits)}")
            for hit in hits[:20] if args.verbose else []:
                print(f"    {hit}")
        for level, counts in sorted(grades(core).items()):
            print(f"  grades, {level}: " + ", ".join(f"{g} {n}" for g, n in counts.most_common()))
    return 1 if args.min_f1 is not None and worst < args.min_f1 else 0


if __name__ == "__main__":
    sys.exit(main())
