"""Charts for reports: daily weapons launched in scope per party, baseline and truce side by side."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import BinaryIO

import matplotlib

matplotlib.use("Agg")  # files only, no display
import matplotlib.pyplot as plt  # noqa: E402

from skytruce.ceasefire.compliance import ComplianceReport  # noqa: E402


def daily_chart(report: ComplianceReport, path: str | Path | BinaryIO, fmt: str | None = None) -> None:
    """Write a PNG or SVG (by `fmt`, else the file's suffix): weapons launched in scope per day and
    party, the baseline before the start and the truce window after it."""
    first, end = report.baseline_window[0], report.window[1]
    days = [first + timedelta(days=i) for i in range((end - first).days + 1)]
    fig, ax = plt.subplots(figsize=(10, 4), dpi=110)
    width = 0.8 / max(1, len(report.parties))
    for n, party in enumerate(report.parties):
        values = [report.daily_launched[party].get(d.isoformat(), 0) + report.baseline_daily.get(party, {}).get(d.isoformat(), 0)
                  for d in days]
        offsets = [d + timedelta(days=(n - (len(report.parties) - 1) / 2) * width) for d in days]
        ax.bar(offsets, values, width=width,
               label=f"{party}: {report.parties[party].waves} waves after, {report.baseline[party].waves} before")
    ax.axvline(report.window[0], color="black", linestyle="--", linewidth=1)
    ax.text(report.window[0], ax.get_ylim()[1] * 0.95, " start", va="top")
    ax.set_title(f"{report.ceasefire.name}: weapons launched in scope per day (waves graded ≥ {report.min_grade})")
    ax.set_ylabel("launched")
    ax.legend(title="attacking party")
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path, format=fmt or (Path(path).suffix.lstrip(".").lower() or "png"))
    plt.close(fig)
