"""A brief a journalist can publish: what the truce was and where its definition comes
from, one sentence per party, the chart, the attacks inside the window and across its
edges with their grades and sources, what each side alleges, and what the data cannot tell.
Plain data here, and its Markdown; the HTML is drawn by the web templates from the same data."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime

from skytruce.ceasefire.charts import window_chart
from skytruce.ceasefire.compliance import ComplianceReport
from skytruce.reference import gazetteer
from skytruce.reference.zones import parse_utc, zone


def party_name(code: str) -> str:
    country = gazetteer().country(code)
    return country.name if country else code


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def _moment(moment: datetime) -> str:
    return f"{moment:%H:%M} on {moment.day} {moment:%B %Y}"


@dataclass
class Brief:
    title: str
    status: str
    definition: list[str]
    source: str | None
    verdicts: list[str]
    chart_svg: str
    rows: list[dict]  # the attacks inside the window and across its edges
    alleged: list[str]
    limits: list[str]
    notes: str | None = None
    meta: dict = field(default_factory=dict)


class _Clock:
    """Times as the truce states them: local, in its zone."""

    def __init__(self, report: ComplianceReport):
        self.zone_name = report.ceasefire.zone
        self.where = zone(self.zone_name)
        self.start, self.end = report.span

    def local(self, moment: str) -> datetime:
        return parse_utc(moment).astimezone(self.where)

    def text(self, moment: str) -> str:
        return _moment(self.local(moment))

    def edge(self, item: dict) -> str:
        before, after = item["start_at"] < self.start, item["end_at"] > self.end
        return "inside" if not (before or after) else "across both edges" if before and after else \
            "across the start" if before else "across the end"


def _definition(report: ComplianceReport, clock: _Clock) -> list[str]:
    truce = report.ceasefire
    end = f"to {clock.text(report.span[1])}" if truce.end else f"open-ended (this report runs to {clock.text(report.span[1])})"
    lines = [f"Parties: {', '.join(party_name(p) for p in truce.parties)}.",
             f"Window: from {clock.text(report.span[0])} {end}, {clock.zone_name} time.",
             f"Weapons: {', '.join(s.replace('_', ' ') for s in truce.scope)}."]
    if truce.targets:
        lines.append(f"Targets: {', '.join(t.replace('_', ' ') for t in truce.targets)} "
                     f"({', '.join(sorted(truce.target_types()))}).")
    where = [*(party_name(c) for c in truce.countries), *truce.regions]
    if truce.band:
        where.append(f"within {truce.band['km']:g} km of the {truce.band['line']}")
    elif truce.area:
        where.append("a drawn area")
    if where:
        lines.append(f"Where: {', '.join(where)}.")
    stated = sum(bool(x) for x in (truce.restricts_weapons(), truce.targets, truce.restricts_geography()))
    if stated > 1:
        lines.append("An attack is covered when it meets " + ("every one of these conditions." if truce.combine == "and"
                                                               else "any one of these conditions."))
    if truce.proposed_by:
        lines.append(f"Declared or proposed by: {truce.proposed_by}.")
    return lines


def _verdict(report: ComplianceReport, party: str, clock: _Clock) -> str:
    now, before = report.parties[party], report.baseline[party]
    name = party_name(party)
    baseline = f"in the same length of time before it, {plural(before.waves, 'wave')}"
    if now.waves:
        grades = ", ".join(f"{n} {g}" for g, n in sorted(now.by_grade.items()))
        first = next(c for c in report.counted if c["id"] == now.first)
        when = f"from {clock.text(now.first_at)}" if first["precision"] == "hour" else \
            f"on {clock.local(now.first_at):%-d %B %Y} (its reports give the day, not the hour)"
        return (f"{name}: {plural(now.waves, 'attack wave')} recorded wholly inside the window ({now.launched:,} "
                f"weapons launched; graded {grades}), the first {when}; {baseline}.")
    if now.straddling:
        return (f"{name}: no attack wave recorded wholly inside the window, but {plural(now.straddling, 'wave')} "
                f"across its edges (listed below): the verdict depends on when in them the weapons flew; {baseline}.")
    if now.unjudged:
        return (f"{name}: no attack recorded on the truce's targets, and {plural(now.unjudged, 'wave')} in the window "
                f"cannot be judged, because no report names what they hit.")
    if not before.waves and not before.unjudged:
        return f"{name}: no attack recorded in the window, nor before it: the sources in the ledger may not report this side's attacks."
    return f"{name}: no attack wave recorded in the window and scope; {baseline}."


def _limits(report: ComplianceReport) -> list[str]:
    out = []
    straddling, unjudged = len(report.straddling), len(report.unjudged)
    if straddling:
        out.append(f"{plural(straddling, 'wave lies', 'waves lie')} across an edge of the window: their sources give "
                   "hours or days that begin before the edge and end after it, so they are not counted either way.")
    if unjudged:
        out.append(f"{plural(unjudged, 'wave')} in the window cannot be judged against the truce's targets: their "
                   "reports (the tallies among them) name no target.")
    if report.below_threshold:
        out.append(f"{plural(report.below_threshold, 'wave falls', 'waves fall')} in the window below the grade "
                   f"threshold ({report.min_grade}) and {'is' if report.below_threshold == 1 else 'are'} left out.")
    counted = report.counted
    if counted and all(c["grade"] == "weak" for c in counted):
        out.append("Every wave counted rests on one underlying source (graded weak): no independent confirmation.")
    silent = [party_name(p) for p in report.parties
              if not (report.parties[p].waves or report.baseline[p].waves or report.parties[p].unjudged)]
    if silent:
        out.append(f"No source in the ledger records attacks by {', '.join(silent)} in the window or before it: "
                   "silence in these sources is no evidence of compliance.")
    if not report.ceasefire.has_hours:
        out.append("The window is given in whole days; reports without hours are placed across whole days.")
    out.append("Counts are of attacks reported by the sources in the ledger, graded by how well they are "
               "corroborated; they are not a full record of the war.")
    return out


def brief(report: ComplianceReport) -> Brief:
    clock = _Clock(report)
    truce = report.ceasefire
    rows = []
    for item in [*report.counted, *report.straddling]:
        rows.append(item | {"party_name": party_name(item["party"]), "edge": clock.edge(item),
                            "from": clock.text(item["start_at"]), "to": clock.text(item["end_at"])})
    rows.sort(key=lambda r: r["start_at"])
    alleged = [f"{party_name(who.split(' against ')[0])} alleges {plural(sum(grades.values()), 'wave')} by "
               f"{party_name(who.split(' against ')[1])} (" + ", ".join(f"{n} {g}" for g, n in sorted(grades.items())) + ")"
               for who, grades in sorted(report.alleged.items())]
    svg = io.BytesIO()
    window_chart(report, svg, "svg")
    return Brief(title=truce.name, status=truce.status.replace("_", " "), definition=_definition(report, clock),
                 source=truce.source, verdicts=[_verdict(report, p, clock) for p in truce.parties],
                 chart_svg=svg.getvalue().decode("utf-8"), rows=rows, alleged=alleged, limits=_limits(report), notes=truce.notes,
                 meta={"min_grade": report.min_grade, "zone": clock.zone_name, "span": list(report.span),
                       "baseline_span": list(report.baseline_span)})


def _cell(text) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def markdown(b: Brief, chart_path: str | None = None) -> str:
    """The brief as Markdown; the chart is linked from `chart_path` when given."""
    lines = [f"# {b.title} ({b.status})", "", *[f"- {line}" for line in b.definition]]
    if b.source:
        lines += ["", f"**Source of the definition:** {b.source}"]
    lines += ["", "## Verdict", "", *[f"- {v}" for v in b.verdicts]]
    if chart_path:
        lines += ["", f"![attack waves across the window]({chart_path})"]
    lines += ["", f"## Attacks inside the window and across its edges (graded ≥ {b.meta['min_grade']})", ""]
    if b.rows:
        lines += ["| from | to | party | where | weapons launched | grade | sources | event |",
                  "|---|---|---|---|---|---|---|---|"]
        lines += [f"| {r['from']} | {r['to']} | {_cell(r['party_name'])} | {r['edge']} | {r['launched']:,} "
                  f"({_cell(', '.join(r['weapons']))}) | {r['grade']} | {_cell('; '.join(r['sources']))} | {r['id']} |"
                  for r in b.rows]
    else:
        lines.append("None recorded.")
    lines += ["", "## Alleged violations", ""] + ([f"- {a}" for a in b.alleged] or ["- None in the ledger."])
    lines += ["", "## What the data cannot tell", "", *[f"- {limit}" for limit in b.limits]]
    if b.notes:
        lines += ["", f"_{b.notes}_"]
    return "\n".join(lines) + "\n"
