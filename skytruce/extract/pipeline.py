"""The extraction pipeline: an ordered list of components, each reading the layers of the
document before it and adding one (as spaCy's `nlp.pipe_names` shows its own).
"""

from __future__ import annotations

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
from skytruce.extract.tokens import Tokens
from skytruce.extract.verification import verification_cues

PIPELINE = [split_sentences, figures, mentions, speakers, places, targets_and_casualties, verification_cues,
            parties, times, coreference, assemble]


def read(text: str, published: date | None = None, lang: str = "en") -> Document:
    """Run every component over `text`; the result holds each layer and the claims."""
    res = resources(lang)
    spacy_doc = res.tokenize(text)
    matches = res.match(spacy_doc)
    doc = Document(text, Tokens(spacy_doc, text), res, matches, reference_date(text, published))
    for component in PIPELINE:
        component(doc)
    return doc
