"""The one library object the CLI, API and web drive: a ledger plus the pipeline stages.

Reads and extracts every input first, one at a time (each document is set aside on disk,
so memory does not grow with the number of reports), and only then writes: a bad input
stops the whole write (all or nothing) unless `skip_bad` asks to land the good part.
"""

from __future__ import annotations

import gc
import pickle
import tempfile
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Callable, Iterable, Iterator

from skytruce.corroborate import claim_scope, corroborate, event_id, is_aggregate, matching_incident, wave_key
from skytruce.corroborate.scope import ClaimScope
from skytruce.corroborate.settings import settings
from skytruce.errors import InputError, InputErrors
from skytruce.ingest import LoadedInputs, expand, read_one
from skytruce.ingest.tallies import TallyFile, write_rejected
from skytruce.model import Claim, ClaimRecord, Document
from skytruce.sections import each_claim
from skytruce.store import IngestResult, Ledger

if TYPE_CHECKING:  # the extractor and the ceasefire module (shapely) load when first used
    from skytruce.ceasefire import Ceasefire, ComplianceReport, Coverage

WAVES_AT_ONCE = 200  # waves regrouped together: memory holds their claims, never all the new ones'
CLAIMS_SET_ASIDE = 500  # claims written to (and read back from) the spool together
RECORDS_KEPT = 5_000  # new claims kept in memory for regrouping; those beyond are read back a few waves at a time


@dataclass
class IngestReport:
    """What an ingest did, for people: counts, per-input outcome, rejected rows file."""

    result: IngestResult
    loaded: LoadedInputs
    rejected_files: list[Path] = field(default_factory=list)

    @property
    def errors(self) -> list[InputError]:
        return self.loaded.errors


