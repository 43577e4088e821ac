"""The document the extraction pipeline works on, and the layers its components add.

Like a spaCy `Doc`, it is created once (text, tokens, phrase-matcher hits) and each
component of `pipeline.PIPELINE` reads the layers before it and adds its own: sentences,
figures, places, speakers, parties, targets and casualties, verification cues, attack
mentions, times, resolved speakers, and finally claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from skytruce.extract.resources import Resources
from skytruce.extract.tokens import Tokens
from skytruce.model import Claim, Claimant, Place, TimeWindow
from skytruce.reference.weapons import WeaponModel


class Hits:
    """The phrase-matcher hits of one sentence, longest first, indexed by start token."""

    def __init__(self, res: Resources, matches: list[tuple[int, int, int]]):
        self.by_label: dict[str, list[tuple[int, int, str]]] = {}
        for match_id, s, e in matches:
            label = res.label_ids[match_id]
            self.by_label.setdefault(res.label_family[match_id], []).append((s, e, label))
        for family, spans in self.by_label.items():
            if len(spans) > 1:
                spans.sort(key=lambda x: (x[0], x[0] - x[1]))
                kept, last_end = [], -1
                for span in spans:
                    if span[0] >= last_end:
                        kept.append(span)
                        last_end = span[1]
                self.by_label[family] = kept
        self._starts: dict[str, dict] = {}
        self._covered: dict[str, dict] = {}

    def add(self, family: str, spans: list[tuple[int, int, str]]) -> None:
        """Spans found by other means than the lexicon (the morphology's persons), kept in
        order of start beside the family's own."""
        if spans:
            self.by_label[family] = sorted([*self.spans(family), *spans], key=lambda x: (x[0], x[0] - x[1]))
            self._starts.pop(family, None)
            self._covered.pop(family, None)

    def spans(self, family: str) -> list[tuple[int, int, str]]:
        return self.by_label.get(family, [])

    def at(self, family: str, i: int) -> tuple[int, str] | None:
        starts = self._starts.get(family)
        if starts is None:
            starts = self._starts[family] = {s: (e, label) for s, e, label in self.spans(family)}
        return starts.get(i)

    def covering(self, family: str, i: int) -> tuple[int, int, str] | None:
        covered = self._covered.get(family)
        if covered is None:
            covered = self._covered[family] = {k: span for span in self.spans(family) for k in range(span[0], span[1])}
        return covered.get(i)


@dataclass(slots=True)
class Figure:
    """A weapon with the counts one sentence gives for it."""

    weapon: WeaponModel
    launched: int | None = None
    destroyed: int | None = None
    qualifier: str = "exact"
    attacker: str | None = None
    token: int = 0  # where it stands, for ordering
    impact: bool = False  # counted by what hit, not by what was launched
    additional: bool = False  # "five more drones": beyond a total told before, not a part of it
    running: bool = False  # the count so far ("the number downed rose to 11"): smaller figures told are its parts
    definite: bool = False  # "the 71 drones": a count told before, named again
    mixed: bool = False  # "43 missiles of various types": a total of several models, none of them alone
    summed: bool = False  # "In total, 20 drones", with no verb: the sum of the counts told before it
    revision: bool = False  # "later revised the number of downed drones to 71": replaces the count told before


@dataclass(slots=True)
class Reference:
    """A count whose weapon was told before: '11 of them were destroyed' (role destroyed,
    value 11), 'all of them were shot down' (value None, every), 'all but 10 of the drones'
    (role spared), 'another four were shot down' (another: a new figure, same weapon)."""

    role: str
    value: int | None
    every: bool = False
    weapon: WeaponModel | None = None
    another: bool = False
    token: int = 0
    qualifier: str = "exact"
    share: float | None = None  # "half of them were destroyed": that share of the count told before
    of_count: int | None = None  # "Of the 273, 88 were shot down": a part of the count of that number told before
    how_many: bool = False  # "There were at least six of them": how many the weapons named before were


@dataclass(slots=True)
class Mention:
    """Someone a sentence names who may be speaking: a named person or body (`claimant`),
    or a reference to one — a pronoun, a definite description ("the ministry": `head`),
    a surname, or a whole side ("Kyiv": `party`) — that `coreference` resolves."""

    token: int
    end: int
    kind: str  # named, surname, anaphor, generic, pronoun
    claimant: Claimant | None = None
    head: str | None = None
    party: str | None = None
    place: str | None = None  # "the governor of the Kherson region": whose governor
    collective: bool = False  # "local Telegram channels": no one in particular, heard only where no one else speaks

    @property
    def side(self) -> str | None:
        """The party of who it names: the claimant's, else the one the words tell."""
        return self.claimant.party if self.claimant else self.party


LIST_MARKS = ("–", "-", "•", "*", "—")  # what a list's line opens with
# a line that only stamps the time of a live page's or a channel's next post ("Posted at 11:45", "09:10 GMT")
POST_STAMP = re.compile(r"^\W*(?:[^\W\d]+\s+){0,2}\d{1,2}[:.]\d\d(?:\s+[^\W\d][\w.]*){0,2}\W*$")


@dataclass(slots=True)
class Sentence:
    """One sentence and every layer the components add to it."""

    index: int
    first: int  # token range first..last-1
    last: int
    start: int  # character offsets in the document text
    end: int
    text: str
    hits: Hits | None = None  # None: no lexicon phrase and no number, nothing to read
    words: frozenset[str] = frozenset()  # its words, lower-cased, for quick tests of what it holds
    # figures
    figures: list[Figure] = field(default_factory=list)
    named: list[WeaponModel] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    lost: list[int] = field(default_factory=list)  # counts told lost to jamming, not downed ("20 were lost locally")
    launch_cells: list[tuple[int, int]] = field(default_factory=list)  # a table row's cells of where they came from
    # places
    places: list[Place] = field(default_factory=list)
    place_tokens: list[int] = field(default_factory=list)  # where each of `places` starts
    # speakers
    mentions: list[Mention] = field(default_factory=list)
    speaker: Mention | None = None  # who the sentence says is speaking, resolved or not
    claimant: Claimant | None = None  # the speaker, resolved (by `speakers` or `coreference`)
    # parties
    parties: list[str] = field(default_factory=list)  # nationality words in attacker position
    party_tokens: list[int] = field(default_factory=list)  # where each of them was read
    strike_by: str | None = None  # a strike with no weapon named, by this party
    self_report: bool = False  # the speaker tells of its own side's strike ("it hit ...")
    denied: Mention | None = None  # who denies the figures, which are the other side's claim (then `speaker`)
    # targets and casualties
    targets: list[str] = field(default_factory=list)
    killed: int | None = None
    injured: int | None = None
    # verification
    cues: list[tuple[str, str]] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    evidence_absent: list[str] = field(default_factory=list)
    # attack mentions
    attack_context: bool = False
    no_attack: bool = False  # rates, war-long totals, production: weapons named, no attack told
    eventful: bool = False  # tells of something happening: a role verb or "attack", "strike"
    aftermath: bool = False  # tells of damage, fire, debris
    caption: bool = False  # a picture's caption ("... Photo: Getty Images"), maybe of an earlier strike
    # time
    time: TimeWindow | None = None

    def add_party(self, party: str, token: int) -> None:
        """A party read at `token` (evidence in the order of its strength, not of the text)."""
        self.parties.append(party)
        self.party_tokens.append(token)

    def party_of_clause(self, token: int, breaks: set[int]) -> str | None:
        """The attacker a count at `token` is told of: the best evidence read in its own clause
        ('Moscow claimed 87 Ukrainian drones downed; the air force said it faced 146 drones': no
        party for the 146). `breaks` are the tokens that end a clause (';')."""
        return next((party for at, party in zip(self.party_tokens, self.parties)
                     if not any(min(at, token) < b < max(at, token) for b in breaks)), None)


@dataclass
class Document:
    """A text being read: its tokens, its sentences with their layers, and the claims."""

    text: str
    tokens: Tokens
    res: Resources
    matches: list[tuple[int, int, int]]
    reference: date | None  # what relative dates resolve against
    sentences: list[Sentence] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def opens_line(self, s: Sentence) -> bool:
        """The sentence starts a line, which in pages copied with one line per paragraph is a new
        paragraph (a table's row, a list's item, a post)."""
        return "\n" in self.text[max(0, s.start - 4):s.start]

    def read(self) -> list[Sentence]:
        """The sentences with something to read (a lexicon phrase or a number)."""
        return [s for s in self.sentences if s.hits is not None]
