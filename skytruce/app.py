"""The one library object the CLI, API and web drive: a ledger plus the pipeline stages.

Reads every input first, extracts claims, and only then writes: a bad input stops the
whole write (all or nothing) unless `skip_bad` asks to land the good part.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from skytruce.errors import InputError, InputErrors
from skytruce.extract import extract_document
from skytruce.ingest import LoadedInputs, load_inputs
from skytruce.ingest.tallies import write_rejected
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


class Skytruce:
    def __init__(self, ledger: Ledger | None = None):
        self.ledger = ledger or Ledger.open()

    def ingest(self, inputs: Iterable[str], skip_bad: bool = False, rejected_dir: Path | None = None,
               progress: Callable[[str], None] | None = None) -> IngestReport:
        """Ingest paths, directories and URLs (documents, feeds and tally CSVs alike)."""
        loaded = load_inputs(inputs, progress=progress)
        if loaded.errors and not skip_bad:
            raise InputErrors(loaded.errors)
        for doc in loaded.documents:
            doc.claims = extract_document(doc)
        report = IngestReport(IngestResult(), loaded)
        for tally in loaded.tallies:
            if tally.rejected_lines:
                target = (rejected_dir or Path(".")) / f"rejected-{Path(tally.document.location).stem}.csv"
                write_rejected(tally, target)
                report.rejected_files.append(target)
        report.result = self.ledger.add(
            loaded.documents, [(t.document, t.claims) for t in loaded.tallies])
        return report