def _extract_and_set_aside(docs: list[Document], spool: IO[bytes], published: date | None, url: str | None,
                           lang: str | None) -> None:
    """Find each document's claims and set the document aside on disk, then its claims a
    batch at a time as they are found, emptying `docs`: neither a document nor all of a long
    one's claims stay in memory."""
    from skytruce.extract import detect_language
    while docs:
        doc = docs.pop(0)
        doc.published, doc.location = published or doc.published, url or doc.location
        doc.language = lang or detect_language(doc.text)
        pickle.dump(doc, spool, protocol=pickle.HIGHEST_PROTOCOL)
        found = each_claim(doc.text, doc.published, doc.language)
        while batch := list(islice(found, CLAIMS_SET_ASIDE)):
            pickle.dump(batch, spool, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(None, spool)  # the end of this document's claims


def _set_aside_documents(spool: IO[bytes]) -> Iterator[Document]:
    """The documents set aside, read back one at a time, each with its claims read as they
    are consumed (those a reader leaves are passed over before the next document)."""
    spool.seek(0)
    while True:
        try:
            doc = pickle.load(spool)
        except EOFError:
            return
        batches = iter(lambda: pickle.load(spool), None)
        doc.claims = (claim for batch in batches for claim in batch)
        yield doc
        for _ in batches:
            pass


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cycle collection during a write: it makes many objects that live until it ends
    (claims, their records, the events built) and few cycles, and the collector would walk
    every live object again and again as they pile up (a fifth of a tally import's time).
    What is left in cycles is collected as usual afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _wave_key(claim: Claim, scope: ClaimScope | None = None) -> tuple[str | None, str]:
    """The key of the wave a claim belongs to, and its scope's level (`scope` where already known)."""
    scope = scope or claim_scope(claim)
    return wave_key(claim, scope), scope.level


def _scopes_of(records: list[ClaimRecord], scoped: dict[int, tuple[Claim, ClaimScope]]) -> dict[int, ClaimScope]:
    """The scopes already worked out for these very claim objects (not for others that
    happen to share an id() later), by claim id."""
    scopes = {}
    for r in records:
        hit = scoped.get(id(r.claim))
        if hit is not None and hit[0] is r.claim:
            scopes[r.claim_id] = hit[1]
    return scopes


def _wave_keys(records: list[ClaimRecord]) -> tuple[dict[int, str | None], dict[int, str]]:
    """Each claim's wave key and scope, by claim id."""
    keyed = {r.claim_id: _wave_key(r.claim) for r in records}
    return {cid: key for cid, (key, _) in keyed.items()}, {cid: level for cid, (_, level) in keyed.items()}


@dataclass
class _Keying:
    """A write's wave keys, given to each new claim as it is written, and the first few
    thousand claims' records and scopes, kept to regroup them without reading them back."""

    known: dict[int, ClaimRecord] = field(default_factory=dict)
    scoped: dict[int, tuple[Claim, ClaimScope]] = field(default_factory=dict)  # the scope each kept claim was keyed by, by id()

    def key_of(self, claim: Claim) -> tuple[str | None, str]:
        scope = claim_scope(claim)
        if len(self.scoped) < RECORDS_KEPT:
            self.scoped[id(claim)] = (claim, scope)
        return _wave_key(claim, scope)

    def keep(self, records: list[ClaimRecord]) -> None:
        if len(self.known) < RECORDS_KEPT:
            self.known.update((r.claim_id, r) for r in records)


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
        files, skipped = expand(inputs)
        loaded = LoadedInputs(skipped=skipped)
        single = bool(published or url)
        not_single = InputError(", ".join(inputs), "--published and --url describe one report; give a single "
                                                   "report (not a directory, feed or tally)")
        if single and len(files) != 1:
            raise not_single
        with tempfile.TemporaryFile() as spool:
            for item in files:
                try:
                    result = read_one(item)
                except InputError as exc:
                    loaded.errors.append(exc)
                    result = []
                if isinstance(result, TallyFile):
                    if single:
                        raise not_single
                    loaded.tallies.append(result)
                    loaded.errors.extend(result.errors)
                elif single and len(result) != 1:
                    raise not_single
                if isinstance(result, list):
                    _extract_and_set_aside(result, spool, published, url, lang)
                if progress:
                    progress(item)
            if loaded.errors and not skip_bad:
                raise InputErrors(loaded.errors)
            report = IngestReport(IngestResult(), loaded)
            for tally in loaded.tallies:
                if tally.rejected_lines:
                    target = (rejected_dir or Path(".")) / f"rejected-{Path(tally.document.location).stem}.csv"
                    write_rejected(tally, target)
                    report.rejected_files.append(target)
            report.result = self.store(_set_aside_documents(spool), loaded.tallies)
        return report

    def ingest_text(self, text: str, location: str, title: str | None = None, published=None) -> IngestReport:
        """Ingest a report given as text (pasted, or posted to the API)."""
        from skytruce.extract import extract_document
        from skytruce.ingest.text import read_text
        doc = read_text(text.encode("utf-8"), location)
        doc.title = title or doc.title
        doc.published = published or doc.published
        doc.claims = extract_document(doc)
        return IngestReport(self.store([doc]), LoadedInputs())

    def store(self, docs: Iterable[Document], tallies: Iterable[TallyFile] = (), regroup: bool = True) -> IngestResult:
        """Write documents whose claims are extracted, and tallies, and regroup the waves
        they touch (and those a revised report's old claims leave), in one transaction: a
        reader sees the new claims with their events or neither. A caller storing many at
        once may regroup once for all of them (`update_events` with each result's
        `new_records` and `superseded_keys`). Regrouping at once, each claim is written with
        its wave key, and only the first few thousand claims are kept in memory: memory
        stays the same however many are written."""
        tallies = [(t.document, t.claims) for t in tallies]
        if not regroup:
            return self.ledger.add(docs, tallies)
        keys = _Keying()
        with _collector_paused(), self.ledger.writing() as conn:
            result = self.ledger.add(docs, tallies, stored=keys.keep, key_of=keys.key_of, conn=conn)
            self._regroup(result.wave_keys | set(result.superseded_keys), keys.known, conn, keys.scoped)
        return result

    def reextract(self, progress: Callable[[str], None] | None = None) -> IngestResult:
        """Read every stored report again with the extractor as it is now (in the language
        stored with it): claims it no longer gives are withdrawn, new ones added, and the
        waves either touches regrouped, all in one transaction. Run after an upgrade, so a
        ledger gains what the extractor has learnt since its reports were ingested; running
        it again changes nothing."""
        from skytruce.extract import extract_document
        keys = _Keying()
        result = IngestResult()
        with _collector_paused(), self.ledger.writing() as conn:
            for doc_id, doc in self.ledger.current_documents(conn):
                doc.claims = extract_document(doc, doc.language)
                self.ledger.reread(conn, doc_id, doc, result, stored=keys.keep, key_of=keys.key_of)
                result.documents_unchanged += 1
                if progress:
                    progress(doc.location)
            self._regroup(result.wave_keys | set(result.superseded_keys), keys.known, conn, keys.scoped)
        return result

    def update_events(self, new: list[ClaimRecord] | None = None, also: Iterable[str] = ()) -> int:
        """Regroup and regrade the waves (and their incidents) of newly stored claims, and
        the waves keyed `also` (those a revised report's old claims left), every event when
        `new` is None. Only the waves of those keys are touched. Returns how many events
        were built."""
        if new is None:
            with self.ledger.writing() as conn:  # one updater at a time: each sees every claim committed before it
                records = self.ledger.claim_records(conn=conn)
                keys, levels = _wave_keys(records)
                built = self._build(records, conn)
                self.ledger.replace_events(keys, levels, built, None, conn=conn)
                return len(built)
        keys, levels = _wave_keys(new)
        if keys:
            self.ledger.replace_events(keys, levels, [], [])  # record the keys first, then gather every claim of them
        return self._regroup({k for k in keys.values() if k} | set(also), {r.claim_id: r for r in new})

    def _regroup(self, waves: set[str], known: dict[int, ClaimRecord], conn=None,
                 scoped: dict[int, tuple[Claim, ClaimScope]] | None = None) -> int:
        """Rebuild the waves of these keys from every claim keyed to them, a few hundred
        waves at a time (reusing the records in `known` and the scopes in `scoped`), in the
        caller's write transaction `conn` where given."""
        affected, count = sorted(waves), 0
        if not affected:
            return 0
        # one updater at a time: each sees every claim committed before it
        with (nullcontext(conn) if conn is not None else self.ledger.writing()) as conn:
            for i in range(0, len(affected), WAVES_AT_ONCE):  # memory holds these waves' claims
                chunk = affected[i:i + WAVES_AT_ONCE]
                records = self.ledger.claim_records(event_keys=chunk, known=known, conn=conn)
                built = self._build(records, conn, _scopes_of(records, scoped or {}))
                self.ledger.replace_events({}, {}, built, [event_id(k) for k in chunk], conn=conn)
                count += len(built)
        return count

    def _build(self, records: list[ClaimRecord], conn, scopes: dict[int, ClaimScope] | None = None) -> list[dict]:
        """The waves and incidents of these claims, cross-checked against the tallies of their window."""
        windows = [(r.claim.time.start, r.claim.time.end) for r in records
                   if is_aggregate(r.claim) and r.claim.time.start and not r.is_tally]
        tallies = self.ledger.tally_records(min(w[0] for w in windows), max(w[1] for w in windows),
                                            conn=conn) if windows else []
        return [e.to_dict() for e in corroborate(records, tallies, scopes)]

    def recover(self) -> int:
        """Finish what a writer killed between its steps left undone: claims stored but never
        grouped, and waves still holding the claims of a superseded revision. Returns how
        many events were rebuilt (0 when the ledger was consistent)."""
        stale, never = self.ledger.unfinished_grouping()
        return self.update_events(never, also=stale) if stale or never else 0

    def stored_ceasefire(self, name: str) -> Ceasefire | None:
        """A ceasefire the ledger holds, as the model; None when there is none by that name."""
        from skytruce.ceasefire import build
        definition = self.ledger.ceasefire(name)
        return None if definition is None else build(definition, name)

    def compliance_report(self, truce: Ceasefire, min_grade: str = "weak", until: date | None = None
                          ) -> ComplianceReport:
        """Read only what the report counts: the truce's window first (it fixes how long the
        window is), then a baseline of the same length before the start. Waves that ended a
        few days after an edge may have begun before it, so a margin is read around each."""
        from skytruce.ceasefire import compliance, report_span
        margin = timedelta(days=settings().max_event_days + 1)
        known_end = truce.end or (max(until, truce.start) if until else None)
        window = list(self.ledger.events_between(truce.start - timedelta(days=1), known_end + margin if known_end else None))
        since_start = [e for e in window if e["end"] >= truce.start.isoformat()]
        first, _ = report_span(truce, since_start, until).read
        before = list(self.ledger.events_between(first, truce.start - timedelta(days=2)))
        return compliance(truce, before + window, min_grade, until=until)

    def what_if(self, truce: Ceasefire, start: date, end: date) -> dict[str, Coverage]:
        """What `truce` would have covered had it applied from `start` to `end`."""
        from skytruce.ceasefire import what_if
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
