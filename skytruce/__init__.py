"""skytruce: an evidence-graded monitor of aerial strikes and aerial-ceasefire compliance.

The public surface is small on purpose: ingest inputs, extract claims, open the ledger.
"""

from skytruce.errors import InputError, SkytruceError
from skytruce.model import (
    Claim,
    Claimant,
    Document,
    Place,
    TimeWindow,
    Verification,
    WeaponCount,
)

__all__ = [
    "Claim", "Claimant", "Document", "InputError", "Place", "SkytruceError", "TimeWindow",
    "Verification", "WeaponCount",
]
__version__ = "0.1.0"
