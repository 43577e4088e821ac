"""REST endpoints: thin calls into the ledger and the library, nothing computed here."""

from __future__ import annotations

import base64
import json
import tempfile
from datetime import date
from pathlib import Path
from typing import Annotated, Literal, Optional

import orjson
from fastapi import (
    APIRouter,
    Depends,
    File,
    HTTPException,
    Query,
    Request,
    Response,
    UploadFile,
)
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field, HttpUrl

from skytruce import export
from skytruce.app import IngestReport, Skytruce
from skytruce.ceasefire import Ceasefire, build, verdict
from skytruce.ceasefire.brief import brief
from skytruce.errors import InputError
from skytruce.extract import extract_claims

router = APIRouter()
Grade = Literal["confirmed", "fair", "one-sided", "weak", "contested", "unverified", "discounted"]
Level = Literal["wave", "incident"]


def core(request: Request) -> Skytruce:
    return request.app.state.skytruce


def _token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    return header[7:].strip() if header.lower().startswith("bearer ") else None


def reader(request: Request) -> Skytruce:
    """Reads are open unless the server is private."""
    if request.app.state.private:
        writer(request)
    return core(request)


def writer(request: Request) -> Skytruce:
    token = _token(request)
    if not token or not core(request).ledger.token_valid(token):
        raise HTTPException(401, "a valid bearer token is required (create one with `skytruce token create`)",
                            headers={"WWW-Authenticate": "Bearer"})
    return core(request)


Reader = Annotated[Skytruce, Depends(reader)]
Writer = Annotated[Skytruce, Depends(writer)]


def _json(body) -> Response:
    """`body` as JSON, encoded once: a declared return type would have FastAPI validate it
    against that type and encode it again, which takes longer than reading it."""
    return Response(orjson.dumps(body, option=orjson.OPT_NON_STR_KEYS), media_type="application/json")


def _encode_cursor(end: date | None, event_id: str) -> str:
    return base64.urlsafe_b64encode(json.dumps([end.isoformat() if end else None, event_id]).encode()).decode()


def _decode_cursor(cursor: str) -> tuple[date | None, str]:
    try:
        end, event_id = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        return (date.fromisoformat(end) if end else None), str(event_id)
    except (ValueError, TypeError):
        raise HTTPException(422, "malformed cursor") from None


@router.get("/documents", summary="Ingested documents")
def documents(app: Reader, kind: Optional[str] = None, since: Optional[date] = None, until: Optional[date] = None,
              limit: int = Query(100, ge=1, le=1000)) -> list[dict]:
    return app.ledger.list_documents(kind=kind, since=since, until=until, limit=limit)


@router.get("/claims", summary="Claims, each with its sentence and span")
def claims(app: Reader, attacker: Optional[str] = Query(None, pattern="^[A-Za-z]{2}$"), claimant: Optional[str] = None,
           weapon: Optional[str] = None, since: Optional[date] = None, until: Optional[date] = None,
           document: Optional[int] = Query(None, ge=1, le=2**31 - 1), limit: int = Query(100, ge=1, le=1000)) -> list[dict]:
    rows = app.ledger.list_claims_json(attacker=attacker, claimant=claimant, model=weapon, since=since, until=until,
                                       document_id=document, limit=limit)
    # each claim's stored JSON, opened to put its id, document and scope first
    return Response("[" + ",".join(f'{{"id":{cid},"document_id":{doc},"scope":{json.dumps(scope)},{text.lstrip()[1:]}'
                                   for cid, doc, scope, text in rows) + "]", media_type="application/json")


