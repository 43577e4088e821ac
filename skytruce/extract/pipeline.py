"""The extraction pipeline: an ordered list of components, each reading the layers of the
document before it and adding one (as spaCy's `nlp.pipe_names` shows its own).
"""

from __future__ import annotations

import re
from datetime import date

from skytruce.extract.assemble import assemble
from skytruce.extract.casualties import targets_and_casualties
from skytruce.extract.coreference import coreference
from skytruce.extract.document import Document
from skytruce.extract.figures import figures
from skytruce.extract.mentions import mentions
from skytruce.extract.parties import parties
from skytruce.extract.places import places
from skytruce.extract.resources import resources
from skytruce.extract.sentences import split_sentences
from skytruce.extract.speakers import speakers
from skytruce.extract.timex import reference_date, times
from skytruce.extract.totals import totals
from skytruce.extract.verification import verification_cues

PIPELINE = [split_sentences, figures, totals, mentions, speakers, places, targets_and_casualties, verification_cues,
            parties, times, coreference, assemble]


def read(text: str, published: date | None = None, lang: str = "en") -> Document:
    """Run every component over `text`; the result holds each layer and the claims."""
    res = resources(lang)
    tokens = res.tokens(text, read_as=_without_note_marks(text))
    doc = Document(text, tokens, res, res.match(tokens), reference_date(text, published))
    for component in PIPELINE:
        component(doc)
    return doc


NOTE_MARK = re.compile(r"(?<=[^\s\[])\[\d{1,3}\]")  # "... Bryansk Oblast.[3] The Air Force ..."


def _without_note_marks(text: str) -> str:
    """The text with footnote marks blanked out (same length, so every offset still points
    into the original): a mark glued to a full stop hides the end of the sentence."""
    return NOTE_MARK.sub(lambda m: " " * len(m.group()), text) if "[" in text else text
