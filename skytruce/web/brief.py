"""The brief as a web page: a standalone HTML file (the CLI writes it, it needs no network)
and the same body inside the dashboard's ceasefire page. Every text from the ledger is
escaped by the templates; the chart is embedded as an image."""

from __future__ import annotations

import base64
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from skytruce.ceasefire.brief import Brief

TEMPLATES = Path(__file__).resolve().parent / "templates"
_ENV = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))


def chart_data(b: Brief) -> str:
    return base64.b64encode(b.chart_svg.encode("utf-8")).decode("ascii")


def standalone(b: Brief) -> str:
    """A complete HTML page with its style inline."""
    style = (Path(__file__).resolve().parent / "static" / "skytruce.css").read_text(encoding="utf-8")
    return _ENV.get_template("brief.html").render(brief=b, chart=chart_data(b), style=style, links=False)
