"""Ceasefires: definitions, compliance reports and what-if analysis of proposals."""

from skytruce.ceasefire.compliance import (
                                           GRADE_RANK,
                                           ComplianceReport,
                                           PartyTotals,
                                           compliance,
                                           report_span,
)
from skytruce.ceasefire.definition import SCOPES, STATUSES, Ceasefire, build, load
from skytruce.ceasefire.whatif import Coverage, verdict, what_if

__all__ = ["GRADE_RANK", "SCOPES", "STATUSES", "Ceasefire", "ComplianceReport", "Coverage", "PartyTotals", "build",
           "compliance", "load", "report_span", "verdict", "what_if"]
