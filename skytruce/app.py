"""The one library object the CLI, API and web drive: a ledger plus the pipeline stages.

Reads every input first, extracts claims, and only then writes: a bad input stops the
whole write (all or nothing) unless `skip_bad` asks to land the good part.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Callable, Iterable

from skytruce.ceasefire import (
    Ceasefire,
    ComplianceReport,
    Coverage,
    build,
    compliance,
    report_span,
    what_if,
)
from skytruce.corroborate import claim_scope, corroborate, event_id, is_aggregate, matching_incident, wave_key
from skytruce.corroborate.settings import settings
from skytruce.errors import InputError, InputErrors
from skytruce.extract import extract_document
from skytruce.ingest import LoadedInputs, load_inputs
from skytruce.ingest.tallies import TallyFile, write_rejected
from skytruce.model import Claim, ClaimRecord, Document
from skytruce.store import IngestResult, Ledger


@dataclass
class IngestReport:
    """What an ingest did, for people: counts, per-input outcome, rejected rows file."""

    result: IngestResult
    loaded: LoadedInputs
    rejected_files: list[Path] = field(default_factory=list)

    @property
    def errors(self) -> list[InputError]:
        return self.loaded.errors


def _wave_keys(records: list[ClaimRecord]) -> tuple[dict[int, str | None], dict[int, str]]:
    """Each claim's wave key and scope, by claim id."""
    scopes = {r.claim_id: claim_scope(r.claim) for r in records}
    return ({r.claim_id: wave_key(r.claim, scopes[r.claim_id]) for r in records},
            {cid: scope.level for cid, scope in scopes.items()})


