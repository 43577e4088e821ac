"""Human-readable views of claims: flat rows for tables, and the `analyze` report with
each claim's sentence and its figures, weapons, places and times highlighted."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from skytruce.model import Claim, Document


def weapon_label(w: dict) -> str:
    return w.get("model") or w.get("category") or "?"


def claim_rows(claims: list[dict]) -> list[dict]:
    """One row per weapon of each claim (contract dicts), for tables and CSV."""
    rows = []
    for c in claims:
        base = {
            "claimant": (c.get("claimant") or {}).get("name"),
            "attacker": c.get("attacker"),
            "date": (c.get("time") or {}).get("end"),
            "places": ", ".join(p["name"] for p in c.get("places", [])),
            "status": (c.get("verification") or {}).get("status"),
            "sentence": c.get("sentence"),
        }
        for w in c.get("weapons") or [{}]:
            launched = w.get("launched")
            qualifier = {"at_least": "≥", "about": "~", "at_most": "≤"}.get(w.get("qualifier", "exact"), "")
            rows.append(base | {"weapon": weapon_label(w) if w else None,
                                "launched": f"{qualifier}{launched}" if launched is not None else None,
                                "destroyed": w.get("destroyed")})
    return rows


STYLES = {"number": "bold red", "weapon": "bold magenta", "place": "bold green", "time": "bold yellow"}


def highlighted(claim: Claim) -> Text:
    """The claim's sentence with numbers, weapons, places and times styled."""
    from skytruce.web.highlight import segments  # loads the extractor: only when a claim is shown
    text = Text()
    for part, kind in segments(claim):
        text.append(part, style=STYLES.get(kind or "", ""))
    return text


def analyse_report(console: Console, doc: Document, claims: list[Claim]) -> None:
    published = doc.published.isoformat() if doc.published else "unknown date"
    console.print(Panel(f"[bold]{escape(doc.title or doc.location)}[/bold]\n{escape(doc.location)} · {published} · "
                        f"{len(claims)} claim(s)", title="skytruce analyze"))
    if not claims:
        console.print("No attack claims found.")
        return
    table = Table(title="claims")
    for column in ("#", "claimant", "party", "attacker", "weapon", "launched", "destroyed", "date", "places", "status"):
        table.add_column(column, overflow="fold")
    for n, c in enumerate(claims, 1):
        for row in claim_rows([c.to_dict()]):
            table.add_row(str(n), row["claimant"] or "(the document)", (c.claimant.party if c.claimant else "") or "",
                          row["attacker"] or "?", row["weapon"] or "", str(row["launched"] or ""),
                          str(row["destroyed"] if row["destroyed"] is not None else ""), row["date"] or "",
                          row["places"], row["status"] or "")
    console.print(table)
    for n, c in enumerate(claims, 1):
        who = c.claimant.name + (f" (via {c.claimant.reporter})" if c.claimant and c.claimant.reporter else "") if c.claimant else "the document itself"
        console.print(f"\n[bold]claim {n}[/bold] · said by [cyan]{escape(who)}[/cyan] · chars {c.span[0]}–{c.span[1]}")
        console.print(highlighted(c))
        v = c.verification
        hints = [f"status {v.status}"]
        if v.cues:
            hints.append("cues: " + ", ".join(repr(x) for x in v.cues))
        if v.evidence:
            hints.append("evidence: " + ", ".join(v.evidence))
        if v.evidence_absent:
            hints.append("evidence absent: " + ", ".join(v.evidence_absent))
        if not c.claimant:
            hints.append("no named source")
        elif c.claimant.party:
            hints.append(f"source party {c.claimant.party}")
        console.print("[dim]" + escape("; ".join(hints)) + "[/dim]")


