"""Dashboard pages. Each view asks the library and hands plain data to a template."""

from __future__ import annotations

import base64
import io
from datetime import date
from pathlib import Path

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from skytruce.ceasefire import GRADE_RANK
from skytruce.ceasefire.charts import daily_chart
from skytruce.corroborate import GRADES
from skytruce.extract import extract_claims
from skytruce.model import Claim
from skytruce.web.highlight import segments

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).resolve().parent / "templates"))
pages = APIRouter(include_in_schema=False)


def _app(request: Request):
    if request.app.state.private:
        from skytruce.api.routes import writer
        writer(request)
    return request.app.state.skytruce


@pages.get("/", response_class=HTMLResponse)
def dashboard(request: Request):
    return TEMPLATES.TemplateResponse(request, "dashboard.html", {"grades": GRADES})


@pages.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str):
    event = _app(request).ledger.event(event_id)
    if event is None:
        raise HTTPException(404, "no such event")
    claims = [{"row": c, "claim": Claim.from_dict(c["payload"]), "segments": segments(Claim.from_dict(c["payload"]))}
              for c in event["claims"]]
    return TEMPLATES.TemplateResponse(request, "event.html", {"event": event, "claims": claims})


@pages.get("/ceasefires", response_class=HTMLResponse)
def ceasefires_page(request: Request):
    return TEMPLATES.TemplateResponse(request, "ceasefires.html", {"ceasefires": _app(request).ledger.list_ceasefires()})


@pages.get("/ceasefires/{name}", response_class=HTMLResponse)
def ceasefire_page(request: Request, name: str, min_grade: str = "weak", until: date | None = None):
    app = _app(request)
    truce = app.stored_ceasefire(name)
    if truce is None:
        raise HTTPException(404, "no such ceasefire")
    report = app.compliance_report(truce, min_grade if min_grade in GRADE_RANK else "weak", until)
    buffer = io.BytesIO()
    daily_chart(report, buffer, "svg")
    svg = base64.b64encode(buffer.getvalue()).decode()
    return TEMPLATES.TemplateResponse(request, "ceasefire.html", {"truce": truce, "report": report.to_dict(), "chart": svg})


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
    claims = [{"claim": c, "segments": segments(c)} for c in extract_claims(text, when)]
    return TEMPLATES.TemplateResponse(request, "analyze.html", {"text": text, "claims": claims, "published": published})