class Skytruce:
    def __init__(self, ledger: Ledger | None = None):
        self.ledger = ledger or Ledger.open()
        if self.ledger.regroup:  # just upgraded from before waves and incidents: regroup every claim once
            self.update_events()
            self.ledger.regroup = False

    def ingest(self, inputs: Iterable[str], skip_bad: bool = False, rejected_dir: Path | None = None,
               progress: Callable[[str], None] | None = None, published: date | None = None,
               url: str | None = None, lang: str | None = None) -> IngestReport:
        """Ingest paths, directories and URLs (documents, feeds and tally CSVs alike).
        `published` and `url` say when and where a single report appeared (they win over
        its front matter and what its text suggests); `lang` what language the reports are
        in (else detected per report)."""
        inputs = list(inputs)
        loaded = load_inputs(inputs, progress=progress)
        if loaded.errors and not skip_bad:
            raise InputErrors(loaded.errors)
        if published or url:
            if len(loaded.documents) != 1 or loaded.tallies:
                raise InputError(", ".join(inputs), "--published and --url describe one report; give a single "
                                                    "report (not a directory, feed or tally)")
            doc = loaded.documents[0]
            doc.published, doc.location = published or doc.published, url or doc.location
        for doc in loaded.documents:
            doc.claims = extract_document(doc, lang)
        report = IngestReport(IngestResult(), loaded)
        for tally in loaded.tallies:
            if tally.rejected_lines:
                target = (rejected_dir or Path(".")) / f"rejected-{Path(tally.document.location).stem}.csv"
                write_rejected(tally, target)
                report.rejected_files.append(target)
        report.result = self.store(loaded.documents, loaded.tallies)
        return report

    def ingest_text(self, text: str, location: str, title: str | None = None, published=None) -> IngestReport:
        """Ingest a report given as text (pasted, or posted to the API)."""
        from skytruce.ingest.text import read_text
        doc = read_text(text.encode("utf-8"), location)
        doc.title = title or doc.title
        doc.published = published or doc.published
        doc.claims = extract_document(doc)
        return IngestReport(self.store([doc]), LoadedInputs(documents=[doc]))

    def store(self, docs: list[Document], tallies: Iterable[TallyFile] = (), regroup: bool = True) -> IngestResult:
        """Write documents whose claims are extracted, and tallies, in one transaction; then
        regroup the waves they touch (and those a revised report's old claims leave). A
        caller storing many at once may regroup once for all of them (`update_events` with
        each result's `new_records` and `superseded_keys`)."""
        result = self.ledger.add(docs, [(t.document, t.claims) for t in tallies])
        if regroup:
            self.update_events(result.new_records, also=result.superseded_keys)
        return result

    def update_events(self, new: list[ClaimRecord] | None = None, also: Iterable[str] = ()) -> int:
        """Regroup and regrade the waves (and their incidents) of newly stored claims, and
        the waves keyed `also` (those a revised report's old claims left), every event when
        `new` is None. Only the waves of those keys are touched. Returns how many events
        were built."""
        also = set(also)
        if new is not None and not new and not also:
            return 0
        everything = new is None
        if not everything:
            keys, levels = _wave_keys(new)
            self.ledger.replace_events(keys, levels, [], [])  # record the keys first, then gather every claim of them
            affected = sorted({k for k in keys.values() if k} | also)
        with self.ledger.writing() as conn:  # one updater at a time: each sees every claim committed before it
            if everything:
                records = self.ledger.claim_records()
                keys, levels = _wave_keys(records)
            else:
                records = self.ledger.claim_records(event_keys=affected, known={r.claim_id: r for r in new})
            windows = [(r.claim.time.start, r.claim.time.end) for r in records
                       if is_aggregate(r.claim) and r.claim.time.start and not r.is_tally]
            tallies = self.ledger.tally_records(min(w[0] for w in windows), max(w[1] for w in windows)) if windows else []
            built = [e.to_dict() for e in corroborate(records, tallies)]
            self.ledger.replace_events(keys if everything else {}, levels, built,
                                       None if everything else [event_id(k) for k in affected], conn=conn)
        return len(built)

    def recover(self) -> int:
        """Finish what a writer killed between its steps left undone: claims stored but never
        grouped, and waves still holding the claims of a superseded revision. Returns how
        many events were rebuilt (0 when the ledger was consistent)."""
        stale, never = self.ledger.unfinished_grouping()
        return self.update_events(never, also=stale) if stale or never else 0

    def stored_ceasefire(self, name: str) -> Ceasefire | None:
        """A ceasefire the ledger holds, as the model; None when there is none by that name."""
        definition = self.ledger.ceasefire(name)
        return None if definition is None else build(definition, name)

    def compliance_report(self, truce: Ceasefire, min_grade: str = "weak", until: date | None = None
                          ) -> ComplianceReport:
        """Read only what the report counts: the truce's window first (it fixes how long the
        window is), then a baseline of the same length before the start. Waves that ended a
        few days after an edge may have begun before it, so a margin is read around each."""
        margin = timedelta(days=settings().max_event_days + 1)
        known_end = truce.end or (max(until, truce.start) if until else None)
        window = list(self.ledger.events_between(truce.start - timedelta(days=1), known_end + margin if known_end else None))
        since_start = [e for e in window if e["end"] >= truce.start.isoformat()]
        first, _ = report_span(truce, since_start, until).read
        before = list(self.ledger.events_between(first, truce.start - timedelta(days=2)))
        return compliance(truce, before + window, min_grade, until=until)

    def what_if(self, truce: Ceasefire, start: date, end: date) -> dict[str, Coverage]:
        """What `truce` would have covered had it applied from `start` to `end`."""
        return what_if(truce, list(self.ledger.events_between(start, end)), start, end)

    def check(self, claims: list[Claim]) -> list[dict]:
        """Each claim against the ledger: the wave or incident it would join, and whether its
        figures support or contradict what that event holds (nothing is stored)."""
        tolerance = settings()
        results = []
        for claim in claims:
            scope = claim_scope(claim)
            key = wave_key(claim, scope)
            wave = self.ledger.event(event_id(key)) if key else None
            joined = {cls: wave if scope.level == "national" else matching_incident(scope, cls, wave["incidents"])
                      for cls in {tolerance.weapon_class(w.category) for w in claim.weapons} or {None}} if wave else {}
            event = next((e for e in joined.values() if e), None)
            verdicts = []
            if event is None:
                verdicts.append(("no event in the ledger yet" if key else "no date: cannot be placed in an event")
                                + (f" (its wave {wave['id']} has no {scope.level} incident here)" if wave else ""))
            else:
                for w in claim.weapons:
                    holder = joined.get(tolerance.weapon_class(w.category)) or {"weapons": []}
                    same = [e for e in holder["weapons"] if e["model"] == w.model and e["category"] == w.category]
                    same = same or [e for e in holder["weapons"] if not w.model and e["category"] == w.category]
                    for e in same:
                        for slot in ("launched", "destroyed"):
                            mine, theirs = getattr(w, slot), e[slot]["value"]
                            if mine is None or theirs is None:
                                continue
                            label = f"{w.model or w.category} {slot}"
                            if tolerance.disagree(mine, theirs):
                                verdicts.append(f"contradicts: {label} {mine} vs {theirs} ({e[slot]['source']})")
                            else:
                                verdicts.append(f"supports: {label} {mine} (event shows {theirs}, {e[slot]['source']})")
                if not verdicts:
                    verdicts.append("joins the event; no figures to compare")
            results.append({"claim": claim.to_dict(), "event_id": event["id"] if event else None,
                            "event_grade": event["grade"] if event else None, "verdicts": verdicts})
        return results
