"""The domain model shared by every stage: plain dataclasses, no storage, no parsing.

A Claim's `to_dict()` is exactly the JSON contract of `skytruce extract` (DESIGN.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class Claimant:
    """Who makes a claim; `reporter` is the outlet that relayed it, when it is not the source.
    `aliases` are other names of the same voice: a person's title as the text gives it
    ("governor of the Belgorod region"), the institution a spokesperson speaks for."""

    name: str
    party: str | None = None
    type: str | None = None
    reporter: str | None = None
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        out = {"name": self.name, "party": self.party, "type": self.type}
        if self.reporter:
            out["reporter"] = self.reporter
        if self.aliases:
            out["aliases"] = list(self.aliases)
        return out


@dataclass
class WeaponCount:
    """Figures for one weapon; `breakdown` lists the per-place figures that make up the
    total ({"place": "Bryansk Oblast", "destroyed": 18}), never counted again."""

    model: str | None
    category: str
    launched: int | None = None
    destroyed: int | None = None
    qualifier: str = "exact"
    breakdown: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        out = {"model": self.model, "category": self.category, "launched": self.launched,
               "destroyed": self.destroyed, "qualifier": self.qualifier}
        if self.breakdown:
            out["breakdown"] = [dict(b) for b in self.breakdown]
        return out


@dataclass
class TimeWindow:
    """`start` and `end` are local calendar days; at precision "hour" `start_at` and
    `end_at` give the times of day too, with their zone's offset (a tally row's 21:00 to
    09:00 Kyiv time)."""

    start: date | None = None
    end: date | None = None
    precision: str | None = None  # hour, day, week, month, year
    text: str | None = None
    start_at: datetime | None = None
    end_at: datetime | None = None

    def to_dict(self) -> dict:
        out = {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision,
            "text": self.text,
        }
        if self.start_at or self.end_at:
            out["start_at"] = self.start_at.isoformat(timespec="minutes") if self.start_at else None
            out["end_at"] = self.end_at.isoformat(timespec="minutes") if self.end_at else None
        return out


@dataclass
class Place:
    name: str
    role: str = "target"  # target, launch, impact
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None  # point, city, admin1, country


@dataclass
class Verification:
    status: str = "asserted"  # asserted, unverified, disputed, denied
    cues: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    evidence_absent: list[str] = field(default_factory=list)


@dataclass
class Claim:
    """One assertion about one aerial attack episode, tied to the text it came from."""

    span: tuple[int, int]
    sentence: str
    claimant: Claimant | None = None
    attacker: str | None = None
    weapons: list[WeaponCount] = field(default_factory=list)
    time: TimeWindow = field(default_factory=TimeWindow)
    places: list[Place] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    killed: int | None = None
    injured: int | None = None
    verification: Verification = field(default_factory=Verification)
    kind: str = "attack"
    # the span of each sentence that told it, within `span` (figures told in a headline and
    # again ten paragraphs on: two sentences, not the ten paragraphs between)
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def told_spans(self) -> list[tuple[int, int]]:
        """The span of each sentence that told the claim (the whole span for a claim stored
        before claims named their sentences)."""
        return self.sentences or [self.span]

    def told(self) -> list[str]:
        """The text of each sentence that told the claim."""
        return [self.sentence[start - self.span[0]:end - self.span[0]] for start, end in self.told_spans()]

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "span": list(self.span),
            "sentence": self.sentence,
            "sentences": [list(s) for s in self.told_spans()],
            "claimant": self.claimant.to_dict() if self.claimant else None,
            "attacker": self.attacker,
            "weapons": [w.to_dict() for w in self.weapons],
            "time": self.time.to_dict(),
            "places": [{"name": p.name, "role": p.role, "country": p.country, "lat": p.lat, "lon": p.lon,
                        "precision": p.precision} for p in self.places],
            "targets": list(self.targets),
            "casualties": {"killed": self.killed, "injured": self.injured},
            "verification": {"status": self.verification.status, "cues": list(self.verification.cues),
                             "evidence": list(self.verification.evidence),
                             "evidence_absent": list(self.verification.evidence_absent)},
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Claim":
        """Rebuild a claim from its contract JSON (as stored in the ledger)."""
        time = data.get("time") or {}
        claimant = data.get("claimant")
        return cls(
            kind=data.get("kind", "attack"),
            span=tuple(data["span"]),
            sentence=data["sentence"],
            sentences=[tuple(s) for s in data.get("sentences") or [data["span"]]],
            claimant=Claimant(**claimant) if claimant else None,
            attacker=data.get("attacker"),
            weapons=[WeaponCount(**w) for w in data.get("weapons", [])],
            time=TimeWindow(
                start=date.fromisoformat(time["start"]) if time.get("start") else None,
                end=date.fromisoformat(time["end"]) if time.get("end") else None,
                precision=time.get("precision"),
                text=time.get("text"),
                start_at=datetime.fromisoformat(time["start_at"]) if time.get("start_at") else None,
                end_at=datetime.fromisoformat(time["end_at"]) if time.get("end_at") else None,
            ),
            places=[Place(**p) for p in data.get("places", [])],
            targets=list(data.get("targets", [])),
            killed=(data.get("casualties") or {}).get("killed"),
            injured=(data.get("casualties") or {}).get("injured"),
            verification=Verification(**(data.get("verification") or {})),
        )


@dataclass
class Document:
    """One ingested input, with the hashes that make re-ingestion a no-op."""

    location: str  # URL or path
    kind: str  # html, text, markdown, feed_entry, tally_csv
    text: str
    raw_sha256: str
    text_sha256: str
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: date | None = None
    language: str | None = None
    claims: list[Claim] = field(default_factory=list)


@dataclass(frozen=True)
class ClaimRecord:
    """A stored claim with its ledger id and where it came from (what grading needs)."""

    claim_id: int
    claim: Claim
    document_id: int
    document_kind: str  # html, text, markdown, feed_entry, tally_csv
    publisher: str | None = None
    published: date | None = None
    location: str | None = None

    @property
    def is_tally(self) -> bool:
        return self.document_kind == "tally_csv"