def _figures(event: dict) -> Table:
    scoped = len({w.get("scope") for w in event["weapons"]}) > 1
    table = Table(title="figures (value of the most authoritative source; range across sources of one scope)")
    for column in (["weapon"] + (["scope"] if scoped else []) + ["launched", "range", "destroyed", "range", "from"]):
        table.add_column(column)
    for w in event["weapons"]:
        lf, df = w["launched"], w["destroyed"]
        table.add_row(w["model"] or w["category"], *([w.get("scope") or ""] if scoped else []),
                      str(lf["value"] if lf["value"] is not None else ""),
                      f"{lf['low']}–{lf['high']}" if lf["low"] is not None and lf["low"] != lf["high"] else "",
                      str(df["value"] if df["value"] is not None else ""),
                      f"{df['low']}–{df['high']}" if df["low"] is not None and df["low"] != df["high"] else "",
                      escape(lf["source"] or df["source"] or ""))
    return table


def _history(console: Console, event: dict) -> None:
    """What changed, when (UTC): the event's grade and figures, and the reports revised."""
    if len(event.get("history") or []) > 1:
        console.print("[bold]history[/bold] (UTC)")
        for row in event["history"]:
            console.print(f"  {row['at']:%Y-%m-%d %H:%M} {escape('; '.join(row['changes']))}")
    for chain in event.get("revisions") or []:
        console.print(f"[bold]revised report[/bold] {escape(chain[-1]['title'] or chain[-1]['location'])} "
                      f"({escape(chain[-1]['location'])})")
        for r in chain:
            console.print(f"  revision {r['revision']} at {r['ingested_at']:%Y-%m-%d %H:%M}: "
                          f"{escape('; '.join(r['changes']))}" + (" [dim](superseded)[/dim]" if r["superseded_at"] else ""))


def event_report(console: Console, event: dict) -> None:
    """`skytruce show`: one wave or incident with its figures, grade, reasons and claims; a
    wave's incidents, an incident's wave."""
    window = event["start"] if event["start"] == event["end"] else f"{event['start']} → {event['end']}"
    what = "wave" if event["level"] == "wave" else f"{event['scope']} incident · {event['weapon_class']}"
    console.print(Panel(
        f"[bold]{escape(event['id'])}[/bold] · {what} · attacker {event['attacker'] or '?'} · "
        f"{'attacked' if event['level'] == 'wave' else 'in'} {event['target_country'] or '?'}"
        f" · {window} ({event['precision']}{', low precision' if event['low_precision'] else ''})\n"
        f"place: {escape(event['place'] or 'unknown')}"
        + (f" ({event['lat']:.2f}, {event['lon']:.2f})" if event["lat"] is not None else ""),
        title=f"{event['level']} · grade [bold]{event['grade']}[/bold]"))
    for reason in event["reasons"]:
        console.print(f"  • {escape(reason)}")
    if event.get("crosscheck"):
        console.print(f"  [bold]tallies:[/bold] {escape(event['crosscheck'])}")
    console.print(_figures(event))
    if event["killed"] is not None or event["injured"] is not None:
        console.print(f"casualties: killed {event['killed']}, injured {event['injured']}")
    _history(console, event)
    if event.get("wave"):
        wave = event["wave"]
        console.print(f"part of wave [bold]{escape(wave['id'])}[/bold] ({wave['end']}, grade {wave['grade']})")
    if event.get("incidents"):
        table = Table(title="incidents inside this wave")
        for column in ("id", "scope", "place", "country", "class", "grade", "claims"):
            table.add_column(column)
        for i in event["incidents"]:
            table.add_row(i["id"], i["scope"], escape(i["place"] or ""), i["target_country"] or "", i["weapon_class"],
                          i["grade"], str(len(i["claim_ids"])))
        console.print(table)
    for c in event.get("claims", []):
        claim = Claim.from_dict(c["payload"])
        who = claim.claimant.name if claim.claimant else "the document itself"
        console.print(f"\n[bold]claim {c['id']}[/bold] ({c.get('scope') or 'no scope'}) · {escape(who)} · "
                      f"document {c['document_id']}: {escape(c['title'] or c['location'])}")
        console.print(highlighted(claim))