@router.get("/events", summary="Graded waves and incidents, latest first, paged by cursor")
def events(app: Reader, grade: Optional[Grade] = None, party: Optional[str] = Query(None, pattern="^[A-Za-z]{2}$"),
           level: Optional[Level] = Query(None, description="Only waves (attack episodes) or only incidents (places struck)"),
           wave: Optional[str] = Query(None, max_length=12, description="Only the incidents of this wave id"),
           weapon: Optional[str] = None, since: Optional[date] = None, until: Optional[date] = None,
           region: Optional[str] = Query(None, description="Only events naming this place"),
           bbox: Optional[str] = Query(None, description="min_lon,min_lat,max_lon,max_lat"),
           cursor: Optional[str] = None, limit: int = Query(50, ge=1, le=500)) -> dict:
    box = None
    if bbox:
        try:
            box = tuple(float(v) for v in bbox.split(","))
        except ValueError:
            raise HTTPException(422, "bbox must be four numbers: min_lon,min_lat,max_lon,max_lat") from None
        if len(box) != 4:
            raise HTTPException(422, "bbox must be four numbers: min_lon,min_lat,max_lon,max_lat")
    after = _decode_cursor(cursor) if cursor else None
    found: list[tuple[date | None, str, str]] = []  # (end, id, the event's JSON as stored)
    while len(found) < limit:
        batch = app.ledger.list_events_json(grade=grade, party=party, weapon=weapon, since=since, until=until,
                                            limit=limit, after=after, bbox=box, level=level, wave_id=wave)
        found += [row for row in batch if not region or region in (json.loads(row[2]).get("places") or [])]
        if len(batch) < limit:
            break
        after = batch[-1][:2]
    found = found[:limit]
    more = len(found) == limit
    next_cursor = _encode_cursor(*found[-1][:2]) if found and more else None
    return Response('{"events": [' + ",".join(text for _, _, text in found) + '], "next_cursor": '
                    + json.dumps(next_cursor) + "}", media_type="application/json")


