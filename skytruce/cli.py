"""The `skytruce` command line: a thin shell over the library (typer + rich).

Exit codes: 0 ok, 1 bad input (one line per problem, naming file, line and field),
2 usage. Nothing here holds logic beyond parsing options and printing results.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from contextlib import nullcontext
from datetime import date, timedelta
from enum import Enum
from importlib import resources as pkg_resources
from pathlib import Path
from textwrap import indent
from typing import Iterable, Iterator, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from skytruce.errors import InputError, InputErrors, SkytruceError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="skytruce: evidence-graded monitor of aerial strikes.")
db_app = typer.Typer(no_args_is_help=True, help="Ledger database maintenance.")
app.add_typer(db_app, name="db")
ceasefire_app = typer.Typer(no_args_is_help=True, help="Declare ceasefires and measure compliance.")
app.add_typer(ceasefire_app, name="ceasefire")
out = Console()
err = Console(stderr=True)


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class Lang(str, Enum):
    """The languages the extractor reads."""

    en = "en"
    uk = "uk"
    ru = "ru"


def _core(ledger=None):
    """The library object over `ledger` or the configured one (upgraded, and regrouped if
    the upgrade asks)."""
    from skytruce.app import Skytruce
    from skytruce.store import Ledger
    return Skytruce(ledger or Ledger.open())


def _ledger():
    """The configured ledger, upgraded; the library (and the extractor it loads) only when
    the upgrade asks for a regrouping, so that listings start quickly."""
    from skytruce.store import Ledger
    ledger = Ledger.open()
    return _core(ledger).ledger if ledger.regroup else ledger


def _fail(errors: Iterable[SkytruceError | str]) -> None:
    for e in errors:
        err.print(f"[red]error:[/red] {e}", highlight=False, markup=True, soft_wrap=True)
    raise typer.Exit(1)


def _parse_date(value: Optional[str], option: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a YYYY-MM-DD date", param_hint=option) from None


def _emit(rows: Iterable[dict], fmt: Format, columns: list[str], title: str) -> None:
    """Rows as a table, or as JSON or CSV written a row at a time (an export of every row
    holds one row in memory)."""
    if fmt is Format.json:
        first = True
        for row in rows:
            sys.stdout.write(("[\n" if first else ",\n") + json.dumps(row, default=str, ensure_ascii=False, indent=2))
            first = False
        sys.stdout.write("[]\n" if first else "\n]\n")
    elif fmt is Format.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        table = Table(title=title)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        out.print(table)


TABLE_PAGE = 100
LIMIT_HELP = "At most this many rows. Tables show a page of 100 unless told; exports hold every matching row."


def _page_note(shown: int, total: int) -> None:
    """Under a table that holds a page of the listing: how much more there is."""
    if total > shown:
        out.print(f"showing {shown:,} of {total:,} (--limit N for more; --format csv or json for every row)",
                  highlight=False)


def _with_progress(items: list[str], label: str):
    """A progress callback (and the bar) when there is enough to wait for."""
    if len(items) < 4 or not sys.stderr.isatty():
        return None, None
    progress = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                        console=err, transient=True)
    task = progress.add_task("", total=len(items))
    return progress, (lambda item: progress.update(task, advance=1, description=Path(item).name))


@app.command()
def ingest(
    inputs: list[str] = typer.Argument(..., help="Files, directories or http(s) URLs."),
    skip_bad: bool = typer.Option(False, "--skip-bad", help="Land the good inputs and rows; write rejected tally rows to a file."),
    rejected_dir: Path = typer.Option(Path("."), "--rejected-dir", help="Where --skip-bad writes rejected tally rows."),
    published: Optional[str] = typer.Option(None, "--published", help="When the single report given appeared (YYYY-MM-DD)."),
    url: Optional[str] = typer.Option(None, "--url", help="Where the single report given appeared (its http(s) address)."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="The reports' language (en, uk, ru); detected when not given."),
) -> None:
    """Ingest reports (HTML, text, Markdown, RSS/Atom), tally CSVs and URLs into the ledger.
    Saved .txt and .md reports may start with YAML front matter (url, published, title, source)."""
    from skytruce.ingest import expand
    files, _ = expand(inputs)
    when = _parse_date(published, "--published")
    if (when or url) and len(files) != 1:
        raise typer.BadParameter("--published and --url describe one report; give a single file or URL",
                                 param_hint="--published/--url")
    if url and not url.startswith(("http://", "https://")):
        raise typer.BadParameter(f"{url!r} is not an http(s) address", param_hint="--url")
    progress, tick = _with_progress(files, "reading")
    try:
        with progress or nullcontext():
            report = _core().ingest(inputs, skip_bad=skip_bad, rejected_dir=rejected_dir, progress=tick,
                                    published=when, url=url, lang=lang.value if lang else None)
    except InputErrors as exc:
        _fail(exc.errors + ["nothing was written to the ledger (use --skip-bad to land the good part)"])
    result = report.result
    out.print(f"documents: {result.documents_added} added, {result.documents_unchanged} already in the ledger; "
              f"claims: {result.claims_added} added, {result.claims_unchanged} already in the ledger")
    if result.documents_added == 0 and result.claims_added == 0:
        out.print("nothing new: every input was already ingested")
    for error in report.errors:
        err.print(f"[yellow]skipped:[/yellow] {error}", highlight=False)
    for path in report.rejected_files:
        err.print(f"rejected rows written to {path}")
    for name in report.loaded.skipped:
        err.print(f"[dim]ignored (not a known input type): {name}[/dim]")


@app.command()
def reextract() -> None:
    """Read every stored report again with this version's extractor: claims it no longer
    finds are withdrawn (kept in the ledger, marked superseded), new ones added, and the
    events they touch regrouped, in one transaction. Running it again changes nothing."""
    result = _core().reextract()
    out.print(f"reports read again: {result.documents_unchanged}; claims: {result.claims_unchanged} unchanged, "
              f"{result.claims_added} new, {result.claims_withdrawn} withdrawn")


@app.command("import-tallies")
def import_tallies(
    file: Path = typer.Argument(..., help="A tally CSV: the 'Massive Missile Attacks on Ukraine' format or skytruce's native format."),
    skip_bad: bool = typer.Option(False, "--skip-bad", help="Land the good rows; write the rejected ones to a file."),
    rejected_dir: Path = typer.Option(Path("."), "--rejected-dir", help="Where --skip-bad writes rejected rows."),
) -> None:
    """Import a tally CSV as claims (all rows or none, unless --skip-bad)."""
    if file.suffix.lower() != ".csv":
        _fail([InputError(str(file), "a tally file must be a .csv")])
    try:
        report = _core().ingest([str(file)], skip_bad=skip_bad, rejected_dir=rejected_dir)
    except InputErrors as exc:
        _fail(exc.errors + [f"{len(exc.errors)} bad row(s); nothing was imported (use --skip-bad to import the good rows)"])
    result = report.result
    rejected = sum(len(t.rejected_lines) for t in report.loaded.tallies)
    out.print(f"rows: {result.claims_added} imported, {result.claims_unchanged} already in the ledger, {rejected} rejected")
    for path in report.rejected_files:
        err.print(f"rejected rows written to {path}")


def _documents(paths: list[str], published: date | None, errors: list, lang: Lang | None = None) -> Iterator[tuple]:
    """Each input read, one document at a time, with its claims as they are found (a
    tally's rows, or what the extractor finds in a report, in `lang` or the language
    detected, dated against `published` where given); nothing is stored. Inputs that cannot
    be read are added to `errors`."""
    from skytruce.extract import detect_language
    from skytruce.ingest import expand, read_one
    from skytruce.ingest.tallies import TallyFile
    from skytruce.sections import each_claim
    files, _ = expand(paths)
    for item in files:
        try:
            result = read_one(item)
        except InputError as exc:
            errors.append(exc)
            continue
        if isinstance(result, TallyFile):
            errors.extend(result.errors)
            yield result.document, (claim for _, claim in result.claims)
            continue
        for doc in result:
            doc.language = lang.value if lang else detect_language(doc.text)
            yield doc, each_claim(doc.text, published or doc.published, doc.language)


def _read_documents(paths: list[str], published: date | None = None, lang: Lang | None = None) -> list:
    """Every input with its claims, or exit 1 naming each that cannot be read."""
    errors: list = []
    docs = []
    for doc, claims_found in _documents(paths, published, errors, lang):
        doc.claims = list(claims_found)
        docs.append(doc)
    if errors:
        _fail(errors)
    return docs


def _json_lines(value, margin: str) -> str:
    return indent(json.dumps(value, ensure_ascii=False, indent=2), margin)


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, directories or URLs to read (nothing is stored)."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD for relative dates."),
    fmt: Format = typer.Option(Format.json, "--format", help="json (the extraction contract) or table."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="The reports' language (en, uk, ru); detected when not given."),
) -> None:
    """Print the claims found in each input, as the JSON contract of DESIGN.md, written as
    they are found. Inputs that cannot be read are named at the end (exit 1)."""
    when = _parse_date(published, "--published")
    errors: list = []
    docs = _documents(paths, when, errors, lang)
    if fmt is Format.json:
        write = sys.stdout.write
        write('{"documents": [')
        for n, (doc, claims_found) in enumerate(docs):
            head = {"path": doc.location, "title": doc.title,
                    "published": (when or doc.published).isoformat() if (when or doc.published) else None,
                    "language": doc.language, "text_sha256": doc.text_sha256}
            write(("\n" if n == 0 else ",\n") + _json_lines(head, "  ")[:-4] + ',\n    "claims": [')
            for m, claim in enumerate(claims_found):
                write(("\n" if m == 0 else ",\n") + _json_lines(claim.to_dict(), "      "))
            write("\n    ]\n  }")
        write("\n]}\n")
    else:
        from skytruce.report import claim_rows
        rows = [row | {"document": doc.location} for doc, found in docs for row in claim_rows([c.to_dict() for c in found])]
        _emit(rows, Format.table, ["document", "claimant", "attacker", "weapon", "launched", "destroyed", "date", "places", "status"], "claims")
    if errors:
        _fail(errors + ["the claims of every other input are above"])


@app.command()
def analyze(
    path: str = typer.Argument(..., help="One report: file or URL."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="The report's language (en, uk, ru); detected when not given."),
) -> None:
    """A readable report of one document: its claims, each sentence with the figures highlighted."""
    from skytruce.report import analyse_report
    for doc in _read_documents([path], _parse_date(published, "--published"), lang):
        analyse_report(out, doc, doc.claims)


@app.command()
def documents(
    kind: Optional[str] = typer.Option(None, help="html, text, markdown, feed_entry or tally_csv."),
    since: Optional[str] = typer.Option(None, "--since", help="Published on or after YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, "--until", help="Published on or before YYYY-MM-DD."),
    limit: Optional[int] = typer.Option(None, min=1, help=LIMIT_HELP),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """List the documents in the ledger."""
    ledger = _ledger()
    filters = {"kind": kind, "since": _parse_date(since, "--since"), "until": _parse_date(until, "--until")}
    table = fmt is Format.table
    rows = ledger.list_documents(limit=limit or (TABLE_PAGE if table else None), **filters)
    _emit(rows, fmt, ["id", "kind", "published", "publisher", "title", "claims", "location"], "documents")
    if table and not limit:
        _page_note(len(rows), ledger.count_documents(**filters))


@app.command()
def claims(
    attacker: Optional[str] = typer.Option(None, help="Party code, e.g. RU or UA."),
    claimant: Optional[str] = typer.Option(None, help="Part of the claimant's name."),
    weapon: Optional[str] = typer.Option(None, help="Canonical model (Shahed-136/131) or category (drone)."),
    since: Optional[str] = typer.Option(None, "--since", help="Attack ended on or after YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, "--until", help="Attack started on or before YYYY-MM-DD."),
    document: Optional[int] = typer.Option(None, help="Only claims of this document id."),
    limit: Optional[int] = typer.Option(None, min=1, help=LIMIT_HELP),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """List claims in the ledger, with the sentence each came from (json)."""
    from skytruce.report import claim_rows
    ledger = _ledger()
    filters = {"attacker": attacker, "claimant": claimant, "model": weapon, "since": _parse_date(since, "--since"),
               "until": _parse_date(until, "--until"), "document_id": document}
    table = fmt is Format.table
    rows = ledger.stream_claims(limit or (TABLE_PAGE if table else None), **filters)
    if fmt is Format.json:
        _emit(({"id": r["id"], "document_id": r["document_id"], "scope": r["scope"]} | r["payload"] for r in rows), fmt, [],
              "claims")
        return
    flat = (row | {"id": r["id"], "document_id": r["document_id"], "scope": r["scope"]}
            for r in rows for row in claim_rows([r["payload"]]))
    if table:
        flat = list(flat)
    _emit(flat, fmt, ["id", "document_id", "claimant", "attacker", "weapon", "launched", "destroyed", "date", "places",
                      "scope", "status"], "claims")
    if table and not limit:
        _page_note(len({r["id"] for r in flat}), ledger.count_claims(**filters))


sources_app = typer.Typer(help="The source registry, and the state of watched sources.")
app.add_typer(sources_app, name="sources")


TABLE_ALIASES = 6  # aliases a table row shows; csv and json carry them all


@sources_app.callback(invoke_without_command=True)
def sources(ctx: typer.Context, fmt: Format = typer.Option(Format.table, "--format"),
            limit: Optional[int] = typer.Option(None, min=1, help=LIMIT_HELP)) -> None:
    """The source registry: who speaks, for which party, in what capacity."""
    if ctx.invoked_subcommand is not None:
        return
    registered = _ledger().list_sources()
    table = fmt is Format.table
    shown = registered[:limit or TABLE_PAGE] if table else registered[:limit] if limit else registered
    rows = [r | {"aliases": _aliases(r["aliases"], table)} for r in shown]
    _emit(rows, fmt, ["name", "party", "type", "affiliation", "aliases"], "sources")
    if table:
        _page_note(len(shown), len(registered))


def _aliases(aliases: list[str], table: bool) -> str:
    if not table or len(aliases) <= TABLE_ALIASES:
        return ", ".join(aliases)
    return ", ".join(aliases[:TABLE_ALIASES]) + f" (+{len(aliases) - TABLE_ALIASES} more)"


@sources_app.command("status")
def sources_status(fmt: Format = typer.Option(Format.table, "--format")) -> None:
    """Each watched source: last fetch and its outcome, last new item, error streak, next poll."""
    from skytruce.store.ledger import _utc_now
    from skytruce.store.watch import WatchStore
    from skytruce.watch.runner import next_poll_text
    now = _utc_now()
    when = lambda t: t.strftime("%Y-%m-%d %H:%M:%S") if t else None  # noqa: E731
    rows = [r | {"next poll": next_poll_text(r["next_poll_at"], now), "errors in a row": r["error_streak"],
                 "last fetch": when(r["last_fetch_at"]), "last new item": when(r["last_new_at"]),
                 "held by": r["lease_owner"] if r["lease_expires_at"] and r["lease_expires_at"] > now else None}
            for r in WatchStore(_ledger()).sources_status()]
    if fmt is not Format.table:
        _emit(rows, fmt, ["name", "url", "kind", "interval_seconds", "claimant", "last_fetch_at", "last_status",
                          "last_new_at", "error_streak", "last_error", "next_poll_at", "moved_to", "lease_owner"], "")
        return
    if not rows:
        out.print("no watched sources yet: run `skytruce watch SOURCES.yaml`")
        return
    _emit(rows, fmt, ["name", "last fetch", "last_status", "last new item", "errors in a row", "last_error",
                      "next poll", "held by"], "watched sources (times in UTC)")


@app.command()
def watch(
    sources_file: Path = typer.Argument(..., help="The sources file (YAML): sources to poll and alert rules."),
    once: bool = typer.Option(False, "--once", help="Poll the due sources once, send due alerts, and exit (for cron)."),
    workers: int = typer.Option(4, min=1, max=64, help="Fetches in flight at once."),
    lease: float = typer.Option(300.0, min=5, help="Seconds a watcher holds a source; a dead watcher's lapse after it."),
    owner: Optional[str] = typer.Option(None, help="This watcher's name in leases and logs (host:pid by default)."),
    log: Optional[Path] = typer.Option(None, help="Append the JSON log lines here rather than to standard error."),
) -> None:
    """Watch feeds, web pages and tally CSVs: store what is new (a changed report as a new
    revision), regrade events, and send alerts. SIGTERM or Ctrl-C stops it cleanly."""
    from skytruce.watch import Watcher, load
    from skytruce.watch.logs import JsonLog
    try:
        config = load(sources_file)
    except InputErrors as exc:
        _fail(exc.errors)
    stream = open(log, "a", encoding="utf-8") if log else None  # noqa: SIM115 (open for the watcher's life)
    watcher = Watcher(_core(), config, owner=owner, workers=workers, lease_seconds=lease)
    watcher.log = JsonLog(stream, owner=watcher.owner)
    watcher.handle_signals()
    try:
        watcher.run(once=once)
    finally:
        if stream:
            stream.close()


class Level(str, Enum):
    wave = "wave"
    incident = "incident"


class ExportFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    geojson = "geojson"
    parquet = "parquet"


@app.command()
def events(
    grade: Optional[str] = typer.Option(None, help="confirmed, fair, one-sided, weak, contested, unverified or discounted."),
    level: Optional[Level] = typer.Option(None, help="Only waves (attack episodes) or only incidents (places struck)."),
    wave: Optional[str] = typer.Option(None, help="Only the incidents of this wave id."),
    party: Optional[str] = typer.Option(None, help="Attacking party, e.g. RU or UA."),
    weapon: Optional[str] = typer.Option(None, help="Canonical model or category."),
    since: Optional[str] = typer.Option(None, "--from", help="Ended on or after YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, "--to", help="Started on or before YYYY-MM-DD."),
    limit: Optional[int] = typer.Option(None, min=1, help=LIMIT_HELP),
    fmt: ExportFormat = typer.Option(ExportFormat.table, "--format"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the export to this file."),
    rebuild: bool = typer.Option(False, "--rebuild", help="Regroup and regrade every event first."),
) -> None:
    """Graded events at two levels: waves (one attack episode on one country) and the
    incidents inside them (one place, one weapon class), with merged figures and reasons."""
    from skytruce import export
    from skytruce.corroborate import GRADES
    if grade and grade not in GRADES:
        raise typer.BadParameter(f"{grade!r}; choose from {', '.join(GRADES)}", param_hint="--grade")
    ledger = _ledger()
    if rebuild:
        out.print(f"rebuilt {_core(ledger).update_events()} events")
    filters = {"grade": grade, "party": party, "weapon": weapon, "since": _parse_date(since, "--from"),
               "until": _parse_date(until, "--to"), "level": level.value if level else None, "wave_id": wave}
    if fmt is ExportFormat.table and output is None:
        rows = ledger.list_events(limit=limit or TABLE_PAGE, **filters)
        table_rows = [export.flat_row(e) | {"claims": len(e["claim_ids"])} for e in rows]
        _emit(table_rows, Format.table, ["event_id_cnty", "level", "wave_id", "event_date", "actor1", "country",
                                         "location", "weapons", "grade", "n_sources", "claims"], "events")
        if not limit:
            _page_note(len(rows), ledger.count_events(**filters))
        return
    if fmt is ExportFormat.table:  # -o FILE alone: the format its suffix names, else CSV
        suffix = output.suffix.lstrip(".").lower()
        fmt = ExportFormat(suffix) if suffix in export.FORMATS else ExportFormat.csv
    if fmt is ExportFormat.parquet and output is None:
        raise typer.BadParameter("parquet needs --output FILE", param_hint="--format")
    rows = ledger.stream_events(limit=limit, **filters)
    if output is None:
        sys.stdout.flush()
        export.write(rows, fmt.value, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        with open(output, "wb") as sink:
            written = export.write(rows, fmt.value, sink)
        out.print(f"{written:,} events written to {output}")


@app.command()
def show(event_id: str = typer.Argument(..., help="An event id from `skytruce events`.")) -> None:
    """One event: figures, grade, reasons, each claim with its sentence and document, and a
    wave's incidents or an incident's wave."""
    from skytruce.report import event_report
    event = _ledger().event(event_id)
    if event is None:
        _fail([InputError(event_id, "no such event (see `skytruce events`)")])
    event_report(out, event)


@app.command()
def check(
    document: str = typer.Argument(..., help="A document id in the ledger, or a file/URL to read."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD."),
) -> None:
    """Each claim of a document against the ledger: which events it supports or contradicts."""
    from skytruce.app import Skytruce
    from skytruce.model import Claim
    ledger = _ledger()
    if document.isdigit():
        rows = ledger.list_claims(document_id=int(document), limit=10_000)
        if not rows and ledger.document(int(document)) is None:
            _fail([InputError(document, "no such document in the ledger")])
        claims_found = [Claim.from_dict(r["payload"]) for r in rows]
    else:
        claims_found = [c for doc in _read_documents([document], _parse_date(published, "--published")) for c in doc.claims]
    for n, result in enumerate(Skytruce(ledger).check(claims_found), 1):
        claim = result["claim"]
        who = (claim["claimant"] or {}).get("name") or "the document"
        weapons = ", ".join(f"{w['model'] or w['category']} {w['launched']}/{w['destroyed']}" for w in claim["weapons"])
        event = f"event {result['event_id']} ({result['event_grade']})" if result["event_id"] else "no event"
        out.print(f"[bold]claim {n}[/bold] · {escape(who)} · {escape(weapons) or 'no weapon named'} · "
                  f"{claim['time']['end'] or 'undated'} → {event}")
        for verdict in result["verdicts"]:
            out.print(f"   {escape(verdict)}")


def _split(value: Optional[str]) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


@ceasefire_app.command("add")
def ceasefire_add(
    files: Optional[list[Path]] = typer.Argument(None, help="YAML or JSON files of one or more ceasefires."),
    name: Optional[str] = typer.Option(None, help="Name (when not reading a file)."),
    parties: Optional[str] = typer.Option(None, help="Comma-separated party codes, e.g. RU,UA."),
    scope: str = typer.Option("all_aerial", help="drones, cruise_missiles, ballistic_missiles, guided_bombs, missiles, "
                                                 "all_aerial, categories or model names, comma-separated."),
    targets: Optional[str] = typer.Option(None, help="Target scope, comma-separated: energy_infrastructure, "
                                                      "ports_and_shipping, civilian_objects, military_objects or types."),
    combine: str = typer.Option("and", help="and: an attack must meet every condition given; or: any of them."),
    start: Optional[str] = typer.Option(None, help="YYYY-MM-DD, or 'YYYY-MM-DD HH:MM' in --zone."),
    end: Optional[str] = typer.Option(None, help="YYYY-MM-DD (to the end of that day) or 'YYYY-MM-DD HH:MM'; "
                                                 "omit for open-ended."),
    zone: Optional[str] = typer.Option(None, help="IANA time zone of the times, e.g. Europe/Moscow (default Europe/Kyiv)."),
    status: str = typer.Option("proposed", help="proposed, in_force or lapsed."),
    countries: Optional[str] = typer.Option(None, help="Only attacks on these countries, e.g. UA,RU."),
    regions: Optional[str] = typer.Option(None, help="Only attacks on these regions (gazetteer names)."),
    area: Optional[Path] = typer.Option(None, help="A GeoJSON file with a Polygon (e.g. a zone along the front)."),
    band: Optional[str] = typer.Option(None, help="A zone along a line: 'line of contact:30' is 30 km either side."),
    proposed_by: Optional[str] = typer.Option(None, "--proposed-by"),
    source: Optional[str] = typer.Option(None, help="The public source of the definition."),
    claim: Optional[int] = typer.Option(None, help="Ledger id of the claim that reports the proposal."),
    replace: bool = typer.Option(False, help="Redefine a ceasefire of the same name."),
) -> None:
    """Declare ceasefires from files or from options; bad definitions are refused whole."""
    from skytruce.ceasefire import build, load
    if files:
        definitions = [d for file in files for d in load(file)]
    else:
        geometry = None
        if area is not None:
            try:
                geometry = json.loads(area.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                _fail([InputError(str(area), f"not a readable GeoJSON file: {exc}")])
            geometry = geometry.get("geometry", geometry) if geometry.get("type") == "Feature" else geometry
        line, _, km = (band or "").rpartition(":")
        definitions = [build({"name": name, "parties": _split(parties), "scope": _split(scope), "start": start,
                              "end": end, "zone": zone, "status": status, "countries": _split(countries),
                              "regions": _split(regions), "area": geometry, "targets": _split(targets),
                              "combine": combine, "band": {"line": line.strip(), "km": km} if band else None,
                              "proposed_by": proposed_by, "proposal_claim_id": claim, "source": source},
                             "skytruce ceasefire add")]
    _ledger().add_ceasefires([d.to_dict() for d in definitions], replace=replace)
    for d in definitions:
        out.print(f"ceasefire {escape(d.name)!r} stored: {', '.join(d.parties)}; scope {', '.join(d.scope)}"
                  + (f"; targets {', '.join(d.targets)}" if d.targets else "")
                  + f"; {_window_text(d)} ({d.status})")


def _window_text(truce) -> str:
    """'2025-04-19 18:00 → 2025-04-21 00:00 Europe/Moscow', or days alone."""
    start = f"{truce.start}" + (f" {truce.start_time:%H:%M}" if truce.start_time else "")
    end = f"{truce.end}" + (f" {truce.end_time:%H:%M}" if truce.end_time else "") if truce.end else "open-ended"
    return f"{start} → {end} {truce.zone}"


@ceasefire_app.command("list")
def ceasefire_list(fmt: Format = typer.Option(Format.table, "--format")) -> None:
    """The ceasefires in the ledger."""
    rows = [d | {"parties": ",".join(d["parties"]), "scope": ",".join(d["scope"])} for d in _ledger().list_ceasefires()]
    _emit(rows, fmt, ["name", "status", "parties", "scope", "start", "end", "proposed_by"], "ceasefires")


def _stored_ceasefire(name: str):
    truce = _core().stored_ceasefire(name)
    if truce is None:
        _fail([InputError(name, "no such ceasefire (see `skytruce ceasefire list`)")])
    return truce


@ceasefire_app.command("report")
def ceasefire_report(
    name: str = typer.Argument(...),
    min_grade: str = typer.Option("weak", "--min-grade", help="Count only waves and incidents graded at least this."),
    until: Optional[str] = typer.Option(None, help="End an open-ended window here (YYYY-MM-DD)."),
    fmt: Format = typer.Option(Format.table, "--format"),
    hourly: bool = typer.Option(False, "--hourly", help="Per hour (of waves whose sources give hours) rather than per day."),
    chart: Optional[Path] = typer.Option(None, help="Write a chart (.png or .svg): every wave across its hours."),
) -> None:
    """Per party, per day (or hour): attack waves and the incidents inside them in scope,
    split by grade, against a baseline before the start; waves across an edge of the window
    and waves a truce on targets cannot judge are counted apart."""
    from skytruce.ceasefire.charts import window_chart
    report = _ceasefire_report(name, min_grade, until)
    truce, data = report.ceasefire, report.to_dict()
    if chart:
        window_chart(report, chart)
        err.print(f"chart written to {chart}")
    if fmt is Format.json:
        print(json.dumps(data, indent=2, default=str))
        return
    if fmt is Format.csv:
        if hourly:
            rows = [{"party": p, "hour": h, "launched": n, "period": "truce"} for p, hours in report.hourly.items()
                    for h, n in hours.items()]
            rows += [{"party": p, "hour": h, "launched": n, "period": "baseline"}
                     for p, hours in report.baseline_hourly.items() for h, n in hours.items()]
            _emit(sorted(rows, key=lambda r: (r["party"], r["hour"])), Format.csv, ["party", "hour", "launched", "period"], "")
        else:
            rows = [{"party": p, "day": d, "waves": n, "launched": report.daily_launched[p].get(d, 0)}
                    for p, days in report.daily.items() for d, n in days.items()]
            _emit(rows, Format.csv, ["party", "day", "waves", "launched"], "")
        return
    b0, b1 = data["baseline_window"]
    out.print(f"[bold]{escape(truce.name)}[/bold] ({truce.status}) · {', '.join(truce.parties)} · scope "
              f"{', '.join(truce.scope)}" + (f" · targets {', '.join(truce.targets)} ({truce.combine})" if truce.targets else "")
              + f" · window {_window_text(truce)} · baseline {b0} → {b1} · grade ≥ {min_grade}")
    if truce.source:
        out.print(f"[dim]definition: {escape(truce.source)}[/dim]")
    rows = []
    for party in truce.parties:
        now, before = data["parties"][party], data["baseline"][party]
        rows.append({"party": party, "waves": now["waves"], "incidents": now["incidents"],
                     "baseline waves": before["waves"], "launched": now["launched"], "destroyed": now["destroyed"],
                     "across an edge": now["straddling"], "cannot be judged": now["cannot_be_judged"],
                     "waves by grade": ", ".join(f"{g} {n}" for g, n in sorted(now["by_grade"].items())),
                     "weapons": ", ".join(f"{k} {v}" for k, v in sorted(now["weapons"].items(), key=lambda x: -x[1])[:4]),
                     "first violation": f"{now['first_violation_date']} ({now['first_violation']})" if now["first_violation"] else ""})
    _emit(rows, Format.table, ["party", "waves", "incidents", "baseline waves", "launched", "destroyed", "across an edge",
                               "cannot be judged", "waves by grade", "weapons", "first violation"], "compliance")
    if hourly or (report.span and _hours(report) <= 96 and any(report.hourly.values())):
        hours = sorted({h for table in (report.hourly, report.baseline_hourly) for p in table for h in table[p]})
        _emit([{"hour": h, **{p: report.hourly[p].get(h) or report.baseline_hourly[p].get(h) for p in truce.parties},
                "period": "truce" if any(h in report.hourly[p] for p in truce.parties) else "baseline"} for h in hours],
              Format.table, ["hour", *truce.parties, "period"], f"weapons launched per hour ({truce.zone} time)")
    from skytruce.reference.zones import local_text
    for item in report.straddling:
        out.print(f"across an edge: {item['party']} wave {item['id']} {local_text(item['start_at'], truce.zone)} → "
                  f"{local_text(item['end_at'], truce.zone)}, "
                  f"{item['launched']} launched ({item['grade']}; {escape('; '.join(item['sources']))})")
    for who, grades in data["alleged"].items():
        out.print(f"alleged by {escape(who)}: " + ", ".join(f"{g} {n}" for g, n in sorted(grades.items())))
    excluded = data["excluded"]
    out.print(f"[dim]left out: {excluded['below_grade_threshold']} waves below the grade threshold, "
              f"{excluded['out_of_scope']} outside its weapons, targets or geography, {excluded['straddling']} across "
              f"an edge of the window, {excluded['cannot_be_judged']} that cannot be judged (no target named)[/dim]")


def _hours(report) -> float:
    from skytruce.reference.zones import parse_utc
    return (parse_utc(report.span[1]) - parse_utc(report.span[0])).total_seconds() / 3600


def _ceasefire_report(name: str, min_grade: str, until: Optional[str]):
    from skytruce.ceasefire import GRADE_RANK
    if min_grade not in GRADE_RANK:
        raise typer.BadParameter(f"{min_grade!r}; choose from {', '.join(GRADE_RANK)}", param_hint="--min-grade")
    truce = _stored_ceasefire(name)
    return _core().compliance_report(truce, min_grade, _parse_date(until, "--until"))


@ceasefire_app.command("brief")
def ceasefire_brief(
    name: str = typer.Argument(...),
    output: Path = typer.Option(..., "-o", "--output", help="brief.html, or brief.md (its chart written beside it)."),
    min_grade: str = typer.Option("weak", "--min-grade", help="Count only waves and incidents graded at least this."),
    until: Optional[str] = typer.Option(None, help="End an open-ended window here (YYYY-MM-DD)."),
) -> None:
    """A brief a journalist can publish: the definition and its source, a verdict per
    party, the chart, the attacks inside and across the window's edges, allegations, and
    what the data cannot tell. HTML (standalone, no network needed) or Markdown."""
    from skytruce.ceasefire.brief import brief, markdown
    from skytruce.web.brief import standalone
    made = brief(_ceasefire_report(name, min_grade, until))
    try:
        if output.suffix.lower() in (".md", ".markdown"):
            chart = output.with_name(f"{output.stem}-chart.svg")
            chart.write_text(made.chart_svg, encoding="utf-8")
            output.write_text(markdown(made, chart.name), encoding="utf-8")
        else:
            output.write_text(standalone(made), encoding="utf-8")
    except OSError as exc:
        _fail([InputError(str(output), f"cannot write: {exc.strerror}")])
    for verdict in made.verdicts:
        out.print(f"  • {escape(verdict)}")
    err.print(f"brief written to {output}")


@ceasefire_app.command("whatif")
def ceasefire_whatif(
    name: str = typer.Argument(...),
    since: str = typer.Option(..., "--from", help="Start of the historical window, YYYY-MM-DD."),
    until: str = typer.Option(..., "--to", help="End of the historical window, YYYY-MM-DD."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """What share of each party's past aerial activity the ceasefire would have covered."""
    from skytruce.ceasefire import verdict
    truce = _stored_ceasefire(name)
    start, end = _parse_date(since, "--from"), _parse_date(until, "--to")
    if end < start:
        raise typer.BadParameter("--to is before --from", param_hint="--to")
    coverage = _core().what_if(truce, start, end)
    if fmt is Format.json:
        print(json.dumps({p: c.to_dict() for p, c in coverage.items()} | {"verdict": verdict(truce, coverage)}, indent=2))
        return
    out.print(f"[bold]what if {escape(truce.name)}[/bold] had applied from {start} to {end}:")
    for line in verdict(truce, coverage).splitlines():
        out.print(f"  • {escape(line)}")


