"""Ceasefires: definitions, compliance reports and what-if analysis of proposals."""

from skytruce.ceasefire.compliance import (
                                           GRADE_RANK,
                                           ComplianceReport,
                                           PartyTotals,
                                           compliance,
                                           in_scope_weapons,
                                           report_span,
                                           report_windows,
)
from skytruce.ceasefire.definition import SCOPES, STATUSES, Ceasefire, build, load
from skytruce.ceasefire.whatif import Coverage, verdict, what_if

__all__ = ["GRADE_RANK", "SCOPES", "STATUSES", "Ceasefire", "ComplianceReport", "Coverage", "PartyTotals", "build",
           "compliance", "in_scope_weapons", "load", "report_span", "report_windows", "verdict", "what_if"]