@router.get("/events/{event_id}", summary="One wave (with its incidents) or incident (with its wave), its reasons and claims")
def event(app: Reader, event_id: str) -> dict:
    found = app.ledger.event(event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return _json(found)


@router.get("/timeline", summary="Launched and destroyed per day and weapon category")
def timeline(app: Reader, since: Optional[date] = None, until: Optional[date] = None,
             party: Optional[str] = Query(None, pattern="^[A-Za-z]{2}$")) -> list[dict]:
    return _json(app.ledger.timeline(since, until, party))


@router.get("/sources", summary="The source registry")
def sources(app: Reader) -> list[dict]:
    return app.ledger.list_sources()


@router.get("/ceasefires", summary="Declared ceasefires")
def ceasefires(app: Reader) -> list[dict]:
    return app.ledger.list_ceasefires()


def _truce(app: Skytruce, name: str) -> Ceasefire:
    truce = app.stored_ceasefire(name)
    if truce is None:
        raise HTTPException(404, f"no ceasefire {name!r}")
    return truce


@router.get("/ceasefires/{name}/report", summary="A ceasefire's compliance report")
def ceasefire_report(app: Reader, name: str, min_grade: Grade = "weak", until: Optional[date] = None) -> dict:
    return app.compliance_report(_truce(app, name), min_grade, until).to_dict()


@router.get("/ceasefires/{name}/brief", summary="A ceasefire's brief: definition, verdicts, attacks, limits")
def ceasefire_brief(app: Reader, name: str, min_grade: Grade = "weak", until: Optional[date] = None) -> dict:
    made = brief(app.compliance_report(_truce(app, name), min_grade, until))
    return {k: v for k, v in vars(made).items() if k != "chart_svg"}


@router.get("/ceasefires/{name}/whatif", summary="What a ceasefire would have covered in a past window")
def ceasefire_whatif(app: Reader, name: str, since: date, until: date) -> dict:
    truce = _truce(app, name)
    if until < since:
        raise HTTPException(422, "until is before since")
    coverage = app.what_if(truce, since, until)
    return {"parties": {p: c.to_dict() for p, c in coverage.items()}, "verdict": verdict(truce, coverage)}


@router.get("/export/events.{fmt}", summary="Every matching event as CSV, JSON or GeoJSON, streamed",
            response_class=StreamingResponse)
def export_events(app: Reader, fmt: Literal["csv", "json", "geojson"], grade: Optional[Grade] = None,
                  party: Optional[str] = Query(None, pattern="^[A-Za-z]{2}$"), weapon: Optional[str] = None,
                  since: Optional[date] = None, until: Optional[date] = None, level: Optional[Level] = None,
                  limit: Optional[int] = Query(None, ge=1, le=2**31 - 1, description="At most this many events; all by default")
                  ) -> StreamingResponse:
    rows = app.ledger.stream_events(limit=limit, grade=grade, party=party, weapon=weapon, since=since, until=until,
                                    level=level)
    media = {"csv": "text/csv", "json": "application/json", "geojson": "application/geo+json"}[fmt]
    return StreamingResponse(export.serialise(rows, fmt), media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="skytruce-events.{fmt}"'})


class TextReport(BaseModel):
    text: str = Field(..., min_length=1, max_length=2_000_000, description="The report's text")
    title: Optional[str] = Field(None, max_length=500)
    published: Optional[date] = None
    location: str = Field("api", max_length=1000, description="Where it came from (a URL or a name)")


class UrlReport(BaseModel):
    url: HttpUrl


class AnalyzeRequest(BaseModel):
    text: str = Field(..., max_length=2_000_000)
    published: Optional[date] = None


@router.post("/analyze", summary="Claims of a text, without storing anything")
def analyze(app: Reader, body: AnalyzeRequest) -> dict:
    return {"claims": [c.to_dict() for c in extract_claims(body.text, body.published)]}


def _ingested(report: IngestReport) -> dict:
    return {"documents_added": report.result.documents_added, "claims_added": report.result.claims_added,
            "document_ids": report.result.document_ids}


@router.post("/documents", status_code=201, summary="Ingest a report given as text (token required)")
def ingest_text(app: Writer, body: TextReport) -> dict:
    return _ingested(app.ingest_text(body.text, body.location, body.title, body.published))


@router.post("/documents/url", status_code=201, summary="Fetch and ingest a URL (token required)")
def ingest_url(app: Writer, body: UrlReport) -> dict:
    return _ingested(app.ingest([str(body.url)]))


@router.post("/tallies", status_code=201, summary="Import a tally CSV (token required; all rows or none)")
async def import_tallies(app: Writer, file: UploadFile = File(...)) -> dict:
    name = Path(file.filename or "upload.csv").name
    if not name.lower().endswith(".csv"):
        raise InputError(name, "a tally file must be a .csv")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(await file.read())
        report = app.ingest([str(path)])
    return {"rows_added": report.result.claims_added, "rows_already_there": report.result.claims_unchanged}


class Band(BaseModel):
    line: str = Field(..., description="A line of skytruce/data/lines.yaml, e.g. 'line of contact'")
    km: float = Field(..., gt=0, le=500)


class CeasefireBody(BaseModel):
    name: str = Field(..., min_length=1, max_length=200)
    parties: list[str]
    start: str = Field(..., max_length=20, description="YYYY-MM-DD, or YYYY-MM-DD HH:MM in `zone`")
    end: Optional[str] = Field(None, max_length=20, description="YYYY-MM-DD (to the end of that day) or YYYY-MM-DD HH:MM")
    zone: Optional[str] = Field(None, max_length=60, description="IANA time zone, e.g. Europe/Moscow")
    status: Literal["proposed", "in_force", "lapsed"] = "proposed"
    scope: list[str] = ["all_aerial"]
    targets: list[str] = []
    combine: Literal["and", "or"] = "and"
    countries: list[str] = []
    regions: list[str] = []
    area: Optional[dict] = None
    band: Optional[Band] = None
    proposed_by: Optional[str] = None
    proposal_claim_id: Optional[int] = None
    notes: Optional[str] = None
    source: Optional[str] = Field(None, max_length=2000, description="The public source of the definition")


@router.post("/ceasefires", status_code=201, summary="Declare a ceasefire (token required)")
def declare_ceasefire(app: Writer, body: CeasefireBody, replace: bool = False) -> dict:
    truce = build(body.model_dump(), "request")
    app.ledger.add_ceasefires([truce.to_dict()], replace=replace)
    return truce.to_dict()



@router.get("/changes", summary="Events new or changed since a point in their history (for live views; ETag aware)")
def changes(app: Reader, request: Request, response: Response, after: int = Query(0, ge=0, le=2**62),
            limit: int = Query(200, ge=1, le=1000)):
    """Each change (id, when, the grade before) with the event as it is now; `last` is the
    position to ask after next. Sends 304 while nothing changed past the client's ETag."""
    from skytruce.store.watch import WatchStore
    store = WatchStore(app.ledger)
    last = store.last_change()
    tag = f'W/"changes-{last}"'
    if request.headers.get("if-none-match") == tag and after >= last:
        return Response(status_code=304, headers={"ETag": tag})
    rows = store.changes_since(after, limit)
    response.headers["ETag"] = tag
    response.headers["Cache-Control"] = "no-cache"
    return {"changes": rows, "last": rows[-1]["id"] if rows else max(after, last)}


@router.get("/alerts", summary="Alerts queued by the watcher: what was sent, to whom, and whether it was delivered")
def alerts_sent(app: Reader, status: Optional[Literal["pending", "delivered", "failed"]] = None,
                limit: int = Query(200, ge=1, le=1000)) -> list[dict]:
    from skytruce.store.watch import WatchStore
    return WatchStore(app.ledger).list_alerts(limit=limit, status=status)