token_app = typer.Typer(no_args_is_help=True, help="API tokens for the write endpoints.")
app.add_typer(token_app, name="token")


@token_app.command("create")
def token_create(name: str = typer.Option("default", help="A label to recognise the token by.")) -> None:
    """Create a bearer token for the API's write endpoints (shown once; stored hashed)."""
    out.print(_ledger().create_token(name), highlight=False, soft_wrap=True)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, min=1, max=65535),
    private: bool = typer.Option(False, help="Require a token for reads too."),
    workers: int = typer.Option(1, min=1, help="Server processes: one runs Python on one core at a time; two or more "
                                               "answer more requests at once on a machine with as many cores."),
) -> None:
    """Serve the REST API (/api, docs at /docs) and the dashboard (/)."""
    import uvicorn

    from skytruce.api import app as api
    ledger = _ledger()  # upgraded once, before any worker starts
    if workers == 1:
        uvicorn.run(api.create_app(ledger, private=private), host=host, port=port, log_level="warning")
        return
    os.environ.update({"SKYTRUCE_DATABASE_URL": ledger.url, api.PRIVATE_ENV: "1" if private else ""})
    uvicorn.run(f"{api.__name__}:{api.worker_app.__name__}", factory=True, workers=workers, host=host, port=port,
                log_level="warning")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create the ledger or bring its schema up to date (Alembic); regroups the events when
    an upgrade changes their grain."""
    from skytruce.app import Skytruce
    from skytruce.store import Ledger
    ledger = Ledger(None)
    head = ledger.upgrade()
    if ledger.regroup:
        Skytruce(ledger)  # regroups every claim once
        out.print("events regrouped into waves and the incidents inside them")
    out.print(f"ledger at {ledger.url} is at schema revision {head}")


@app.command()
def demo(extra: list[str] = typer.Argument(None, help="More inputs to ingest with the samples, e.g. the real tally CSV.")) -> None:
    """Ingest the bundled sample reports and tallies, then show claims and graded events."""
    from skytruce import export
    from skytruce.report import claim_rows, event_report
    samples = Path(str(pkg_resources.files("skytruce") / "samples"))
    core = _core()
    ledger = core.ledger
    try:
        report = core.ingest([str(samples), *(extra or [])])
    except InputErrors as exc:
        _fail(exc.errors)
    result = report.result
    out.print(f"[bold]skytruce demo[/bold]: ledger {ledger.url}")
    out.print(f"ingested {result.documents_added} new documents ({result.documents_unchanged} already there), "
              f"{result.claims_added} new claims")
    _emit(ledger.list_documents(limit=50), Format.table, ["id", "kind", "published", "title", "claims"], "documents")
    reports = [r for r in ledger.list_claims(limit=100_000) if r["document_id"] in
               {d["id"] for d in ledger.list_documents(limit=1000) if d["kind"] != "tally_csv"}]
    rows = [row | {"id": r["id"]} for r in reports for row in claim_rows([r["payload"]])]
    _emit(rows, Format.table, ["id", "claimant", "attacker", "weapon", "launched", "destroyed", "date", "places", "status"],
          "claims from the reports")
    events = [e for e in ledger.list_events(limit=100_000) if any(c in {r["id"] for r in reports} for c in e["claim_ids"])]
    _emit([export.flat_row(e) for e in events], Format.table,
          ["event_id_cnty", "level", "event_date", "actor1", "location", "weapons", "grade", "n_sources"],
          "graded waves and incidents of the reports")
    for event in events:
        if event["grade"] in ("unverified", "contested") or event.get("crosscheck"):
            event_report(out, ledger.event(event["id"]))
    _demo_ceasefire(core)


def _demo_ceasefire(core) -> None:
    """Declare the truces of 2025 and say what the 'aerial ceasefire' proposal would have covered."""
    from skytruce.ceasefire import load, verdict
    truces = [t for path in sorted((Path(str(pkg_resources.files("skytruce"))) / "data" / "ceasefires").glob("*.yaml"))
              for t in load(path)]
    core.ledger.add_ceasefires([t.to_dict() for t in truces], replace=True)
    [truce] = [t for t in truces if t.name == "aerial ceasefire"]
    start, end = truce.start - timedelta(days=92), truce.start - timedelta(days=1)
    coverage = core.what_if(truce, start, end)
    out.print(f"\n[bold]what if the {escape(truce.name)}[/bold] ({', '.join(truce.scope)}, {', '.join(truce.parties)}, "
              f"proposed {truce.start}) had applied from {start} to {end}:")
    for line in verdict(truce, coverage).splitlines():
        out.print(f"  • {escape(line)}")
    out.print(f"[dim]declared: {escape(', '.join(t.name for t in truces))}; see `skytruce ceasefire report 'Easter truce'`, "
              "`skytruce ceasefire brief 'Victory Day truce' -o brief.html` and `skytruce ceasefire whatif`[/dim]")


def main() -> None:
    """Entry point: user errors become one-line messages, never tracebacks."""
    try:
        app()
    except SkytruceError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # an internal fault: say so plainly, trace only when asked
        if os.environ.get("SKYTRUCE_DEBUG"):
            raise
        err.print(f"[red]internal error:[/red] {exc.__class__.__name__}: {exc} (set SKYTRUCE_DEBUG=1 for details)",
                  highlight=False)
        sys.exit(1)


if __name__ == "__main__":
    main()
