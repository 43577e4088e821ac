"""The chart of a compliance report: each attack wave in scope across the hours it spans
(the hours its claims give, else its whole days), the baseline before the truce and its
window shaded, so a reader sees which attacks lie inside, which before, and which across
an edge."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import matplotlib

matplotlib.use("Agg")  # files only, no display
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

from skytruce.ceasefire.compliance import ComplianceReport  # noqa: E402
from skytruce.reference.zones import parse_utc, zone  # noqa: E402

COLOURS = {"RU": "#cf222e", "UA": "#2f81f7", "BY": "#8250df"}


def window_chart(report: ComplianceReport, path: str | Path | BinaryIO, fmt: str | None = None) -> None:
    """Write a PNG or SVG: each wave in scope as a bar across the hours it spans (its height
    the weapons it launched), the baseline and the truce's window (shaded) on one time axis,
    in the truce's local time. Waves across an edge are hatched; waves a truce on targets
    cannot judge are grey."""
    where = zone(report.ceasefire.zone)
    local = lambda text: parse_utc(text).astimezone(where).replace(tzinfo=None)  # noqa: E731
    start, end = local(report.span[0]), local(report.span[1])
    fig, ax = plt.subplots(figsize=(10, 4), dpi=110)
    ax.axvspan(start, end, color="#2da44e", alpha=0.12, label="the truce's window")
    ax.axvspan(local(report.baseline_span[0]), start, color="#6e7781", alpha=0.06, label="baseline (same length before)")
    seen = set()
    for item in sorted(report.spans, key=lambda s: -s["launched"]):
        party, unjudged = item["party"], item["where"] == "unjudged"
        first, last = local(item["start_at"]), local(item["end_at"])
        kind = f"{party}: cannot be judged (no target named)" if unjudged else f"{party}: waves"
        ax.bar(first, max(item["launched"], 1), width=last - first, align="edge", alpha=0.55,
               color="#afb8c1" if unjudged else COLOURS.get(party, "#57606a"),
               edgecolor="black" if item["where"] == "straddling" else "none",
               hatch="//" if item["where"] == "straddling" else None, label=None if kind in seen else kind, linewidth=0.6)
        seen.add(kind)
    ax.set_xlim(local(report.baseline_span[0]), max([end, *(local(i["end_at"]) for i in report.spans)]))
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.set_yscale("symlog", linthresh=10)  # a night of 600 drones and a day of 4 on one chart
    ax.set_ylim(bottom=0)
    ax.set_ylabel("weapons launched per wave")
    ax.set_title(f"{report.ceasefire.name}: attack waves in scope across their hours "
                 f"({report.ceasefire.zone} time; graded ≥ {report.min_grade})", fontsize=10)
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, format=fmt or (Path(path).suffix.lstrip(".").lower() or "png"))
    plt.close(fig)
