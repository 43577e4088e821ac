"""What a poll brought: the body of a feed, a page or a tally CSV turned into documents
(by the ingest readers), the ones the ledger already holds left out before any
extraction, and the source's claimant given to claims that name no one."""

from __future__ import annotations

from dataclasses import dataclass, field

from skytruce.errors import InputError
from skytruce.extract import extract_document
from skytruce.ingest.feeds import looks_like_feed, read_feed
from skytruce.ingest.html import canonical_url, read_html
from skytruce.ingest.tallies import TallyFile, read_tally
from skytruce.model import Claimant, Document
from skytruce.reference import source_registry
from skytruce.watch.config import Source
from skytruce.watch.http import Fetched

CONTENT_KINDS = {"text/csv": "tally", "application/csv": "tally", "text/html": "page", "application/xhtml+xml": "page"}


@dataclass
class Items:
    """The new documents of one poll, ready to store, and how many it carried in all."""

    documents: list[Document] = field(default_factory=list)
    tallies: list[TallyFile] = field(default_factory=list)
    seen: int = 0
    rejected_rows: int = 0


def kind_of(source: Source, fetched: Fetched) -> str:
    if source.kind:
        return source.kind
    if fetched.body is not None and looks_like_feed(fetched.body):
        return "feed"
    return CONTENT_KINDS.get(fetched.content_type or "", "page")


def read(source: Source, fetched: Fetched) -> Items:
    """Parse a body; raises InputError naming the URL when it is not what it should be."""
    kind, body, where = kind_of(source, fetched), fetched.body or b"", fetched.url
    if kind == "tally":
        tally = read_tally(body, source.url)
        if not tally.claims and tally.errors:
            raise tally.errors[0]
        return Items(tallies=[tally], seen=len(tally.claims), rejected_rows=len(tally.errors))
    if kind == "feed":
        if not looks_like_feed(body):
            raise InputError(where, "not an RSS or Atom feed")
        try:
            docs = read_feed(body, where)
        except InputError as exc:
            if exc.reason != "feed has no entries":  # a feed with nothing in it yet is no error to a watcher
                raise
            docs = []
    else:
        url = canonical_url(body, where) or (None if source.is_local else where)
        docs = [read_html(body, url or where, url=url)]
    return Items(documents=docs, seen=len(docs))


def only_new(items: Items, known: set[str]) -> Items:
    """Leave out the documents the ledger holds (by raw or text hash) and repeats within
    the poll itself."""
    fresh, hashes = [], set()
    for doc in items.documents:
        if {doc.raw_sha256, doc.text_sha256} & (known | hashes):
            continue
        hashes.update((doc.raw_sha256, doc.text_sha256))
        fresh.append(doc)
    return Items(fresh, items.tallies, items.seen, items.rejected_rows)


def extract(items: Items, claimant: str | None) -> None:
    """Extract each new document's claims; a claim in the report's own voice is the
    source's claimant speaking, when the sources file names one."""
    speaker = source_registry().lookup(claimant) if claimant else None
    for doc in items.documents:
        doc.claims = extract_document(doc)
        if speaker is None:
            continue
        doc.publisher = doc.publisher or speaker.name
        for claim in doc.claims:
            if claim.claimant is None:
                claim.claimant = Claimant(speaker.name, speaker.party, speaker.type)
