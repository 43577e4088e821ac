"""Claims written for the corroboration tests: places come from the gazetteer, so their
countries and coordinates are the real ones."""

from datetime import date

from skytruce.model import Claim, Claimant, ClaimRecord, Place, TimeWindow, Verification, WeaponCount
from skytruce.reference import gazetteer

NIGHT = TimeWindow(date(2024, 2, 7), date(2024, 2, 8), "day", "overnight")
AIR_FORCE = Claimant("Ukrainian Air Force", "UA", "military")
GENERAL_STAFF = Claimant("Ukrainian General Staff", "UA", "military")
GOVERNOR = Claimant("Oleh Kiper", "UA", "local_authority")
RUSSIAN_MOD = Claimant("Russian Defence Ministry", "RU", "military")
REUTERS = Claimant("Reuters", None, "media")


def place(name: str, role: str = "target") -> Place:
    entry = gazetteer().lookup(name)
    return Place(entry.name, role, entry.country, entry.lat, entry.lon, entry.precision)


def weapon(category: str = "drone", launched: int | None = 17, destroyed: int | None = 11, model: str | None = None
           ) -> WeaponCount:
    """A weapon figure; drones are Shaheds unless a model is given."""
    return WeaponCount(model or ("Shahed-136/131" if category == "drone" else None), category, launched, destroyed)


def claim(claimant=AIR_FORCE, launched=17, destroyed=11, places=(), status="asserted", cues=(), attacker="RU",
          time=NIGHT, sentence="Russia launched drones.", absent=(), evidence=(), weapons=None, killed=None):
    return Claim(span=(0, len(sentence)), sentence=sentence, claimant=claimant, attacker=attacker,
                 weapons=list(weapons) if weapons is not None else [weapon("drone", launched, destroyed)], time=time,
                 places=[place(p) if isinstance(p, str) else p for p in places], killed=killed,
                 verification=Verification(status, list(cues), list(evidence), list(absent)))


def records(*claims, kind="html"):
    return [ClaimRecord(i, c, i, kind, publisher=f"outlet {i}") for i, c in enumerate(claims, 1)]
