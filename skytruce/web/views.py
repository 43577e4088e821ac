"""Dashboard pages. Each view asks the library and hands plain data to a template."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from skytruce.ceasefire import GRADE_RANK
from skytruce.ceasefire.brief import brief, markdown
from skytruce.corroborate import GRADES
from skytruce.extract import detect_language, extract_claims
from skytruce.model import Claim
from skytruce.reference._keys import data_path
from skytruce.web.brief import chart_data, standalone
from skytruce.web.highlight import segments

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).resolve().parent / "templates"))
pages = APIRouter(include_in_schema=False)
ADMIN1 = data_path("admin1.geojson")


def _app(request: Request):
    if request.app.state.private:
        from skytruce.api.routes import writer
        writer(request)
    return request.app.state.skytruce


@pages.get("/", response_class=HTMLResponse)
def dashboard(request: Request, live: float = 5.0):
    """The dashboard; it asks for changes every `live` seconds, from the last one now."""
    from skytruce.store.watch import WatchStore
    return TEMPLATES.TemplateResponse(request, "dashboard.html", {
        "grades": GRADES, "last_change": WatchStore(_app(request).ledger).last_change(),
        "live_ms": int(min(max(live, 0.2), 300) * 1000)})


@pages.get("/alerts", response_class=HTMLResponse)
def alerts_page(request: Request, status: str | None = None):
    """What the watcher's alert rules sent, to whom, and whether it was delivered."""
    from skytruce.store.watch import WatchStore
    store = WatchStore(_app(request).ledger)
    return TEMPLATES.TemplateResponse(request, "alerts.html", {
        "alerts": store.list_alerts(status=status if status in ("pending", "delivered", "failed") else None),
        "counts": store.count_alerts(), "sources": store.sources_status()})


@pages.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str):
    event = _app(request).ledger.event(event_id)
    if event is None:
        raise HTTPException(404, "no such event")
    claims = [{"row": c, "claim": Claim.from_dict(c["payload"]),
               "segments": segments(Claim.from_dict(c["payload"]), c.get("language"))} for c in event["claims"]]
    return TEMPLATES.TemplateResponse(request, "event.html", {"event": event, "claims": claims})


@pages.get("/ceasefires", response_class=HTMLResponse)
def ceasefires_page(request: Request):
    return TEMPLATES.TemplateResponse(request, "ceasefires.html", {"ceasefires": _app(request).ledger.list_ceasefires()})


def _brief(request: Request, name: str, min_grade: str, until: date | None):
    app = _app(request)
    truce = app.stored_ceasefire(name)
    if truce is None:
        raise HTTPException(404, "no such ceasefire")
    report = app.compliance_report(truce, min_grade if min_grade in GRADE_RANK else "weak", until)
    return report, brief(report)


@pages.get("/ceasefires/{name}", response_class=HTMLResponse)
def ceasefire_page(request: Request, name: str, min_grade: str = "weak", until: date | None = None):
    """The ceasefire's brief (as `skytruce ceasefire brief` writes it) and its figures per party."""
    report, made = _brief(request, name, min_grade, until)
    return TEMPLATES.TemplateResponse(request, "ceasefire.html", {
        "truce": report.ceasefire, "report": report.to_dict(), "brief": made, "chart": chart_data(made), "links": True,
        "query": urlencode({k: v for k, v in (("min_grade", min_grade), ("until", until)) if v})})


@pages.get("/ceasefires/{name}/brief.{fmt}")
def ceasefire_brief(request: Request, name: str, fmt: Literal["html", "md"], min_grade: str = "weak",
                    until: date | None = None) -> Response:
    """The brief to download: standalone HTML, or Markdown (with the chart embedded as a data URI)."""
    _, made = _brief(request, name, min_grade, until)
    slug = "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-") or "ceasefire"
    if fmt == "md":
        body, media = markdown(made, f"data:image/svg+xml;base64,{chart_data(made)}"), "text/markdown; charset=utf-8"
    else:
        body, media = standalone(made), "text/html; charset=utf-8"
    return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{slug}-brief.{fmt}"'})


@pages.get("/map/admin1.geojson")
def admin1_outlines() -> FileResponse:
    """First-level regions for the dashboard's map (vendored Natural Earth outlines)."""
    return FileResponse(ADMIN1, media_type="application/geo+json", headers={"Cache-Control": "max-age=86400"})


@pages.get("/analyze", response_class=HTMLResponse)
def analyze_form(request: Request):
    return TEMPLATES.TemplateResponse(request, "analyze.html", {"text": "", "claims": None})


@pages.post("/analyze", response_class=HTMLResponse)
def analyze_page(request: Request, text: str = Form(..., max_length=2_000_000), published: str = Form("")):
    _app(request)
    try:
        when = date.fromisoformat(published) if published else None
    except ValueError:
        when = None
    lang = detect_language(text) if text.strip() else None
    claims = [{"claim": c, "segments": segments(c, lang)} for c in extract_claims(text, when, lang)]
    return TEMPLATES.TemplateResponse(request, "analyze.html", {"text": text, "claims": claims, "published": published,
                                                                "language": lang})
